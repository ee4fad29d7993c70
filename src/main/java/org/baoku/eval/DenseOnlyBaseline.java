package org.baoku.eval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Objects;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridQuery;
import org.baoku.retrieve.HybridRetriever;
import org.baoku.retrieve.Retriever;

/**
 * Baseline: bge-small-zh-v1.5 dense retrieval alone, over the vectors of our own index (nothing is
 * embedded twice), as a vector-store-only RAG setup would rank. The query is embedded as such a
 * setup embeds it, through LangChain4j's {@link EmbeddingModel} (on our ONNX session, so the same
 * model and threads as ours); our retriever embeds it with {@code BertEncoder}, which skips two of
 * LangChain4j's three tokenizations.
 *
 * <p>The HNSW search asks for {@link #DEPTH} neighbours and keeps the top k: asked for only 10,
 * the approximate search misses true neighbours (CMRC 2018 dev R@1 0.914 instead of 0.935; 20
 * gave 0.931, 30 0.934, 100 0.936), which would make the baseline look weaker than dense retrieval
 * is. Like ours, it reads only the k passages it returns, so the latencies compare.
 */
final class DenseOnlyBaseline implements Retriever {

  static final String NAME = "dense-bge-small-zh";

  /** Neighbours the HNSW search looks for: the baseline's best depth, measured above. */
  static final int DEPTH = 50;

  private final HybridRetriever index;
  private final EmbeddingModel model;

  DenseOnlyBaseline(HybridRetriever index, EmbeddingModel model) {
    this.index = Objects.requireNonNull(index, "index");
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public List<Hit> retrieve(String query, int k) {
    String text = HybridQuery.clean(query);
    return text.isEmpty() ? List.of() : index.dense(model.embed(text).content().vector(), k, DEPTH);
  }
}
