package org.baoku.retrieve;

import java.util.ArrayList;
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

  /**
   * The same search limited to {@code scope}: every hit lies in it. This default filters a deeper
   * ranking, for retrievers that cannot filter while they search; the archive's own retriever
   * filters inside the index.
   */
  default Retrieval search(String query, Scope scope, int k) {
    if (scope.isAll()) {
      return search(query, k);
    }
    Retrieval wide = search(query, Math.max(k, SCOPED_DEPTH));
    List<Hit> kept = new ArrayList<>();
    for (Hit h : wide.hits()) {
      if (kept.size() < k && scope.holds(h.passage().imprint())) {
        kept.add(new Hit(h.passage(), h.score(), kept.size() + 1));
      }
    }
    return new Retrieval(wide.query(), wide.vector(), kept);
  }

  /** How deep the default {@link #search(String, Scope, int)} looks for hits in scope. */
  int SCOPED_DEPTH = 200;
}
