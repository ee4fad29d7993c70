package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link QuestionParts#of}: the questions of a message, each with the rest told before it. */
class QuestionPartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      two questions                 | 朝阳区拨了多少专款？开通的是什么热线？   | 开通的是什么热线。请问朝阳区拨了多少专款? | 朝阳区拨了多少专款。请问开通的是什么热线?
      joined by 还有, spoken        | 专款是多少钱还有第一批报到的干部有多少个分别说说 | 第一批报到的干部有多少个。请问专款是多少钱? | 专款是多少钱。请问第一批报到的干部有多少个?
      spoken, closed by 分别说下     | 专款是多少钱 第一批报到的干部有多少个 分别说下 | 第一批报到的干部有多少个。请问专款是多少钱? | 专款是多少钱。请问第一批报到的干部有多少个?
      joined by a space             | 东城选派下社区多少干部 顺义派去双丰街道多少人 | 顺义派去双丰街道多少人。请问东城选派下社区多少干部? | 东城选派下社区多少干部。请问顺义派去双丰街道多少人?
      joined by a comma             | 捐赠的物资有哪些，数量各是多少？ | 数量各是多少。请问捐赠的物资有哪些? | 捐赠的物资有哪些。请问数量各是多少?
      the background told to each   | 我在写作业。朝阳区拨了多少专款？热线叫什么？ | 我在写作业。热线叫什么。请问朝阳区拨了多少专款? | 我在写作业。朝阳区拨了多少专款。请问热线叫什么?
      """)
  void eachQuestionIsAskedWithTheRestTold(String shows, String message, String first, String second) {
    assertEquals(List.of(first, second), QuestionParts.of(message).stream().map(QuestionParts.Part::withTheRest).toList(), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one question                  | 朝阳区总工会拨了多少专款？
      a question and a statement    | 朝阳区总工会拨了多少专款？我想写进作业。
      a mark alone is no question   | 朝阳区总工会拨了多少专款？？
      a question word then no other | 多少人参加，活动办在了朝阳区？
      one question, unmarked        | 朝阳区总工会拨了多少专款
      a spoken pause, then the ask  | 朝阳区总工会除了派干部下沉 拨了多少钱
      a space after what is asked   | 哪个区拨的专款 最后用在了什么地方
      four questions are a list     | 拨了多少？给了谁？在哪天？为什么？
      """)
  void aMessageOfOneQuestionIsNotParted(String shows, String message) {
    assertEquals(List.of(), QuestionParts.of(message), shows);
  }
}
