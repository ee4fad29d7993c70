package org.baoku.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

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
 *
 * <p>Our own model also gets a {@link BertEncoder} on the same session, for single texts, and
 * its session runs the graph with the last layer {@link ClsRowGraph cut} to the first token's row
 * (0.80 of the time). The baselines' models run as LangChain4j ships them.
 *
 * <p>Where ONNX Runtime was built with CUDA and finds a device, the session runs there (see
 * {@link #cudaWanted}); it falls back to the CPU otherwise. Untried here: no GPU, and the CUDA
 * artifact is not in the offline repository.
 */
public final class OnnxModels {

  private OnnxModels() {}

  /** A model as LangChain4j serves it, and our single-text encoder, on one session. */
  record Loaded(EmbeddingModel model, BertEncoder encoder) {}

  /**
   * Loads a model packaged as LangChain4j's embedding jars package them: an ONNX file and a
   * Hugging Face tokenizer file, both class path resources.
   */
  public static EmbeddingModel load(String modelResource, String tokenizerResource,
      PoolingMode pooling, int dimensions) {
    return load(modelResource, tokenizerResource, pooling, dimensions, false).model();
  }

  /** As {@link #load(String, String, PoolingMode, int)}, with a {@link BertEncoder} (CLS pooling). */
  static Loaded loadWithEncoder(String modelResource, String tokenizerResource, int dimensions) {
    return load(modelResource, tokenizerResource, PoolingMode.CLS, dimensions, true);
  }

  private static Loaded load(String modelResource, String tokenizerResource,
      PoolingMode pooling, int dimensions, boolean withEncoder) {
    ClassLoader cl = OnnxModels.class.getClassLoader();
    try (InputStream model = cl.getResourceAsStream(modelResource);
        InputStream tokenizer = cl.getResourceAsStream(tokenizerResource)) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException("embedding model missing from the class path: " + modelResource);
      }
      byte[] tokenizerJson = tokenizer.readAllBytes();
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      byte[] onnx = model.readAllBytes();
      if (withEncoder) {
        onnx = ClsRowGraph.firstRowOnly(onnx); // our model, CLS-pooled
      }
      OrtSession session = null;
      if (cudaWanted()) {
        try {
          OrtSession.SessionOptions cuda = options();
          cuda.addCUDA(0);
          session = env.createSession(onnx, cuda);
        } catch (OrtException e) {
          // No device or no driver: the CPU serves, as it does with the CPU-only artifact.
          System.err.println("CUDA 不可用，改用 CPU / CUDA unavailable, embedding on the CPU: " + e.getMessage());
        }
      }
      if (session == null) {
        session = env.createSession(onnx, options());
      }
      EmbeddingModel langchain = new Model(new OnnxBertBiEncoder(env, session,
          new ByteArrayInputStream(tokenizerJson), pooling), dimensions);
      BertEncoder encoder = null;
      if (withEncoder) {
        // LangChain4j's tokenizer options: no padding (one text per run), its default truncation.
        HuggingFaceTokenizer t = HuggingFaceTokenizer.newInstance(
            new ByteArrayInputStream(tokenizerJson), Map.of("padding", "false"));
        encoder = new BertEncoder(env, session, t, dimensions);
      }
      return new Loaded(langchain, encoder);
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + modelResource, e);
    }
  }

  /** Not closed: the session keeps using them for the life of the process. */
  private static OrtSession.SessionOptions options() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    return options;
  }

  /**
   * Whether to try CUDA: when the ONNX Runtime on the class path was built with it (the {@code
   * onnxruntime_gpu} artifact instead of {@code onnxruntime}), unless {@value #DEVICE_ENV} is
   * {@code cpu}. Queries and the index must embed on the same device: the kernels differ, and so
   * do the last digits of the vectors.
   */
  private static boolean cudaWanted() {
    return !"cpu".equalsIgnoreCase(System.getenv(DEVICE_ENV))
        && OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
  }

  /** {@code cpu} keeps embedding on the CPU even where ONNX Runtime finds CUDA. */
  static final String DEVICE_ENV = "BAOKU_EMBED_DEVICE";

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
