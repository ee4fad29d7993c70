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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.eval.ScaleBench;
import org.baoku.eval.ScalePlot;
import org.baoku.eval.StandInVectors;
import org.baoku.eval.SyntheticArchive;
import org.baoku.index.Progress;

/**
 * {@code baoku bench --scale}: one {@link ScaleBench} row per size, each printed as it is done (a
 * million passages take the better part of an hour), then the table, and the plot when asked.
 * Every index is built in a temporary directory and deleted once measured.
 */
final class ScaleRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One size to measure, with real vectors or the stand-in. */
  record Size(int passages, boolean real) {}

  private ScaleRun() {}

  static int run(SyntheticArchive archive, List<Size> sizes, int needles, Path plot, boolean json, PrintStream out) {
    List<ScaleBench.Row> rows = new ArrayList<>();
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(Locale.ROOT, "bench --scale — synthetic archive of %s (%,d distinct source sentences), %d needles asked per size, %d cores, -Xmx %,d MB%n",
        SyntheticArchive.PAPER, archive.sentences(), needles, cores, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    if (sizes.stream().anyMatch(s -> !s.real())) {
      out.println("vectors of the rows marked stand-in: " + StandInVectors.NAME
          + " — their search, ask and build figures are the index's own cost; the embedding rate is the bge-small-zh row's");
    }
    for (Size s : sizes) {
      Path tmp;
      try {
        tmp = Files.createTempDirectory("baoku-bench-scale-");
      } catch (IOException e) {
        throw new UserException("无法创建临时目录 / cannot create a temporary directory: " + e.getMessage());
      }
      try {
        ScaleBench.Row r = ScaleBench.run(archive, s.passages(), s.real(), needles, tmp.resolve("index"), Progress.to(System.err));
        rows.add(r);
        if (!json) {
          out.println(line(r));
        }
      } finally {
        BenchCommand.deleteTree(tmp);
      }
    }
    if (plot != null) {
      ScalePlot.draw(rows, plot);
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
    out.println("| passages | vectors | build passages/s | KB/passage | peak heap MB | search p50 / p99 ms | ask p50 / p99 ms | recall@5 | answered | add 10 pages: write+commit / reopen s |");
    out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (ScaleBench.Row r : rows) {
      out.printf(Locale.ROOT, "| %,d | %s | %,.0f | %.1f | %,.0f | %.1f / %.1f | %.1f / %.1f | %d/%d | %d/%d | %.1f / %.1f |%n",
          r.passages(), r.vectors().equals(StandInVectors.NAME) ? "stand-in" : "bge-small-zh", r.passagesPerSecond(),
          r.bytesPerPassage() / 1024, r.peakHeapMb(), r.searchP50(), r.searchP99(), r.askP50(), r.askP99(),
          r.foundAt5(), r.needles(), r.answered(), r.needles(), r.addMillis() / 1000.0, r.reopenMillis() / 1000.0);
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

  private static Map<String, Object> report(List<ScaleBench.Row> rows) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cores", Runtime.getRuntime().availableProcessors());
    out.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    out.put("stand_in", StandInVectors.NAME);
    List<Map<String, Object>> list = new ArrayList<>();
    for (ScaleBench.Row r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
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
      m.put("needles", r.needles());
      m.put("timed", r.timed());
      m.put("search_p50_ms", r.searchP50());
      m.put("search_p99_ms", r.searchP99());
      m.put("ask_p50_ms", r.askP50());
      m.put("ask_p99_ms", r.askP99());
      m.put("recall_at_5", r.recallAt5());
      m.put("answered", r.answered());
      m.put("added_pages", r.addedPages());
      m.put("added_passages", r.addedPassages());
      m.put("add_ms", r.addMillis());
      m.put("reopen_ms", r.reopenMillis());
      m.put("added_needles", r.addedNeedles());
      m.put("added_found_at_5", r.addedFoundAt5());
      m.put("load_average_before", r.loadBefore());
      m.put("load_average_after", r.loadAfter());
      list.add(m);
    }
    out.put("rows", list);
    return out;
  }
}
