package org.baoku.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.baoku.index.Integrity;
import org.baoku.index.Manifest;
import org.baoku.index.Progress;
import org.baoku.index.UpdateReport;
import org.baoku.ingest.Corpus;
import org.baoku.retrieve.HybridArchive;
import org.baoku.solr.SolrIndexer;
import org.baoku.solr.SolrTarget;
import org.baoku.solr.SolrUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baoku index}: brings the index in line with the corpus now (new and changed files read,
 * removed ones dropped, the rest untouched), and prints what could not be read ({@code 问题 /
 * problem: FILE[:LINE]: what is wrong}, one line each), counts and the cost of the checksum check
 * every open pays. With {@code --json}, progress and the summary are one JSON object a line; with
 * {@code --watch}, it keeps polling the corpus and applies each change as it appears. With
 * {@code --solr}, the SolrCloud collection is updated instead, page by page (the same flags apply).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "更新索引（只读新增、改动的文件）并报告数量 / update the index (new, changed and removed files only) and print counts, time and speed; with --solr, update the SolrCloud collection (changed pages only)")
final class IndexCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin ArchiveOptions archive;

  @Option(names = "--json", description = "进度与总结为每行一个 JSON 对象 / progress and summary as one JSON object a line")
  boolean json;

  @Option(names = "--full", description = "全部重建 / rebuild every file, even unchanged ones")
  boolean full;

  @Option(names = "--watch", description = "持续监视语料并更新 / keep polling the corpus and apply new, changed and deleted files")
  boolean watch;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "3",
      description = "--watch 的检查间隔 / seconds between two looks at the corpus (default: ${DEFAULT-VALUE})")
  double interval;

  @Option(names = "--commit-every", paramLabel = "SECONDS", defaultValue = "30",
      description = "长更新的检查点间隔；崩溃后从最近的检查点继续 / seconds between checkpoints of a long update, from which the next run goes on after a crash (default: ${DEFAULT-VALUE})")
  double commitEvery;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = System.out;
    Progress progress = json ? Progress.json(out) : Progress.to(System.err);
    Optional<SolrTarget> solr = archive.solr.target();
    if (solr.isPresent()) {
      return intoSolr(solr.get(), progress, out);
    }
    Duration checkpoint = Duration.ofMillis((long) (commitEvery * 1000));
    try (HybridArchive a = archive.update(progress, full, checkpoint)) {
      print(a, a.lastUpdate().orElseThrow(), out);
      List<String> seen = snapshot();
      while (watch) {
        Thread.sleep((long) (interval * 1000));
        List<String> now = snapshot();
        if (!now.equals(seen)) {
          seen = now;
          print(a, archive.guarded(a::update), out);
        }
      }
    }
    return 0;
  }

  /**
   * {@code --solr}: the corpus into the collection, pages whose content is unchanged skipped
   * (every page with {@code --full}); with {@code --watch}, again on each change of the corpus.
   */
  private int intoSolr(SolrTarget target, Progress progress, PrintStream out)
      throws InterruptedException {
    try (CloudSolrClient client = target.connect()) {
      printSolr(target, intoSolr(client, target, progress, full), out);
      List<String> seen = snapshot();
      while (watch) {
        Thread.sleep((long) (interval * 1000));
        List<String> now = snapshot();
        if (!now.equals(seen)) {
          seen = now;
          printSolr(target, intoSolr(client, target, progress, false), out);
        }
      }
    } catch (SolrUnavailableException e) {
      throw new UserException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  private SolrIndexer.Report intoSolr(CloudSolrClient client, SolrTarget target, Progress progress,
      boolean everyPage) {
    Corpus.Report corpus;
    try {
      corpus = Corpus.read(archive.corpus);
    } catch (IllegalArgumentException e) {
      throw new UserException("找不到语料目录 / corpus directory not found: " + archive.corpus
          + " (use --corpus DIR or BAOKU_CORPUS)");
    }
    return SolrIndexer.index(client, target.collection(), corpus, progress, everyPage);
  }

  /**
   * The summary of one {@code --solr} run; with {@code --json}, the local summary's fields, added,
   * changed and removed counting pages rather than files.
   */
  private void printSolr(SolrTarget target, SolrIndexer.Report r, PrintStream out) {
    double seconds = r.millis() / 1000.0;
    if (json) {
      out.println(JSON.createObjectNode().put("pages", r.pages()).put("articles", r.articles())
          .put("passages", r.passages()).put("added", r.pagesAdded())
          .put("changed", r.pagesWritten() - r.pagesAdded()).put("removed", r.pagesDeleted())
          .put("seconds", r.millis() / 1000.0).put("solr", target.toString()));
      out.flush();
      return;
    }
    for (String problem : r.problems()) {
      out.println("问题 / problem: " + problem);
    }
    out.printf("%d pages, %d articles, %d passages in Solr: %d pages written (%d passages),"
        + " %d unchanged, %d deleted, in %.1f s%n", r.pages(), r.articles(), r.passages(),
        r.pagesWritten(), r.passagesWritten(), r.pagesSkipped(), r.pagesDeleted(), seconds);
    out.println("solr: " + target);
    out.flush();
  }

  /**
   * The input files with their sizes and modification times: a cheap look that tells whether an
   * update may have anything to do (the update itself goes by content hashes).
   */
  private List<String> snapshot() {
    List<String> out = new ArrayList<>();
    try {
      for (String file : Corpus.inputs(archive.corpus)) {
        Path f = archive.corpus.resolve(file);
        out.add(file + "\t" + Files.size(f) + "\t" + Files.getLastModifiedTime(f).toMillis());
      }
    } catch (IOException | RuntimeException e) {
      out.add("unreadable " + e.getMessage());
    }
    return out;
  }

  private void print(HybridArchive a, UpdateReport r, PrintStream out) {
    if (json) {
      out.println(JSON.createObjectNode().put("pages", r.pages()).put("articles", r.articles())
          .put("passages", r.passages()).put("added", r.added()).put("changed", r.changed())
          .put("removed", r.removed()).put("seconds", Math.round(r.seconds() * 1000) / 1000.0));
      out.flush();
      return;
    }
    Manifest m = a.manifest();
    for (String problem : m.problems()) {
      out.println("问题 / problem: " + problem);
    }
    out.printf("%d pages, %d articles, %d passages indexed in %.1f s (%.1f passages/s embedded)%n",
        r.pages(), r.articles(), r.passages(), r.seconds(),
        r.seconds() > 0 ? r.embedded() / r.seconds() : 0.0);
    out.printf("files: %d added, %d changed, %d removed; %d passages embedded%s%n", r.added(),
        r.changed(), r.removed(), r.embedded(), r.full() ? " (full rebuild)" : "");
    out.println("index: " + archive.index.toAbsolutePath().normalize()
        + " (model " + m.model() + ", corpus " + m.fingerprint().substring(0, 12) + ")");
    Integrity checked = a.integrity();
    out.printf("checksums: %.1f MB verified in %.1f ms (as on every open)%n",
        checked.megabytes(), checked.millis());
    out.flush();
  }
}
