package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BenchTest {

  @Test
  void everyThreadReplaysTheQuestionsRoundRobinAndEveryCallIsCounted() {
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Bench.Sample slice = Bench.sample(List.of("q1", "q2", "q3"), q -> {
      seen.add(q);
      threads.add(Thread.currentThread().getName());
    }, 2, Duration.ZERO);
    Bench.Run run = Bench.run("x", "op", 2, List.of(slice, new Bench.Sample(List.of(9.0), 0.5)));
    // A zero duration still makes one call per thread; slices add up.
    assertEquals(2, slice.millis().size());
    assertEquals(3, run.count());
    assertEquals(9.0, run.p99Millis());
    assertEquals(Set.of("q1", "q2"), seen);
    assertEquals(2, threads.size());
    assertTrue(run.p50Millis() <= run.p95Millis() && run.p95Millis() <= run.p99Millis());
    assertTrue(Bench.peakHeapBytes() > 0);
  }
}
