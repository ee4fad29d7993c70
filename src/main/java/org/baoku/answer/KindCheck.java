package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The check that keeps a question asking a number or a date from being answered by the sentence
 * that names the event but not the figure or the day. A near miss of this kind ({@code
 * 44名下沉干部里有多少名是党员}, when the report never counts the Party members; {@code 是哪天举办的},
 * when it says only {@code 近日}) scores high with the evidence model: its best sentence is about the
 * right event. The check asks what the model cannot weigh: whether any of the {@value #CHECKED}
 * most probable sentences holds a phrase of the asked kind that the question does not already give
 * ({@link AnswerSpan}): a number of the asked measure counting what was asked ({@code 44名} is the
 * question's own figure, and {@code 20名医护人员} does not count 党员), or a date or time of day.
 *
 * <p>The phrase must also be reported of the question's subject: a sentence whose article never
 * names the question's named bodies ({@link EvidenceFeatures#aboutEntities}) does not answer it,
 * however well its figure fits ({@code 通州区总工会有多少名机关党员干部…} is not answered by another
 * district's report of {@code 16名机关干部}, the same measure and noun); nor does a sentence that
 * names another body of the same kind and not the question's ({@link AnswerCheck#aboutAnother}:
 * {@code 怀柔区总工会抽调28名…} for {@code 门头沟区总工会…有多少名}), which a round-up article of
 * every district's report otherwise passes.
 *
 * <p>When the most probable sentence lacks such a phrase but another of the three holds one, that
 * one answers alone; when none does, the question is refused. Other kinds of question pass
 * unchanged: the same check for names and places refused far more answerable CMRC questions than
 * near misses (held-out CMRC false refusals 1.9 % → 3.6 % for names, 7.7 % for places and bodies),
 * because the tagger misses many of their answers; for names it also refused six answerable
 * questions of the four seed-format held-out sets (holdout-2 to -5) for seven near misses.
 *
 * <p>Chosen on held-out folds of {@code baoku train} (CMRC 2018 dev and the two fitted seed-format
 * sets): the three best rather than the best alone refused 31 fewer answerable CMRC questions
 * (79 against 110 of 1,589 typed) for 57 fewer near misses refused; answering with the sentence
 * that holds the number raised containment (CMRC 0.769 → 0.771, seed 0.897 → 0.923). Requiring
 * the subject's article of every answering sentence, not only of the fallback, refused one more
 * fitted seed-format near miss in 84 (0.595 → 0.607) for 0.2 points of CMRC containment. Dates
 * and the other-body rule (refitted each way): fitted seed-format near misses refused 0.583 →
 * 0.631 with no false refusal (the other-body rule), CMRC containment 0.766 → 0.760 and false
 * refusals 3.1 % → 3.9 % (the date check: Wikipedia answers eras, {@code 金朝}, {@code 江户时代});
 * on the seed-format held-out sets holdout-2 to -5, near misses refused 31 → 40 of 53 with the
 * same false refusals (4 of 126) and containment.
 */
final class KindCheck {

  /** The most probable sentences searched for the asked number (see the class comment). */
  static final int CHECKED = 3;

  private KindCheck() {}

  /**
   * The sentences that answer {@code q}, by index into {@code texts}: {@code picked} (the model's
   * choice, most probable first) when the check does not apply or its first sentence holds the
   * asked number or date, reported of the question's bodies; else the most probable of the
   * {@value #CHECKED} best that does; else none, which refuses the question.
   *
   * @param features each candidate's {@link EvidenceFeatures}, in the order of {@code texts}
   */
  static List<Integer> answering(Question q, double[] probability, List<double[]> features, List<String> texts,
      List<Integer> picked) {
    if (picked.isEmpty() || !checked(q.asks()) || q.english() || q.acrossArticles()) {
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

  /** Whether a candidate holds the asked number or date, reported of the question's bodies. */
  private static boolean answers(Question q, String sentence, double[] features) {
    return EvidenceFeatures.aboutEntities(features) && holds(q, sentence) && !AnswerCheck.aboutAnother(q, sentence);
  }

  /** The kinds of question the check reads: a number or a date. */
  static boolean checked(Question.Asked asked) {
    return asked == Question.Asked.NUMBER || asked == Question.Asked.DATE;
  }

  /** Whether a sentence holds a number or date that answers {@code q} and that {@code q} does not give. */
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
