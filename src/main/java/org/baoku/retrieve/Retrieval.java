package org.baoku.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a search found, with what it searched: the query, the vector the retriever embedded for it
 * (empty when it embedded none, e.g. BM25 alone), and the hits, most relevant first. The answer
 * stage compares sentences with this very vector instead of embedding the question again; it
 * travels here, in the value, not in a cache the second stage would have to hit.
 *
 * @param vector the query vector; copied in and out, since arrays are mutable
 */
public record Retrieval(String query, Optional<float[]> vector, List<Hit> hits) {

  public Retrieval {
    Objects.requireNonNull(query, "query");
    vector = Objects.requireNonNull(vector, "vector").map(float[]::clone);
    hits = List.copyOf(hits);
  }

  /** Hits from a retriever that embeds nothing, or whose vector is not known. */
  public static Retrieval of(String query, List<Hit> hits) {
    return new Retrieval(query, Optional.empty(), hits);
  }

  /**
   * The first {@code k} hits with those of {@code articles} (by {@link
   * org.baoku.ingest.Passage#articleKey}) ahead of the rest, each group in its own order, ranked
   * anew; scores are kept.
   */
  public Retrieval favouring(Set<String> articles, int k) {
    List<Hit> ordered = new ArrayList<>(hits.size());
    hits.stream().filter(h -> articles.contains(h.passage().articleKey())).forEach(ordered::add);
    hits.stream().filter(h -> !articles.contains(h.passage().articleKey())).forEach(ordered::add);
    List<Hit> ranked = new ArrayList<>(Math.min(k, ordered.size()));
    for (Hit h : ordered.subList(0, Math.min(k, ordered.size()))) {
      ranked.add(new Hit(h.passage(), h.score(), ranked.size() + 1));
    }
    return new Retrieval(query, vector, ranked);
  }

  @Override
  public Optional<float[]> vector() {
    return vector.map(float[]::clone);
  }
}
