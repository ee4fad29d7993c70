package org.baoku.answer;

import java.util.List;

/**
 * The sentences an answer is chosen from (best pre-score first), what the model reads of each,
 * whether each one's article names the question's bodies and places ({@link KindCheck} reads
 * it), its probability that the sentence answers, and the refusal model's probability that the
 * question is answered at all.
 */
record Candidates(List<Scored> ranked, List<double[]> features, List<Boolean> about, double[] probability,
    double answered, boolean open) {
  Candidates {
    if (features.size() != ranked.size() || about.size() != ranked.size() || probability.length != ranked.size()) {
      throw new IllegalArgumentException("candidates out of step: " + ranked.size() + " sentences, "
          + features.size() + " features, " + about.size() + " article readings, " + probability.length
          + " probabilities");
    }
  }
}
