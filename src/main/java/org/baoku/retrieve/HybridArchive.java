package org.baoku.retrieve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import org.baoku.ingest.Issue;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collections;
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
import org.baoku.index.PassageIndex;
import org.baoku.index.Progress;
import org.baoku.ingest.Article;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteFinder;
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
  private record Live(PassageIndex index, HybridRetriever retriever, Map<String, List<Passage>> articles) {
    Live(PassageIndex index, HybridRetriever retriever) {
      this(index, retriever, Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Passage>> eldest) {
          return size() > CACHED_ARTICLES;
        }
      }));
    }

    List<Passage> article(Passage p) {
      return articles.computeIfAbsent(p.page() + '#' + p.article(), k -> index.article(p.page(), p.article()));
    }
  }

  /**
   * Articles kept read: a few MB at most. Reading them from the index on every answer made
   * {@code bench}'s ask/search p50 ratio 1.70–1.76 against 1.30–1.35 with all passages in memory.
   */
  private static final int CACHED_ARTICLES = 512;

  private final Path corpusDir;
  private final IndexHome home;
  private final Progress progress;
  private final HybridRetriever.Settings settings;
  private final AtomicReference<Live> live = new AtomicReference<>();
  private volatile boolean closed;

  private HybridArchive(Path corpusDir, IndexHome home, Progress progress,
      HybridRetriever.Settings settings, PassageIndex index) {
    this.corpusDir = corpusDir;
    this.home = home;
    this.progress = progress;
    this.settings = settings;
    live.set(new Live(index, new HybridRetriever(index, Embedder.shared(), settings)));
  }

  /**
   * Opens the archive, building its index first when there is none that fits the corpus or the one
   * that fits is damaged (after a line on {@code progress} that names the file).
   *
   * @throws IllegalArgumentException when {@code corpusDir} is not a directory
   * @throws IndexDamagedException when even a fresh build fails the {@link Integrity} check
   * @throws java.io.UncheckedIOException when the index directory cannot be written or read
   */
  public static HybridArchive open(Path corpusDir, Path indexDir, Progress progress) {
    return open(corpusDir, indexDir, progress, false);
  }

  /** Like {@link #open} but always builds a new index first ({@code baoku index}). */
  public static HybridArchive build(Path corpusDir, Path indexDir, Progress progress) {
    return open(corpusDir, indexDir, progress, true);
  }

  private static HybridArchive open(Path corpusDir, Path indexDir, Progress progress, boolean force) {
    Objects.requireNonNull(progress, "progress");
    String fingerprint = Fingerprint.ofCorpus(corpusDir);
    IndexHome home = new IndexHome(indexDir);
    Optional<Path> fitting = force ? Optional.empty()
        : home.live().filter(d -> home.liveManifest().map(m -> m.fits(fingerprint)).orElse(false));
    PassageIndex index = fitting.flatMap(dir -> openIntact(dir, progress))
        .orElseGet(() -> PassageIndex.open(build(corpusDir, fingerprint, home, progress)));
    home.cleanUp();
    return new HybridArchive(corpusDir, home, progress, HybridRetriever.Settings.DEFAULT, index);
  }

  /**
   * The index in {@code dir}, or empty when a file of it is damaged: the corpus is at hand, so it
   * is rebuilt as a stale one is, after a line on {@code progress} that names the file.
   */
  private static Optional<PassageIndex> openIntact(Path dir, Progress progress) {
    try {
      return Optional.of(PassageIndex.open(dir));
    } catch (IndexDamagedException e) {
      progress.note("索引已损坏（" + e.file() + "：" + e.reason() + "），正在从语料重建（即 baoku index）"
          + " / the index is damaged (" + e.file() + ": " + e.reason()
          + "): rebuilding it from the corpus, as `baoku index` does");
      return Optional.empty();
    }
  }

  private static Path build(Path corpusDir, String fingerprint, IndexHome home, Progress progress) {
    Corpus.Report report = Corpus.read(corpusDir);
    return home.build(dir -> PassageIndex.build(report, fingerprint, dir, progress));
  }

  /**
   * Builds a fresh index from the corpus while queries go on against the current one, then
   * switches to it. On failure the current index stays and the exception propagates.
   */
  public synchronized Manifest rebuild() {
    Path dir = build(corpusDir, Fingerprint.ofCorpus(corpusDir), home, progress);
    PassageIndex next = PassageIndex.open(dir);
    Live old = live.getAndSet(new Live(next, new HybridRetriever(next, Embedder.shared(), settings)));
    old.index().retire();
    return next.manifest();
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
    Manifest m = manifest();
    return new Stats(m.pages(), m.articles(), m.passages(), m.builtAt(), m.model(), m.buildMillis());
  }

  @Override
  public List<Article> articles() {
    return use(l -> l.index().articles());
  }

  @Override
  public List<Passage> passages() {
    return use(l -> l.index().passages());
  }

  @Override
  public List<Passage> issue(LocalDate date, String paper) {
    return use(l -> l.index().issue(date, paper));
  }

  @Override
  public NavigableSet<Issue> issues() {
    return use(l -> l.index().issues());
  }

  @Override
  public Optional<Passage> passage(String id) {
    return id == null ? Optional.empty() : use(l -> l.index().byId(id));
  }

  @Override
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    return use(l -> l.index().sentenceVectors(p));
  }

  @Override
  public List<QuoteMatch> quote(Quotation quotation) {
    return use(l -> new QuoteFinder(l.index()).find(quotation));
  }

  private <T> T use(Function<Live, T> f) {
    while (true) {
      if (closed) {
        throw new IllegalStateException("archive is closed");
      }
      Live l = live.get();
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
