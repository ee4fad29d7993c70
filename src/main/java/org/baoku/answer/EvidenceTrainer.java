package org.baoku.answer;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.bwaldvogel.liblinear.Linear;
import org.baoku.answer.TrainingQuestions.Group;

/**
 * Fits the {@link EvidenceModel} on questions whose answers are known: L2-regularised logistic
 * regression (liblinear) over {@link EvidenceFeatures}, a sentence being positive when it holds a
 * gold answer in a passage with the question's evidence. Everything is chosen on held-out folds
 * (questions split into folds, never sentences): the regularisation, the refusal threshold (the
 * highest that refuses at most {@link RefusalThresholds#FALSE_REFUSALS} of the answerable questions) and the
 * share of the best sentence's probability at which an open question takes another sentence.
 * Near misses (questions the archive does not answer, e.g. a CMRC question whose own paragraph is
 * left out) only shape the threshold's report: how many of them it refuses.
 *
 * <p>The jobs are classes of their own: {@link TrainingQuestions} (the labelled candidates of each
 * question), {@link FoldedLogistic} (liblinear and the folds), {@link RefusalThresholds}, {@link
 * HeldOutAnswers} (the further-sentence ratio and the held-out figures) and {@link TrainingReport}
 * (the printed text); this class runs the search and assembles the model.
 */
public final class EvidenceTrainer {

  private static final double[] COSTS = {0.01, 0.1, 1, 10};
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The fitted model and its report (also stored inside the model's JSON). */
  public record Fit(String json, String report) {}

  public EvidenceTrainer() {
    Linear.disableDebugOutput();
  }

  /** Fits with {@code folds}-fold cross-validation; the folds are drawn with {@code seed}. */
  public Fit fit(List<TrainingExample> examples, int folds, long seed) {
    List<Group> groups = TrainingQuestions.balanced(examples.stream().map(TrainingQuestions::group).toList());
    int[] fold = new int[groups.size()];
    Random random = new Random(seed);
    for (int i = 0; i < fold.length; i++) {
      fold[i] = random.nextInt(folds);
    }
    ObjectNode report = JSON.createObjectNode();
    report.put("questions", groups.size()).put("folds", folds).put("seed", seed);
    TrainingQuestions.describe(groups, report.putObject("sets"));
    // the sentence model: which candidate holds the answer
    double sentenceCost = COSTS[0];
    double[][] p = null;
    double bestTop1 = -1;
    ArrayNode costs = report.putArray("sentence_cost_search");
    for (double c : COSTS) {
      double[][] heldOut = FoldedLogistic.crossValidate(groups, g -> g.x(), g -> g.positive(), fold, folds, c);
      double top1 = HeldOutAnswers.top1(groups, heldOut);
      costs.addObject().put("C", c).put("first_sentence_holds_answer", HeldOutAnswers.round(top1));
      if (top1 > bestTop1 + 1e-9) {
        bestTop1 = top1;
        sentenceCost = c;
        p = heldOut;
      }
    }
    report.put("sentence_C", sentenceCost);
    // the refusal model, on the held-out sentence probabilities (stacking): is the question answered
    double[][] pHeld = p;
    Map<Group, List<double[]>> qx = new IdentityHashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      qx.put(groups.get(g), List.of(EvidenceFeatures.question(groups.get(g).x(), pHeld[g])));
    }
    double answerCost = COSTS[0];
    double[] a = null;
    double bestRefused = -1;
    ArrayNode answerCosts = report.putArray("answer_cost_search");
    for (double c : COSTS) {
      double[][] heldOut = FoldedLogistic.crossValidate(groups, qx::get, g -> new boolean[] {g.answerable()}, fold,
          folds, c);
      double[] answered = new double[groups.size()];
      for (int g = 0; g < answered.length; g++) {
        answered[g] = heldOut[g][0];
      }
      double[] t = RefusalThresholds.thresholds(groups, answered);
      double refused = RefusalThresholds.refused(groups, answered, t);
      answerCosts.addObject().put("C", c).put("threshold", HeldOutAnswers.round(t[0]))
          .put("threshold_typed", HeldOutAnswers.round(t[1])).put("near_misses_refused", HeldOutAnswers.round(refused));
      if (refused > bestRefused + 1e-9) {
        bestRefused = refused;
        answerCost = c;
        a = answered;
      }
    }
    report.put("answer_C", answerCost);
    double[] threshold = RefusalThresholds.thresholds(groups, a);
    double addRatio = HeldOutAnswers.addRatio(groups, p, a, threshold[0], true, report.putArray("add_ratio_search"));
    double addRatioTyped = HeldOutAnswers.addRatio(groups, p, a, threshold[1], false,
        report.putArray("add_ratio_typed_search"));
    ObjectNode heldOut = report.putObject("held_out");
    for (String set : TrainingQuestions.setNames(groups)) {
      heldOut.set(set, HeldOutAnswers.figures(groups, p, a, threshold, addRatio, addRatioTyped, set, true));
    }
    heldOut.set("all", HeldOutAnswers.figures(groups, p, a, threshold, addRatio, addRatioTyped, null, true));
    ObjectNode unchecked = report.putObject("held_out_without_count_check");
    for (String set : TrainingQuestions.setNames(groups)) {
      unchecked.set(set, HeldOutAnswers.figures(groups, p, a, threshold, addRatio, addRatioTyped, set, false));
    }
    double[] w = FoldedLogistic.train(groups, g -> g.x(), g -> g.positive(), sentenceCost, null, -1);
    double[] v = FoldedLogistic.train(groups, qx::get, g -> new boolean[] {g.answerable()}, answerCost, null, -1);
    EvidenceModel model = new EvidenceModel(
        new EvidenceModel.Logistic(EvidenceFeatures.NAMES, Arrays.copyOf(w, w.length - 1), w[w.length - 1]),
        new EvidenceModel.Logistic(EvidenceFeatures.QUESTION_NAMES, Arrays.copyOf(v, v.length - 1), v[v.length - 1]),
        threshold[0], threshold[1], addRatio, addRatioTyped);
    return new Fit(model.toJson(report).toPrettyString(), TrainingReport.text(report, model));
  }
}
