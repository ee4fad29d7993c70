package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baoku.retrieve.Hit;

/**
 * The date a {@code 当天} refers to. A report often names the day once ({@code 2月8日是中国的元宵节。})
 * and then tells what happened {@code 当天}; the sentence that matches the question is the second,
 * which answers {@code 是哪一天} only with the word that points back. The date-asking answer is
 * then led by the nearest sentence before it, within {@value #BACK} sentences of its article, that
 * holds a date of its own.
 */
final class DayReference {

  /** Sentences searched back: the day is named in the sentence before, or the one before that. */
  static final int BACK = 2;
  private static final Pattern POINTS_BACK = Pattern.compile("当天|当日|同日|同一天|这一天|那天|那一天|是日");

  private DayReference() {}

  /** {@code chosen}, each sentence whose date is only a {@code 当天} led by the sentence naming the day. */
  static List<Scored> resolved(Question q, List<Scored> chosen, ArticlePassages articles,
      List<Hit> hits) {
    if (q.asks() != Question.Asked.DATE) {
      return chosen;
    }
    List<Scored> out = new ArrayList<>();
    for (Scored s : chosen) {
      if (pointsBack(q, s.span().text())) {
        named(q, s, articles, hits).filter(d -> !contains(chosen, d) && !contains(out, d)).ifPresent(out::add);
      }
      out.add(s);
    }
    return out;
  }

  /** Whether the date phrase of {@code sentence} is a word pointing back, not a date. */
  private static boolean pointsBack(Question q, String sentence) {
    return AnswerSpan.in(q, sentence).map(span -> POINTS_BACK.matcher(span.text()).matches()).orElse(false);
  }

  private static Optional<Scored> named(Question q, Scored s, ArticlePassages articles,
      List<Hit> hits) {
    List<ArticleText.Located> before = ArticleText.of(s, articles, hits).before(s);
    for (ArticleText.Located l : before.subList(0, Math.min(BACK, before.size()))) {
      String text = l.span().text();
      if (AnswerSpan.in(q, text).isPresent() && !pointsBack(q, text)) {
        return Optional.of(l.scored(s.hit()));
      }
    }
    return Optional.empty();
  }

  private static boolean contains(List<Scored> list, Scored s) {
    return list.stream().anyMatch(s::sameSentence);
  }
}
