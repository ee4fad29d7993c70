package org.baoku.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.baoku.index.Embedder;
import org.baoku.index.IndexBuild;
import org.baoku.index.IndexSchema;
import org.baoku.index.Manifest;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.HybridRetriever;
import org.baoku.retrieve.HybridSettings;
import org.baoku.retrieve.IndexArchive;

/**
 * One size of {@code baoku bench --scale}: builds an index of a {@link SyntheticArchive} of about
 * {@code target} passages, asks its needles' questions, then adds ten new pages.
 *
 * <p>With real vectors the archive goes through {@link IndexBuild#build}, the path {@code baoku
 * index} takes, and bge-small-zh embeds every passage and sentence: its rate is the embedding rate
 * on real text. Otherwise {@link StandInVectors} give every vector, the query's too, and the figures
 * are the index's own cost (analysis, postings, HNSW, stored fields, merging); the passages are
 * then made as the writer reads them, never all in memory.
 *
 * <p>The needles' questions are timed as {@link NeedleQueries} says. Adding ten
 * pages is measured as a served index pays it: their documents added to the built index with an
 * index writer and committed ({@link IndexBuild#write} with {@code append}), then the open
 * searcher reopened ({@link PassageSearcher#reopen}: the unchanged segments shared, the new one
 * checked for integrity); the new pages' needles are then searched on the reopened index.
 */
public final class ScaleBench {

  static final int ADDED_PAGES = 10;
  /** The stand-in's seed: the Solr rows ({@link SolrScaleBench}) embed with the same vectors. */
  static final long STAND_IN_SEED = 1;

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
    StandInVectors standIn = real ? null : new StandInVectors(STAND_IN_SEED);
    // Real vectors embed each text alone, as the writer's pipeline does (a padded batch moves them).
    Function<List<String>, List<float[]>> vectors = real
        ? texts -> texts.stream().map(Embedder.shared()::embed).toList() : standIn;
    Function<String, float[]> query = real ? Embedder.shared()::embed : standIn::embed;
    String model = real ? Embedder.MODEL_NAME : StandInVectors.NAME;
    System.gc();
    Bench.resetPeaks();
    ScaleFeed feed = new ScaleFeed(archive, target, needles, real ? Progress.none() : progress,
        "建索引 / indexing a synthetic archive of " + target + " passages");
    long t0 = System.nanoTime();
    if (real) {
      List<Passage> all = new ArrayList<>();
      feed.forEachRemaining(all::add);
      IndexBuild.build(all, dir, progress);
    } else {
      IndexBuild.write(feed, template(model), dir, vectors, false);
    }
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    long bytes = bytes(dir);
    long t1 = System.nanoTime();
    PassageSearcher index = PassageSearcher.open(dir);
    long openMillis = (System.nanoTime() - t1) / 1_000_000;
    List<SyntheticArchive.Needle> all = feed.needles();
    IndexArchive a = new IndexArchive(index, new HybridRetriever(index, query, HybridSettings.DEFAULT));
    NeedleQueries.Timings t;
    try {
      t = NeedleQueries.ask(a, all);
    } catch (RuntimeException | Error e) {
      a.close();
      throw e;
    }
    double peakHeapMb = Bench.peakHeapBytes() / (1024.0 * 1024);
    // Ten new pages, each with a needle, dated after the archive's last page.
    List<Passage> added = new ArrayList<>();
    List<SyntheticArchive.Needle> addedNeedles = new ArrayList<>();
    for (int i = 0; i < ADDED_PAGES; i++) {
      SyntheticArchive.SyntheticPage p = archive.page(feed.pages() + i, true);
      added.addAll(p.passages());
      addedNeedles.addAll(p.needles());
    }
    try (a) {
      long t2 = System.nanoTime();
      IndexBuild.write(added.iterator(), template(model), dir, vectors, true);
      long addMillis = (System.nanoTime() - t2) / 1_000_000;
      long t3 = System.nanoTime();
      PassageSearcher after = index.reopen()
          .orElseThrow(() -> new IllegalStateException("the added pages' commit was not seen in " + dir));
      long reopenMillis = (System.nanoTime() - t3) / 1_000_000;
      int addedFound;
      try (IndexArchive b = new IndexArchive(after, new HybridRetriever(after, query, HybridSettings.DEFAULT))) {
        addedFound = NeedleQueries.foundAt5(b, addedNeedles);
      }
      return new Row(target, model, feed.pages(), feed.articles(), feed.passages(), buildMillis, bytes, peakHeapMb,
          Runtime.getRuntime().maxMemory() / (1024 * 1024), openMillis, t.needles(), t.foundAt5(), t.answered(),
          t.timed(), t.searchP50(), t.searchP99(), t.askP50(), t.askP99(), ADDED_PAGES, added.size(), addMillis,
          reopenMillis, addedNeedles.size(), addedFound, loadBefore,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  /** What the manifest takes from the caller; {@link IndexBuild#write} counts the rest. */
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
}
