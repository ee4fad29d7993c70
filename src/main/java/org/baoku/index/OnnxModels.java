package org.baoku.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * LangChain4j's in-process BGE models on an ONNX session of our own, which differs from the
 * library's default session in one option: the intra-op threads sleep instead of spinning when a
 * run ends.
 *
 * <p>Spinning keeps a second core busy for nothing after every query, which slows whatever runs
 * next: the hybrid retriever's BM25 leg beside the embedding, or another system in the same
 * evaluation. On CMRC 2018 dev questions, the median per-question difference between hybrid and
 * dense-only retrieval was 0.29 ms with spinning and 0.03 ms without. The price: a query embedded
 * alone, in a tight loop, is about 10 % slower (p50 2.6-3.1 ms against 2.4-2.9 ms).
 */
public final class OnnxModels {

  private OnnxModels() {}

  /**
   * Loads a model packaged as LangChain4j's embedding jars package them: an ONNX file and a
   * Hugging Face tokenizer file, both class path resources.
   */
  public static EmbeddingModel load(String modelResource, String tokenizerResource,
      PoolingMode pooling, int dimensions) {
    ClassLoader cl = OnnxModels.class.getClassLoader();
    try (InputStream model = cl.getResourceAsStream(modelResource);
        InputStream tokenizer = cl.getResourceAsStream(tokenizerResource)) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException("embedding model missing from the class path: " + modelResource);
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      // Not closed: the session keeps using it for the life of the process.
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtSession session = env.createSession(model.readAllBytes(), options);
      return new Model(new OnnxBertBiEncoder(env, session, tokenizer, pooling), dimensions);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + modelResource, e);
    }
  }

  /** LangChain4j's batching (a batch is spread over the cores) around our encoder. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimensions;

    Model(OnnxBertBiEncoder encoder, int dimensions) {
      super(null);
      this.encoder = encoder;
      this.dimensions = dimensions;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return dimensions;
    }
  }
}
