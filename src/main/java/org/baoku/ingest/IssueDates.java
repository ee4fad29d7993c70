package org.baoku.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a corpus writes an issue's date, and what counts as one. A date that is written like a
 * date but does not exist (2020-02-30) is an error to report, never moved to a nearby day.
 */
final class IssueDates {

  /**
   * Years an issue can have. Outside them a four-digit number is something else (a count, a
   * code), so {@code 0001/02/03} is not read as a date at all rather than reported as a wrong one.
   */
  private static final int FIRST_YEAR = 1600;

  private static final int LAST_YEAR = 2199;

  /** {@code 2020-03-15} or {@code 2020-3-15}, not inside a longer run of digits. */
  private static final Pattern DASHED = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

  /**
   * {@code 20200315}, not inside a longer run of digits. Eight digits are often not a date (an id,
   * a count), so only a plausible shape counts: month 01–12, day 01–31; within that shape an
   * impossible day (20200230) is reported.
   */
  private static final Pattern COMPACT =
      Pattern.compile("(?<!\\d)((?:1[6-9]|2[01])\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

  /** A field's whole value: {@code 2020-03-15}, {@code 2020/03/15}, {@code 2020.03.15}, {@code 2020年3月15日}. */
  private static final Pattern FIELD = Pattern.compile(
      "(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)(?:[T ].*)?");

  private IssueDates() {}

  /** A date written in a text, as written, and its value: null when no such day exists. */
  record Written(int start, int end, String text, LocalDate date) {

    boolean isValid() {
      return date != null;
    }
  }

  /** Every date written in {@code text} ({@code YYYY-MM-DD} or {@code YYYYMMDD}), in order. */
  static List<Written> in(String text) {
    List<Written> found = new ArrayList<>();
    for (Pattern p : List.of(DASHED, COMPACT)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int year = Integer.parseInt(m.group(1));
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
          found.add(written(m.start(), m.end(), m.group(), year, m.group(2), m.group(3)));
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * The date of three nested path components {@code YYYY/MM/DD}, or null when they are not shaped
   * like one.
   */
  static Written nested(String year, String month, String day) {
    if (!year.matches("\\d{4}") || !month.matches("\\d{1,2}") || !day.matches("\\d{1,2}")) {
      return null;
    }
    int y = Integer.parseInt(year);
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      return null;
    }
    return written(0, 0, year + "/" + month + "/" + day, y, month, day);
  }

  /**
   * A manifest or record field's date.
   *
   * @throws IllegalArgumentException with a message to show the user when the value is not a date
   *     in one of the accepted forms or names a day that does not exist
   */
  static LocalDate field(String value) {
    String v = value.strip();
    Matcher m = FIELD.matcher(v);
    Written w = null;
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      w = m.group(3) != null ? written(0, 0, v, year, m.group(3), m.group(4))
          : written(0, 0, v, year, m.group(5), m.group(6));
    } else {
      Matcher c = COMPACT.matcher(v);
      if (c.matches()) {
        w = written(0, 0, v, Integer.parseInt(c.group(1)), c.group(2), c.group(3));
      }
    }
    if (w == null) {
      throw new IllegalArgumentException("日期应写作 YYYY-MM-DD / a date is written YYYY-MM-DD, got \""
          + value + "\"");
    }
    if (!w.isValid()) {
      throw new IllegalArgumentException("没有这一天 / impossible date " + w.text());
    }
    return w.date();
  }

  private static Written written(int start, int end, String text, int year, String month, String day) {
    try {
      return new Written(start, end, text,
          LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return new Written(start, end, text, null);
    }
  }
}
