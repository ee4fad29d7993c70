package org.baoku.cli;

import java.io.IOException;
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
import org.baoku.index.IndexHome;
import org.baoku.eval.Metrics;
import org.baoku.eval.QuoteBench;
import org.baoku.eval.SquadSet;
import org.baoku.index.Progress;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Page;
import org.baoku.quote.QuoteFinder;

/**
 * {@code baoku bench --quote-passages N}: reads the SQuAD-format paragraphs and the corpus pages,
 * has {@link QuoteBench} build and query its text-only archive in a temporary directory, and prints
 * the table or one JSON object. Its own class because it shares nothing with the other modes but
 * the temporary directory's removal; {@link BenchCommand} checks the options and hands them over.
 */
final class QuoteBenchRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteBenchRun() {}

  /**
   * {@code --quote-passages N}: citation lookup on a text-only archive of N passages.
   *
   * @param quotePassages the archive's passages, positive
   * @param quotesPerKind quotations per kind, positive
   * @param file the SQuAD-format paragraphs ({@code --squad} or its default)
   * @param corpus the pages the unrelated quotations are cut from ({@code --corpus})
   */
  static int run(int quotePassages, int quotesPerKind, Path file, Path corpus, boolean json)
      throws JsonProcessingException {
    SquadSet set;
    try {
      set = SquadSet.read(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserException(e.getMessage() + " (give --squad FILE, SQuAD format)");
    }
    List<String> unrelated;
    try {
      unrelated = Corpus.read(corpus).pages().stream().map(Page::text).toList();
    } catch (IllegalArgumentException e) {
      throw new UserException("找不到语料目录 / corpus directory not found: " + corpus
          + " (its pages give the unrelated quotations; use --corpus DIR)");
    }
    Path tmp;
    try {
      tmp = Files.createTempDirectory("baoku-bench-quote-");
    } catch (IOException e) {
      throw new UserException("无法创建临时目录 / cannot create a temporary directory: " + e.getMessage());
    }
    QuoteBench.Report r;
    try {
      r = QuoteBench.run(set.paragraphs(), unrelated, quotePassages, quotesPerKind, tmp, Progress.to(System.err));
    } finally {
      IndexHome.deleteTree(tmp);
    }
    List<Double> best = new ArrayList<>(r.unrelatedBest());
    best.sort(null);
    double threshold = QuoteFinder.Settings.MIN_SIMILARITY;
    if (json) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("passages", r.passages());
      report.put("articles", r.articles());
      report.put("index_build_ms", r.buildMillis());
      report.put("threshold", threshold);
      report.put("p50_ms", r.p50Millis());
      report.put("p99_ms", r.p99Millis());
      report.put("rows", r.rows());
      report.put("unrelated_best_similarity_max", best.isEmpty() ? null : best.get(best.size() - 1));
      report.put("unrelated_best_similarity_p99", Metrics.percentile(best, 99));
      report.put("unrelated_matched", r.unrelatedMatched());
      System.out.println(JSON.writeValueAsString(report));
      return 0;
    }
    System.out.printf(Locale.ROOT, "quote — text-only archive of %,d passages (%,d articles), built in %.1f s; threshold %.2f%n",
        r.passages(), r.articles(), r.buildMillis() / 1000.0, threshold);
    System.out.printf(Locale.ROOT, "%-13s %5s %6s %14s %8s %8s%n", "quotation", "n", "found", "source sim p5", "p50 ms", "p99 ms");
    for (QuoteBench.Row row : r.rows()) {
      System.out.printf(Locale.ROOT, "%-13s %5d %6d %14s %8.1f %8.1f%n", row.kind(), row.n(), row.found(),
          Double.isNaN(row.sourceSimilarityP5()) ? "–" : String.format(Locale.ROOT, "%.3f", row.sourceSimilarityP5()),
          row.p50Millis(), row.p99Millis());
    }
    System.out.printf(Locale.ROOT, "all: p50 %.1f ms, p99 %.1f ms (one thread)%n", r.p50Millis(), r.p99Millis());
    System.out.printf(Locale.ROOT, "unrelated quotations: best similarity anywhere max %.3f, p99 %.3f, median %.3f; %d of %d matched at %.2f%n",
        best.isEmpty() ? 0 : best.get(best.size() - 1), Metrics.percentile(best, 99), Metrics.percentile(best, 50),
        r.unrelatedMatched().size(), best.size(), threshold);
    r.unrelatedMatched().forEach(m -> System.out.println("  " + m));
    return 0;
  }
}
