package org.baoku.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * How a passage's vectors are kept in its document: the passage vector in {@link #VECTOR} for kNN
 * search, and its sentences' vectors packed into the stored field {@link #SENTENCES}. The one place
 * that defines the vector field and the packing, so a change of encoding (quantized vectors, int8
 * sentences) is made here and nowhere else.
 */
public final class VectorStore {

  /** The passage vector: HNSW-indexed, compared by dot product (the vectors are unit length). */
  public static final String VECTOR = "vector";
  /**
   * Stored only: the vectors of the passage's {@link org.baoku.ingest.Sentences#split sentences},
   * in order, as float32 little-endian, {@link Embedder#DIMENSIONS} each. Embedding them once here
   * takes embedding off the answer path, where a cold passage cost about 150 ms per question.
   */
  public static final String SENTENCES = "sentences";
  /** The similarity of {@link #VECTOR}: kNN scores are {@code (1 + cos) / 2}. */
  public static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

  private VectorStore() {}

  /** Adds the passage vector and its sentences' vectors to {@code d}. */
  static void add(Document d, float[] vector, List<float[]> sentences) {
    d.add(new KnnFloatVectorField(VECTOR, vector, SIMILARITY));
    d.add(new StoredField(SENTENCES, pack(sentences)));
  }

  /** The kNN score of a stored passage vector against {@code query}. */
  static double score(float[] query, float[] stored) {
    return SIMILARITY.compare(query, stored);
  }

  static byte[] pack(List<float[]> vectors) {
    ByteBuffer b = ByteBuffer.allocate(vectors.size() * Embedder.DIMENSIONS * Float.BYTES)
        .order(ByteOrder.LITTLE_ENDIAN);
    FloatBuffer f = b.asFloatBuffer();
    vectors.forEach(f::put);
    return b.array();
  }

  /** The sentence vectors {@link #pack} wrote, in order. */
  static List<float[]> unpack(BytesRef bytes) {
    FloatBuffer f = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length)
        .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    List<float[]> out = new ArrayList<>(f.remaining() / Embedder.DIMENSIONS);
    while (f.remaining() >= Embedder.DIMENSIONS) {
      float[] v = new float[Embedder.DIMENSIONS];
      f.get(v);
      out.add(v);
    }
    return out;
  }
}
