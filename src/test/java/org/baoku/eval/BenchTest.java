package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
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

  @Test
  void theBusyThreadRunsDuringEveryCallAndStopsAfterwards() throws InterruptedException {
    List<String> calls = new ArrayList<>();
    List<Thread> busy = new ArrayList<>();
    Bench.p50BesideBusyThread(List.of("q1", "q2"), q -> {
      calls.add(q);
      Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().equals("baoku-bench-busy") && t.isAlive())
          .forEach(busy::add);
    });
    assertEquals(List.of("q1", "q2"), calls);
    assertEquals(2, busy.size(), "a busy thread must be alive during each call");
    busy.get(0).join(10_000);
    assertTrue(!busy.get(0).isAlive(), "the busy thread must stop when the measurement ends");
  }
}
