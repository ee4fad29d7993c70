package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoku.answer.TrainingQuestions.Group;

/**
 * The refusal thresholds {@link EvidenceTrainer} chooses on the held-out answer probabilities:
 * the highest that refuses at most {@link #FALSE_REFUSALS} of the answerable questions, the sets
 * weighing alike, and how many near misses they refuse. Apart from the fitting because the
 * ceiling on false refusals is the issue's, not the model's.
 */
final class RefusalThresholds {

  /** Share of answerable questions the refusal threshold may refuse; the ceiling is 3 %. */
  static final double FALSE_REFUSALS = 0.03;

  private RefusalThresholds() {}

  /**
   * The highest threshold on the answer probability whose false refusals, averaged over the sets
   * (each weighs the same), stay within {@link #FALSE_REFUSALS}; one for open questions and one
   * for those asking a number, name, place or date (their near misses differ: a typed one lacks
   * the thing asked).
   */
  private static double threshold(List<Group> groups, double[] answered, boolean open) {
    List<Double> candidates = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (groups.get(g).answerable() && groups.get(g).open() == open) {
        candidates.add(answered[g]);
      }
    }
    candidates.sort(Double::compare);
    double best = 0;
    for (double t : candidates) {
      if (meanFalseRefusals(groups, answered, open, t) > FALSE_REFUSALS) {
        break;
      }
      best = t;
    }
    return best;
  }

  /** False refusals at {@code t}, averaged over the sets so that each weighs the same. */
  private static double meanFalseRefusals(List<Group> groups, double[] answered, boolean open, double t) {
    Map<String, int[]> bySet = new LinkedHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      if (group.answerable() && group.open() == open) {
        int[] c = bySet.computeIfAbsent(group.set(), k -> new int[2]);
        c[0]++;
        c[1] += answered[g] < t ? 1 : 0;
      }
    }
    return bySet.values().stream().mapToDouble(c -> (double) c[1] / c[0]).average().orElse(0);
  }

  /** Share of near misses (all sets) refused at the thresholds (open, typed). */
  static double refused(List<Group> groups, double[] answered, double[] thresholds) {
    int n = 0;
    int refused = 0;
    for (int g = 0; g < groups.size(); g++) {
      if (!groups.get(g).answerable()) {
        n++;
        refused += answered[g] < thresholds[groups.get(g).open() ? 0 : 1] ? 1 : 0;
      }
    }
    return HeldOutAnswers.ratio(refused, n);
  }

  static double[] thresholds(List<Group> groups, double[] answered) {
    return new double[] {threshold(groups, answered, true), threshold(groups, answered, false)};
  }
}
