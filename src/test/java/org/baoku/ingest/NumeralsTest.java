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
  void yearsDigitByDigit() {
    assertEquals(2020, Numerals.value("二〇二〇"));
    assertEquals(2008, Numerals.value("二零零八"));
  }

  @Test
  void anythingElseIsNoNumber() {
    assertNull(Numerals.value("十十"));
    assertNull(Numerals.value("百"));
    assertNull(Numerals.value("一百二十"), "hundreds are not read");
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
