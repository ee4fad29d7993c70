package org.baoku.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.Hit;

/**
 * A question that dates what it asks by another event ({@code 郑默杰去台湖镇调研的同一天，北京电控有多少职工去献血}):
 * no report says both, and the names of the first event are no subject of the second, so the
 * question is answered as its second part asks ({@code 北京电控有多少职工去献血}), and then only when a
 * report of the first event gives the same day as the answer ({@code 3月4日，…郑默杰到…台湖镇…调研}
 * and {@code 3月4日一大早，北京电控系统100多名职工…献血}). That report is cited first, so the reader
 * sees the day agree; another day, or none, refuses.
 */
final class SameDay {

  /** The event that dates the question and what it asks of that day. */
  record Asked(Question setting, Question rest) {}

  /** {@code …的同一天，…}: the setting before the words for the same day, what is asked after them. */
  private static final Pattern SAME_DAY = Pattern.compile("^(.{4,}?)的?(?<!不)(?:同一天|同一日|同日)(?![期子程])[，,、]?(.{4,})$");

  private SameDay() {}

  /** The two parts of a Chinese question that dates what it asks by another event that names someone or somewhere. */
  static Optional<Asked> asked(Question q) {
    if (q.english()) {
      return Optional.empty();
    }
    Matcher m = SAME_DAY.matcher(q.text());
    if (!m.find()) {
      return Optional.empty();
    }
    Question setting = Question.read(m.group(1));
    return setting.entities().isEmpty() ? Optional.empty() : Optional.of(new Asked(setting, Question.read(m.group(2))));
  }

  /**
   * The sentence of the retrieved articles that reports the setting's event on the day the answer
   * {@code chosen} gives: it names every place, body and person of the setting and the same month
   * and day. Empty when the answer gives no day or no report of the setting gives it.
   */
  static Optional<Scored> setting(Asked a, List<Scored> chosen, List<Hit> hits, ArticlePassages articles) {
    Optional<DaysBetween.MonthDay> day = chosen.stream().map(s -> dayOf(s, hits, articles)).flatMap(Optional::stream)
        .findFirst();
    if (day.isEmpty()) {
      return Optional.empty();
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Hit h : hits) {
      if (!seen.add(h.passage().articleKey())) {
        continue;
      }
      for (ArticleText.Located l : ArticleText.of(h.passage(), articles, hits).all()) {
        String text = l.span().text();
        if (SubjectCheck.aboutEntities(a.setting(), ChineseText.compact(ChineseText.normalise(text)))
            && DaysBetween.days(text).contains(day.get())) {
          return Optional.of(l.scored(h));
        }
      }
    }
    return Optional.empty();
  }

  /** The day a chosen sentence gives, or the sentence before it in its article ({@code 当天} reports). */
  private static Optional<DaysBetween.MonthDay> dayOf(Scored s, List<Hit> hits, ArticlePassages articles) {
    Set<DaysBetween.MonthDay> own = DaysBetween.days(s.span().text());
    if (!own.isEmpty()) {
      return own.stream().findFirst();
    }
    List<ArticleText.Located> before = ArticleText.of(s, articles, hits).before(s);
    for (ArticleText.Located l : before.subList(0, Math.min(DayReference.BACK, before.size()))) {
      Set<DaysBetween.MonthDay> days = DaysBetween.days(l.span().text());
      if (!days.isEmpty()) {
        return days.stream().findFirst();
      }
    }
    return Optional.empty();
  }
}
