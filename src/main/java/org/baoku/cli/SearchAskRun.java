package org.baoku.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.eval.Baselines;
import org.baoku.eval.Bench;
import org.baoku.eval.Contender;
import org.baoku.index.Embedder;
import org.baoku.index.Progress;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.HybridArchive;

/**
 * {@code baoku bench} without a mode flag: the corpus indexed into a temporary directory, then the
 * questions replayed through {@code search} and {@code ask} (and the baselines' search, the
 * collection's rows) in interleaved timed slices on {@link Bench}, reported as a table or one JSON
 * object. Its own class because this is the bench's largest mode and shares no state with the
 * others: {@link BenchCommand} reads the question set and hands over the options this mode reads.
 */
final class SearchAskRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Hits per search, as the chat handler asks. */
  private static final int HITS = 10;

  /**
   * Each run's time is cut into this many slices, taken in turn with the other runs' slices: on a
   * machine shared with other work, a burst of load then touches every run alike.
   */
  private static final int SLICES = 5;

  /** One timed configuration: a system's operation on a number of threads. */
  private record Config(String system, String name, int threads, Consumer<String> op) {}

  private final ArchiveOptions archive;
  private final int threads;
  private final double seconds;
  private final boolean json;
  private final boolean baselines;

  /** The command's options this mode reads, already checked ({@code threads} and {@code seconds} positive). */
  SearchAskRun(ArchiveOptions archive, int threads, double seconds, boolean json, boolean baselines) {
    this.archive = archive;
    this.threads = threads;
    this.seconds = seconds;
    this.json = json;
    this.baselines = baselines;
  }

  int run(Path file, List<String> questions, Path tmp) throws JsonProcessingException {
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Embedder embedder = Embedder.shared();
    Bench.resetPeaks();
    long[] gc0 = Bench.gcCountAndMillis();
    HybridArchive a;
    try {
      a = HybridArchive.build(archive.corpus, tmp, Progress.to(System.err));
    } catch (IllegalArgumentException e) {
      throw new UserException("找不到语料目录 / corpus directory not found: " + archive.corpus
          + " (use --corpus DIR or BAOKU_CORPUS)");
    }
    // With --solr the collection's rows come beside the local index's, which stays the ratio row.
    try (a; Archive solr = archive.solr.target().isPresent() ? archive.archive(System.err) : null) {
      Archive.Stats stats = a.stats();
      ExtractiveComposer composer = new ExtractiveComposer(a);
      List<Contender> systems = new ArrayList<>();
      systems.add(new Contender("baoku", a));
      if (solr != null) {
        systems.add(new Contender("baoku-solr", solr));
      }
      if (baselines) {
        systems.addAll(Baselines.all(a.passages(), Baselines.wholePages(archive.corpus), a.retriever(), Progress.to(System.err)));
      }
      List<Config> configs = new ArrayList<>();
      int[] threadCounts = threads == 1 ? new int[] {1} : new int[] {1, threads};
      for (Contender c : systems) {
        Consumer<String> search = q -> c.retriever().retrieve(q, HITS);
        Bench.warmUp(questions, search);
        for (int n : threadCounts) {
          configs.add(new Config(c.name(), "search", n, search));
        }
      }
      Consumer<String> ask = q -> composer.compose(q, a.search(q, HITS));
      Bench.warmUp(questions, ask);
      for (int n : threadCounts) {
        configs.add(new Config("baoku", "ask", n, ask));
      }
      if (solr != null) {
        ExtractiveComposer solrComposer = new ExtractiveComposer(solr);
        Consumer<String> askSolr = q -> solrComposer.compose(q, solr.search(q, HITS));
        Bench.warmUp(questions, askSolr);
        for (int n : threadCounts) {
          configs.add(new Config("baoku-solr", "ask", n, askSolr));
        }
      }
      Duration slice = Duration.ofMillis((long) (seconds * 1000 / SLICES));
      List<List<Bench.Sample>> samples = new ArrayList<>();
      configs.forEach(c -> samples.add(new ArrayList<>()));
      for (int round = 0; round < SLICES; round++) {
        for (int i = 0; i < configs.size(); i++) {
          Config c = configs.get(i);
          samples.get(i).add(Bench.sample(questions, c.op(), c.threads(), slice));
        }
      }
      List<Bench.Run> runs = new ArrayList<>();
      for (int i = 0; i < configs.size(); i++) {
        Config c = configs.get(i);
        runs.add(Bench.run(c.system(), c.name(), c.threads(), samples.get(i)));
      }
      double embedP50 = Bench.p50(questions, embedder::embed);
      long[] gc1 = Bench.gcCountAndMillis();
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("set", file.getFileName().toString());
      report.put("questions", questions.size());
      report.put("cores", Runtime.getRuntime().availableProcessors());
      report.put("seconds_per_run", seconds);
      // Other processes' load makes every figure pessimistic; the reader should see how much.
      report.put("load_average_before", loadBefore);
      report.put("load_average_after", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      report.put("passages", stats.passages());
      report.put("index_build_ms", stats.buildMillis());
      report.put("passages_per_s", stats.buildMillis() == 0 ? null : stats.passages() * 1000.0 / stats.buildMillis());
      double searchP50 = runs.get(0).p50Millis();
      report.put("query_embedding_p50_ms", embedP50);
      report.put("query_embedding_share_of_search_p50", embedP50 / searchP50);
      report.put("peak_heap_mb", Bench.peakHeapBytes() / (1024.0 * 1024));
      report.put("gc_count", gc1[0] - gc0[0]);
      report.put("gc_ms", gc1[1] - gc0[1]);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Bench.Run r : runs) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("system", r.system());
        row.put("op", r.op());
        row.put("threads", r.threads());
        row.put("count", r.count());
        row.put("p50_ms", r.p50Millis());
        row.put("p95_ms", r.p95Millis());
        row.put("p99_ms", r.p99Millis());
        row.put("per_second", r.perSecond());
        row.put("p50_vs_baoku_search", r.p50Millis() / ours(runs, r.threads()).p50Millis());
        rows.add(row);
      }
      report.put("runs", rows);
      if (json) {
        System.out.println(JSON.writeValueAsString(report));
      } else {
        print(report, runs, embedP50, searchP50);
      }
    }
    return 0;
  }

  private static Bench.Run ours(List<Bench.Run> runs, int threads) {
    return runs.stream().filter(r -> r.system().equals("baoku") && r.op().equals("search")
        && r.threads() == threads).findFirst().orElseThrow();
  }

  private void print(Map<String, Object> report, List<Bench.Run> runs, double embedP50, double searchP50) {
    System.out.printf(Locale.ROOT, "bench — %s, %d questions, %s s per run, %d cores, load average %.1f → %.1f%n",
        report.get("set"), report.get("questions"), fmt(seconds), report.get("cores"),
        (Double) report.get("load_average_before"), (Double) report.get("load_average_after"));
    System.out.printf(Locale.ROOT, "index build: %d passages in %.1f s (%.1f passages/s)%n",
        report.get("passages"), ((Number) report.get("index_build_ms")).longValue() / 1000.0,
        report.get("passages_per_s") == null ? 0.0 : (Double) report.get("passages_per_s"));
    double share = embedP50 / searchP50;
    System.out.printf(Locale.ROOT, "query embedding: p50 %.1f ms = %.0f%% of a search's p50 (%.1f ms)%s%n",
        embedP50, 100 * share, searchP50,
        share >= 0.5 ? " — the query embedding dominates search time" : "");
    System.out.printf(Locale.ROOT, "%-22s %-6s %7s %7s %8s %8s %8s %8s %9s%n",
        "system", "op", "threads", "calls", "p50 ms", "p95 ms", "p99 ms", "per s", "p50/ours");
    for (Bench.Run r : runs) {
      System.out.printf(Locale.ROOT, "%-22s %-6s %7d %7d %8.1f %8.1f %8.1f %8.1f %9.2f%n",
          r.system(), r.op(), r.threads(), r.count(), r.p50Millis(), r.p95Millis(), r.p99Millis(),
          r.perSecond(), r.p50Millis() / ours(runs, r.threads()).p50Millis());
    }
    System.out.printf(Locale.ROOT, "peak heap %.0f MB (sum of heap pool peaks); GC %d collections, %d ms%n",
        (Double) report.get("peak_heap_mb"), report.get("gc_count"), report.get("gc_ms"));
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
