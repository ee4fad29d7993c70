package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases of {@link EnglishInChinese}: a Chinese question read with the English words inside it. */
class EnglishInChineseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a Chinese gloss after English is kept      | 送了多少个zongzi（粽子）？                    | 送了多少个粽子？
      an English gloss after Chinese is left out | 单道每小时检测量（throughput per lane）大约是多少？ | 单道每小时检测量大约是多少？
      how asks the way                           | 职工大学这次是 how 安排他们来听的？           | 职工大学这次是怎么安排他们来听的？
      how many asks a count                      | 一共慰问了 How many 人？                      | 一共慰问了多少人？
      who asks a person                          | 给党员送鸡汤的是who？                          | 给党员送鸡汤的是谁？
      an acronym stays                           | 讲了CPR的哪些步骤？                            | 讲了CPR的哪些步骤？
      an acronym is no question word             | WHO发布的指南提到哪些人群？                    | WHO发布的指南提到哪些人群？
      a gloss of an acronym keeps the acronym    | CPR（心肺复苏）培训是谁讲的？                  | CPR（心肺复苏）培训是谁讲的？
      a word holding a question word stays       | 那个 showcase 办在哪里？                       | 那个 showcase 办在哪里？
      Chinese alone is unchanged                 | 大兴区总工会选派了多少名干部？                 | 大兴区总工会选派了多少名干部？
      """)
  void englishQuestionWordsAndGlossesAreReadInChinese(String shows, String text, String read) {
    assertEquals(read, EnglishInChinese.asked(text), shows);
  }

  @Test
  void aLowerCaseEnglishWordIsLookedForByItsChineseHeadwords() {
    Question q = Question.read("建工集团急救的 training，老师是从哪个组织来的？");
    List<String> words = q.keys().stream().map(Question.Key::word).toList();
    assertTrue(words.contains("培训"), words.toString());
    assertFalse(words.contains("training"), words.toString());
    // a translated word weighs as an English question's: not a name the report must hold
    assertTrue(q.keys().stream().filter(k -> k.word().equals("培训")).allMatch(k -> k.weight() < KeyTerms.NOUN_WEIGHT));
  }

  @Test
  void anAcronymAndAnUnknownWordStayKeysAsWritten() {
    List<String> words = Question.read("北京工会12351APP怎么下载？xqzv 是什么？").keys().stream().map(Question.Key::word).toList();
    assertTrue(words.stream().anyMatch(w -> w.contains("APP") || w.contains("app")), words.toString());
    assertTrue(words.contains("xqzv"), words.toString());
    // a word the dictionary does not know stays beside the words of its run it knows
    List<String> run = Question.read("那个 xqzvb training 是谁讲的？").keys().stream().map(Question.Key::word).toList();
    assertTrue(run.contains("xqzvb") && run.contains("培训"), run.toString());
  }
}
