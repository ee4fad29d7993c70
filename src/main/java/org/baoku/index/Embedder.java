package org.baoku.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bge-small-zh-v1.5 (quantized) sentence embedding model, loaded once per process.
 *
 * <p>Loading the ONNX model costs seconds, so every index build, query and test in a JVM shares
 * {@link #shared()}. Vectors are L2-normalised by the model, so a dot product is the cosine.
 */
public final class Embedder {

  /** Recorded in the index manifest: an index built with another model must be rebuilt. */
  public static final String MODEL_NAME = "bge-small-zh-v1.5-q";

  public static final int DIMENSIONS = 512;

  private static final int RECENT = 1_024;

  private static volatile Embedder shared;

  private final EmbeddingModel model;

  /**
   * Vectors of the last few single texts. A question is embedded by the retriever and again by the
   * extractive composer (half of an answer's time when measured), and a reader often repeats one.
   */
  private final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > RECENT;
    }
  };

  private Embedder(EmbeddingModel model) {
    this.model = model;
  }

  /** The process-wide instance; the first call loads the model. */
  public static Embedder shared() {
    Embedder e = shared;
    if (e == null) {
      synchronized (Embedder.class) {
        e = shared;
        if (e == null) {
          e = new Embedder(new BgeSmallZhV15QuantizedEmbeddingModel());
          shared = e;
        }
      }
    }
    return e;
  }

  /** The LangChain4j model, for pieces that take one (content retrievers, baselines). */
  public EmbeddingModel model() {
    return model;
  }

  /**
   * Embeds one text. Blank text has no meaning to the model (LangChain4j rejects it), so it gets
   * the zero vector, which is similar to nothing.
   */
  public float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return new float[DIMENSIONS];
    }
    synchronized (recent) {
      float[] v = recent.get(text);
      if (v != null) {
        return v.clone();
      }
    }
    float[] v = model.embed(text).content().vector();
    synchronized (recent) {
      recent.put(text, v);
    }
    return v.clone();
  }

  /** Embeds many texts in one batch (the model spreads a batch over the cores); order is kept. */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t == null || t.isBlank() ? "。" : t));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      vectors.add(e.vector());
    }
    return vectors;
  }
}
