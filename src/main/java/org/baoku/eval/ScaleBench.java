package org.baoku.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.baoku.answer.Answer;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.index.Embedder;
import org.baoku.index.IndexSchema;
import org.baoku.index.Manifest;
import org.baoku.index.PassageSearcher;
import org.baoku.index.PassageWriter;
import org.baoku.index.Progress;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridRetriever;
import org.baoku.retrieve.IndexArchive;
import org.baoku.retrieve.Retrieval;

/**
 * One size of {@code baoku bench --scale}: builds an index of a {@link SyntheticArchive} of about
 * {@code target} passages, asks its needles' questions, then adds ten new pages.
 *
 * <p>With real vectors the archive goes through {@link PassageWriter#build}, the path {@code baoku
 * index} takes, and bge-small-zh embeds every passage and sentence: its rate is the embedding rate
 * on real text. Otherwise {@link StandInVectors} give every vector, the query's too, and the figures
 * are the index's own cost (analysis, postings, HNSW, stored fields, merging); the passages are
 * then made as the writer reads them, never all in memory.
 *
 * <p>Latency: the first fifth of the needles' questions (at least {@value #MIN_WARM_UP}) warm up
 * search and ask three times, untimed; each other question is then timed once through {@code
 * search} (the hybrid retriever, {@value #HITS} hits) and, after all of them, once through {@code
 * ask} (the same search, then the extractive composer). Recall@5 counts all needles. Adding ten
 * pages is measured as a served index pays it: their documents added to the built index with an
 * index writer and committed ({@link PassageWriter#write} with {@code append}), then the open
 * searcher reopened ({@link PassageSearcher#reopen}: the unchanged segments shared, the new one
 * checked for integrity); the new pages' needles are then searched on the reopened index.
 */
public final class ScaleBench {

  static final int HITS = 10;
  static final int MIN_WARM_UP = 5;
  static final int WARM_UP_ROUNDS = 3;
  static final int ADDED_PAGES = 10;

  /**
   * One size's figures; times in milliseconds, {@code peakHeapMb} the sum of the heap pools' peaks
   * over build and queries (an upper bound of the heap in use at once).
   */
  public record Row(int target, String vectors, int pages, int articles, int passages, long buildMillis,
      long indexBytes, double peakHeapMb, long maxHeapMb, long openMillis, int needles, int foundAt5, int answered,
      int timed, double searchP50, double searchP99, double askP50, double askP99, int addedPages, int addedPassages,
      long addMillis, long reopenMillis, int addedNeedles, int addedFoundAt5, double loadBefore, double loadAfter) {

    public double passagesPerSecond() {
      return buildMillis == 0 ? 0 : passages * 1000.0 / buildMillis;
    }

    public double bytesPerPassage() {
      return passages == 0 ? 0 : (double) indexBytes / passages;
    }

    public double recallAt5() {
      return needles == 0 ? Double.NaN : (double) foundAt5 / needles;
    }
  }

  private ScaleBench() {}

  /**
   * Measures one size in {@code dir} (empty or absent; left holding the index).
   *
   * @param real whether bge-small-zh embeds (else {@link StandInVectors} do)
   * @param needles about how many needles to plant
   */
  public static Row run(SyntheticArchive archive, int target, boolean real, int needles, Path dir, Progress progress) {
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    StandInVectors standIn = real ? null : new StandInVectors(1);
    // Real vectors embed each text alone, as the writer's pipeline does (a padded batch moves them).
    Function<List<String>, List<float[]>> vectors = real
        ? texts -> texts.stream().map(Embedder.shared()::embed).toList() : standIn;
    Function<String, float[]> query = real ? Embedder.shared()::embed : standIn::embed;
    String model = real ? Embedder.MODEL_NAME : StandInVectors.NAME;
    System.gc();
    Bench.resetPeaks();
    Feed feed = new Feed(archive.pages(target, needles), target, real ? Progress.none() : progress);
    long t0 = System.nanoTime();
    if (real) {
      List<Passage> all = new ArrayList<>();
      feed.forEachRemaining(all::add);
      PassageWriter.build(all, dir, progress);
    } else {
      PassageWriter.write(feed, template(model), dir, vectors, false);
    }
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    long bytes = bytes(dir);
    long t1 = System.nanoTime();
    PassageSearcher index = PassageSearcher.open(dir);
    long openMillis = (System.nanoTime() - t1) / 1_000_000;
    List<SyntheticArchive.Needle> all = feed.needles;
    int warm = Math.min(all.size(), Math.max(MIN_WARM_UP, all.size() / 5));
    List<Double> search = new ArrayList<>();
    List<Double> ask = new ArrayList<>();
    int found;
    int answered = 0;
    IndexArchive a = new IndexArchive(index, new HybridRetriever(index, query, HybridRetriever.Settings.DEFAULT));
    try {
      ExtractiveComposer composer = new ExtractiveComposer(a);
      for (int round = 0; round < WARM_UP_ROUNDS; round++) {
        for (SyntheticArchive.Needle n : all.subList(0, warm)) {
          composer.compose(n.question(), a.search(n.question(), HITS));
        }
      }
      found = foundAt5(a, all.subList(0, warm));
      for (SyntheticArchive.Needle n : all.subList(warm, all.size())) {
        long s = System.nanoTime();
        Retrieval r = a.search(n.question(), HITS);
        search.add((System.nanoTime() - s) / 1e6);
        found += top5(r.hits(), n) ? 1 : 0;
      }
      for (int i = 0; i < all.size(); i++) {
        SyntheticArchive.Needle n = all.get(i);
        long s = System.nanoTime();
        Answer answer = composer.compose(n.question(), a.search(n.question(), HITS));
        if (i >= warm) {
          ask.add((System.nanoTime() - s) / 1e6);
        }
        answered += answer.grounded() && answer.text().contains(n.answer()) ? 1 : 0;
      }
    } catch (RuntimeException | Error e) {
      a.close();
      throw e;
    }
    double peakHeapMb = Bench.peakHeapBytes() / (1024.0 * 1024);
    // Ten new pages, each with a needle, dated after the archive's last page.
    List<Passage> added = new ArrayList<>();
    List<SyntheticArchive.Needle> addedNeedles = new ArrayList<>();
    for (int i = 0; i < ADDED_PAGES; i++) {
      SyntheticArchive.SyntheticPage p = archive.page(feed.pages + i, true);
      added.addAll(p.passages());
      addedNeedles.addAll(p.needles());
    }
    try (a) {
      long t2 = System.nanoTime();
      PassageWriter.write(added.iterator(), template(model), dir, vectors, true);
      long addMillis = (System.nanoTime() - t2) / 1_000_000;
      long t3 = System.nanoTime();
      PassageSearcher after = index.reopen()
          .orElseThrow(() -> new IllegalStateException("the added pages' commit was not seen in " + dir));
      long reopenMillis = (System.nanoTime() - t3) / 1_000_000;
      int addedFound;
      try (IndexArchive b = new IndexArchive(after, new HybridRetriever(after, query, HybridRetriever.Settings.DEFAULT))) {
        addedFound = foundAt5(b, addedNeedles);
      }
      return new Row(target, model, feed.pages, feed.articles, feed.passages, buildMillis, bytes, peakHeapMb,
          Runtime.getRuntime().maxMemory() / (1024 * 1024), openMillis, all.size(), found, answered,
          search.size(), Metrics.percentile(search, 50), Metrics.percentile(search, 99),
          Metrics.percentile(ask, 50), Metrics.percentile(ask, 99), ADDED_PAGES, added.size(), addMillis,
          reopenMillis, addedNeedles.size(), addedFound, loadBefore,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static int foundAt5(IndexArchive a, List<SyntheticArchive.Needle> needles) {
    int found = 0;
    for (SyntheticArchive.Needle n : needles) {
      found += top5(a.search(n.question(), HITS).hits(), n) ? 1 : 0;
    }
    return found;
  }

  private static boolean top5(List<Hit> hits, SyntheticArchive.Needle n) {
    return hits.stream().limit(5).anyMatch(h -> n.heldBy(h.passage()));
  }

  /** What the manifest takes from the caller; {@link PassageWriter#write} counts the rest. */
  private static Manifest template(String model) {
    return new Manifest(IndexSchema.SCHEMA, model, Corpus.INGEST_VERSION, "synthetic", 0, 0, 0, Instant.now(), 0,
        List.of(), true);
  }

  /** Bytes of the files under {@code dir}, as {@code du} would count them (apart from blocks). */
  static long bytes(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }

  /** The archive's passages page by page, counting pages, articles and passages and keeping the needles. */
  private static final class Feed implements Iterator<Passage> {
    private final Iterator<SyntheticArchive.SyntheticPage> pagesIn;
    private final int target;
    private final Progress progress;
    private final List<SyntheticArchive.Needle> needles = new ArrayList<>();
    private Iterator<Passage> current = List.<Passage>of().iterator();
    private int pages;
    private int articles;
    private int passages;
    private boolean ended;

    Feed(Iterator<SyntheticArchive.SyntheticPage> pages, int target, Progress progress) {
      this.pagesIn = pages;
      this.target = target;
      this.progress = progress;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && pagesIn.hasNext()) {
        SyntheticArchive.SyntheticPage p = pagesIn.next();
        pages++;
        articles += p.articles().size();
        needles.addAll(p.needles());
        current = p.passages().iterator();
      }
      if (!current.hasNext() && !ended) {
        ended = true;
        progress.update(phase(), target, target);
      }
      return current.hasNext();
    }

    private String phase() {
      return "建索引 / indexing a synthetic archive of " + target + " passages";
    }

    @Override
    public Passage next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      passages++;
      if (passages % 1000 == 0) {
        progress.update(phase(), Math.min(passages, target - 1), target);
      }
      return current.next();
    }
  }
}
