package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link WayAsked#wayAsked}: the verbs of the deed a how-question asks the way of. */
class WayAskedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      飞宇公司是怎么给采血现场消毒的？     | 消毒
      理发时是如何做好防护的？             | 防护
      那些职工咋安排用餐？                 | 用餐
      录入时咋防止录错？                   | 防止,避免,预防,防范,以免,以防,杜绝
      飞宇公司是怎么给现场做消杀的呀？     | 消杀
      为什么要给快递小哥开展党课？         | ''
      """)
  void aWayAskedIsOfTheDeedAfterTheQuestionWord(String question, String verbs) {
    assertEquals(verbs.isEmpty() ? List.of() : List.of(verbs.split(",")), WayAsked.wayAsked(Question.read(question)), question);
  }
}
