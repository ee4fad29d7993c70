package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalizerTest {

  @Test
  void dropsWhitespaceAndPunctuationOfBothWidths() {
    assertEquals("指导职工下载北京工会12351app", Normalizer.normalize("指导职工下载“北京工会12351APP”。"));
    assertEquals("大爷您好请出示一下证件", Normalizer.normalize("“大爷您好，请出示一下证件。”"));
    assertEquals("abc", Normalizer.normalize(" a\tb\u3000c\n"));
  }

  @Test
  void nfkcFoldsFullWidthLettersAndDigitsThenLowerCasesLatin() {
    assertEquals("aed24", Normalizer.normalize("ＡＥＤ２４"));
    // A known weakness of the rule: the decimal point is punctuation, so 1.8万 and 18万 compare equal.
    assertEquals("18万人次", Normalizer.normalize("1.8万人次"));
  }

  @Test
  void keepsSymbolsAndNonLatinCase() {
    // + and ￥ are symbols (S*), % and - are punctuation (Po, Pd); Greek capitals are not Latin.
    assertEquals("50+Ω¥3", Normalizer.normalize("50% + Ω ￥3"));
    assertEquals("光荣和ωforce", Normalizer.normalize("光荣和ω-force"));
  }

  @Test
  void keepsTraditionalCharactersAsTheyAre() {
    assertEquals("職工", Normalizer.normalize("職 工"));
  }

  @Test
  void containsComparesNormalisedTextAndRejectsEmptyNeedles() {
    assertTrue(Normalizer.contains("督查对进村、社区人员严格查验24小时核酸阴性证明", "查验 24 小时"));
    assertFalse(Normalizer.contains("任何文本", "，。！"));
    assertFalse(Normalizer.contains("任何文本", null));
    assertEquals("", Normalizer.normalize(null));
  }
}
