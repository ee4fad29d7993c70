package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden outputs of the shared normalisation and analysis. */
class ChineseTextTest {

  @Test
  void normaliseFoldsWidthScriptAndControls() {
    assertEquals("AED 12351 顺义区总工会 ", ChineseText.normalise("ＡＥＤ\u3000１２３５１ 順義區總工會\u0007"));
  }

  @Test
  void wordsKeepAcronymsWhole() {
    assertEquals(List.of("指导", "职工", "下载", "北京", "工会", "12351", "app", "aed"),
        ChineseText.terms("text", ChineseText.normalise("指导职工下载“北京工会12351APP”，AED")));
  }

  @Test
  void pinyinWordsJoinTwoAndThreeSyllables() {
    assertEquals(List.of("haidian", "haidianqu", "dianqu"), ChineseText.pinyinWords("海淀区"));
    assertEquals(List.of(), ChineseText.pinyinWords("AED 12351 区"));
  }

  @Test
  void compactFollowsTheEvaluationRule() {
    assertEquals("北京工会12351app", ChineseText.compact("“北京工会 12351ＡＰＰ”。"));
  }

  @Test
  void capNeverSplitsASurrogatePair() {
    assertEquals("ab", ChineseText.cap("ab😀", 3));
  }
}
