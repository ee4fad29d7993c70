package org.baoku.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.baoku.ingest.Article;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * The read side of an index: one point-in-time view of its newest complete commit, and every
 * lookup the archive makes on it (ranked search, passages by doc, id, article and issue, sentence
 * vectors, exact vector scores). Written by {@link PassageWriter}; an updated index is seen by
 * {@link #reopen()}.
 *
 * <p>This class owns the view's lifecycle and states each lookup's contract; the lookups
 * themselves are {@link PassageReader}'s (stored documents), {@link QueryRunner}'s (ranked
 * queries) and {@link VectorStore#exactScores}, which never call back.
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
  private final QueryRunner runner;
  private final PassageReader stored;
  private final int passages;
  private final NavigableSet<Issue> issues;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PassageSearcher(Path dir, Shared shared, DirectoryReader reader) throws IOException {
    this.dir = dir;
    this.shared = shared;
    this.reader = reader;
    this.manifest = Manifest.of(reader.getIndexCommit());
    this.integrity = Integrity.check(reader);
    this.runner = new QueryRunner(reader);
    this.passages = reader.numDocs() - runner.count(Queries.records());
    this.stored = new PassageReader(dir, reader, runner);
    this.issues = stored.readIssues();
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
   * its example is answerable.
   */
  public Optional<Article> firstArticle() {
    return stored.firstArticle();
  }

  /** The record of every input file, by file, in path order. */
  public Map<String, IndexSchema.SourceRecord> sources() {
    return PassageReader.sources(reader);
  }

  /**
   * Passages whose {@link IndexSchema#GRAMS} hold at least {@code minShared} of the distinct {@code
   * grams} ({@link IndexSchema#bigramsOf} terms), those sharing the most first, ties in index
   * order, at most {@code k}: the candidates of a lookup that tolerates wrong characters, which
   * the caller checks by aligning.
   */
  public List<Passage> sharingGrams(Collection<String> grams, int minShared, int k) {
    return stored.sharingGrams(grams, minShared, k);
  }

  /**
   * The kNN score, {@code (1 + cos) / 2}, of each of {@code docs} against {@code query}, exact
   * ({@link VectorStore#exactScores}). Docs without a vector, or not in the index, are left out.
   */
  public Map<Integer, Double> vectorScores(float[] query, Collection<Integer> docs) {
    return VectorStore.exactScores(reader, query, docs);
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
    return runner.search(query, n);
  }

  /** The passage with Lucene doc id {@code doc}. */
  public Passage passage(int doc) {
    return stored.passage(doc);
  }

  public Optional<Passage> byId(String id) {
    return stored.byId(id);
  }

  /** The passages of one article in reading order; reads that article's page, not the archive. */
  public List<Passage> article(String page, int article) {
    return stored.article(page, article);
  }

  /**
   * The first passage of every article printed on {@code date} (in {@code paper} when not null),
   * ordered by page number, page and article: an issue's table of contents.
   */
  public List<Passage> issue(LocalDate date, String paper) {
    return stored.issue(date, paper);
  }

  /** Every passage in index order; reads all stored fields, so meant for small indexes and tools. */
  public List<Passage> passages() {
    return stored.passages(passages);
  }

  /**
   * The stored vectors of the {@link Sentences#split sentences} of {@code p}, in sentence order;
   * empty unless this index holds a passage of that id and that very text (a passage from an
   * index since rebuilt may differ).
   */
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    return stored.sentenceVectors(p);
  }

  /**
   * Every issue the archive holds (paper and date of each dated passage), read from doc values
   * when the index opens (a searcher never changes once open).
   */
  public NavigableSet<Issue> issues() {
    return issues;
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
