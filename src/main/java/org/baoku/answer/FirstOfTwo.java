package org.baoku.answer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * Which of two events a question names came first ({@code 慰问公安干警和去桔子酒店慰问转运组，哪个先}):
 * no report compares them, but each event's report gives its day, so the answer cites the sentence
 * that dates each and says which is earlier, shown as read from them like a comparison of figures
 * ({@link Arithmetic}): {@code 慰问公安干警在先（5月25日[1]，去桔子酒店慰问转运组6月2日[2]）}. A day is
 * of its issue's year; the days of a dated and an undated report are not compared, since the year
 * of the undated one is unknown.
 */
final class FirstOfTwo {

  /** Asking which came first or last ({@code 哪个先}, {@code 谁更早}, {@code 哪个在前}, {@code 哪件事在后}). */
  private static final Pattern ASKED = Pattern.compile(
      "(?:哪个|哪件|哪一个|哪项|哪次|哪回|谁)(?:事|活动)?(?:更|最)?(?:(先|早|在前|在先|靠前)|(晚|在后|靠后))"
          + "(?![进锋导头期])");
  /** Where one event named ends and the other begins. */
  private static final Pattern JOINT = Pattern.compile("以及|还是|和|与|跟|同|[，,]");
  /**
   * Share of an event's words (its character pairs) that its sentence must hold, its passage
   * counting half: below it the day is another event's. Set, not fitted: the events of the read
   * sets' questions hold a third or more of their pairs in their sentence or passage.
   */
  static final double MIN_SHARE = 0.3;

  private FirstOfTwo() {}

  /** The two events {@code q} asks the order of, as written; empty when it asks no such thing. */
  static List<String> events(Question q) {
    Matcher m = ASKED.matcher(q.text());
    if (q.english() || !m.find()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : JOINT.split(q.text().substring(0, m.start()))) {
      String written = part.strip();
      if (words(written).length() >= 2) {
        out.add(written);
      }
    }
    return out.size() == 2 ? out : List.of();
  }

  /**
   * For each event the question names, the sentence of the retrieved passages that dates it best
   * (the most of its words, then the higher passage); empty unless both are dated by different
   * sentences.
   */
  static List<Scored> sentences(Question q, List<Hit> top) {
    List<String> events = events(q);
    if (events.isEmpty()) {
      return List.of();
    }
    List<Scored> dated = new ArrayList<>();
    for (Hit h : top) {
      for (Sentences.Span s : Sentences.split(h.passage().text())) {
        if (!DaysBetween.days(s.text()).isEmpty()) {
          dated.add(new Scored(h, s, 0, 0, 0));
        }
      }
    }
    return datingEach(events, dated);
  }

  /** The sentence of {@code dated} dating each event ({@link #dating}); empty unless each has its own. */
  private static List<Scored> datingEach(List<String> events, List<Scored> dated) {
    List<Scored> out = new ArrayList<>();
    for (String event : events) {
      Optional<Scored> best = dating(event, dated);
      if (best.isEmpty() || out.stream().anyMatch(best.get()::sameSentence)) {
        return List.of();
      }
      out.add(best.get());
    }
    return out;
  }

  /**
   * The sentence of {@code dated} that holds most of {@code event}'s words, at least {@link
   * #MIN_SHARE}, and the word that closes it ({@link #closes}).
   */
  private static Optional<Scored> dating(String event, List<Scored> dated) {
    Scored best = null;
    double most = MIN_SHARE;
    for (Scored s : dated) {
      double share = closes(event, s) ? share(event, s) : 0;
      if (share >= most + 1e-9 || best == null && share >= most) {
        best = s;
        most = share;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether the sentence or its passage holds the word that closes the event, one of the pairs of
   * its last three characters ({@code 体检} of 北京电控职工体检, {@code 转运} of 慰问转运组): the body that
   * opens it may be reported on another day for another deed (北京电控职工献血, 3月4日).
   */
  private static boolean closes(String event, Scored s) {
    String e = words(event);
    String passage = words(s.passage().headline() + s.passage().text());
    for (int i = Math.max(0, e.length() - 3); i + 2 <= e.length(); i++) {
      if (passage.contains(e.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }

  /** The words of an event as matched: folded, without punctuation or the particle 的. */
  private static String words(String event) {
    return ChineseText.folded(ChineseText.compact(event)).replaceAll("[\\p{P}的]", "");
  }

  /**
   * The share of {@code event}'s character pairs in the sentence, those only in its passage counting
   * half: the mean of its shares in the sentence and in the passage, which holds the sentence.
   */
  private static double share(String event, Scored s) {
    String e = words(event);
    return (Lexical.pairShare(e, ChineseText.folded(s.span().text()))
        + Lexical.pairShare(e, ChineseText.folded(s.passage().headline() + s.passage().text()))) / 2;
  }

  /**
   * The line that says which event came first, citing the sentences of {@code chosen} that date
   * them, as {@code citations} numbers them; empty unless each is dated and both are of one year.
   */
  static Optional<String> worked(Question q, List<Scored> chosen, CitationList citations) {
    List<String> events = events(q);
    List<Scored> dated = chosen.stream().filter(s -> !DaysBetween.days(s.span().text()).isEmpty()).toList();
    if (events.isEmpty() || dated.size() < 2) {
      return Optional.empty();
    }
    List<Scored> by = datingEach(events, dated);
    if (by.isEmpty()) {
      return Optional.empty();
    }
    LocalDate a = day(by.get(0)).orElse(null);
    LocalDate b = day(by.get(1)).orElse(null);
    boolean oneDated = (by.get(0).passage().imprint().date() == null) != (by.get(1).passage().imprint().date() == null);
    if (a == null || b == null || oneDated) {
      return Optional.empty();
    }
    int na = citations.cite(by.get(0).passage(), by.get(0).span());
    int nb = citations.cite(by.get(1).passage(), by.get(1).span());
    String dayA = DaysBetween.days(by.get(0).span().text()).iterator().next().text();
    String dayB = DaysBetween.days(by.get(1).span().text()).iterator().next().text();
    if (a.equals(b)) {
      return Optional.of("同一天（" + events.get(0) + dayA + "[" + na + "]，" + events.get(1) + dayB + "[" + nb + "]）");
    }
    Matcher m = ASKED.matcher(q.text());
    boolean last = m.find() && m.group(2) != null;
    boolean firstIsA = a.isBefore(b);
    int lead = firstIsA != last ? 0 : 1;
    String word = last ? "在后" : "在先";
    // an event named by its day (市总工会干部2月28日下沉) is not followed by the day again
    List<String> days = List.of((events.get(0).contains(dayA) ? "" : dayA) + "[" + na + "]",
        (events.get(1).contains(dayB) ? "" : dayB) + "[" + nb + "]");
    return Optional.of(events.get(lead) + word + "（" + days.get(lead) + "，" + events.get(1 - lead) + days.get(1 - lead) + "）");
  }

  /**
   * The day the sentence's first date names, in its issue's year (the year before when the month
   * and day fall after the issue's); undated pages are read as of one year, a leap year so that
   * every month and day is a day of it.
   */
  private static Optional<LocalDate> day(Scored s) {
    DaysBetween.MonthDay md = DaysBetween.days(s.span().text()).iterator().next();
    LocalDate issue = s.passage().imprint().date();
    try {
      int year = issue == null ? 2020
          : MonthDay.of(md.month(), md.day()).isAfter(MonthDay.from(issue)) ? issue.getYear() - 1 : issue.getYear();
      return Optional.of(LocalDate.of(year, md.month(), md.day()));
    } catch (DateTimeException e) {
      // 2月30日
      return Optional.empty();
    }
  }
}
