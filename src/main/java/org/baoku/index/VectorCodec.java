package org.baoku.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Unit vectors packed as bytes for a stored field: each vector as its scale (float32,
 * little-endian) and one signed byte per dimension, {@code x[i] ≈ scale · b[i]}, the scale chosen
 * so the largest component is ±127. A vector takes {@code 4 + dimensions} bytes instead of {@code
 * 4 · dimensions}. Unpacked vectors are scaled to unit length again, so a dot product stays a
 * cosine.
 *
 * <p>The error is at most half a step, {@code max|x| / 254}, per component: on bge-small-zh
 * sentence vectors a cosine with a question moves by about 0.0005 (see the test), where the
 * answerer's decisions hinge on differences of 0.01 and more.
 */
final class VectorCodec {

  private VectorCodec() {}

  /** Bytes a packed vector of {@code dimensions} takes. */
  static int bytesPerVector(int dimensions) {
    return Float.BYTES + dimensions;
  }

  /** {@code vectors}, each of {@code dimensions}, packed in order. */
  static byte[] pack(List<float[]> vectors, int dimensions) {
    ByteBuffer b = ByteBuffer.allocate(vectors.size() * bytesPerVector(dimensions))
        .order(ByteOrder.LITTLE_ENDIAN);
    for (float[] v : vectors) {
      if (v.length != dimensions) {
        throw new IllegalArgumentException("a vector of " + v.length + " dimensions, expected " + dimensions);
      }
      float max = 0;
      for (float x : v) {
        max = Math.max(max, Math.abs(x));
      }
      float scale = max == 0 ? 0 : max / 127f;
      b.putFloat(scale);
      for (float x : v) {
        b.put(scale == 0 ? 0 : (byte) Math.round(x / scale));
      }
    }
    return b.array();
  }

  /**
   * The vectors of {@link #pack}, unit length (a zero vector stays zero).
   *
   * @throws IllegalArgumentException when {@code length} is not a whole number of vectors
   */
  static List<float[]> unpack(byte[] bytes, int offset, int length, int dimensions) {
    int each = bytesPerVector(dimensions);
    if (length % each != 0) {
      throw new IllegalArgumentException("packed vectors of " + length + " bytes: not a multiple of " + each);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
    List<float[]> out = new ArrayList<>(length / each);
    while (b.hasRemaining()) {
      float scale = b.getFloat();
      float[] v = new float[dimensions];
      double sumSquare = 0;
      for (int i = 0; i < dimensions; i++) {
        v[i] = scale * b.get();
        sumSquare += v[i] * v[i];
      }
      float norm = (float) Math.sqrt(sumSquare);
      if (norm > 0) {
        for (int i = 0; i < dimensions; i++) {
          v[i] /= norm;
        }
      }
      out.add(v);
    }
    return out;
  }

  /**
   * {@code v} as one signed byte a dimension, scaled so its largest component is ±127: the form
   * the passage vectors are indexed in, for a cosine, which no scale changes. Null for the zero
   * vector, which has no direction.
   */
  static byte[] bytes(float[] v) {
    float max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    if (max == 0) {
      return null;
    }
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) Math.round(v[i] * 127f / max);
    }
    return out;
  }

  /** The cosine of {@code q} and {@code b}; 0 when either is the zero vector. */
  static double cosine(float[] q, byte[] b) {
    double dot = 0;
    double qq = 0;
    double bb = 0;
    for (int i = 0; i < q.length; i++) {
      dot += q[i] * b[i];
      qq += q[i] * q[i];
      bb += b[i] * b[i];
    }
    return qq == 0 || bb == 0 ? 0 : dot / Math.sqrt(qq * bb);
  }
}
