package org.baoku.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.baoku.index.Embedder;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * The vectors of candidate sentences and of the question, for {@link Evidence}'s ranking and for
 * the check of a generated answer's citations ({@link CitationVerifier}). A sentence's vector comes
 * from the archive, which embedded every sentence when it was built; a passage the archive keeps
 * none for (no archive, an index of other passages) has its sentences embedded here, about 5 ms a
 * sentence on 2 cores, and kept in a bounded cache keyed by passage id and offset.
 */
final class SentenceEmbeddings {

  private static final int CACHE_SENTENCES = 50_000;

  private final Supplier<Embedder> embedder;
  private final Function<Passage, Optional<List<float[]>>> stored;
  private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHE_SENTENCES;
    }
  };

  /** @param stored the archive's vectors of a passage's sentences, when it has them */
  SentenceEmbeddings(Supplier<Embedder> embedder, Function<Passage, Optional<List<float[]>>> stored) {
    this.embedder = embedder;
    this.stored = stored;
  }

  /** The question-side vector of {@code text} (zero for blank text). */
  float[] embed(String text) {
    return embedder.get().embed(text);
  }

  /** Vectors of several texts in one batch, not cached: claims of a generated answer. */
  List<float[]> embedAll(List<String> texts) {
    return texts.isEmpty() ? List.of() : embedder.get().embedAll(texts);
  }

  /** Vectors of sentences of {@code p}: the archive's where it has them, else from the cache. */
  List<float[]> sentenceVectors(Passage p, List<Sentences.Span> spans) {
    List<Scored> wrapped = new ArrayList<>(spans.size());
    Hit h = new Hit(p, 0, 1);
    for (Sentences.Span s : spans) {
      wrapped.add(new Scored(h, s, 0, 0, 0));
    }
    return vectors(wrapped);
  }

  /** Sentences this instance embedded itself and keeps cached: those without stored vectors. */
  int cachedSentences() {
    synchronized (cache) {
      return cache.size();
    }
  }

  /**
   * Vectors of {@code sentences}, in order: the archive's where it has them, else the cached or
   * freshly embedded ones (one batch for all that are missing, then cached).
   */
  List<float[]> vectors(List<Scored> sentences) {
    List<float[]> out = new ArrayList<>(sentences.size());
    List<String> missing = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    Map<String, Map<Integer, float[]>> byPassage = new HashMap<>();
    for (Scored s : sentences) {
      out.add(byPassage.computeIfAbsent(s.passage().id(), id -> storedByStart(s.passage()))
          .get(s.span().start()));
    }
    synchronized (cache) {
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) == null) {
          out.set(i, cache.get(key(sentences.get(i))));
        }
        if (out.get(i) == null) {
          missing.add(sentences.get(i).span().text());
          slots.add(i);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = embedder.get().embedAll(missing);
      synchronized (cache) {
        for (int i = 0; i < fresh.size(); i++) {
          out.set(slots.get(i), fresh.get(i));
          cache.put(key(sentences.get(slots.get(i))), fresh.get(i));
        }
      }
    }
    return out;
  }

  /**
   * The archive's vectors of the sentences of {@code p} by start offset; empty when it has none.
   * It stores one vector per {@link Sentences#split} span in order; a count that differs means
   * other spans, so none is used.
   */
  private Map<Integer, float[]> storedByStart(Passage p) {
    List<float[]> vectors = stored.apply(p).orElse(List.of());
    List<Sentences.Span> spans = Sentences.split(p.text());
    Map<Integer, float[]> out = new HashMap<>();
    if (vectors.size() == spans.size()) {
      for (int i = 0; i < spans.size(); i++) {
        out.put(spans.get(i).start(), vectors.get(i));
      }
    }
    return out;
  }

  private static String key(Scored s) {
    return s.passage().id() + '@' + s.span().start() + ':' + s.span().text().hashCode();
  }

  /** The dot product of two vectors over their common length: the cosine of normalised ones. */
  static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      d += a[i] * b[i];
    }
    return d;
  }
}
