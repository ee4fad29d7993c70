package org.baoku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * How a passage's vectors are kept in its document: the passage vector in {@link #VECTOR} for kNN
 * search, and its sentences' vectors packed into the stored field {@link #SENTENCES}. The one place
 * that defines the vector field and the packing (both by {@link VectorCodec}), so a change of
 * encoding is made here and nowhere else.
 */
public final class VectorStore {

  /**
   * The passage vector as int8 ({@link VectorCodec#bytes}, its largest component ±127):
   * HNSW-indexed, compared by cosine, which the per-vector scale does not change.
   */
  public static final String VECTOR = "vector";
  /**
   * Stored only: the vectors of the passage's {@link org.baoku.ingest.Sentences#split sentences},
   * in order, packed by {@link VectorCodec#pack} (4 bits a dimension after a fixed rotation).
   * Embedding them once here takes embedding off the answer path, where a cold passage cost about
   * 150 ms per question.
   */
  public static final String SENTENCES = "sentences";
  /** The similarity of {@link #VECTOR}: kNN scores are {@code (1 + cos) / 2}. */
  public static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.COSINE;

  private VectorStore() {}

  /**
   * Adds the passage vector and its sentences' vectors to {@code d}; a zero passage vector, which
   * has no direction, is left out of the kNN field.
   */
  static void add(Document d, float[] vector, List<float[]> sentences) {
    byte[] bytes = VectorCodec.bytes(vector);
    if (bytes != null) {
      d.add(new KnnByteVectorField(VECTOR, bytes, SIMILARITY));
    }
    d.add(new StoredField(SENTENCES, pack(sentences)));
  }

  /**
   * The kNN score, {@code (1 + cos) / 2} as {@link #VECTOR}'s similarity gives it, of each of
   * {@code docs} of {@code reader} against {@code query}: exact, where an approximate search only
   * scores the neighbours it visits (and quantizes the query to bytes too; here it stays float).
   * Docs without a vector, or not in the index, are left out.
   */
  static Map<Integer, Double> exactScores(IndexReader reader, float[] query, Collection<Integer> docs) {
    int[] sorted = docs.stream().mapToInt(Integer::intValue)
        .filter(d -> d >= 0 && d < reader.maxDoc()).sorted().distinct().toArray();
    Map<Integer, Double> out = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    try {
      ByteVectorValues values = null;
      int leaf = -1;
      for (int doc : sorted) {
        int l = ReaderUtil.subIndex(doc, leaves);
        if (l != leaf) {
          leaf = l;
          values = values(leaves.get(l).reader());
        }
        if (values == null) {
          continue;
        }
        int local = doc - leaves.get(l).docBase;
        // Docs ascend within a leaf, so one forward pass of the iterator serves them all.
        int at = values.docID() < local ? values.advance(local) : values.docID();
        if (at == local) {
          out.put(doc, score(query, values.vectorValue()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The passage vectors of {@code leaf}; null when it holds none. */
  private static ByteVectorValues values(LeafReader leaf) throws IOException {
    return leaf.getByteVectorValues(VECTOR);
  }

  /**
   * The kNN score, {@code (1 + cos) / 2}, of a stored passage vector against {@code query}, which
   * stays float (an approximate search quantizes it to bytes too).
   */
  private static double score(float[] query, byte[] stored) {
    return (1 + VectorCodec.cosine(query, stored)) / 2;
  }

  /**
   * The approximate {@code k} nearest passages to {@code v} by {@link #VECTOR}, among those {@code
   * filter} admits (all when null), scored {@code (1 + cos) / 2}.
   */
  static Query nearest(float[] v, int k, Query filter) {
    byte[] target = VectorCodec.bytes(v);
    return target == null ? new MatchNoDocsQuery() : new KnnByteVectorQuery(VECTOR, target, k, filter);
  }

  static byte[] pack(List<float[]> vectors) {
    return VectorCodec.pack(vectors, Embedder.DIMENSIONS);
  }

  /** The sentence vectors {@link #pack} wrote, in order, each of unit length. */
  static List<float[]> unpack(BytesRef bytes) {
    return VectorCodec.unpack(bytes.bytes, bytes.offset, bytes.length, Embedder.DIMENSIONS);
  }

  /**
   * A passage vector as this index keeps it, in float form: its int8 components, scaled to unit
   * length. An index that
   * stores floats (a SolrCloud collection) stores this, so its cosines are the local index's.
   * The zero vector stays zero.
   */
  public static float[] asStored(float[] vector) {
    byte[] bytes = VectorCodec.bytes(vector);
    float[] out = new float[vector.length];
    if (bytes != null) {
      double sumSquare = 0;
      for (byte b : bytes) {
        sumSquare += b * b;
      }
      // Unit length, so a dot product is the cosine the local index computes on the bytes.
      float norm = (float) Math.sqrt(sumSquare);
      for (int i = 0; i < bytes.length; i++) {
        out[i] = bytes[i] / norm;
      }
    }
    return out;
  }

  /** Sentence vectors packed as this index packs them, for a collection that stores bytes. */
  public static byte[] packSentences(List<float[]> vectors) {
    return pack(vectors);
  }

  /** What {@link #packSentences} wrote. */
  public static List<float[]> unpackSentences(byte[] bytes) {
    return VectorCodec.unpack(bytes, 0, bytes.length, Embedder.DIMENSIONS);
  }
}
