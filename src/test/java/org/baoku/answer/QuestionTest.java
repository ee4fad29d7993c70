package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of question readings, one row per kind of question: what is asked, the measure a
 * number must carry, what is counted. A change in the reading rules shows here, row by row, before
 * it shows as a moved figure.
 */
class QuestionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      李桥镇的工会工作者要求查验多少小时内的核酸阴性证明？ | NUMBER    | 小时 | -
      顺义商业集团工会下沉支援的干部职工中有多少名党员？     | NUMBER    | 名   | 党员
      这次活动一共捐了多少钱？                               | NUMBER    | 元   | -
      毛彩兰在北小区卡口值守了多久？                         | NUMBER    | 时长 | -
      北京电控职工的献血活动是哪天举行的？                   | DATE      | -    | -
      集中采血点设在几点开始采血？                           | DATE      | -    | -
      60个医用口罩是谁从怀柔城区送来的？                     | PERSON    | -    | -
      建工集团急救培训的讲师叫什么名字？                     | PERSON    | -    | -
      集中采血点设在哪里？                                   | PLACE_ORG | -    | -
      哪个街道工委和职工大学开展了党支部共建？               | PLACE_ORG | -    | -
      文末列举了哪些基层工会？                               | LIST      | -    | -
      为什么要给快递小哥开展党课？                           | REASON    | -    | -
      工会是怎样帮助返岗职工的？                             | REASON    | -    | -
      这篇报道讲了什么？                                     | OTHER     | -    | -
      """)
  void readsWhatIsAsked(String question, Question.Expect expect, String measure, String counted) {
    Question q = Question.of(question);
    assertEquals(expect, q.expect, question);
    assertEquals(measure, q.measure, question);
    assertEquals(counted, q.counted, question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How many workers donated blood on March 4?      | true
      Who taught the first aid course?                | true
      北京电控有多少名职工献血？                      | false
      李橋鎮的工會工作者要求查驗多少小時內的核酸陰性證明？ | false
      """)
  void readsTheLanguageAndFoldsTraditionalScript(String question, boolean english) {
    Question q = Question.of(question);
    assertEquals(english, q.english, question);
    assertFalse(q.keys.isEmpty(), "keys of " + question);
    if (!english) {
      assertTrue(q.text.equals(com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(q.text)), q.text);
    }
  }
}
