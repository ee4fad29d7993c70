package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases of {@link CheckedClaim}: a figure the reader asks to have checked, asked as what it states. */
class CheckedClaimTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a year then 对吗                  | 获得的是北京市2022年度“安康杯”竞赛优胜班组，对吗？ | 获得的是北京市哪一年度“安康杯”竞赛优胜班组？
      a year inside 不是…吗             | 二期不是2021年才开工的吗？咋就拿安康杯了         | 二期哪一年才开工的？咋就拿安康杯了
      a count then 真的假的             | 每小时能测200人，真的假的？到底多少               | 每小时能测多少人？到底多少
      a count with 多 inside 不是…吗    | 不是已经给270多名职工都理完了吗？                 | 已经给多少名职工都理完了？
      a duration is no count checked    | 孙世博，不是说支援疾控中心一个多月都没回家了吗？ | 孙世博，不是说支援疾控中心一个多月都没回家了吗？
      a duration in digits stays        | 不是说支援了3个多月没回家吗？                    | 不是说支援了3个多月没回家吗？
      beside a count the year says when | 2023年每名干部发了200元，对吗？                  | 2023年每名干部发了多少元？
      a full date is no year checked    | 是2022年3月15日办的，对吗？                      | 是2022年3月15日办的，对吗？
      a check of no figure stays        | 是市总工会组织的，对吗？                         | 是市总工会组织的，对吗？
      a figure asked of stays           | 顺义派去的32名干部在哪个街道？                   | 顺义派去的32名干部在哪个街道？
      a 不是…吗 of no figure stays      | 这不是工会的活动吗？                             | 这不是工会的活动吗？
      """)
  void theCheckedFigureIsAsked(String shows, String text, String asked) {
    assertEquals(asked, CheckedClaim.asked(text), shows);
  }

  @Test
  void aCheckedYearIsAskedAsADate() {
    Question q = Question.read("中关村东升科技园二期项目拿的是2022年度“安康杯”竞赛优胜班组称号，对吗？");
    assertEquals(Question.Asked.DATE, q.asks());
    assertTrue(q.keys().stream().noneMatch(k -> k.word().contains("2022")), q.keys().toString());
  }
}
