package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;

/** The packed vectors keep what the answerer and the retriever compute from them. */
class VectorCodecTest {

  private static final int D = Embedder.DIMENSIONS;

  @Test
  void packedSentenceVectorsKeepTheirCosineWithAQuestion() throws Exception {
    List<float[]> sentences = new ArrayList<>();
    try (PassageSearcher index = PassageSearcher.open(new IndexHome(RealArchive.indexDir()).live().orElseThrow())) {
      for (Passage p : index.passages().subList(0, 20)) {
        for (Sentences.Span s : Sentences.split(p.text())) {
          sentences.add(Embedder.shared().embed(s.text()));
        }
      }
    }
    List<float[]> questions = List.of("朝阳区有多少人参加了急救培训？", "谁获得了劳动模范称号？",
        "顺义区总工会干部下沉到哪个镇？", "When did the campaign start?").stream()
        .map(Embedder.shared()::embed).toList();
    byte[] packed = VectorCodec.pack(sentences, D);
    assertEquals(sentences.size() * 260, packed.length);
    List<float[]> back = VectorCodec.unpack(packed, 0, packed.length, D);
    double[] errors = new double[sentences.size() * questions.size()];
    int k = 0;
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(1, dot(back.get(i), back.get(i)), 1e-5);
      for (float[] q : questions) {
        errors[k++] = Math.abs(dot(q, sentences.get(i)) - dot(q, back.get(i)));
      }
    }
    Arrays.sort(errors);
    // Measured on 747 CMRC 2018 sentences and 40 questions: 0.0033 at the median, 0.019 at most.
    assertTrue(errors[errors.length / 2] < 0.006, "median cosine error " + errors[errors.length / 2]);
    assertTrue(errors[errors.length - 1] < 0.03, "largest cosine error " + errors[errors.length - 1]);
  }

  @Test
  void passageVectorBytesKeepTheCosine() {
    Random r = new Random(7);
    for (int n = 0; n < 50; n++) {
      float[] v = unit(r);
      float[] q = unit(r);
      byte[] b = VectorCodec.bytes(v);
      assertEquals(1, VectorCodec.cosine(v, b), 1e-4);
      assertEquals(dot(q, v), VectorCodec.cosine(q, b), 2e-3);
    }
    assertNull(VectorCodec.bytes(new float[D]));
    assertEquals(0, VectorCodec.cosine(new float[D], new byte[D]));
  }

  @Test
  void rotationIsUndone() {
    float[] v = unit(new Random(1));
    float[] back = VectorCodec.unrotated(VectorCodec.rotated(v));
    assertArrayEquals(v, back, 1e-6f);
    assertEquals(1, dot(VectorCodec.rotated(v), VectorCodec.rotated(v)), 1e-5);
  }

  @Test
  void packedVectorsComeBackInOrderAndZeroStaysZero() {
    Random r = new Random(3);
    List<float[]> vs = List.of(unit(r), new float[D], unit(r));
    byte[] packed = VectorCodec.pack(vs, D);
    assertEquals(3 * VectorCodec.bytesPerVector(D), packed.length);
    byte[] shifted = new byte[packed.length + 5];
    System.arraycopy(packed, 0, shifted, 5, packed.length);
    List<float[]> back = VectorCodec.unpack(shifted, 5, packed.length, D);
    assertEquals(3, back.size());
    assertTrue(dot(vs.get(0), back.get(0)) > 0.99);
    assertArrayEquals(new float[D], back.get(1));
    assertTrue(dot(vs.get(2), back.get(2)) > 0.99);
    assertEquals(List.of(), VectorCodec.unpack(VectorCodec.pack(List.of(), D), 0, 0, D));
  }

  @Test
  void malformedInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> VectorCodec.unpack(new byte[261], 0, 261, D));
    assertThrows(IllegalArgumentException.class, () -> VectorCodec.pack(List.of(new float[3]), D));
    assertThrows(IllegalArgumentException.class, () -> VectorCodec.pack(List.of(new float[384]), 384));
  }

  private static float[] unit(Random r) {
    float[] v = new float[D];
    double s = 0;
    for (int i = 0; i < D; i++) {
      v[i] = (float) r.nextGaussian();
      s += v[i] * v[i];
    }
    for (int i = 0; i < D; i++) {
      v[i] /= (float) Math.sqrt(s);
    }
    return v;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
