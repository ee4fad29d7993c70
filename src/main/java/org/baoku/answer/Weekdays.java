package org.baoku.answer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day of the week a cited day fell on, worked out where the report does not name it: {@code
 * 那天是星期几} after {@code 3月4日一大早…献血} in the issue of 6 March 2020 is answered {@code
 * 2020年3月4日是星期三（据[1]所载日期和刊出日期推算）}. A report gives the month and day; its issue gives
 * the year, the one before when the day would fall after the issue. Shown as worked out, like a
 * sum ({@link Arithmetic}); an undated report gives no year, so nothing. The month and day
 * are read by {@link DaysBetween#days}, as the days between two days are.
 */
final class Weekdays {

  private static final String[] NAMES = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

  private Weekdays() {}

  /** The day {@code sentence} names, in the year of {@code issue} (or the one before); empty without both. */
  static Optional<LocalDate> day(String sentence, LocalDate issue) {
    if (issue == null) {
      return Optional.empty();
    }
    for (DaysBetween.MonthDay named : DaysBetween.days(sentence)) {
      for (int year = issue.getYear(); year >= issue.getYear() - 1; year--) {
        try {
          LocalDate d = LocalDate.of(year, named.month(), named.day());
          if (!d.isAfter(issue)) {
            return Optional.of(d);
          }
        } catch (DateTimeException e) {
          // 2月29日 of a year that has none, or 2月30日 of any
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code s} names a weekday, or a day whose weekday its issue works out. */
  static boolean answers(Scored s) {
    return Days.WEEKDAY.matcher(s.span().text()).find()
        || day(s.span().text(), s.passage().imprint().date()).isPresent();
  }

  /**
   * For a weekday question no chosen sentence answers in so many words, the line that works out
   * the weekday of the first chosen day, citing it as {@code citations} numbers it.
   */
  static Optional<String> worked(Question q, List<Scored> chosen, CitationList citations) {
    if (!Days.asksTheWeekday(q) || chosen.stream().anyMatch(s -> Days.WEEKDAY.matcher(s.span().text()).find())) {
      return Optional.empty();
    }
    for (Scored s : chosen) {
      Optional<LocalDate> d = day(s.span().text(), s.passage().imprint().date());
      if (d.isPresent()) {
        return Optional.of(line(d.get(), citations.cite(s.passage(), s.span())));
      }
    }
    return Optional.empty();
  }

  /** The reply's line for a weekday question answered by day {@code d} of citation {@code n}. */
  static String line(LocalDate d, int n) {
    DayOfWeek w = d.getDayOfWeek();
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日是" + NAMES[w.getValue() - 1]
        + "（据[" + n + "]所载日期和刊出日期推算）";
  }
}
