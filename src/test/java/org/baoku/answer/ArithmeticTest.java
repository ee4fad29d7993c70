package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sums and differences from two cited figures: computed only of one measure and multiplier. */
class ArithmeticTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      甲乙两个项目的投入相差多少万元？     | 甲项目投入500万元。   | 乙项目投入139万元。   | 相差361万元（据[1][2]计算）
      两支服务队一共服务了多少人次？       | 第一支服务队服务85人次。 | 第二支服务队服务84人次。 | 合计169人次（据[1][2]计算）
      两个街道的志愿者相差多少名？         | 东街道有32名志愿者。  | 西街道有12.5名志愿者。 | 相差19.5名（据[1][2]计算）
      甲乙两个项目的投入相差多少万元？     | 甲项目投入5亿元。     | 乙项目投入139万元。   | -
      这次活动一共有多少名职工参加？       | 共有100名职工参加。   | 其中30名是党员。      | -
      甲乙两个项目的投入相差多少万元？     | 甲项目投入500万元。   | 乙项目尚未公布。      | -
      """)
  void computesOnlyWhatTheCitedFiguresAllow(String question, String first, String second, String expected) {
    Optional<String> got = Arithmetic.of(Question.read(question),
        List.of(new Arithmetic.Cited(first, 1), new Arithmetic.Cited(second, 2)));
    assertEquals(Optional.ofNullable(expected), got, question);
  }
}
