package org.baoku.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.baoku.ingest.Passage;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retriever;

/**
 * Baseline: Lucene BM25 with {@link StandardAnalyzer}, the analyzer {@code
 * langchain4j-community-lucene}'s retriever hard-codes (Chinese becomes single characters), over
 * the same passages as ours, in memory.
 *
 * <p>The query is built from the analysed terms, not with the classic query parser that retriever
 * uses (which reads an ASCII {@code ?} as a wildcard and then finds nothing): this row is the
 * better case of that retriever, so the comparison does not flatter us.
 */
final class StandardBm25Baseline implements Retriever {

  static final String NAME = "bm25-standard";

  /** Lucene's default limit is 1,024 clauses; a question has far fewer distinct characters. */
  private static final int MAX_TERMS = 1_000;
  private static final String TEXT = "text";

  private final Analyzer analyzer = new StandardAnalyzer();
  private final List<Passage> passages;
  private final IndexSearcher searcher;

  StandardBm25Baseline(List<Passage> passages) {
    this.passages = List.copyOf(passages);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Passage p : this.passages) {
        Document d = new Document();
        d.add(new TextField(TEXT, p.text(), Field.Store.NO));
        w.addDocument(d);
      }
      // One segment, added in order: doc id = position in passages.
      w.forceMerge(1);
      w.commit();
      searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
  }

  @Override
  public List<Hit> retrieve(String query, int k) {
    if (query == null || query.isBlank() || k <= 0) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    Set<String> terms = terms(query);
    terms.stream().limit(MAX_TERMS)
        .forEach(t -> q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
    if (terms.isEmpty()) {
      return List.of();
    }
    try {
      ScoreDoc[] docs = searcher.search(q.build(), k).scoreDocs;
      List<Hit> hits = new ArrayList<>(docs.length);
      for (ScoreDoc d : docs) {
        hits.add(new Hit(passages.get(d.doc), d.score, hits.size() + 1));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> terms(String text) {
    return new LinkedHashSet<>(ChineseText.terms(analyzer, TEXT, text));
  }
}
