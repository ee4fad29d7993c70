package org.baoku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * Runs queries on one open reader of a {@link PassageSearcher}, sized so that no call asks Lucene
 * for a queue larger than its matches: kept apart from the lookups built on it ({@link
 * PassageReader}), which call it and never the searcher that owns both. Thread-safe.
 */
final class QueryRunner {

  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  QueryRunner(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** The number of matches of {@code query}. */
  int count(Query query) throws IOException {
    return searcher.count(query);
  }

  /** Top {@code n} (at most the index size). */
  TopDocs search(Query query, int n) {
    try {
      return searcher.search(query, Math.max(1, Math.min(n, reader.maxDoc())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every match of {@code query}, best first. Counted first: a search for the top {@code maxDoc()}
   * fills a queue of that many entries, a million at a million passages on every call, where a
   * page or an issue matches a few hundred passages (an answer reads a page for each article it
   * cites).
   */
  TopDocs every(Query query) {
    try {
      return searcher.search(query, Math.max(1, searcher.count(query)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
