package org.baoku.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The bge-small-zh-v1.5 (quantized) sentence embedding model, loaded once per process.
 *
 * <p>Loading the ONNX model costs seconds, so every index build, query and test in a JVM shares
 * {@link #shared()}. Vectors are L2-normalised by the model, so a dot product is the cosine. The
 * model runs on a session from {@link OnnxModels} (LangChain4j's own, minus idle spinning): a
 * single text through our {@link BertEncoder}, a batch through LangChain4j's model.
 */
public final class Embedder {

  /** Recorded in the index manifest: an index built with another model must be rebuilt. */
  public static final String MODEL_NAME = "bge-small-zh-v1.5-q";

  public static final int DIMENSIONS = 512;

  /** Resources of LangChain4j's bge-small-zh-v15-q jar, loaded as its model class loads them. */
  private static final String MODEL_RESOURCE = "bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "bge-small-zh-v1.5-q-tokenizer.json";

  private static volatile Embedder shared;

  private final EmbeddingModel model;
  private final BertEncoder encoder;

  private Embedder(OnnxModels.Loaded loaded) {
    this.model = loaded.model();
    this.encoder = loaded.encoder();
  }

  /** The process-wide instance; the first call loads the model. */
  public static Embedder shared() {
    Embedder e = shared;
    if (e == null) {
      synchronized (Embedder.class) {
        e = shared;
        if (e == null) {
          e = new Embedder(OnnxModels.loadWithEncoder(MODEL_RESOURCE, TOKENIZER_RESOURCE, DIMENSIONS));
          shared = e;
        }
      }
    }
    return e;
  }

  /**
   * The LangChain4j model, for pieces that take one (content retrievers, baselines). Its vectors
   * are ours, at LangChain4j's cost: it tokenizes each text three times.
   */
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
    return encoder.embed(text);
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
