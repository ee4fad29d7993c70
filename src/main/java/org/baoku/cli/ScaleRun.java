package org.baoku.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.index.IndexHome;
import org.baoku.eval.ScaleBench;
import org.baoku.eval.ScalePlot;
import org.baoku.eval.SolrScaleBench;
import org.baoku.eval.StandInVectors;
import org.baoku.eval.SyntheticArchive;
import org.baoku.index.Progress;
import org.baoku.solr.ScratchCollection;
import org.baoku.solr.SolrTarget;

/**
 * {@code baoku bench --scale}: one {@link ScaleBench} row per size, each printed as it is done (a
 * million passages take the better part of an hour), then the table, and the plot when asked.
 * Every index is built in a temporary directory and deleted once measured. With a SolrCloud
 * collection, each stand-in size is then written into it and measured there too ({@link
 * SolrScaleBench}), its row ({@code baoku-solr}) printed beside the local one; the collection is
 * checked before anything is measured, and a collection holding a real archive is refused.
 */
final class ScaleRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One size to measure, with real vectors or the stand-in. */
  record Size(int passages, boolean real) {}

  /** One size's local row, and the collection's where one was measured. */
  private record Measured(ScaleBench.Row local, Optional<SolrScaleBench.Row> solr) {}

  private ScaleRun() {}

  static int run(SyntheticArchive archive, List<Size> sizes, int needles, Optional<SolrTarget> solr, Path plot,
      boolean json, PrintStream out) {
    solr.ifPresent(ScaleRun::checkScratch);
    List<Measured> rows = new ArrayList<>();
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT, "bench --scale — synthetic archive of %s (%,d distinct source sentences), %d needles asked per size, %d cores, -Xmx %,d MB%n",
        SyntheticArchive.PAPER, archive.sentences(), needles, cores, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    if (sizes.stream().anyMatch(s -> !s.real())) {
      out.println("vectors of the rows marked stand-in: " + StandInVectors.NAME
          + " — their search, ask and build figures are the index's own cost; the embedding rate is the bge-small-zh row's");
    }
    solr.ifPresent(t -> out.println("rows baoku-solr: the same archives written into " + t
        + " (its contents replaced) and served from it; stand-in sizes only"));
    for (Size s : sizes) {
      Path tmp;
      try {
        tmp = Files.createTempDirectory("baoku-bench-scale-");
      } catch (IOException e) {
        throw new UserException("无法创建临时目录 / cannot create a temporary directory: " + e.getMessage());
      }
      try {
        ScaleBench.Row r = ScaleBench.run(archive, s.passages(), s.real(), needles, tmp.resolve("index"), Progress.to(System.err));
        if (!json) {
          out.println(line(r));
        }
        IndexHome.deleteTree(tmp);
        Optional<SolrScaleBench.Row> c = solr.filter(t -> !s.real()).map(t -> inSolr(archive, s.passages(), needles, t));
        if (!json) {
          c.ifPresent(x -> out.println(line(x)));
        }
        rows.add(new Measured(r, c));
      } finally {
        if (Files.exists(tmp)) {
          IndexHome.deleteTree(tmp);
        }
      }
    }
    if (plot != null) {
      ScalePlot.draw(rows.stream().map(Measured::local).toList(), plot);
    }
    if (json) {
      try {
        out.println(JSON.writeValueAsString(report(rows)));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
      return 0;
    }
    out.println();
    out.println("| system | passages | vectors | build passages/s | KB/passage | peak heap MB | search p50 / p99 ms | ask p50 / p99 ms | recall@5 | answered | add 10 pages: write+commit / reopen s |");
    out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (Measured m : rows) {
      ScaleBench.Row r = m.local();
      out.printf(Locale.ROOT, "| baoku | %,d | %s | %,.0f | %.1f | %,.0f | %.1f / %.1f | %.1f / %.1f | %d/%d | %d/%d | %.1f / %.1f |%n",
          r.passages(), r.vectors().equals(StandInVectors.NAME) ? "stand-in" : "bge-small-zh", r.passagesPerSecond(),
          r.bytesPerPassage() / 1024, r.peakHeapMb(), r.searchP50(), r.searchP99(), r.askP50(), r.askP99(),
          r.foundAt5(), r.needles(), r.answered(), r.needles(), r.addMillis() / 1000.0, r.reopenMillis() / 1000.0);
      m.solr().ifPresent(c -> out.printf(Locale.ROOT,
          "| baoku-solr (%d shards × %d replicas) | %,d | stand-in | %,.0f | – | – | %.1f / %.1f | %.1f / %.1f | %d/%d | %d/%d | – |%n",
          c.shards(), c.replicas(), c.passages(), c.passagesPerSecond(), c.searchP50(), c.searchP99(), c.askP50(),
          c.askP99(), c.foundAt5(), c.needles(), c.answered(), c.needles()));
    }
    if (plot != null) {
      out.println("plot: " + plot);
    }
    return 0;
  }

  private static String line(ScaleBench.Row r) {
    return String.format(Locale.ROOT, "%,d passages (%,d pages, %,d articles), %s vectors: built in %.1f s (%,.0f passages/s), "
        + "%.1f KB a passage (%,d MB), peak heap %,.0f MB, opened in %.1f s; %d needles, timed %d: search p50 %.1f p99 %.1f ms, "
        + "ask p50 %.1f p99 %.1f ms; recall@5 %d/%d, ask answered %d/%d; 10 pages (%d passages) added in %.2f s + reopen %.2f s, "
        + "their needles found %d/%d; load average %.1f → %.1f",
        r.passages(), r.pages(), r.articles(), r.vectors().equals(StandInVectors.NAME) ? "stand-in" : "bge-small-zh",
        r.buildMillis() / 1000.0, r.passagesPerSecond(), r.bytesPerPassage() / 1024, r.indexBytes() / (1024 * 1024),
        r.peakHeapMb(), r.openMillis() / 1000.0, r.needles(), r.timed(), r.searchP50(), r.searchP99(), r.askP50(), r.askP99(),
        r.foundAt5(), r.needles(), r.answered(), r.needles(), r.addedPassages(), r.addMillis() / 1000.0,
        r.reopenMillis() / 1000.0, r.addedFoundAt5(), r.addedNeedles(), r.loadBefore(), r.loadAfter());
  }

  private static String line(SolrScaleBench.Row r) {
    return String.format(Locale.ROOT, "  baoku-solr, collection %s (%d shards × %d replicas): the same %,d passages written in %.1f s "
        + "(%,.0f passages/s, commit included), opened in %.1f s; %d needles, timed %d: search p50 %.1f p99 %.1f ms, "
        + "ask p50 %.1f p99 %.1f ms; recall@5 %d/%d, ask answered %d/%d; load average %.1f → %.1f",
        r.collection(), r.shards(), r.replicas(), r.passages(), r.writeMillis() / 1000.0, r.passagesPerSecond(),
        r.openMillis() / 1000.0, r.needles(), r.timed(), r.searchP50(), r.searchP99(), r.askP50(), r.askP99(),
        r.foundAt5(), r.needles(), r.answered(), r.needles(), r.loadBefore(), r.loadAfter());
  }

  /**
   * Refuses, before anything is measured, a collection the bench must not clear (exit 2); an
   * unreachable cluster is {@link org.baoku.solr.SolrUnavailableException}'s one line (exit 69), as elsewhere.
   */
  private static void checkScratch(SolrTarget t) {
    Optional<String> refusal;
    try (var client = t.connect()) {
      refusal = ScratchCollection.refusal(client, t.collection(), StandInVectors.NAME);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    refusal.ifPresent(r -> {
      throw new UserException("不能清空这个集合 / will not clear this collection: " + r);
    });
  }

  private static SolrScaleBench.Row inSolr(SyntheticArchive archive, int passages, int needles, SolrTarget t) {
    try {
      return SolrScaleBench.run(archive, passages, needles, t, Progress.to(System.err));
    } catch (ScratchCollection.Refused e) {
      throw new UserException("不能清空这个集合 / will not clear this collection: " + e.getMessage());
    }
  }

  private static Map<String, Object> report(List<Measured> rows) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    out.put("stand_in", StandInVectors.NAME);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Measured x : rows) {
      ScaleBench.Row r = x.local();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("system", "baoku");
      m.put("passages", r.passages());
      m.put("pages", r.pages());
      m.put("articles", r.articles());
      m.put("vectors", r.vectors());
      m.put("build_ms", r.buildMillis());
      m.put("passages_per_s", r.passagesPerSecond());
      m.put("index_bytes", r.indexBytes());
      m.put("bytes_per_passage", r.bytesPerPassage());
      m.put("peak_heap_mb", r.peakHeapMb());
      m.put("open_ms", r.openMillis());
      queries(m, r.needles(), r.timed(), new double[] {r.searchP50(), r.searchP99(), r.askP50(), r.askP99()},
          r.recallAt5(), r.answered());
      m.put("added_pages", r.addedPages());
      m.put("added_passages", r.addedPassages());
      m.put("add_ms", r.addMillis());
      m.put("reopen_ms", r.reopenMillis());
      m.put("added_needles", r.addedNeedles());
      m.put("added_found_at_5", r.addedFoundAt5());
      m.put("load_average_before", r.loadBefore());
      m.put("load_average_after", r.loadAfter());
      list.add(m);
      x.solr().ifPresent(c -> list.add(report(c)));
    }
    out.put("rows", list);
    return out;
  }

  /** A collection's row: the local row's keys where they mean the same, and where it is. */
  private static Map<String, Object> report(SolrScaleBench.Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", "baoku-solr");
    m.put("collection", r.collection());
    m.put("shards", r.shards());
    m.put("replicas", r.replicas());
    m.put("passages", r.passages());
    m.put("pages", r.pages());
    m.put("articles", r.articles());
    m.put("vectors", r.vectors());
    m.put("build_ms", r.writeMillis());
    m.put("passages_per_s", r.passagesPerSecond());
    m.put("open_ms", r.openMillis());
    queries(m, r.needles(), r.timed(), new double[] {r.searchP50(), r.searchP99(), r.askP50(), r.askP99()},
        r.recallAt5(), r.answered());
    m.put("load_average_before", r.loadBefore());
    m.put("load_average_after", r.loadAfter());
    return m;
  }

  /** The needles' figures, under the same keys in a local and a collection's row. */
  private static void queries(Map<String, Object> m, int needles, int timed, double[] searchAndAskP50P99,
      double recallAt5, int answered) {
    m.put("needles", needles);
    m.put("timed", timed);
    m.put("search_p50_ms", searchAndAskP50P99[0]);
    m.put("search_p99_ms", searchAndAskP50P99[1]);
    m.put("ask_p50_ms", searchAndAskP50P99[2]);
    m.put("ask_p99_ms", searchAndAskP50P99[3]);
    m.put("recall_at_5", recallAt5);
    m.put("answered", answered);
  }
}
