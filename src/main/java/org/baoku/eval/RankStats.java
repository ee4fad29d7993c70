package org.baoku.eval;

/**
 * Recall@1/5/10 and MRR@10 over a set of questions, from the rank of each question's first
 * relevant hit (0 = none retrieved).
 */
public final class RankStats {

  private int n;
  private int at1;
  private int at5;
  private int at10;
  private double reciprocal;

  /** Adds one question whose first relevant hit is at {@code rank} (1-based), 0 when none. */
  public void add(int rank) {
    n++;
    if (rank >= 1) {
      at1 += rank <= 1 ? 1 : 0;
      at5 += rank <= 5 ? 1 : 0;
      at10 += rank <= 10 ? 1 : 0;
      reciprocal += rank <= 10 ? 1.0 / rank : 0;
    }
  }

  public int count() {
    return n;
  }

  /** Share of questions with a relevant hit in the top {@code k} (k is 1, 5 or 10); NaN for none. */
  public double recall(int k) {
    int hits = switch (k) {
      case 1 -> at1;
      case 5 -> at5;
      case 10 -> at10;
      default -> throw new IllegalArgumentException("recall@" + k + " is not tracked");
    };
    return n == 0 ? Double.NaN : (double) hits / n;
  }

  /** Mean reciprocal rank of the first relevant hit, counting ranks past 10 as 0; NaN for none. */
  public double mrr10() {
    return n == 0 ? Double.NaN : reciprocal / n;
  }
}
