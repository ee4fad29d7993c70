package org.baoku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * Reads back what an open index holds, as our own values: passages by doc, id, article, issue and
 * shared grams, the source records, sentence vectors, and the issues in its doc values. Each
 * lookup reads the few documents it needs (a term lookup, then their stored fields), never the
 * archive, except {@link #passages} for small indexes and tools. The lookups of {@link
 * PassageSearcher}, which states their contracts; they run their queries on its {@link
 * QueryRunner}. Thread-safe.
 */
final class PassageReader {

  private final Path dir;
  private final DirectoryReader reader;
  private final QueryRunner runner;

  PassageReader(Path dir, DirectoryReader reader, QueryRunner runner) {
    this.dir = dir;
    this.reader = reader;
    this.runner = runner;
  }

  /** Reads records until one has a news article with a headline, not the whole archive. */
  Optional<Article> firstArticle() {
    try {
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : runner.every(Queries.records()).scoreDocs) {
        Optional<Article> found = IndexSchema.articles(stored.document(sd.doc, IndexSchema.articleFields()))
            .stream().filter(a -> a.kind() == ArticleKind.ARTICLE && !a.headline().isBlank()).findFirst();
        if (found.isPresent()) {
          return found;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read articles of index " + dir, e);
    }
    return Optional.empty();
  }

  /**
   * The record of every input file in {@code reader}, by file, in path order: for a searcher and
   * for a writer's uncommitted view alike.
   */
  static Map<String, IndexSchema.SourceRecord> sources(DirectoryReader reader) {
    Map<String, IndexSchema.SourceRecord> out = new TreeMap<>();
    try {
      IndexSearcher s = new IndexSearcher(reader);
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : s.search(Queries.records(), Math.max(1, reader.maxDoc())).scoreDocs) {
        IndexSchema.SourceRecord r = IndexSchema.record(stored.document(sd.doc, IndexSchema.RECORD_FIELDS));
        out.put(r.file(), r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Each gram counts once, whatever its frequency: a misread character breaks two grams wherever
   * it falls.
   */
  List<Passage> sharingGrams(Collection<String> grams, int minShared, int k) {
    Query q = Queries.sharingGrams(grams, minShared);
    if (q == null || k <= 0) {
      return List.of();
    }
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : runner.search(q, k).scoreDocs) {
      out.add(passage(sd.doc));
    }
    return out;
  }

  /** The passage with Lucene doc id {@code doc}. */
  Passage passage(int doc) {
    try {
      return IndexSchema.passage(reader.storedFields().document(doc, IndexSchema.PASSAGE_FIELDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Passage> byId(String id) {
    TopDocs top = runner.search(Queries.passageId(id), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(passage(top.scoreDocs[0].doc));
  }

  /** A term lookup of its page, so an answer reads the few articles it cites, never the archive. */
  List<Passage> article(String page, int article) {
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : runner.every(Queries.page(page)).scoreDocs) {
      Passage p = passage(sd.doc);
      if (p.article() == article) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt(Passage::start));
    return out;
  }

  /** A day of a daily paper is a few hundred passages, so they are read whole. */
  List<Passage> issue(LocalDate date, String paper) {
    Map<String, Passage> first = new LinkedHashMap<>();
    for (ScoreDoc sd : runner.every(Queries.issue(date, paper)).scoreDocs) {
      Passage p = passage(sd.doc);
      first.merge(p.articleKey(), p, (a, b) -> a.start() <= b.start() ? a : b);
    }
    List<Passage> out = new ArrayList<>(first.values());
    out.sort(Comparator.comparing((Passage p) -> p.imprint().pageNo(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Passage::page).thenComparingInt(Passage::article));
    return out;
  }

  /** Every passage in index order, {@code passages} of them; reads all stored fields. */
  List<Passage> passages(int passages) {
    try {
      StoredFields stored = reader.storedFields();
      List<Passage> out = new ArrayList<>(passages);
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(leaf.docBase + doc, IndexSchema.PASSAGE_FIELDS);
          if (d.get(IndexSchema.ID) != null) {
            out.add(IndexSchema.passage(d));
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The stored vectors of the {@link Sentences#split sentences} of {@code p}; empty unless the
   * stored text is {@code p}'s very text (a passage from an index since rebuilt may differ).
   */
  Optional<List<float[]>> sentenceVectors(Passage p) {
    TopDocs top = runner.search(Queries.passageId(p.id()), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    try {
      Document d = reader.storedFields().document(top.scoreDocs[0].doc,
          Set.of(IndexSchema.TEXT, VectorStore.SENTENCES));
      BytesRef bytes = d.getBinaryValue(VectorStore.SENTENCES);
      if (bytes == null || !p.text().equals(d.get(IndexSchema.TEXT))) {
        return Optional.empty();
      }
      return Optional.of(VectorStore.unpack(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every issue the archive holds (paper and date of each dated passage), read from doc values:
   * once, when the index opens, since a searcher never changes once open.
   */
  NavigableSet<Issue> readIssues() {
    NavigableSet<Issue> out = new TreeSet<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues dates = leaf.reader().getNumericDocValues(IndexSchema.DATE);
        if (dates == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        SortedDocValues papers = leaf.reader().getSortedDocValues(IndexSchema.PAPER);
        for (int doc = dates.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = dates.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String paper = papers != null && papers.advanceExact(doc)
              ? papers.lookupOrd(papers.ordValue()).utf8ToString() : null;
          out.add(new Issue(paper, LocalDate.ofEpochDay(dates.longValue())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dates of index " + dir, e);
    }
    return Collections.unmodifiableNavigableSet(out);
  }
}
