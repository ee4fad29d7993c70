package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;

/**
 * The cut graph must give nearly the vectors of the whole graph: near what its javadoc measured
 * on CMRC 2018 (cosine 0.9976 at least, 0.9996 on average), with a margin (0.995 and 0.999), and
 * near enough that every text's vector is still nearest to its own.
 */
class ClsRowGraphTest {

  private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

  @Test
  void theCutGraphGivesNearlyTheWholeGraphsVectors() throws Exception {
    byte[] whole = resource(MODEL);
    byte[] cut = ClsRowGraph.firstRowOnly(whole);
    assertFalse(Arrays.equals(whole, cut), "bge-small-zh's graph is laid out as the cut expects");
    assertTrue(new String(cut, StandardCharsets.ISO_8859_1).contains("/first_row"));

    List<String> texts = new ArrayList<>();
    try (PassageSearcher index = PassageSearcher.open(new IndexHome(RealArchive.indexDir()).live().orElseThrow())) {
      for (Passage p : index.passages()) {
        texts.add(p.text());
        Sentences.split(p.text()).forEach(s -> texts.add(s.text()));
      }
    }
    assertTrue(texts.size() > 200, "the real pages give passages and sentences");
    // Past the model's 512 tokens, one token, Latin and digits, full-width forms.
    texts.add(String.join("", texts).substring(0, 3_000));
    texts.add("会");
    texts.add("Beijing Federation of Trade Unions 北京市总工会 2022年 COVID-19");
    texts.add("ＡＢＣ１２３，急救培训？");

    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession wholeSession = env.createSession(whole, options);
        OrtSession cutSession = env.createSession(cut, options)) {
      HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
          ClsRowGraphTest.class.getClassLoader().getResourceAsStream(TOKENIZER), Map.of("padding", "false"));
      BertEncoder wholeEncoder = new BertEncoder(env, wholeSession, tokenizer, 512);
      BertEncoder cutEncoder = new BertEncoder(env, cutSession, tokenizer, 512);
      List<float[]> wholeVectors = new ArrayList<>();
      List<float[]> cutVectors = new ArrayList<>();
      for (String t : texts) {
        wholeVectors.add(wholeEncoder.embed(t));
        cutVectors.add(cutEncoder.embed(t));
      }
      double sum = 0;
      for (int i = 0; i < texts.size(); i++) {
        double own = dot(cutVectors.get(i), wholeVectors.get(i));
        assertTrue(own >= 0.995, "cosine " + own + " for: " + texts.get(i));
        sum += own;
        for (int j = 0; j < texts.size(); j++) {
          if (!texts.get(j).equals(texts.get(i))) {
            assertTrue(dot(cutVectors.get(i), wholeVectors.get(j)) < own, texts.get(i) + " / " + texts.get(j));
          }
        }
      }
      assertTrue(sum / texts.size() >= 0.999, "mean cosine " + sum / texts.size());
    }
  }

  @Test
  void aGraphThatDoesNotEndAsExpectedIsLeftWhole() throws Exception {
    byte[] once = ClsRowGraph.firstRowOnly(resource(MODEL));
    assertSame(once, ClsRowGraph.firstRowOnly(once));
    byte[] notAModel = "not a model".getBytes(StandardCharsets.UTF_8);
    assertSame(notAModel, ClsRowGraph.firstRowOnly(notAModel));
    byte[] truncated = Arrays.copyOf(once, once.length / 2);
    assertSame(truncated, ClsRowGraph.firstRowOnly(truncated));
    // a field whose length reads as -1: refused, not read backwards for ever
    byte[] negative = {0x0A, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01, 0x00};
    assertSame(negative, assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> ClsRowGraph.firstRowOnly(negative)));
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = ClsRowGraphTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }
}
