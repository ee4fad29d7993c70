package org.baoku.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.baoku.index.Embedder;
import org.baoku.index.Progress;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Page;
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

  /** The pages of {@code corpus} as whole documents, for Easy RAG, which splits documents itself. */
  public static List<Passage> wholePages(Path corpus) {
    List<Passage> out = new ArrayList<>();
    for (Page p : Corpus.read(corpus).pages()) {
      out.add(new Passage(p.id(), p.id(), 0, "", "", p.text(), 0, p.text().length()));
    }
    return out;
  }
}
