package org.baoku.eval;

import java.util.List;
import org.baoku.index.Embedder;
import org.baoku.index.Progress;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.HybridRetriever;

/** The peers a Java developer would otherwise use, built over the same texts as our index. */
public final class Baselines {

  private Baselines() {}

  /**
   * BM25 with StandardAnalyzer over {@code passages}, dense-only over {@code ours}'s vectors, and
   * LangChain4j Easy RAG's defaults over {@code documents} (whole pages or paragraphs: Easy RAG
   * splits them itself). Embedding the documents for Easy RAG takes minutes on a large set; it
   * reports on {@code progress}.
   */
  public static List<Contender> all(List<Passage> passages, List<Passage> documents,
      HybridRetriever ours, Progress progress) {
    return List.of(
        new Contender(StandardBm25Baseline.NAME, new StandardBm25Baseline(passages)),
        new Contender(DenseOnlyBaseline.NAME, new DenseOnlyBaseline(ours, Embedder.shared().model())),
        new Contender(EasyRagBaseline.NAME, new EasyRagBaseline(documents, progress)));
  }
}
