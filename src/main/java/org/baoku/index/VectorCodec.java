package org.baoku.index;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Unit vectors in few bytes, for an index that holds several per passage.
 *
 * <p><b>Passage vectors</b> ({@link #bytes}) are one signed byte a dimension, scaled so the largest
 * component is ±127, and indexed for a cosine, which no scale changes: 512 bytes instead of 2,048.
 *
 * <p><b>Sentence vectors</b> ({@link #pack}) are 4 bits a dimension: each vector is first turned
 * by a fixed rotation (random signs, then the Walsh-Hadamard transform), which spreads the few
 * large components of a bge-small-zh vector over all of them, then scaled so that ±2.5 times its
 * root mean square component is ±7, clipped, and stored as its scale (float32, little-endian)
 * and two components a byte: 260 bytes instead of 2,048. Unpacking turns it back and scales it to
 * unit length, so a dot product stays a cosine. On 747 CMRC 2018 sentences against 40 questions
 * the cosine moves by 0.0033 at the median and 0.013 at the 99th percentile (int8 without the
 * rotation: 0.0005 and 0.0017; 4 bits without it: 0.013 and 0.041); the seed-dev, holdout-2,
 * holdout-3 and CMRC 2018 answer figures are the same as with float vectors (README, Speed).
 */
final class VectorCodec {

  /** Clip at this many root-mean-square components: 0.0033 median error, against 0.0041 at the maximum. */
  private static final double CLIP = 2.5;
  private static final long SIGNS_SEED = 20261201L;

  private VectorCodec() {}

  /**
   * {@code v} as one signed byte a dimension, its largest component ±127. Null for the zero
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

  /** Bytes a {@link #pack packed} vector of {@code dimensions} takes. */
  static int bytesPerVector(int dimensions) {
    return Float.BYTES + dimensions / 2;
  }

  /**
   * {@code vectors} packed in order, 4 bits a dimension.
   *
   * @throws IllegalArgumentException when a vector is not of {@code dimensions}, which must be a
   *     power of two
   */
  static byte[] pack(List<float[]> vectors, int dimensions) {
    checkDimensions(dimensions);
    ByteBuffer b = ByteBuffer.allocate(vectors.size() * bytesPerVector(dimensions))
        .order(ByteOrder.LITTLE_ENDIAN);
    for (float[] vector : vectors) {
      if (vector.length != dimensions) {
        throw new IllegalArgumentException("a vector of " + vector.length + " dimensions, expected " + dimensions);
      }
      float[] v = rotated(vector);
      double sumSquare = 0;
      float max = 0;
      for (float x : v) {
        sumSquare += x * x;
        max = Math.max(max, Math.abs(x));
      }
      float limit = (float) Math.min(max, CLIP * Math.sqrt(sumSquare / dimensions));
      float scale = limit / 7f;
      b.putFloat(scale);
      for (int i = 0; i < dimensions; i += 2) {
        b.put((byte) ((level(v[i], scale) << 4) | (level(v[i + 1], scale) & 0xF)));
      }
    }
    return b.array();
  }

  /**
   * The unit vectors of {@link #pack} (a zero vector stays zero).
   *
   * @throws IllegalArgumentException when {@code length} is not a whole number of vectors
   */
  static List<float[]> unpack(byte[] bytes, int offset, int length, int dimensions) {
    checkDimensions(dimensions);
    int each = bytesPerVector(dimensions);
    if (length % each != 0) {
      throw new IllegalArgumentException("packed vectors of " + length + " bytes: not a multiple of " + each);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN);
    List<float[]> out = new ArrayList<>(length / each);
    while (b.hasRemaining()) {
      float scale = b.getFloat();
      float[] v = new float[dimensions];
      if (scale == 0) {
        b.position(b.position() + dimensions / 2);
        out.add(v);
        continue;
      }
      for (int i = 0; i < dimensions; i += 2) {
        byte two = b.get();
        v[i] = scale * (two >> 4);
        v[i + 1] = scale * ((byte) (two << 4) >> 4);
      }
      v = unrotated(v);
      double sumSquare = 0;
      for (float x : v) {
        sumSquare += x * x;
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

  /** {@code x / scale} rounded and clipped to a signed 4-bit level, -7 to 7. */
  private static int level(float x, float scale) {
    return scale == 0 ? 0 : Math.max(-7, Math.min(7, Math.round(x / scale)));
  }

  private static void checkDimensions(int dimensions) {
    if (dimensions < 2 || Integer.bitCount(dimensions) != 1) {
      throw new IllegalArgumentException("dimensions must be a power of two, got " + dimensions);
    }
  }

  /** Fixed random signs, then the orthonormal Walsh-Hadamard transform. */
  static float[] rotated(float[] v) {
    float[] x = v.clone();
    flipSigns(x);
    hadamard(x);
    return x;
  }

  /** The inverse of {@link #rotated}: the transform is its own inverse, and so are the signs. */
  static float[] unrotated(float[] v) {
    float[] x = v.clone();
    hadamard(x);
    flipSigns(x);
    return x;
  }

  private static void flipSigns(float[] x) {
    boolean[] flip = x.length <= FLIPS.length ? FLIPS : flips(x.length);
    for (int i = 0; i < x.length; i++) {
      if (flip[i]) {
        x[i] = -x[i];
      }
    }
  }

  /** The signs of the first 1,024 dimensions, drawn once: every unpacked sentence uses them. */
  private static final boolean[] FLIPS = flips(1024);

  private static boolean[] flips(int n) {
    Random r = new Random(SIGNS_SEED);
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      out[i] = r.nextBoolean();
    }
    return out;
  }

  private static void hadamard(float[] x) {
    for (int h = 1; h < x.length; h *= 2) {
      for (int i = 0; i < x.length; i += 2 * h) {
        for (int j = i; j < i + h; j++) {
          float a = x[j];
          float b = x[j + h];
          x[j] = a + b;
          x[j + h] = a - b;
        }
      }
    }
    float n = (float) (1 / Math.sqrt(x.length));
    for (int i = 0; i < x.length; i++) {
      x[i] *= n;
    }
  }
}
