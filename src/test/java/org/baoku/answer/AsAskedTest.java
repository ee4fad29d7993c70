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
}
