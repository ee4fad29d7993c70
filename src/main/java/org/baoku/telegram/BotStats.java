package org.baoku.telegram;

import java.util.Arrays;

/**
 * Counters for {@code /stats}: questions answered, how many were grounded, and latency
 * percentiles over the most recent {@value #WINDOW} answers (enough for a stable p95, bounded memory).
 */
final class BotStats {

  static final int WINDOW = 1000;

  /** A snapshot; latencies in milliseconds, 0 before the first answer. */
  record Snapshot(long questions, long grounded, long p50Millis, long p95Millis) {}

  private final long[] latencies = new long[WINDOW];
  private long questions;
  private long grounded;

  synchronized void answered(boolean wasGrounded, long millis) {
    latencies[(int) (questions % WINDOW)] = millis;
    questions++;
    if (wasGrounded) {
      grounded++;
    }
  }

  synchronized Snapshot snapshot() {
    int n = (int) Math.min(questions, WINDOW);
    long[] sorted = Arrays.copyOf(latencies, n);
    Arrays.sort(sorted);
    return new Snapshot(questions, grounded, percentile(sorted, 50), percentile(sorted, 95));
  }

  /** Nearest-rank percentile. */
  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
