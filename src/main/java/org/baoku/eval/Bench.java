package org.baoku.eval;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Replays questions through one operation for a fixed time on N threads and measures each call:
 * the engine of {@code baoku bench}. Questions are taken round-robin from a shared counter, so all
 * threads together replay the list in order, again and again. A run can be made of several slices
 * taken at different times ({@link #run}), so that a burst of load from another process on the
 * machine spreads over all runs instead of spoiling one.
 */
public final class Bench {

  private Bench() {}

  /**
   * The outcome of one timed run.
   *
   * @param count calls completed within the time
   * @param seconds wall time of the run
   */
  public record Run(String system, String op, int threads, int count, double seconds,
      double p50Millis, double p95Millis, double p99Millis) {

    public Run {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(op, "op");
    }

    /** Completed calls per second of wall time, all threads together. */
    public double perSecond() {
      return seconds == 0 ? 0 : count / seconds;
    }
  }

  /** Calls {@code op} once per question, untimed (JIT, caches, ONNX sessions). */
  public static void warmUp(List<String> questions, Consumer<String> op) {
    questions.forEach(op);
  }

  /**
   * The calls of one timed slice: each call's milliseconds and the slice's wall time.
   */
  public record Sample(List<Double> millis, double seconds) {
    public Sample {
      millis = List.copyOf(millis);
    }
  }

  /**
   * Runs {@code op} on {@code threads} threads until {@code time} has passed (a call in flight is
   * finished and counted). At least one call per thread is made, however short the time.
   */
  public static Sample sample(List<String> questions, Consumer<String> op, int threads, Duration time) {
    if (questions.isEmpty() || threads < 1) {
      throw new IllegalArgumentException("need questions and at least one thread");
    }
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + time.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Double>>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      parts.add(pool.submit(() -> {
        List<Double> millis = new ArrayList<>();
        do {
          String q = questions.get((int) (next.getAndIncrement() % questions.size()));
          long t0 = System.nanoTime();
          op.accept(q);
          millis.add((System.nanoTime() - t0) / 1e6);
        } while (System.nanoTime() < deadline);
        return millis;
      }));
    }
    List<Double> all = new ArrayList<>();
    try {
      for (Future<List<Double>> f : parts) {
        all.addAll(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark call failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Sample(all, (System.nanoTime() - start) / 1e9);
  }

  /** One run from its slices: all calls' percentiles, calls per second over the slices' time. */
  public static Run run(String system, String op, int threads, List<Sample> slices) {
    List<Double> all = new ArrayList<>();
    double seconds = 0;
    for (Sample s : slices) {
      all.addAll(s.millis());
      seconds += s.seconds();
    }
    return new Run(system, op, threads, all.size(), seconds, Metrics.percentile(all, 50),
        Metrics.percentile(all, 95), Metrics.percentile(all, 99));
  }

  /** Times {@code op} once per question on this thread; the p50 in milliseconds. */
  public static double p50(List<String> questions, Consumer<String> op) {
    List<Double> millis = new ArrayList<>();
    for (String q : questions) {
      long t0 = System.nanoTime();
      op.accept(q);
      millis.add((System.nanoTime() - t0) / 1e6);
    }
    return Metrics.percentile(millis, 50);
  }

  /** Peak heap use since the JVM started (or the last {@link #resetPeaks()}), in bytes. */
  public static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  public static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Collections and milliseconds spent in GC so far, all collectors together. */
  public static long[] gcCountAndMillis() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }
}
