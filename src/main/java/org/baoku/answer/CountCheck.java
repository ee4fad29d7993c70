package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The check that keeps a number question from being answered by the sentence that names the event
 * but not the figure. A near miss of this kind ({@code 44名下沉干部里有多少名是党员}, when the report
 * never counts the Party members) scores high with the evidence model: its best sentence is about
 * the right event and holds a number. The check asks what the model cannot weigh: whether any of
 * the {@value #CHECKED} most probable sentences holds a number of the asked measure that counts
 * what was asked and that the question does not already give ({@link AnswerSpan}: {@code 44名} is
 * the question's own figure, and {@code 20名医护人员} does not count 党员).
 *
 * <p>The number must also be reported of the question's subject: a sentence whose article never
 * names the question's named bodies ({@link EvidenceFeatures#aboutEntities}) does not answer it,
 * however well its figure fits ({@code 通州区总工会有多少名机关党员干部…} is not answered by another
 * district's report of {@code 16名机关干部}, the same measure and noun).
 *
 * <p>When the most probable sentence lacks such a number but another of the three holds one, that
 * one answers alone; when none does, the question is refused. Other kinds of question pass
 * unchanged: the same check for names, places and dates refused far more answerable CMRC
 * questions than near misses (held-out CMRC false refusals 1.9 % → 3.6 % for names, 7.7 % for
 * places and bodies), because the tagger misses many of their answers.
 *
 * <p>Chosen on held-out folds of {@code baoku train} (CMRC 2018 dev and the two fitted seed-format
 * sets): the three best rather than the best alone refused 31 fewer answerable CMRC questions
 * (79 against 110 of 1,589 typed) for 57 fewer near misses refused; answering with the sentence
 * that holds the number raised containment (CMRC 0.769 → 0.771, seed 0.897 → 0.923). Requiring
 * the subject's article of every answering sentence, not only of the fallback, refused one more
 * fitted seed-format near miss in 84 (0.595 → 0.607) for 0.2 points of CMRC containment
 * (0.773 → 0.771) and 0.2 of false refusals (2.3 % → 2.5 %); of the fallback alone, no seed change
 * and CMRC 0.773, 2.4 %.
 */
final class CountCheck {

  /** The most probable sentences searched for the asked number (see the class comment). */
  static final int CHECKED = 3;

  private CountCheck() {}

  /**
   * The sentences that answer {@code q}, by index into {@code texts}: {@code picked} (the model's
   * choice, most probable first) when the check does not apply or its first sentence holds the
   * asked number in an article about the question's bodies; else the most probable of the
   * {@value #CHECKED} best that does; else none, which refuses the question.
   *
   * @param features each candidate's {@link EvidenceFeatures}, in the order of {@code texts}
   */
  static List<Integer> answering(Question q, double[] probability, List<double[]> features, List<String> texts,
      List<Integer> picked) {
    if (picked.isEmpty() || q.asks() != Question.Asked.NUMBER || q.english() || q.acrossArticles()) {
      return picked;
    }
    int first = picked.get(0);
    if (answers(q, texts.get(first), features.get(first))) {
      return picked;
    }
    for (int i : best(probability)) {
      if (answers(q, texts.get(i), features.get(i))) {
        return List.of(i);
      }
    }
    return List.of();
  }

  /** Whether a candidate holds the asked number and its article names the question's bodies. */
  private static boolean answers(Question q, String sentence, double[] features) {
    return EvidenceFeatures.aboutEntities(features) && holds(q, sentence);
  }

  /** Whether a sentence holds a number that answers {@code q} and that {@code q} does not give. */
  static boolean holds(Question q, String sentence) {
    return AnswerSpan.in(q, sentence).isPresent();
  }

  /** The indices of the {@value #CHECKED} highest probabilities, highest first, ties by index. */
  private static List<Integer> best(double[] probability) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < probability.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> probability[a] != probability[b] ? Double.compare(probability[b], probability[a]) : a - b);
    return order.subList(0, Math.min(CHECKED, order.size()));
  }
}
