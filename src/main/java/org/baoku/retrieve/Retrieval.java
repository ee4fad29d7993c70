package org.baoku.retrieve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  @Override
  public Optional<float[]> vector() {
    return vector.map(float[]::clone);
  }
}
