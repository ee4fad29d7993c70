package org.baoku.retrieve;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.ingest.Issue;

/**
 * Reads which issues a question asks about: a date ({@code 2020年3月15日}, {@code 3月15日}), a
 * month ({@code 2020年3月}), a relative time ({@code 昨天}, {@code 上个月}, {@code 去年}, {@code
 * 最近}), a page ({@code 第5版}, {@code 头版}) and a paper the archive holds ({@code 人民日报}). The
 * same kind of report recurs every day with other figures, so a question that names a day must be
 * answered from that day, or from a page whose date is unknown ({@link Scope#holds}). Relative
 * times count from {@code today}: the archive's newest issue unless the caller sets another day.
 *
 * <p>An archive without dates (the bundled pages) is never scoped by date: there is nothing to
 * scope, and a date in such a question is only words to search for.
 */
public final class WhenAsked {

  private WhenAsked() {}

  /**
   * What a question says about time and place in the archive.
   *
   * @param scope the part of the archive to search
   * @param phrases the words that set it, as written in the question, for the reply
   * @param held whether the archive holds any issue in the scope; when false the question must
   *     not be answered from other days, only from pages whose date is unknown
   */
  public record Reading(Scope scope, List<String> phrases, boolean held) {
    public Reading {
      phrases = List.copyOf(phrases);
    }
  }

  /** A question that names no time, page or paper. */
  public static final Reading NONE = new Reading(Scope.ALL, List.of(), true);

  /**
   * How far back {@code 最近} (recently) reaches: a week of a daily paper, what a reader who asks
   * for the latest reports means; a choice, not a measurement.
   */
  static final int RECENT_DAYS = 7;

  private static final String NUM = "[0-9〇零一二两三四五六七八九十]";
  private static final Pattern FULL_DATE = Pattern.compile(
      "(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*[日号]");
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![0-9])([12][0-9]{3})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?<![0-9年])(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*[日号]");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月(?!\\s*" + NUM + "{1,3}\\s*[日号])");
  private static final Pattern PAGE = Pattern.compile("第\\s*(" + NUM + "{1,3})\\s*版|(头版)");

  /** Relative times, each with the days it covers counted from today. */
  private enum Relative {
    TODAY("今天|今日|当天的报纸"),
    YESTERDAY("昨天|昨日"),
    DAY_BEFORE("前天|前日"),
    THIS_WEEK("本周|这周|这个星期|本星期"),
    LAST_WEEK("上周|上个星期|上星期"),
    THIS_MONTH("本月|这个月"),
    LAST_MONTH("上个月|上月"),
    THIS_YEAR("今年|本年度"),
    LAST_YEAR("去年|上一年"),
    RECENT("最近|近日|近期|这几天");

    final Pattern pattern;

    Relative(String words) {
      this.pattern = Pattern.compile(words);
    }

    Scope scope(LocalDate today) {
      return switch (this) {
        case TODAY -> Scope.day(today);
        case YESTERDAY -> Scope.day(today.minusDays(1));
        case DAY_BEFORE -> Scope.day(today.minusDays(2));
        case THIS_WEEK -> range(today.with(DayOfWeek.MONDAY), today);
        case LAST_WEEK -> range(today.with(DayOfWeek.MONDAY).minusWeeks(1),
            today.with(DayOfWeek.MONDAY).minusDays(1));
        case THIS_MONTH -> range(today.withDayOfMonth(1), today);
        case LAST_MONTH -> month(YearMonth.from(today).minusMonths(1));
        case THIS_YEAR -> range(today.withDayOfYear(1), today);
        case LAST_YEAR -> range(LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31));
        case RECENT -> range(today.minusDays(RECENT_DAYS - 1), today);
      };
    }
  }

  /**
   * What {@code question} says about which issues it means, against the archive's {@code issues};
   * {@code today} may be null (then the newest issue).
   */
  public static Reading read(String question, NavigableSet<Issue> issues, LocalDate today) {
    if (question == null || issues.isEmpty()) {
      return NONE;
    }
    String q = Normalizer.normalize(question, Normalizer.Form.NFKC);
    LocalDate now = today != null ? today : issues.last().date();
    List<String> phrases = new ArrayList<>();
    Scope scope = Scope.ALL;
    Optional<Scope> dates = dates(q, issues, now, phrases);
    if (dates.isPresent()) {
      scope = dates.get();
    }
    Matcher page = PAGE.matcher(q);
    if (page.find()) {
      Integer n = page.group(2) != null ? Integer.valueOf(1) : number(page.group(1));
      if (n != null && n >= 1) {
        phrases.add(page.group());
        scope = new Scope(scope.from(), scope.to(), scope.paper(), n);
      }
    }
    String paper = paper(q, issues);
    if (paper != null) {
      phrases.add(paper);
      scope = new Scope(scope.from(), scope.to(), paper, scope.pageNo());
    }
    if (scope.isAll()) {
      return NONE;
    }
    return new Reading(scope, phrases, holds(issues, scope));
  }

  /** The first date, month or relative time the question names. */
  private static Optional<Scope> dates(String q, NavigableSet<Issue> issues, LocalDate today,
      List<String> phrases) {
    for (Pattern p : List.of(FULL_DATE, ISO_DATE)) {
      Matcher m = p.matcher(q);
      if (m.find()) {
        Optional<LocalDate> d = date(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        if (d.isPresent()) {
          phrases.add(m.group());
          return Optional.of(Scope.day(d.get()));
        }
      }
    }
    Matcher m = YEAR_MONTH.matcher(q);
    if (m.find()) {
      Integer year = number(m.group(1));
      Integer month = number(m.group(2));
      if (year != null && month != null && month >= 1 && month <= 12) {
        phrases.add(m.group());
        return Optional.of(month(YearMonth.of(year, month)));
      }
    }
    m = MONTH_DAY.matcher(q);
    if (m.find()) {
      Integer month = number(m.group(1));
      Integer day = number(m.group(2));
      Optional<LocalDate> d = month == null || day == null ? Optional.empty() : yearOf(month, day, issues, today);
      if (d.isPresent()) {
        phrases.add(m.group());
        return Optional.of(Scope.day(d.get()));
      }
    }
    for (Relative r : Relative.values()) {
      Matcher rel = r.pattern.matcher(q);
      if (rel.find()) {
        phrases.add(rel.group());
        return Optional.of(r.scope(today));
      }
    }
    return Optional.empty();
  }

  /**
   * The date a month and day without a year mean: the one year the archive holds that day in; of
   * several, the latest not after today (a reader asking about 3月15日 means the last one); of
   * none, today's year, so the reply can say the archive lacks that day.
   */
  private static Optional<LocalDate> yearOf(int month, int day, NavigableSet<Issue> issues, LocalDate today) {
    TreeSet<LocalDate> fitting = new TreeSet<>();
    for (Issue i : issues) {
      if (i.date().getMonthValue() == month && i.date().getDayOfMonth() == day) {
        fitting.add(i.date());
      }
    }
    LocalDate best = fitting.floor(today);
    if (best != null) {
      return Optional.of(best);
    }
    if (!fitting.isEmpty()) {
      return Optional.of(fitting.first());
    }
    return date(today.getYear(), month, day);
  }

  /** The longest paper name of the archive that the question contains. */
  private static String paper(String q, NavigableSet<Issue> issues) {
    String best = null;
    for (Issue i : issues) {
      String p = i.paper();
      if (p != null && q.contains(p) && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best;
  }

  private static boolean holds(NavigableSet<Issue> issues, Scope scope) {
    for (Issue i : issues) {
      if ((scope.from() == null || !i.date().isBefore(scope.from()))
          && (scope.to() == null || !i.date().isAfter(scope.to()))
          && (scope.paper() == null || scope.paper().equals(i.paper()))) {
        return true;
      }
    }
    return false;
  }

  private static Scope range(LocalDate from, LocalDate to) {
    return new Scope(from, to, null, null);
  }

  private static Scope month(YearMonth m) {
    return range(m.atDay(1), m.atEndOfMonth());
  }

  private static Optional<LocalDate> date(Integer year, Integer month, Integer day) {
    if (year == null || month == null || day == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A number written in digits or Chinese numerals: {@code 15}, {@code 十五}, {@code 二十一}, and
   * years digit by digit ({@code 二〇二〇}); null when it is neither.
   */
  static Integer number(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return s.length() > 9 ? null : Integer.valueOf(s);
    }
    String digits = "〇一二三四五六七八九";
    if (!s.contains("十")) {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        int d = c == '零' ? 0 : c == '两' ? 2 : digits.indexOf(c);
        if (d < 0) {
          return null;
        }
        sb.append(d);
      }
      return Integer.valueOf(sb.toString());
    }
    int ten = s.indexOf('十');
    if (s.indexOf('十', ten + 1) >= 0 || s.length() > 3) {
      return null;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + (s.charAt(0) == '两' ? 3 : 0);
    int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
    if (tens < 1 || ones < 0) {
      return null;
    }
    return tens * 10 + ones;
  }
}
