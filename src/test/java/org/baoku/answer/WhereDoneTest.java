package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of where something was done is led by the sentence of its report that says it was
 * done at a place, though the report's opening is more probable.
 */
class WhereDoneTest {

  /** Sentences of the bus studio's film report (page 002) and one of another report. */
  private static final List<String> TEXTS = List.of(
      "为协助车队做好疫情防控工作，全国五一劳动奖章获得者常洪霞带领工作室的成员开始制作宣传片。",
      "目前，这部时长2分钟的宣传片制作完成。",
      "东城区总工会为全区17个街道各拨付慰问金5万元。",
      "“宣传片已在车队调度室的大屏幕上滚动播放。",
      "两位理发师傅分别来自北辰五洲会议中心和北辰洲际酒店安保部。");

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      那部片子现在在哪里播放？           | A | [3, 0]
      常洪霞她们做的宣传片在哪儿播放     | A | [3, 0]
      宣传片是在哪里制作的？             | A | [0]
      那部片子现在在哪里播放？           | B | [0]
      两位理发师傅分别来自哪两个单位？   | A | [4, 0]
      Where did the two barbers come from? | A | [4, 0]
      """)
  void whereSomethingWasDoneIsLedByTheSentenceThatSaysSo(String question, String articleOfTheLast, String expected) {
    double[] probability = {0.30, 0.12, 0.05, 0.01, 0.005};
    List<String> articleOf = List.of("A", "A", "B", articleOfTheLast, articleOfTheLast);
    assertEquals(expected, WhereDone.leading(Question.read(question), probability, TEXTS, articleOf, List.of(0)).toString());
  }

  @Test
  void aPlaceGivenAfterYuIsSaidAlready() {
    List<String> texts = List.of("2008年亚洲杯决赛周于越南胡志明市举行。", "第三组首场在新加坡举行。");
    assertEquals(List.of(0), WhereDone.leading(Question.read("2008年亚洲杯在什么地方举行？"), new double[] {0.9, 0.1}, texts,
        List.of("A", "A"), List.of(0)));
    List<String> after = List.of("所有棕榈蝮都长得较为幼细，而且活动于树木之上。", "棕榈蝮在夜间活动。");
    assertEquals(List.of(0), WhereDone.leading(Question.read("棕榈蝮喜欢在哪里活动？"), new double[] {0.9, 0.1}, after,
        List.of("A", "A"), List.of(0)));
  }
}
