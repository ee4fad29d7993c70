package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date asked of an event is taken from the sentence that gives it as asked: a start from the one
 * that says when it started, though another names the event in the question's own words; a day
 * from the one naming the asked event.
 */
class AsAskedTest {

  private static final List<String> TEXTS = List.of(
      "为弘扬雷锋精神，北辰集团工会组建义务理发小分队，开展职工义务理发上门服务活动。",
      "北辰集团工会、女工委从2月24日开始，分时分批为16家单位的270多名职工进行义务理发。",
      "两位理发师傅分别来自北辰五洲会议中心和北辰洲际酒店安保部，截至昨天，已为160多名职工上门服务。");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      北辰集团义务理发小分队从哪天开始上门服务？ | 1 | [1]
      北辰集团义务理发小分队哪天上门服务？       | 1 | [2]
      When did the Beichen barbers start their home visits? | 2 | [1]
      """)
  void aDateIsGivenAsItIsAsked(String question, int answering, String expected) {
    double[] probability = {0.3, 0.28, 0.06};
    List<Integer> out = AsAsked.onTheAskedEvent(Question.read(question), probability, i -> i > 0, TEXTS,
        List.of(answering), answering);
    assertEquals(expected, out.toString());
  }
  /**
   * A count asked so far is the figure a sentence gives so, of any rank in the report that answers
   * (the model ranks the plan, in the question's words, far above it); not one of another report
   * ranked low, nor when an aside says the count so far is not what is asked.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      北辰理发小分队到现在理了多少人了                               | A | [4]
      北辰理发小分队到现在理了多少人了                               | B | [0]
      北辰理发小分队一共要给多少人理发                               | A | [0]
      北辰理发小分队剪了多少人了                                     | A | [4]
      北辰理发小分队要剪多少人                                       | A | [0]
      How many workers had the Beichen barbers seen by the time of the report? | A | [4]
      How many workers will the Beichen barbers see in all?           | A | [0]
      北辰集团的义务理发活动总共要为多少名职工理发（不是截至目前已完成的人数）？ | A | [0]
      """)
  void aCountAskedSoFarIsTheFigureItsReportGivesSo(String question, String soFarIn, String expected) {
    List<String> texts = List.of(TEXTS.get(1), TEXTS.get(0),
        "东城区总工会为全区17个街道各拨付慰问金5万元。", "丰台区总工会投入专项资金139万元。", TEXTS.get(2));
    List<String> articleOf = List.of("A", "A", "B", "B", soFarIn);
    double[] probability = {0.30, 0.12, 0.05, 0.04, 0.01};
    assertEquals(expected, AsAsked.soFar(Question.read(question), probability, texts, articleOf, List.of(0)).toString());
  }

  /**
   * A number asked of a noun named before its question word is the figure right before that noun
   * in the best sentence's report, when the answering sentence's figure counts something else; not
   * when it counts the noun too, however far after it, nor from another report.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      大兴区的工会服务站一共有多少个？               | A | [2]
      大兴区的工会服务站一共有多少个？               | B | [0]
      大兴区总工会给多少个镇街和产业基地拨付了资金？ | A | [0]
      大兴区的工会服务站有几个？                     | A | [2]
      """)
  void aCountOfTheNounAskedIsTheFigureRightBeforeIt(String question, String stationsIn, String expected) {
    List<String> texts = List.of("大兴区总工会第一时间为21个镇街和产业基地拨付疫情防控专项资金。",
        "大兴区总工会选派了16名机关干部参与到集中隔离点等工作中。",
        "全区22个工会服务站全员投入，积极配合开展疫情防控工作。");
    List<String> articleOf = List.of("A", "A", stationsIn);
    double[] probability = {0.09, 0.04, 0.01};
    assertEquals(expected, AsAsked.countingTheNoun(Question.read(question), probability, texts, articleOf, List.of(0)).toString());
  }
}
