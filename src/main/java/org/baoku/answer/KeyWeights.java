package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.EnglishQuery;

/**
 * The question's key terms weighted for the candidate sentences at hand, for {@link Evidence}'s
 * lexical score: what tells the candidates apart counts most.
 */
final class KeyWeights {

  private KeyWeights() {}

  /**
   * Weight of a join of two of an English question's translations found whole in a candidate
   * ({@link EnglishQuery#compounds}: 工会服务站 holds 服务站 for "service stations"), as against 0.6
   * for each translation: a noun's. On the 163 English questions of the read sets (153 answerable;
   * {@code eval --qa} on their English items) containment was 0.895 at 0, 0.922 at 0.6 and 1.0,
   * 0.908 at 2.0, with false refusals 1, 2, 1 and 1.
   */
  static final double COMPOUND_WEIGHT = 1.0;

  /**
   * Scales each key's weight by how rare it is among the candidate sentences: a term in every
   * sentence ({@code 工会}) tells them apart less than one in a single sentence ({@code AED}).
   * An English word no candidate has is dropped: it cannot tell them apart, and it would only
   * lower every score. An English question also gets the joins of two of its words' translations
   * that a candidate holds whole ({@link #COMPOUND_WEIGHT}).
   */
  static List<Question.Key> idfWeighted(Question q, List<String> normSentences) {
    List<Question.Key> out = new ArrayList<>(q.keys().size());
    for (Question.Key k : q.keys()) {
      String w = ChineseText.compact(k.word());
      long df = w.isEmpty() ? 0 : normSentences.stream().filter(t -> Lexical.match(w, t, t) > 0).count();
      if (df == 0 && q.english()) {
        continue;
      }
      double idf = Math.log(1 + (normSentences.size() + 1.0) / (df + 1.0));
      out.add(new Question.Key(k.word(), k.weight() * idf));
    }
    if (q.english()) {
      // 服务站 for "service stations": a join of two translations that a sentence has whole
      Set<String> words = q.keys().stream().map(Question.Key::word).collect(Collectors.toSet());
      for (String c : EnglishQuery.compounds(q.raw())) {
        long df = normSentences.stream().filter(t -> t.contains(c)).count();
        if (df > 0 && !words.contains(c)) {
          out.add(new Question.Key(c, COMPOUND_WEIGHT * Math.log(1 + (normSentences.size() + 1.0) / (df + 1.0))));
        }
      }
    }
    return out;
  }
}
