package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A way asked for a group is answered by the clause that opens with that group. */
class TargetedGroupTest {

  private static final List<String> CLAUSES = List.of(
      "据了解，各基层单位工会因地制宜，采取订盒饭、机关食堂送餐等多种方式，确保职工吃上热乎干净的午饭。",
      "基层单位鼓励有条件的职工自行带饭用餐，并对热饭设施定时进行卫生消毒；",
      "针对无法自行用餐的职工，协调食堂启动错峰用餐机制，调整餐桌椅距离；",
      "针对有条件的职工，鼓励自行带饭。");
  private static final List<String> ARTICLES = List.of("a", "a", "a", "a");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      对那些没办法自己解决午饭的职工，是怎么安排吃饭的？   | [2, 0]
      没法自己带饭的邮政职工，午饭是怎么解决的？           | [2, 0]
      职工的午饭是怎么解决的？                             | [0]
      对那些没办法自己解决午饭的投递员，是怎么安排的？     | [0]
      """)
  void theClauseOfTheGroupAskedLeads(String question, String answered) {
    double[] probability = {0.3, 0.05, 0.004, 0.002};
    assertEquals(answered, TargetedGroup.leading(Question.read(question), probability, CLAUSES, ARTICLES, List.of(0))
        .toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      清源街道总工会人少活多，是怎么顶下来的？   | [1, 0]
      清源街道总工会是怎么参加核酸检测的？       | [0]
      """)
  void theClauseDoneUnderTheCircumstancesAskedLeads(String question, String answered) {
    List<String> texts = List.of(
        "清源街道总工会全体工作人员积极行动，下沉枣园尚城社区，参加核酸检测、卡口值守等工作。",
        "在人员少、任务重的情况下，工作人员轮番有序作战，街道总工会副主席刘立功在核酸检测现场变身“大白”。");
    assertEquals(answered, TargetedGroup.leading(Question.read(question), new double[] {0.5, 0.01}, texts,
        List.of("a", "a"), List.of(0)).toString());
  }
}
