package org.baoku.ingest;

/**
 * Whole numbers as Chinese text writes them: in digits ({@code 15}), in numerals up to ninety-nine
 * ({@code 十五}, {@code 二十一}, {@code 两}), or digit by digit as years are ({@code 二〇二〇}). One reader
 * for the dates a question names and the counts a report gives ({@link #count}), so both read
 * {@code 两} and {@code 〇} alike.
 */
public final class Numerals {

  private static final String DIGITS = "〇一二三四五六七八九";
  /** Longest run of digits read: an int holds nine. */
  private static final int MAX_DIGITS = 9;

  private Numerals() {}

  /** The value of {@code s}, or null when it is not a whole number written one of those ways. */
  public static Integer value(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return s.length() > MAX_DIGITS ? null : Integer.valueOf(s);
    }
    String n = s.replace('两', '二').replace('零', '〇');
    int ten = n.indexOf('十');
    if (ten < 0) {
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
    if (n.indexOf('十', ten + 1) >= 0 || n.length() > 3) {
      return null;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(n.charAt(0));
    int ones = ten == n.length() - 1 ? 0 : DIGITS.indexOf(n.charAt(ten + 1));
    if (tens < 1 || ones < 0) {
      return null;
    }
    return tens * 10 + ones;
  }

  /** A count in up to four digits or in Chinese numerals up to ninety-nine; 0 when it is not one. */
  public static int count(String numeral) {
    if (numeral.chars().allMatch(Character::isDigit)) {
      return numeral.length() <= 4 ? Integer.parseInt(numeral) : 0;
    }
    // one numeral or a number with 十: a run of digit numerals (二〇二〇) is a year, not a count
    Integer value = numeral.length() == 1 || numeral.contains("十") ? value(numeral) : null;
    return value == null ? 0 : value;
  }
}
