package org.baoku.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One text through a BERT-style ONNX model with CLS pooling, on the caller's thread: tokenized
 * once, run once, its first token's vector L2-normalised. This is what LangChain4j's {@code
 * OnnxBertBiEncoder} computes for a text of at most 510 tokens (its tokenizer truncates anything
 * longer, so that is every text), without its two extra tokenizations: it tokenizes the text,
 * rebuilds a sentence from the tokens and tokenizes that again to check the round trip, then
 * encodes it. On CMRC 2018 questions those cost 0.21 ms of a 2.9 ms query embedding.
 *
 * <p>Index building keeps LangChain4j's batching, which spreads a batch over the cores; a test
 * holds the two to the same vectors. Thread-safe: an ONNX session and a Hugging Face tokenizer
 * both take concurrent calls.
 */
final class BertEncoder {

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;
  private final String output;
  private final int dimensions;

  BertEncoder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, int dimensions) {
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    // LangChain4j reads the session's first output: the last hidden state.
    this.output = session.getOutputNames().iterator().next();
    this.dimensions = dimensions;
  }

  /** The unit-length CLS vector of {@code text}, of which the first 510 tokens count. */
  float[] embed(String text) {
    return run(text, null).get(0);
  }

  /**
   * The CLS vector of {@code text} (as {@link #embed}), then for each {@code [start, end)}
   * character span of it the unit-length mean of the last hidden states of the tokens that start
   * inside it, from the same single run; null for a span none of whose tokens the model read (past
   * the 510-token cut).
   */
  List<float[]> embedWithSpans(String text, List<int[]> spans) {
    return run(text, spans);
  }

  private List<float[]> run(String text, List<int[]> spans) {
    Encoding encoding = tokenizer.encode(text, true, false);
    long[] shape = {1, encoding.getIds().length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try (OnnxTensor ids = tensor(encoding.getIds(), shape);
        OnnxTensor mask = tensor(encoding.getAttentionMask(), shape);
        OnnxTensor types = typeIds ? tensor(encoding.getTypeIds(), shape) : null) {
      inputs.put("input_ids", ids);
      inputs.put("attention_mask", mask);
      if (types != null) {
        inputs.put("token_type_ids", types);
      }
      try (OrtSession.Result result = session.run(inputs, Set.of(output))) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[] cls = new float[dimensions];
        hidden.get(cls);
        List<float[]> out = new ArrayList<>(1 + (spans == null ? 0 : spans.size()));
        out.add(normalised(cls));
        if (spans != null) {
          CharSpan[] tokens = encoding.getCharTokenSpans();
          for (int[] span : spans) {
            out.add(meanOf(hidden, tokens, span[0], span[1]));
          }
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a text of "
          + text.length() + " characters", e);
    }
  }

  /** The unit-length mean of the hidden states of the tokens starting in [start, end), or null. */
  private float[] meanOf(FloatBuffer hidden, CharSpan[] tokens, int start, int end) {
    float[] sum = new float[dimensions];
    int n = 0;
    for (int t = 0; t < tokens.length; t++) {
      CharSpan c = tokens[t];
      if (c != null && c.getStart() >= start && c.getStart() < end) {
        int at = t * dimensions;
        for (int d = 0; d < dimensions; d++) {
          sum[d] += hidden.get(at + d);
        }
        n++;
      }
    }
    return n == 0 ? null : normalised(sum);
  }

  private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
    return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
  }

  /** In place, with LangChain4j's float arithmetic, so both give the same bits. */
  private static float[] normalised(float[] v) {
    float sumSquare = 0;
    for (float x : v) {
      sumSquare += x * x;
    }
    float norm = (float) Math.sqrt(sumSquare);
    for (int i = 0; i < v.length; i++) {
      v[i] = v[i] / norm;
    }
    return v;
  }
}
