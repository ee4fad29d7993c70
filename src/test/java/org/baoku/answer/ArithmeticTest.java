package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

  @Test
  void citesTheSentenceOfEachNamedPartAndAddsTheirFigures() {
    Question q = Question.read("东城区工会服务队和西城区的志愿者，加起来一共多少人？");
    List<String> texts = List.of("另有100名居民参与了这次活动。", "东城区工会服务队由26名队员组成。", "西城区志愿者共32人参加值守。");
    assertEquals(List.of(1, 2), Arithmetic.sentences(q, texts));
    assertEquals(Optional.of("合计58人（据[1][2]计算）"),
        Arithmetic.of(q, List.of(new Arithmetic.Cited(texts.get(1), 1), new Arithmetic.Cited(texts.get(2), 2))));
  }

  @Test
  void threePartsAddUpAndAPartNamedInPiecesCountsOnce() {
    Question three = Question.read("服务队、下沉干部和专职社工，三拨人合计多少人？");
    List<Arithmetic.Cited> cited = List.of(new Arithmetic.Cited("区总工会依托由12人组成的服务队开展工作；区总工会抽调44名下沉干部到社区。", 1),
        new Arithmetic.Cited("基层50名专职社工下沉到各区域。", 2));
    assertEquals(Optional.of("合计106人（据[1][2]计算）"), Arithmetic.of(three, cited));
    Question pieces = Question.read("区总工会拨付的资金和各镇街、园区筹集的资金，加起来一共多少万元？");
    List<Arithmetic.Cited> money = List.of(new Arithmetic.Cited("区总工会拨付专项资金30万元。", 1),
        new Arithmetic.Cited("各镇街、园区已筹集资金12万元。", 2));
    assertEquals(Optional.of("合计42万元（据[1][2]计算）"), Arithmetic.of(pieces, money));
  }

  @Test
  void aQuestionThatAsksNoSumPicksNoParts() {
    assertEquals(List.of(), Arithmetic.sentences(Question.read("东城区工会服务队有多少人？"), List.of("服务队由26名队员组成。")));
  }
}
