package org.baoku.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * What the evidence features and the checks read around the candidate sentences, folded ({@link
 * ChineseText#folded}): the text of a sentence's article as far as it is known, the text of all
 * the retrieved passages, and whether each candidate's article names the question's bodies and
 * places. A sentence seldom names the body, place or year it is about; its article does (the
 * headline, the district named two paragraphs earlier).
 */
final class ArticleContext {

  private ArticleContext() {}

  /** The retrieved passages' headlines and texts, folded. */
  static String retrieved(List<Hit> hits) {
    StringBuilder b = new StringBuilder();
    hits.forEach(h -> b.append(h.passage().headline()).append(h.passage().text()));
    return ChineseText.folded(b.toString());
  }

  /**
   * Whether each candidate's article names the question's bodies and places ({@link
   * SubjectCheck#aboutBodies}), read once an article; only the kinds {@link KindCheck} checks
   * read it.
   */
  static List<Boolean> aboutBodies(Question q, List<Scored> ranked,
      Function<Passage, String> context) {
    if (!SentenceCheck.checked(q.asks())) {
      return Collections.nCopies(ranked.size(), true);
    }
    Map<String, Boolean> byArticle = new HashMap<>();
    return ranked.stream().map(s -> byArticle.computeIfAbsent(s.passage().articleKey(),
        key -> SubjectCheck.aboutBodies(q, context.apply(s.passage())))).toList();
  }

  /** The normalised headline, byline and text of {@code p}'s article, as far as it is known. */
  static String articleContext(Passage p, List<Hit> hits, ArticlePassages articles) {
    StringBuilder b = new StringBuilder(p.headline()).append(p.byline()).append(p.text());
    for (Passage o : articlePassages(p, hits, articles)) {
      b.append(o.text());
    }
    return ChineseText.folded(b.toString());
  }

  /** The passages of {@code p}'s article: all of them when known, else the retrieved ones. */
  static List<Passage> articlePassages(Passage p, List<Hit> hits, ArticlePassages articles) {
    List<Passage> known = articles.of(p);
    if (!known.isEmpty()) {
      return known;
    }
    List<Passage> out = new ArrayList<>();
    for (Hit h : hits) {
      Passage o = h.passage();
      if (o.page().equals(p.page()) && o.article() == p.article() && !out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }
}
