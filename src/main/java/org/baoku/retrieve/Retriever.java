package org.baoku.retrieve;

import java.util.List;

/** A question in, ranked passages out ({@link #search}: with the query vector). */
public interface Retriever {

  /**
   * Most relevant first, at most {@code k}. Any user string is accepted (it is never parsed as
   * query syntax); blank or unusable text gives an empty list, never an exception.
   */
  List<Hit> retrieve(String query, int k);

  /** The same search as {@link #retrieve}, with what was searched: for the answer stage. */
  default Retrieval search(String query, int k) {
    return Retrieval.of(query == null ? "" : query, retrieve(query, k));
  }
}
