package org.baoku.ingest;

import java.util.regex.Pattern;

/**
 * Whole numbers as Chinese text writes them: in digits ({@code 15}), in numerals with their places
 * ({@code 十五}, {@code 一千二百五十}, {@code 五十万}, {@code 两}), or digit by digit as years are ({@code 二〇二〇}). One reader
 * for the dates a question names and the counts a report gives ({@link #count}), so both read
 * {@code 两} and {@code 〇} alike.
 */
public final class Numerals {

  private static final String DIGITS = "〇一二三四五六七八九";
  /** The places a numeral may write: tens, hundreds, thousands, ten thousands. */
  private static final String UNITS = "十百千万";
  private static final int TEN_THOUSAND = 10_000;
  /** Longest run of digits read: an int holds nine. */
  private static final int MAX_DIGITS = 9;

  /**
   * A count spoken in numerals with their places ({@code 三十九名}, {@code 一千二百五十件}, {@code
   * 五十万元}), as voice input writes it: a report writes a count of ten or more in digits ({@code
   * 39名}, as GB/T 15835 asks), and the spoken {@code 一千八百来号人} as {@code 1800来号人}. Not an
   * ordinal ({@code 第十二届}), an estimate ({@code 十几个}, {@code 几十名}, {@code 上百人}, or {@code
   * 三四十个}, which reads as no number) or a count in one numeral ({@code 两个村}, {@code 三个精神}),
   * which reports write in words too.
   */
  private static final Pattern SPOKEN_COUNT = Pattern.compile("(?<![第几数上成近〇零一二两三四五六七八九十百千万\\d])"
      + "([〇零一二两三四五六七八九十百千万]*[十百千万][〇零一二两三四五六七八九十百千万]*)"
      + "(?=(?:[余多]|来号?)?(?:名|个|位|人|件|元|块|次|天|辆|家|户|批|支|项|场|份|岁|吨|斤|公斤|公里|米|小时|分钟|亿))");

  /**
   * An hour of the day spoken in numerals after the part of the day ({@code 早上七点}), which a
   * report writes in digits ({@code 早上7点钟}).
   */
  private static final Pattern SPOKEN_HOUR = Pattern.compile(
      "(?<=早上|早晨|上午|中午|下午|傍晚|晚上|夜里|凌晨)([〇零一二两三四五六七八九十]{1,3})(?=[点时])");

  private Numerals() {}

  /**
   * {@code text} with its spoken counts of ten or more and its spoken hours in digits, as a report
   * writes them, so that a question put by voice ({@code 首批三十九名干部}, {@code 两万零一百二十三人次},
   * {@code 早上七点}) shares the report's key ({@code 39名}, {@code 20123人次}, {@code 7点}). A count in
   * 万 keeps it ({@code 五十万元} is {@code 50万元}).
   */
  public static String spokenNumbersInDigits(String text) {
    String t = SPOKEN_COUNT.matcher(text).replaceAll(m -> {
      String numeral = m.group(1);
      boolean wan = numeral.endsWith("万");
      Integer n = value(wan ? numeral.substring(0, numeral.length() - 1) : numeral);
      return n == null ? m.group() : n + (wan ? "万" : "");
    });
    return SPOKEN_HOUR.matcher(t).replaceAll(m -> {
      Integer n = value(m.group(1));
      return n == null ? m.group() : n.toString();
    });
  }

  /** The value of {@code s}, or null when it is not a whole number written one of those ways. */
  public static Integer value(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return s.length() > MAX_DIGITS ? null : Integer.valueOf(s);
    }
    String n = s.replace('两', '二').replace('零', '〇');
    if (n.chars().noneMatch(c -> UNITS.indexOf(c) >= 0)) {
      if (n.length() > MAX_DIGITS) {
        return null;
      }
      int value = 0;
      for (char c : n.toCharArray()) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
          return null;
        }
        value = value * 10 + d;
      }
      return value;
    }
    int wan = n.indexOf('万');
    if (wan < 0) {
      return belowTenThousand(n);
    }
    Integer high = wan == 0 ? null : belowTenThousand(n.substring(0, wan));
    String rest = n.substring(wan + 1);
    // speech shortens 一万二千 to 一万二
    Integer low = rest.isEmpty() ? Integer.valueOf(0)
        : rest.length() == 1 && DIGITS.indexOf(rest.charAt(0)) > 0 ? DIGITS.indexOf(rest.charAt(0)) * 1000 : belowTenThousand(rest);
    return high == null || low == null ? null : high * TEN_THOUSAND + low;
  }

  /**
   * A numeral below ten thousand written with its places ({@code 一千二百五十}), strictly: each place
   * once and in falling order, so an estimate ({@code 三四十}) is no number. A digit after the last
   * place with no {@code 〇} between is the next place down, as speech shortens it ({@code 一百五} is
   * 150); after {@code 〇} it is the ones ({@code 一百〇五}).
   */
  private static Integer belowTenThousand(String n) {
    int value = 0;
    int place = TEN_THOUSAND;
    Integer digit = null;
    boolean gap = false;
    for (char c : n.toCharArray()) {
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        if (digit != null || (d == 0 && gap)) {
          return null;
        }
        if (d == 0) {
          gap = true;
        } else {
          digit = d;
        }
        continue;
      }
      int p = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (p == 0 || p >= place || (digit == null && p != 10)) {
        return null;
      }
      value += (digit == null ? 1 : digit) * p;
      place = p;
      digit = null;
      gap = false;
    }
    if (digit != null) {
      value += gap || place <= 10 || place == TEN_THOUSAND ? digit : digit * (place / 10);
    }
    return value;
  }

  /** A count in up to four digits or in Chinese numerals with their places; 0 when it is not one. */
  public static int count(String numeral) {
    if (numeral.chars().allMatch(Character::isDigit)) {
      return numeral.length() <= 4 ? Integer.parseInt(numeral) : 0;
    }
    // one numeral or a number with its places: a run of digit numerals (二〇二〇) is a year, not a count
    Integer value = numeral.length() == 1 || numeral.chars().anyMatch(c -> UNITS.indexOf(c) >= 0) ? value(numeral) : null;
    return value == null ? 0 : value;
  }
}
