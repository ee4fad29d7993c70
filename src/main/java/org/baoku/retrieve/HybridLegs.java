package org.baoku.retrieve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Queries;

/**
 * The two legs of the hybrid search on the local index, each giving its raw scores by Lucene doc
 * id, best first: BM25 over the query's clauses ({@link HybridQuery#bm25Terms}) and the
 * approximate kNN search. Kept apart from {@link HybridRetriever}, which runs them at once and
 * fuses what they give; both take the same {@link Scope} filter, so the best passages of a date
 * are found however many other dates outrank them. Immutable and thread-safe.
 */
final class HybridLegs {

  private final PassageSearcher index;
  private final HybridSettings settings;

  HybridLegs(PassageSearcher index, HybridSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  /**
   * BM25 over the words and bigrams of {@code text} and of each of the {@code chinese} terms of an
   * English question, the top {@code n} among the passages {@code filter} admits (all when null),
   * leaving out terms in more than {@link HybridSettings#COMMON_SHARE} of the passages.
   */
  Map<Integer, Double> bm25(String text, List<String> chinese, int n, Query filter) {
    Map<Term, Float> terms = HybridQuery.bm25Terms(text, chinese, settings);
    if (terms.isEmpty()) {
      return Map.of();
    }
    Query q = index.anyOf(terms, HybridSettings.COMMON_SHARE);
    if (filter != null) {
      q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
          .add(filter, BooleanClause.Occur.FILTER).build();
    }
    return scores(index.search(q, n).scoreDocs);
  }

  /**
   * The {@code n} approximate nearest neighbours of {@code v} among the passages {@code filter}
   * admits (all when null), with their kNN scores; mutable.
   */
  Map<Integer, Double> neighbours(float[] v, int n, Query filter) {
    int k = Math.max(1, Math.min(n, index.size()));
    return scores(index.search(Queries.nearest(v, k, filter), k).scoreDocs);
  }

  /** The index query admitting exactly the passages of {@code scope}; null for the whole archive. */
  static Query filter(Scope scope) {
    return Queries.scope(scope.from(), scope.to(), scope.paper(), scope.pageNo());
  }

  private static Map<Integer, Double> scores(ScoreDoc[] docs) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    for (ScoreDoc d : docs) {
      out.put(d.doc, (double) d.score);
    }
    return out;
  }
}
