package org.baoku.answer;

import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.answer.TrainingQuestions.Group;

/**
 * How well the held-out probabilities answer, as the composer would answer with them: whether the
 * most probable sentence holds the answer, which share of the best sentence's probability to take
 * further sentences at ({@link #ADD_RATIOS}), and each set's figures for {@link EvidenceTrainer}'s
 * report. One scoring (answer containment, citation precision) for the choosing and the report,
 * so that the report scores what was chosen.
 */
final class HeldOutAnswers {

  /** Shares of the best sentence's probability tried for further sentences; above 1 takes none. */
  private static final double[] ADD_RATIOS = {1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.3};
  private static final ObjectMapper JSON = new ObjectMapper();

  private HeldOutAnswers() {}

  private static int argmax(double[] p) {
    int best = -1;
    for (int i = 0; i < p.length; i++) {
      if (best < 0 || p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Share of answerable questions whose most probable sentence holds the answer. */
  static double top1(List<Group> groups, double[][] p) {
    int n = 0;
    int hit = 0;
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      if (group.answerable()) {
        n++;
        int best = argmax(p[g]);
        hit += best >= 0 && group.positive()[best] ? 1 : 0;
      }
    }
    return ratio(hit, n);
  }

  /**
   * The ratio, for open questions or for the others, that maximises answer containment plus
   * citation precision on the answered questions.
   */
  static double addRatio(List<Group> groups, double[][] p, double[] answered, double threshold, boolean open,
      ArrayNode search) {
    double best = ADD_RATIOS[0];
    double bestValue = -1;
    for (double r : ADD_RATIOS) {
      Tally t = new Tally();
      for (int g = 0; g < groups.size(); g++) {
        Group group = groups.get(g);
        if (group.answerable() && group.open() == open && answered[g] >= threshold) {
          t.add(group, AnswerChoice.pick(p[g], group.texts(), r));
        }
      }
      search.addObject().put("ratio", r).put("answer_contains_gold", round(t.containment()))
          .put("citation_precision", round(t.precision()));
      if (t.containment() + t.precision() > bestValue + 1e-9) {
        bestValue = t.containment() + t.precision();
        best = r;
      }
    }
    return best;
  }

  /** Containment and precision of the answers given. */
  private static final class Tally {
    int answers;
    int contained;
    int cited;
    int precise;

    void add(Group g, List<Integer> chosen) {
      answers++;
      StringBuilder text = new StringBuilder();
      for (int i : chosen) {
        text.append(g.texts().get(i));
        cited++;
        precise += g.evidence().test(g.passages().get(i)) ? 1 : 0;
      }
      contained += g.holds().test(text.toString()) ? 1 : 0;
    }

    double containment() {
      return ratio(contained, answers);
    }

    double precision() {
      return ratio(precise, cited);
    }
  }

  /**
   * Held-out figures of one set (or all), as the composer would answer: with {@link KindCheck}
   * when {@code check}, else the model's choice alone.
   */
  static ObjectNode figures(List<Group> groups, double[][] p, double[] answered, double[] threshold,
      double addRatio, double addRatioTyped, String set, boolean check) {
    int answerable = 0;
    int falseRefusals = 0;
    int nearMisses = 0;
    int refused = 0;
    int preScoreTop1 = 0;
    Tally t = new Tally();
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      if (set != null && !set.equals(group.set())) {
        continue;
      }
      List<Integer> chosen = List.of();
      if (answered[g] >= threshold[group.open() ? 0 : 1] && p[g].length > 0) {
        chosen = AnswerChoice.pick(p[g], group.texts(), group.open() ? addRatio : addRatioTyped);
        chosen = check ? KindCheck.answering(group.question(), p[g], group.about(), group.texts(), chosen) : chosen;
      }
      boolean refuse = chosen.isEmpty();
      if (!group.answerable()) {
        nearMisses++;
        refused += refuse ? 1 : 0;
        continue;
      }
      answerable++;
      preScoreTop1 += group.positive().length > 0 && group.positive()[0] ? 1 : 0;
      if (refuse) {
        falseRefusals++;
        t.answers++;
      } else {
        t.add(group, chosen);
      }
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("answerable", answerable).put("near_misses", nearMisses);
    o.put("answer_contains_gold", round(t.containment()));
    o.put("citation_precision", round(t.precision()));
    o.put("pre_score_first_sentence_holds_answer", round(ratio(preScoreTop1, answerable)));
    o.put("false_refusals", round(ratio(falseRefusals, answerable)));
    o.put("near_misses_refused", round(ratio(refused, nearMisses)));
    return o;
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
