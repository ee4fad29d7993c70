package org.baoku.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;
import org.baoku.index.OnnxModels;
import org.baoku.index.Progress;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retriever;

/**
 * Baseline: what a Java developer gets from LangChain4j's Easy RAG without configuring anything,
 * assembled from the same pieces (no Tika: the texts are already plain). Easy RAG 1.x's defaults,
 * from its source ({@code RecursiveDocumentSplitterFactory}, the SPI-loaded embedding model):
 * {@code DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator())}, the English
 * {@code bge-small-en-v1.5} quantized model, an {@link InMemoryEmbeddingStore}, and a search with
 * minimum score 0 as {@code EmbeddingStoreContentRetriever} does (asked for k results here rather
 * than its default 3, so recall@10 can be measured).
 *
 * <p>Each input passage is one document; its segments become passages with the same {@code page}
 * and ids {@code <document id>/<segment index>}, so they are scored as pieces of the document.
 */
final class EasyRagBaseline implements Retriever {

  static final String NAME = "langchain4j-easy-rag";

  private static final String DOC_ID = "baoku_doc";
  private static final int INGEST_BATCH = 32;
  /** bge-small-en-v1.5's vector size, as LangChain4j's model class declares it. */
  private static final int DIMENSIONS = 384;

  private final EmbeddingModel model;
  private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

  EasyRagBaseline(List<Passage> documents, Progress progress) {
    // The library's model and pooling, on the same non-spinning ONNX session as ours, so its idle
    // threads do not slow the system the evaluation runs next.
    this.model = OnnxModels.load("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
        PoolingMode.CLS, DIMENSIONS);
    DocumentSplitter splitter = DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
    EmbeddingStoreIngestor ingestor = EmbeddingStoreIngestor.builder()
        .documentSplitter(splitter)
        .embeddingModel(model)
        .embeddingStore(store)
        .build();
    String phase = "Easy RAG 基线嵌入 / embedding for the Easy RAG baseline";
    progress.update(phase, 0, documents.size());
    for (int from = 0; from < documents.size(); from += INGEST_BATCH) {
      List<Document> batch = new ArrayList<>();
      for (Passage p : documents.subList(from, Math.min(documents.size(), from + INGEST_BATCH))) {
        batch.add(Document.from(p.text(), Metadata.from(DOC_ID, p.page())));
      }
      ingestor.ingest(batch);
      progress.update(phase, Math.min(documents.size(), from + INGEST_BATCH), documents.size());
    }
  }

  @Override
  public List<Hit> retrieve(String query, int k) {
    if (query == null || query.isBlank() || k <= 0) {
      return List.of();
    }
    EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
        .queryEmbedding(model.embed(query).content())
        .maxResults(k)
        .minScore(0.0)
        .build();
    List<Hit> hits = new ArrayList<>();
    for (EmbeddingMatch<TextSegment> m : store.search(request).matches()) {
      TextSegment s = m.embedded();
      String doc = s.metadata().getString(DOC_ID);
      // The splitter numbers a document's segments in metadata "index" (a string).
      String index = s.metadata().getString("index");
      Passage p = new Passage(doc + "/" + (index == null ? hits.size() : index), doc, 1, "", "",
          s.text(), 0, s.text().length());
      hits.add(new Hit(p, m.score(), hits.size() + 1));
    }
    return hits;
  }
}
