package org.baoku.retrieve;

import java.util.Map;

/**
 * The hybrid's fusion, shared by every index behind the {@link Archive} seam (the local index and
 * SolrCloud rank alike only if they fuse alike): weighted min-max, each ranking's scores scaled
 * to [0, 1] over its candidates, then {@code (1 - w) * bm25 + w * dense} ({@link
 * HybridSettings#DENSE_WEIGHT} says why).
 */
public final class Fusion {

  private Fusion() {}

  /**
   * Adds {@code weight} times each score min-max scaled to [0, 1] into {@code into}; a lone score
   * (or all equal) scales to 1.
   */
  public static <K> void addScaled(Map<K, Double> into, Map<K, Double> scores, double weight) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores.values()) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    double range = max - min;
    for (Map.Entry<K, Double> e : scores.entrySet()) {
      double scaled = range > 0 ? (e.getValue() - min) / range : 1.0;
      into.merge(e.getKey(), weight * scaled, Double::sum);
    }
  }
}
