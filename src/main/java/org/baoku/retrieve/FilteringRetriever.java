package org.baoku.retrieve;

import java.util.List;

/**
 * A retriever that filters by {@link Scope} while it searches (the local index, a SolrCloud
 * collection), so its plain searches are its scoped search over everything rather than the
 * interface's deeper ranking filtered afterwards.
 */
public interface FilteringRetriever extends Retriever {

  @Override
  Retrieval search(String query, Scope scope, int k);

  @Override
  default List<Hit> retrieve(String query, int k) {
    return search(query, Scope.ALL, k).hits();
  }

  @Override
  default Retrieval search(String query, int k) {
    return search(query, Scope.ALL, k);
  }
}
