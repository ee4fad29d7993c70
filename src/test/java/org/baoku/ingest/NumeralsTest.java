package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumeralsTest {

  @Test
  void digitsAndNumeralsUpToNinetyNine() {
    assertEquals(17, Numerals.value("17"));
    assertEquals(15, Numerals.value("十五"));
    assertEquals(10, Numerals.value("十"));
    assertEquals(21, Numerals.value("二十一"));
    assertEquals(99, Numerals.value("九十九"));
    assertEquals(2, Numerals.value("两"));
    assertEquals(20, Numerals.value("两十"));
    assertEquals(12, Numerals.value("十两"));
  }

  @Test
  void numeralsWithTheirPlaces() {
    assertEquals(List.of(120, 1250, 1250, 150, 105, 1005, 500_000, 12_000, 3_900, 10_010),
        List.of(Numerals.value("一百二十"), Numerals.value("一千二百五十"), Numerals.value("一千二百五"),
            Numerals.value("一百五"), Numerals.value("一百零五"), Numerals.value("一千〇五"), Numerals.value("五十万"),
            Numerals.value("一万二"), Numerals.value("三千九百"), Numerals.value("一万零一十")));
  }

  @Test
  void spokenCountsAndHoursAreWrittenInDigits() {
    assertEquals("首批39名干部", Numerals.spokenNumbersInDigits("首批三十九名干部"));
    assertEquals("送了1250件饮料", Numerals.spokenNumbersInDigits("送了一千二百五十件饮料"));
    assertEquals("拨了500万元", Numerals.spokenNumbersInDigits("拨了五百万元"));
    assertEquals("3900余件", Numerals.spokenNumbersInDigits("三千九百余件"));
    assertEquals("那1800来号人", Numerals.spokenNumbersInDigits("那一千八百来号人"));
    assertEquals("20123人次是哪个区的", Numerals.spokenNumbersInDigits("两万零一百二十三人次是哪个区的"));
    assertEquals("送了2万元", Numerals.spokenNumbersInDigits("送了两万元"));
    assertEquals("早上7点站卡口", Numerals.spokenNumbersInDigits("早上七点站卡口"));
    assertEquals("下午3时", Numerals.spokenNumbersInDigits("下午三时"));
    for (String kept : List.of("第十二届", "十几个人", "三四十个人", "几十名干部", "上百人", "两个村", "三个精神", "防疫村约十六条", "一百分", "万人空巷", "千万人", "有一点")) {
      assertEquals(kept, Numerals.spokenNumbersInDigits(kept));
    }
  }

  @Test
  void yearsDigitByDigit() {
    assertEquals(2020, Numerals.value("二〇二〇"));
    assertEquals(2008, Numerals.value("二零零八"));
  }

  @Test
  void anythingElseIsNoNumber() {
    assertNull(Numerals.value("十十"));
    assertNull(Numerals.value("百"));
    assertNull(Numerals.value("三四十"), "an estimate");
    assertNull(Numerals.value("十百"), "places rising");
    assertNull(Numerals.value("万"));
    assertNull(Numerals.value(""));
    assertNull(Numerals.value(null));
    assertNull(Numerals.value("1234567890"), "more digits than an int holds");
    assertNull(Numerals.value("一二三四五六七八九〇"));
  }

  @Test
  void countsInDigitsAndChineseNumeralsAndNoYears() {
    assertEquals(List.of(17, 2, 2, 10, 15, 20, 99, 0, 0, 0), List.of(Numerals.count("17"), Numerals.count("两"),
        Numerals.count("二"), Numerals.count("十"), Numerals.count("十五"), Numerals.count("二十"),
        Numerals.count("九十九"), Numerals.count("百"), Numerals.count("二〇二〇"), Numerals.count("12345")));
  }
}
