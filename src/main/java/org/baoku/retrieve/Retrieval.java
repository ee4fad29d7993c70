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
   * The first {@code k} hits with the first {@code most} of those of {@code articleKeys} (by {@link
   * org.baoku.ingest.Passage#articleKey}) ahead of the rest, each group in its own order, ranked
   * anew. Scores are kept, so the ranks no longer follow them: what a reader's context makes
   * likelier comes first, whatever its own match.
   */
  public Retrieval favouring(Set<String> articleKeys, int most, int k) {
    if (most < 0 || k < 0) {
      throw new IllegalArgumentException("most and k must not be negative: " + most + ", " + k);
    }
    List<Hit> favoured = hits.stream().filter(h -> articleKeys.contains(h.passage().articleKey()))
        .limit(most).toList();
    List<Hit> ordered = new ArrayList<>(favoured);
    hits.stream().filter(h -> !favoured.contains(h)).forEach(ordered::add);
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
