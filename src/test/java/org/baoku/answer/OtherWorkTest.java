package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link OtherWork}: a person beside another work's title is not the one asked. */
class OtherWorkTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another book's reader                   | 读书会上分享的《正道沧桑》是由哪位职工朗读的？ | 女职工张磊诵读着《大国追梦》。                    | true
      the book asked                          | 读书会上诵读《大国追梦》的是哪位女职工？       | 女职工张磊诵读着《大国追梦》。                    | false
      no title in the sentence                | 读书会上分享的《正道沧桑》是由哪位职工朗读的？ | 女职工张磊在活动室诵读。                          | false
      the title spaced by the reader          | 题目叫《平凡一样闪光 看到最美自己》，讲课的人叫什么名字？ | 邀请职工匠师何少花以《平凡一样闪光看到最美自己》为主题授课。 | false
      no title asked                          | 读书会上是哪位女职工在诵读？                   | 女职工张磊诵读着《大国追梦》。                    | false
      a figure, another work in passing       | 《芝加哥》获得多少项奥斯卡金像奖？             | 获得6项奥斯卡金像奖，这也是自1968年《孤雏泪》后首次。 | false
      """)
  void aSentenceAboutAnotherWorkDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, OtherWork.ofAnotherWork(Question.read(question), sentence), shows);
  }
}
