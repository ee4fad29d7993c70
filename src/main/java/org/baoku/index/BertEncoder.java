package org.baoku.index;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * One text through a BERT-style ONNX model with CLS pooling, on the caller's thread: tokenized
 * once, run once, its first token's vector L2-normalised. This is what LangChain4j's {@code
 * OnnxBertBiEncoder} computes for a text of at most 510 tokens (its tokenizer truncates anything
 * longer, so that is every text), without its two extra tokenizations: it tokenizes the text,
 * rebuilds a sentence from the tokens and tokenizes that again to check the round trip, then
 * encodes it. On CMRC 2018 questions those cost 0.21 ms of a 2.9 ms query embedding.
 *
 * <p>Index building runs it on one worker thread per core ({@link Embedder#embedPassages}); a
 * test holds it to LangChain4j's vectors. Thread-safe: an ONNX session and a Hugging Face
 * tokenizer both take concurrent calls.
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
        return normalised(cls);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a text of "
          + text.length() + " characters", e);
    }
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
