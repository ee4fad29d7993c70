package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link OtherPerson}: the deed asked of one person, given to another, does not answer. */
class OtherPersonTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the deed of another name                | 怀柔区总工会社会工作者彭春辉个人出资多少元买的口罩？ | 这30个保温水壶是副主委王敏个人出资3000元购买的。 | true
      the person asked                        | 王敏个人出资多少元买的水壶？           | 这30个保温水壶是副主委王敏个人出资3000元购买的。 | false
      the person's own diary                  | 石岳下沉社区后每天早上几点之前到岗？   | 从下沉首日起，我每天6点前准时到岗。               | false
      a sentence naming nobody                | 常洪霞制作的防疫宣传片有多长？         | 目前，这部时长2分钟的宣传片制作完成。             | false
      who is asked                            | 彭春辉个人出资给谁买的口罩？           | 王敏个人出资3000元购买。                          | false
      """)
  void anotherPersonsDeedDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, OtherPerson.ofAnotherPerson(Question.read(question), sentence), shows);
  }
}
