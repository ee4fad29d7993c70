package org.baoku.answer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Numerals;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.WhenAsked;

/**
 * How many days lie between two days a question names ({@code 牛玉俊5月25号跟6月2号两趟慰问，隔了几天}):
 * no report counts them, but each gives its day, so the answer cites the sentence that reports each
 * and works the count out, shown as worked out like a sum ({@link Arithmetic}): {@code
 * 5月25日至6月2日相隔8天（据[1][2]所载日期推算）}. A count across the end of February needs the year,
 * which only a dated issue gives; without it, or when no report of the question's bodies gives
 * both days, nothing is worked out and the question is answered as any other.
 */
final class DaysBetween {

  /** Two days of a year, earlier first. */
  record Span(MonthDay from, MonthDay to) {}

  /** A month and day as a question or report gives it. */
  record MonthDay(int month, int day) {
    String text() {
      return month + "月" + day + "日";
    }
  }

  /**
   * The longest span read as within one year, half of one; not tuned (no question of the sets
   * counts more than a few weeks): the days of a question are of one run of events, and a longer
   * one ({@code 12月30日到1月2日} read in one year) crosses into the next, which the month and day do
   * not tell.
   */
  private static final int MAX_DAYS = 183;

  /**
   * Words that ask the days between ({@code 隔了几天}, {@code 相差多少天}), not the days something
   * lasted within them ({@code 5月25日到6月2日期间开展了几天核酸检测}), which a report counts.
   */
  private static final Pattern BETWEEN = Pattern.compile("隔|相差|差了?(?:几|多少)|相距|过了|过去了?(?:几|多少)|过去了");

  private DaysBetween() {}

  /** The two days a question that asks how many days names, earlier first; empty for any other question. */
  static Optional<Span> asked(Question q) {
    return betweenAsked(q) ? span(days(q.text())) : Optional.empty();
  }

  /** Whether {@code q} asks how many days lie between two days, named or not. */
  private static boolean betweenAsked(Question q) {
    return q.asks() == Question.Asked.NUMBER && "天".equals(q.measure()) && BETWEEN.matcher(q.text()).find();
  }

  /** Exactly two days, earlier first; empty for more or fewer. */
  private static Optional<Span> span(Set<MonthDay> given) {
    if (given.size() != 2) {
      return Optional.empty();
    }
    List<MonthDay> days = new ArrayList<>(given);
    days.sort(Comparator.comparingInt(MonthDay::month).thenComparingInt(MonthDay::day));
    return Optional.of(new Span(days.get(0), days.get(1)));
  }

  /**
   * The report that gives the days of a question that names its events and not their days ({@code
   * 从他下沉到社区那天，到写这篇日记那天，过去了几天}): where none of the model's most probable sentences
   * states a count of days, the report of the best of them that gives a day, about the question's
   * bodies; empty for any other question.
   */
  private static Optional<Scored> describedIn(Question q, Candidates c) {
    if (!betweenAsked(q) || days(q.text()).size() >= 2) {
      return Optional.empty();
    }
    List<Integer> best = CandidatePick.best(c.probability(), CandidatePick.CHECKED);
    if (best.stream().anyMatch(i -> SentenceCheck.holds(q, c.ranked().get(i).span().text()))) {
      return Optional.empty();
    }
    return best.stream().filter(i -> c.about().get(i) && !days(c.ranked().get(i).span().text()).isEmpty())
        .findFirst().map(c.ranked()::get);
  }

  /**
   * The sentences of {@code article} that give the days of a described question, the candidates
   * of it best first and then its other sentences in reading order, down to its date line (5月14日
   * over a diary, which the model ranks low): the first that bring the days to two, with the day
   * the question gives; empty unless they come to exactly two.
   */
  private static List<Scored> describedDays(Question q, Candidates c, Scored anchor, ArticleText article) {
    Set<MonthDay> found = new LinkedHashSet<>(days(q.text()));
    List<Scored> giving = new ArrayList<>();
    List<Scored> order = new ArrayList<>();
    for (int i : CandidatePick.best(c.probability(), c.ranked().size())) {
      if (c.ranked().get(i).passage().articleKey().equals(anchor.passage().articleKey())) {
        order.add(c.ranked().get(i));
      }
    }
    article.all().forEach(l -> order.add(l.scored(anchor.hit())));
    for (Scored s : order) {
      Set<MonthDay> given = days(s.span().text());
      if (!found.containsAll(given)) {
        found.addAll(given);
        giving.add(s);
        if (found.size() >= 2) {
          break;
        }
      }
    }
    return found.size() == 2 ? giving : List.of();
  }

  /** The distinct valid month-days {@code text} names, in order. */
  static Set<MonthDay> days(String text) {
    Set<MonthDay> out = new LinkedHashSet<>();
    Matcher m = WhenAsked.MONTH_DAY.matcher(ChineseText.normalise(text));
    while (m.find()) {
      Integer month = Numerals.value(m.group(1));
      Integer day = Numerals.value(m.group(2));
      if (month != null && day != null && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        out.add(new MonthDay(month, day));
      }
    }
    return out;
  }

  /**
   * The sentences that give the asked days: for each day the question names, the first candidate
   * whose article names the question's bodies and places ({@code about}) and whose sentence names
   * the day; for events it names by what happened, the sentences of their report that give their
   * days ({@link #describedDays}); empty unless both days are given.
   */
  static List<Scored> sentences(Question q, Candidates c, List<Hit> top, ArticlePassages articles) {
    Optional<Span> span = asked(q);
    if (span.isEmpty()) {
      return describedIn(q, c).map(anchor -> describedDays(q, c, anchor, ArticleText.of(anchor, articles, top)))
          .orElse(List.of());
    }
    List<Scored> out = new ArrayList<>();
    for (MonthDay d : List.of(span.get().from(), span.get().to())) {
      Scored found = null;
      for (int i = 0; i < c.ranked().size() && found == null; i++) {
        if (c.about().get(i) && days(c.ranked().get(i).span().text()).contains(d)) {
          found = c.ranked().get(i);
        }
      }
      if (found == null) {
        return List.of();
      }
      if (!out.contains(found)) {
        out.add(found);
      }
    }
    return out;
  }

  /**
   * The line that works out the days between the asked days (named, or the two the chosen sentences
   * give where none of them counts the days), citing the chosen sentences that give them, as {@code
   * citations} numbers them; empty unless both are given, or when the count crosses the end of
   * February of a year no chosen report's issue gives.
   */
  static Optional<String> worked(Question q, List<Scored> chosen, CitationList citations) {
    Set<MonthDay> given = new LinkedHashSet<>(days(q.text()));
    chosen.forEach(s -> given.addAll(days(s.span().text())));
    Optional<Span> span = asked(q).or(() -> betweenAsked(q)
        && chosen.stream().noneMatch(s -> SentenceCheck.holds(q, s.span().text())) ? span(given) : Optional.empty());
    if (span.isEmpty()) {
      return Optional.empty();
    }
    Set<Integer> sources = new TreeSet<>();
    LocalDate issue = null;
    for (MonthDay d : List.of(span.get().from(), span.get().to())) {
      Optional<Scored> giving = chosen.stream().filter(s -> days(s.span().text()).contains(d)).findFirst();
      if (giving.isEmpty()) {
        return Optional.empty();
      }
      sources.add(citations.cite(giving.get().passage(), giving.get().span()));
      issue = issue != null ? issue : giving.get().passage().imprint().date();
    }
    Optional<Long> days = count(span.get(), issue);
    if (days.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder cited = new StringBuilder();
    sources.forEach(n -> cited.append('[').append(n).append(']'));
    return Optional.of(span.get().from().text() + "至" + span.get().to().text() + "相隔" + days.get() + "天（据"
        + cited + "所载日期推算）");
  }

  /**
   * The days from one to the other, in the year of {@code issue} when there is one; without it, only
   * when the count does not depend on the year (not across the end of February).
   */
  static Optional<Long> count(Span span, LocalDate issue) {
    boolean acrossFebruary = span.from().month() <= 2 && span.to().month() >= 3;
    if (issue == null && acrossFebruary) {
      return Optional.empty();
    }
    // any year without a 2月29日 in the span counts alike; 2021 has none
    int year = issue == null ? 2021 : issue.getYear();
    try {
      long days = ChronoUnit.DAYS.between(LocalDate.of(year, span.from().month(), span.from().day()),
          LocalDate.of(year, span.to().month(), span.to().day()));
      return days > 0 && days <= MAX_DAYS ? Optional.of(days) : Optional.empty();
    } catch (DateTimeException e) {
      // 2月30日, or 2月29日 of a year without it
      return Optional.empty();
    }
  }
}
