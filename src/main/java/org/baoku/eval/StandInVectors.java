package org.baoku.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.baoku.index.Embedder;
import org.baoku.index.IndexSchema;

/**
 * A cheap deterministic stand-in for the embedding model, so that {@code baoku bench --scale} can
 * measure the index's own cost at a million passages (embedding them with bge-small-zh here would
 * take about 15 hours): a text's distinct character bigrams ({@link IndexSchema#bigramsOf}), each
 * hashed to one of {@value #BUCKETS} fixed random Gaussian vectors of {@link Embedder#DIMENSIONS}
 * dimensions, summed and scaled to unit length. Texts sharing bigrams come out close, so kNN
 * search has neighbours to find; the vectors are dense, so they take the disk and the HNSW work
 * real ones do. They mean nothing beyond the bigrams: figures of answer quality made with them say
 * nothing about the model. Thread-safe.
 */
public final class StandInVectors implements Function<List<String>, List<float[]>> {

  /** What a manifest and the bench's output call these vectors. */
  public static final String NAME = "stand-in (hashed character bigrams, random projection; not bge-small-zh)";

  /** Random vectors the bigrams share (8 MB): a news text has a few hundred distinct bigrams, so two texts seldom collide much. */
  static final int BUCKETS = 4096;

  private final float[][] basis = new float[BUCKETS][Embedder.DIMENSIONS];

  public StandInVectors(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (float[] v : basis) {
      for (int i = 0; i < v.length; i++) {
        // Box–Muller, as SplittableRandom has no nextGaussian on Java 17
        v[i] = (float) (Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble()));
      }
    }
  }

  /** The unit vector of {@code text}; the zero vector when it has no bigram. */
  public float[] embed(String text) {
    float[] out = new float[Embedder.DIMENSIONS];
    for (String g : IndexSchema.bigramsOf(text == null ? "" : text)) {
      float[] b = basis[Math.floorMod(g.hashCode() * 0x9E3779B1, BUCKETS)];
      for (int i = 0; i < out.length; i++) {
        out[i] += b[i];
      }
    }
    double norm = 0;
    for (float x : out) {
      norm += x * x;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < out.length; i++) {
        out[i] *= scale;
      }
    }
    return out;
  }

  @Override
  public List<float[]> apply(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    texts.forEach(t -> out.add(embed(t)));
    return out;
  }
}
