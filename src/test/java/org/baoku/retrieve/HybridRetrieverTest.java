package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The hybrid's two legs run on two threads (BM25 beside the query embedding). Its ranking must be
 * exactly the documented fusion of the single-leg rankings, and concurrent callers, who find the
 * BM25 thread busy and run their own leg, must get what a lone caller gets.
 */
class HybridRetrieverTest {

  private static final List<String> QUESTIONS = List.of(
      "顺义区总工会派了几名干部到天竺镇", "朝阳区总工会为社区拨了多少专款？",
      "市总工会给口子村、胡家堡村捐了多少口罩？", "怀柔区总工会的干部和社工入户走访了多少户？",
      "大兴区总工会选派了多少名机关干部参与防疫？", "急救培训", "读书会", "无偿献血",
      "How many PVC gloves were donated to the villages?", "懷柔區總工會入戶走訪了多少戶？");

  /**
   * BM25's top candidates, each with its dense score, plus the dense leg's nearest neighbours;
   * each side min-max scaled over its own passages. The dense scores of BM25's candidates are
   * taken from a dense ranking of the whole archive. That ranking, as every kNN search, compares
   * the question quantized to bytes, where the retriever rescores BM25's candidates with the float
   * question: a cosine differs by up to about 5e-4, which the min-max scaling over the few dense
   * scores can magnify, so the fused scores agree to 5e-3 (1.1e-3 the largest difference seen).
   */
  @Test
  void rankingIsTheWeightedMinMaxFusionOfBothLegs() {
    HybridRetriever r = RealArchive.get().retriever();
    int all = RealArchive.get().passages().size();
    double w = r.settings().denseWeight();
    for (String q : QUESTIONS) {
      List<Hit> bm25 = r.bm25(q, r.settings().candidates());
      Map<String, Hit> everyDense = new HashMap<>();
      r.dense(q, all).forEach(h -> everyDense.put(h.passage().id(), h));
      Map<String, Hit> dense = new HashMap<>();
      r.dense(q, r.settings().neighbours()).forEach(h -> dense.put(h.passage().id(), h));
      bm25.forEach(h -> dense.putIfAbsent(h.passage().id(), everyDense.get(h.passage().id())));
      Map<String, Double> fused = new HashMap<>();
      addScaled(fused, bm25, 1 - w);
      addScaled(fused, List.copyOf(dense.values()), w);
      List<Map.Entry<String, Double>> expected = new ArrayList<>(fused.entrySet());
      expected.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
      List<Hit> hits = r.retrieve(q, 10);
      assertFalse(hits.isEmpty(), q);
      for (Hit h : hits) {
        assertEquals(expected.get(h.rank() - 1).getValue(), h.score(), 5e-3, q + " rank " + h.rank());
        assertEquals(fused.get(h.passage().id()), h.score(), 5e-3, q + " " + h.passage().id());
      }
    }
  }

  @Test
  void concurrentCallersGetWhatALoneCallerGets() throws Exception {
    HybridRetriever r = RealArchive.get().retriever();
    Map<String, List<Hit>> alone = new HashMap<>();
    for (String q : QUESTIONS) {
      alone.put(q, r.retrieve(q, 10));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String q : QUESTIONS) {
          results.add(pool.submit(() -> alone.get(q).equals(r.retrieve(q, 10))));
        }
      }
      for (Future<Boolean> f : results) {
        assertEquals(true, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void addScaled(Map<String, Double> into, List<Hit> hits, double weight) {
    double min = hits.stream().mapToDouble(Hit::score).min().orElse(0);
    double max = hits.stream().mapToDouble(Hit::score).max().orElse(0);
    for (Hit h : hits) {
      double scaled = max > min ? (h.score() - min) / (max - min) : 1.0;
      into.merge(h.passage().id(), weight * scaled, Double::sum);
    }
  }
}
