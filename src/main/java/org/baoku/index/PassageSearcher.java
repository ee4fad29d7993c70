package org.baoku.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * The read side of an index: one point-in-time view of its newest complete commit, and every
 * lookup the archive makes on it (ranked search, passages by doc, id, article and issue, sentence
 * vectors, exact vector scores). Written by {@link PassageWriter}; an updated index is seen by
 * {@link #reopen()}.
 *
 * <p>Reference counted so a replacement can be swapped in while queries still run on this one:
 * see {@link #tryAcquire()}. Thread-safe.
 */
public final class PassageSearcher implements Closeable {

  /** One Lucene directory shared by the searchers reopened from each other; closed with the last. */
  private record Shared(Directory directory, AtomicInteger users) {}

  private final Path dir;
  private final Manifest manifest;
  private final Integrity integrity;
  private final Shared shared;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int passages;
  private final NavigableSet<Issue> issues;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PassageSearcher(Path dir, Shared shared, DirectoryReader reader) throws IOException {
    this.dir = dir;
    this.shared = shared;
    this.reader = reader;
    this.manifest = Manifest.of(reader.getIndexCommit());
    this.integrity = Integrity.check(reader);
    this.searcher = new IndexSearcher(reader);
    this.passages = reader.numDocs() - searcher.count(Queries.records());
    this.issues = readIssues();
    shared.users().incrementAndGet();
    IndexHome.inUse(dir, true);
    reader.getReaderCacheHelper().addClosedListener(key -> released());
  }

  /** Whether {@code dir} holds a complete index. */
  public static boolean isComplete(Path dir) {
    Manifest m = Manifest.read(dir);
    return m != null;
  }

  /**
   * Opens the newest complete commit of the index in {@code dir} once every byte of its Lucene
   * files passes the {@link Integrity} check.
   *
   * @throws IllegalStateException when {@code dir} holds no complete index
   * @throws IndexDamagedException when a file is damaged, cut short or missing
   * @throws UncheckedIOException when the files cannot be read for another reason
   */
  public static PassageSearcher open(Path dir) {
    Path lucene = dir.resolve(Manifest.LUCENE_DIR);
    for (int attempt = 1; ; attempt++) {
      Directory d = null;
      DirectoryReader r = null;
      try {
        d = FSDirectory.open(lucene);
        Optional<IndexCommit> commit = Commits.newestComplete(d);
        if (commit.isEmpty()) {
          d.close();
          throw new IllegalStateException("no complete index in " + dir);
        }
        r = DirectoryReader.open(commit.get());
        return new PassageSearcher(dir, new Shared(d, new AtomicInteger()), r);
      } catch (IOException e) {
        IOUtils.closeWhileHandlingException(r, d);
        // An update in another process may have replaced the commit between listing and opening.
        if (e instanceof FileSystemException && attempt < 3) {
          continue;
        }
        throw IndexDamagedException.isDamage(e) ? IndexDamagedException.of(e, lucene)
            : new UncheckedIOException("cannot open index in " + dir, e);
      }
    }
  }

  /**
   * A searcher of the newest complete commit when it is newer than this one's, sharing the
   * segments both hold ({@link DirectoryReader#openIfChanged}); empty when nothing changed.
   */
  public Optional<PassageSearcher> reopen() {
    try {
      Optional<IndexCommit> commit = Commits.newestComplete(shared.directory());
      if (commit.isEmpty()) {
        return Optional.empty();
      }
      DirectoryReader next = DirectoryReader.openIfChanged(reader, commit.get());
      return next == null ? Optional.empty() : Optional.of(new PassageSearcher(dir, shared, next));
    } catch (IOException e) {
      throw IndexDamagedException.isDamage(e) ? IndexDamagedException.of(e, dir.resolve(Manifest.LUCENE_DIR))
          : new UncheckedIOException("cannot reopen index in " + dir, e);
    }
  }

  public Manifest manifest() {
    return manifest;
  }

  /** What the check on open verified, and how long it took. */
  public Integrity integrity() {
    return integrity;
  }

  /** The directory this index lives in. */
  public Path dir() {
    return dir;
  }

  /** The number of passages. */
  public int size() {
    return passages;
  }

  /**
   * The first news article with a headline, in index order: what the bot's greeting asks about, so
   * its example is answerable. Reads records until one has such an article, not the whole archive.
   */
  public Optional<Article> firstArticle() {
    try {
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : every(Queries.records()).scoreDocs) {
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

  /** The record of every input file, by file, in path order. */
  public Map<String, IndexSchema.SourceRecord> sources() {
    return sources(reader);
  }

  static Map<String, IndexSchema.SourceRecord> sources(DirectoryReader reader) {
    Map<String, IndexSchema.SourceRecord> out = new java.util.TreeMap<>();
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
   * Passages whose {@link IndexSchema#GRAMS} hold at least {@code minShared} of the distinct {@code
   * grams} ({@link IndexSchema#bigramsOf} terms), those sharing the most first, ties in index
   * order, at most {@code k}: the candidates of a lookup that tolerates wrong characters, which
   * the caller checks by aligning. Each gram counts once, whatever its frequency: a misread
   * character breaks two grams wherever it falls.
   */
  public List<Passage> sharingGrams(Collection<String> grams, int minShared, int k) {
    Query q = Queries.sharingGrams(grams, minShared);
    if (q == null || k <= 0) {
      return List.of();
    }
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : search(q, k).scoreDocs) {
      out.add(passage(sd.doc));
    }
    return out;
  }

  /**
   * The kNN score, {@code (1 + cos) / 2} as {@link VectorStore#VECTOR}'s similarity gives it, of
   * each of {@code docs} against {@code query}: exact, where an approximate search only scores the
   * neighbours it visits (and quantizes the query to bytes too; here it stays float). Docs without
   * a vector, or not in the index, are left out.
   */
  public Map<Integer, Double> vectorScores(float[] query, Collection<Integer> docs) {
    int[] sorted = docs.stream().mapToInt(Integer::intValue)
        .filter(d -> d >= 0 && d < reader.maxDoc()).sorted().distinct().toArray();
    Map<Integer, Double> out = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    try {
      ByteVectorValues values = null;
      int leaf = -1;
      for (int doc : sorted) {
        int l = ReaderUtil.subIndex(doc, leaves);
        if (l != leaf) {
          leaf = l;
          values = VectorStore.values(leaves.get(l).reader());
        }
        if (values == null) {
          continue;
        }
        int local = doc - leaves.get(l).docBase;
        // Docs ascend within a leaf, so one forward pass of the iterator serves them all.
        int at = values.docID() < local ? values.advance(local) : values.docID();
        if (at == local) {
          out.put(doc, VectorStore.score(query, values.vectorValue()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * {@link Queries#anyOf} over this index, leaving out terms found in more than {@code maxShare}
   * of the passages.
   */
  public Query anyOf(Map<Term, Float> terms, double maxShare) {
    return Queries.anyOf(reader, terms, (long) Math.floor(maxShare * passages));
  }

  /** Top {@code n} (at most the index size). */
  public TopDocs search(Query query, int n) {
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
  public TopDocs every(Query query) {
    try {
      return searcher.search(query, Math.max(1, searcher.count(query)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The passage with Lucene doc id {@code doc}. */
  public Passage passage(int doc) {
    try {
      return IndexSchema.passage(reader.storedFields().document(doc, IndexSchema.PASSAGE_FIELDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Passage> byId(String id) {
    TopDocs top = search(Queries.passageId(id), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(passage(top.scoreDocs[0].doc));
  }

  /**
   * The passages of one article in reading order: a term lookup of its page, so an answer reads
   * the few articles it cites, never the archive.
   */
  public List<Passage> article(String page, int article) {
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : every(Queries.page(page)).scoreDocs) {
      Passage p = passage(sd.doc);
      if (p.article() == article) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt(Passage::start));
    return out;
  }

  /**
   * The first passage of every article printed on {@code date} (in {@code paper} when not null),
   * ordered by page number, page and article: an issue's table of contents. A day of a daily paper
   * is a few hundred passages, so they are read whole.
   */
  public List<Passage> issue(LocalDate date, String paper) {
    Map<String, Passage> first = new LinkedHashMap<>();
    for (ScoreDoc sd : every(Queries.issue(date, paper)).scoreDocs) {
      Passage p = passage(sd.doc);
      first.merge(p.articleKey(), p, (a, b) -> a.start() <= b.start() ? a : b);
    }
    List<Passage> out = new ArrayList<>(first.values());
    out.sort(Comparator.comparing((Passage p) -> p.imprint().pageNo(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Passage::page).thenComparingInt(Passage::article));
    return out;
  }

  /** Every passage in index order; reads all stored fields, so meant for small indexes and tools. */
  public List<Passage> passages() {
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
   * The stored vectors of the {@link Sentences#split sentences} of {@code p}, in sentence order;
   * empty unless this index holds a passage of that id and that very text (a passage from an
   * index since rebuilt may differ).
   */
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    TopDocs top = search(Queries.passageId(p.id()), 1);
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
   * Every issue the archive holds (paper and date of each dated passage), read from doc values
   * when the index opens (a searcher never changes once open).
   */
  public NavigableSet<Issue> issues() {
    return issues;
  }

  private NavigableSet<Issue> readIssues() {
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

  /**
   * Takes a reference for one query; false when the searcher is already closed (then take the
   * current one again). Pair with {@link #release()}.
   */
  public boolean tryAcquire() {
    return reader.tryIncRef();
  }

  public void release() {
    try {
      reader.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes once the last running query has released it. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      release();
    }
  }

  private void released() {
    if (shared.users().decrementAndGet() == 0) {
      try {
        shared.directory().close();
      } catch (IOException e) {
        // Nothing was written through this directory; a failed close loses nothing.
      }
    }
    IndexHome.released(dir);
  }
}
