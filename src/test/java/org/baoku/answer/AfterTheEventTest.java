package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of what was done once an event was over is led by the sentence of its report that
 * tells what followed the event's end, though the report's opening is more probable.
 */
class AfterTheEventTest {

  /** Sentences of the first-aid training report (page 000) and one of another report. */
  private static final List<String> TEXTS = List.of(
      "近日，北京建工集团工会开展“互助保障，祝您安康”主题培训，该集团相关领导、项目部及分包职工代表50余人参加。",
      "今年，该集团在项目工地开展10场应急救护心肺复苏培训。",
      "东城区总工会为全区17个街道各拨付慰问金5万元。",
      "培训结束后，职工在培训讲师团队手把手的指导下，就正确呼救、胸外心脏按压等各环节进行了实际演练。");

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      急救培训完了 工人上手练了啥                 | A | [3, 0]
      建工集团的培训结束后，职工演练了哪些环节？    | A | [3, 0]
      建工集团的培训上职工演练了哪些环节？         | A | [0]
      急救培训完了 工人上手练了啥                 | B | [0]
      """)
  void whatFollowedAnEventIsLedByTheSentenceOfItsEnd(String question, String articleOfTheLast, String expected) {
    double[] probability = {0.30, 0.12, 0.05, 0.01};
    List<String> articleOf = List.of("A", "A", "B", articleOfTheLast);
    assertEquals(expected, AfterTheEvent.leading(Question.read(question), probability, TEXTS, articleOf, List.of(0)).toString());
  }
}
