package org.baoku.retrieve;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.baoku.index.Embedder;
import org.baoku.index.Fingerprint;
import org.baoku.index.IndexDamagedException;
import org.baoku.index.IndexHome;
import org.baoku.index.Integrity;
import org.baoku.index.Manifest;
import org.baoku.index.PassageSearcher;
import org.baoku.index.PassageWriter;
import org.baoku.index.Progress;
import org.baoku.index.UpdateReport;
import org.baoku.ingest.Article;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteMatch;

/**
 * The {@link Archive} over a corpus directory and its on-disk index: opening builds the index when
 * it is missing, was built from other files, another model or another schema, or fails the
 * {@link Integrity} check.
 *
 * <p>Thread-safe. Queries take a reference on the index they run on, so {@link #rebuild()} can
 * build a new index aside, switch to it, and retire the old one once its last query is done.
 */
public final class HybridArchive implements Archive {

  /**
   * The index being served, its retriever, and the articles it read lately: an answer reads the
   * articles of its hits (each a term lookup of its page plus stored fields), and readers ask about
   * the same few reports; a bounded cache of them goes with the index it was read from.
   */
  private final Path corpusDir;
  private final IndexHome home;
  private final Progress progress;
  private final HybridSettings settings;
  private final AtomicReference<IndexArchive> live = new AtomicReference<>();
  private volatile UpdateReport lastUpdate;
  /**
   * How often a long update commits a checkpoint: a crash then costs at most this much work again,
   * and each checkpoint costs one fsync of the new segments.
   */
  public static final Duration DEFAULT_CHECKPOINT = Duration.ofSeconds(30);
  private volatile boolean closed;

  private HybridArchive(Path corpusDir, IndexHome home, Progress progress,
      HybridSettings settings, PassageSearcher index, UpdateReport update) {
    this.corpusDir = corpusDir;
    this.home = home;
    this.progress = progress;
    this.settings = settings;
    this.lastUpdate = update;
    live.set(new IndexArchive(index, new HybridRetriever(index, Embedder.shared(), settings)));
  }

  /**
   * Opens the archive, first bringing its index in line with the corpus when there is none, it
   * was made from other files, another model, schema or ingest rules, or the one there is damaged
   * (after a line on {@code progress} that names the file, and then rebuilt whole).
   *
   * @throws IllegalArgumentException when {@code corpusDir} is not a directory
   * @throws IndexDamagedException when even a fresh build fails the {@link Integrity} check
   * @throws java.io.UncheckedIOException when the index directory cannot be written or read
   */
  public static HybridArchive open(Path corpusDir, Path indexDir, Progress progress) {
    return open(corpusDir, indexDir, progress, Mode.OPEN, DEFAULT_CHECKPOINT);
  }

  /**
   * Like {@link #open} but always runs an update first ({@code baoku index}), reading only the
   * files that are new or changed; with {@code full}, every file again.
   *
   * @param checkpoint how often a long update commits what it has done, so a crash loses little
   */
  public static HybridArchive update(Path corpusDir, Path indexDir, Progress progress, boolean full,
      Duration checkpoint) {
    return open(corpusDir, indexDir, progress, full ? Mode.FULL : Mode.UPDATE, checkpoint);
  }

  /** Like {@link #open} but always rebuilds the whole index first. */
  public static HybridArchive build(Path corpusDir, Path indexDir, Progress progress) {
    return open(corpusDir, indexDir, progress, Mode.FULL, DEFAULT_CHECKPOINT);
  }

  private enum Mode { OPEN, UPDATE, FULL }

  private static HybridArchive open(Path corpusDir, Path indexDir, Progress progress, Mode mode,
      Duration checkpoint) {
    Objects.requireNonNull(progress, "progress");
    IndexHome home = new IndexHome(indexDir);
    PassageSearcher index = mode == Mode.FULL ? null : home.live().flatMap(dir -> openIntact(dir, progress)).orElse(null);
    boolean damaged = mode != Mode.FULL && index == null && home.live().isPresent();
    UpdateReport update = null;
    if (index == null || mode != Mode.OPEN || !index.manifest().fits(Fingerprint.ofCorpus(corpusDir))) {
      update = home.update(corpusDir, progress, mode == Mode.FULL || damaged, checkpoint);
      if (mode == Mode.OPEN && update.added() + update.changed() > 0) {
        // A command that updated the index on its way to answering says what it could not read,
        // as baoku index does, so a bad file is never skipped in silence.
        update.manifest().problems().forEach(p -> progress.note("问题 / problem: " + p));
      }
      PassageSearcher next = next(home, index);
      if (index != null && next != index) {
        home.retire(index);
      }
      index = next;
    }
    home.cleanUp();
    return new HybridArchive(corpusDir, home, progress, HybridSettings.DEFAULT, index, update);
  }

  /**
   * The searcher of the live index after an update: {@code current} reopened when the update was
   * made in place (sharing its unchanged segments), a fresh one when a rebuild replaced it.
   * The caller retires {@code current} when it is replaced.
   */
  private static PassageSearcher next(IndexHome home, PassageSearcher current) {
    if (current == null) {
      return home.open();
    }
    if (!home.live().map(current.dir()::equals).orElse(false)) {
      return home.open();
    }
    return current.reopen().orElse(current);
  }

  /**
   * The index in {@code dir}, or empty when a file of it is damaged: the corpus is at hand, so it
   * is rebuilt as a stale one is, after a line on {@code progress} that names the file.
   */
  private static Optional<PassageSearcher> openIntact(Path dir, Progress progress) {
    try {
      return Optional.of(PassageSearcher.open(dir));
    } catch (IndexDamagedException e) {
      progress.note("索引已损坏（" + e.file() + "：" + e.reason() + "），正在从语料重建（即 baoku index）"
          + " / the index is damaged (" + e.file() + ": " + e.reason()
          + "): rebuilding it from the corpus, as `baoku index` does");
      return Optional.empty();
    }
  }

  /**
   * Updates the index from the corpus while queries go on against the current one (new, changed
   * and removed files only), then switches to it. On failure the current index stays and the
   * exception propagates. The bot's {@code /reindex} and {@code baoku index --watch} come here.
   */
  public synchronized Manifest rebuild() {
    return update().manifest();
  }

  /** Like {@link #rebuild()}, with what the update did. */
  public synchronized UpdateReport update() {
    UpdateReport report = home.update(corpusDir, progress, false, DEFAULT_CHECKPOINT);
    IndexArchive old = live.get();
    PassageSearcher next = next(home, old.index());
    if (next != old.index()) {
      live.set(new IndexArchive(next, new HybridRetriever(next, Embedder.shared(), settings)));
      home.retire(old.index());
    }
    lastUpdate = report;
    return report;
  }

  /** What the last update made by this archive did; empty when it opened a fitting index as it was. */
  public Optional<UpdateReport> lastUpdate() {
    return Optional.ofNullable(lastUpdate);
  }

  /** What built the index now being served. */
  public Manifest manifest() {
    return use(l -> l.index().manifest());
  }

  /** What the check on opening the index now being served verified, and how long it took. */
  public Integrity integrity() {
    return use(l -> l.index().integrity());
  }

  /**
   * The retriever of the index now being served, for baselines ({@link HybridRetriever#bm25},
   * {@link HybridRetriever#dense}). Unlike {@link #retrieve}, it stops working once {@link
   * #rebuild()} has replaced its index.
   */
  public HybridRetriever retriever() {
    return live.get().retriever();
  }

  @Override
  public List<Hit> retrieve(String query, int k) {
    return use(l -> l.retriever().retrieve(query, k));
  }

  @Override
  public List<Passage> article(Passage p) {
    return use(l -> l.article(p));
  }

  @Override
  public Retrieval search(String query, int k) {
    return use(l -> l.retriever().search(query, k));
  }

  @Override
  public Retrieval search(String query, Scope scope, int k) {
    return use(l -> l.retriever().search(query, scope, k));
  }

  @Override
  public Stats stats() {
    return use(IndexArchive::stats);
  }

  @Override
  public Optional<Article> firstArticle() {
    return use(l -> l.firstArticle());
  }

  @Override
  public List<Passage> passages() {
    return use(l -> l.passages());
  }

  @Override
  public List<Passage> issue(LocalDate date, String paper) {
    return use(l -> l.issue(date, paper));
  }

  @Override
  public NavigableSet<Issue> issues() {
    return use(l -> l.issues());
  }

  @Override
  public Optional<Passage> passage(String id) {
    return use(l -> l.passage(id));
  }

  @Override
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    return use(l -> l.sentenceVectors(p));
  }

  @Override
  public List<QuoteMatch> quote(Quotation quotation) {
    return use(l -> l.quote(quotation));
  }

  private <T> T use(Function<IndexArchive, T> f) {
    while (true) {
      if (closed) {
        throw new IllegalStateException("archive is closed");
      }
      IndexArchive l = live.get();
      if (l.index().tryAcquire()) {
        try {
          return f.apply(l);
        } finally {
          l.index().release();
        }
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    live.get().index().close();
  }
}
