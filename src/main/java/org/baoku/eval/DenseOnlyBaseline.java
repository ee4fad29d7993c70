package org.baoku.eval;

import java.util.List;
import java.util.Objects;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridRetriever;
import org.baoku.retrieve.Retriever;

/**
 * Baseline: bge-small-zh-v1.5 dense retrieval alone, over the vectors of our own index (nothing is
 * embedded twice), as a vector-store-only RAG setup would rank.
 *
 * <p>The HNSW search asks for as many candidates as our hybrid's dense leg does and keeps the top
 * k: asked for only 10, the approximate search misses true neighbours (CMRC 2018 dev R@1 0.914
 * instead of 0.935), which would make the baseline look weaker than dense retrieval is. Like ours,
 * it reads only the k passages it returns, so the latencies compare.
 */
final class DenseOnlyBaseline implements Retriever {

  static final String NAME = "dense-bge-small-zh";

  private final HybridRetriever index;

  DenseOnlyBaseline(HybridRetriever index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public List<Hit> retrieve(String query, int k) {
    return index.dense(query, k, index.settings().candidates());
  }
}
