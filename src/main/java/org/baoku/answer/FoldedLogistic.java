package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import org.baoku.answer.TrainingQuestions.Group;

/**
 * L2-regularised logistic regression (liblinear) over the rows of {@link Group}s, each group's
 * rows counted its {@code copies} times, and the out-of-fold probabilities it gives. The one place
 * that speaks liblinear, so that {@link EvidenceTrainer} fits both of its models (which sentence,
 * whether answered) the same way.
 */
final class FoldedLogistic {

  private FoldedLogistic() {}

  /** Out-of-fold probabilities of the rows {@code x} gives each group, labelled by {@code y}. */
  static double[][] crossValidate(List<Group> groups, Function<Group, List<double[]>> x,
      Function<Group, boolean[]> y, int[] fold, int folds, double cost) {
    double[][] out = new double[groups.size()][];
    for (int f = 0; f < folds; f++) {
      double[] w = train(groups, x, y, cost, fold, f);
      for (int g = 0; g < groups.size(); g++) {
        if (fold[g] == f) {
          out[g] = probabilities(w, x.apply(groups.get(g)));
        }
      }
    }
    return out;
  }

  /** Weights (bias last) fitted on the groups not in fold {@code skip} (all when {@code fold} is null). */
  static double[] train(List<Group> groups, Function<Group, List<double[]>> x, Function<Group, boolean[]> y,
      double cost, int[] fold, int skip) {
    List<Feature[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    int n = -1;
    for (int g = 0; g < groups.size(); g++) {
      if (fold != null && fold[g] == skip) {
        continue;
      }
      Group group = groups.get(g);
      List<double[]> rows = x.apply(group);
      boolean[] labels = y.apply(group);
      for (int i = 0; i < rows.size(); i++) {
        n = rows.get(i).length;
        Feature[] row = new Feature[n + 1];
        for (int j = 0; j < n; j++) {
          row[j] = new FeatureNode(j + 1, rows.get(i)[j]);
        }
        row[n] = new FeatureNode(n + 1, 1);
        for (int copy = 0; copy < group.copies(); copy++) {
          xs.add(row);
          ys.add(labels[i] ? 1.0 : 0.0);
        }
      }
    }
    Problem p = new Problem();
    p.l = xs.size();
    p.n = n + 1;
    p.x = xs.toArray(Feature[][]::new);
    p.y = ys.stream().mapToDouble(Double::doubleValue).toArray();
    p.bias = 1;
    Linear.resetRandom();
    Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, cost, 0.001));
    double[] w = m.getFeatureWeights().clone();
    if (m.getLabels()[0] != 1) {
      // liblinear's weights are for its first label
      for (int j = 0; j < w.length; j++) {
        w[j] = -w[j];
      }
    }
    return w;
  }

  private static double[] probabilities(double[] w, List<double[]> x) {
    double[] p = new double[x.size()];
    for (int i = 0; i < p.length; i++) {
      double z = w[w.length - 1];
      for (int j = 0; j < w.length - 1; j++) {
        z += w[j] * x.get(i)[j];
      }
      p[i] = 1 / (1 + Math.exp(-z));
    }
    return p;
  }
}
