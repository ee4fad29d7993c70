package org.baoku.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.baoku.index.Progress;
import org.baoku.ingest.Corpus;
import org.baoku.solr.SolrIndexer;
import org.baoku.solr.SolrTarget;
import org.baoku.solr.SolrUnavailableException;
import org.baoku.index.Integrity;
import org.baoku.index.Manifest;
import org.baoku.retrieve.HybridArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code baoku index}: builds the index now, even when the current one fits, and prints what could
 * not be read ({@code 问题 / problem: FILE[:LINE]: what is wrong}, one line each), counts and the
 * cost of the checksum check every open pays.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "重建索引并报告数量 / (re)build the index and print counts, time and speed; with --solr, update the SolrCloud collection")
final class IndexCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Override
  public Integer call() {
    Optional<SolrTarget> solr = archive.solr.target();
    if (solr.isPresent()) {
      return intoSolr(solr.get());
    }
    try (HybridArchive a = archive.build(System.err)) {
      Manifest m = a.manifest();
      for (String problem : m.problems()) {
        System.out.println("问题 / problem: " + problem);
      }
      double seconds = m.buildMillis() / 1000.0;
      System.out.printf("%d pages, %d articles, %d passages indexed in %.1f s (%.1f passages/s)%n",
          m.pages(), m.articles(), m.passages(), seconds,
          seconds > 0 ? m.passages() / seconds : 0.0);
      System.out.println("index: " + archive.index.toAbsolutePath().normalize()
          + " (model " + m.model() + ", corpus " + m.fingerprint().substring(0, 12) + ")");
      Integrity checked = a.integrity();
      System.out.printf("checksums: %.1f MB verified in %.1f ms (as on every open)%n",
          checked.megabytes(), checked.millis());
    }
    return 0;
  }

  /** {@code --solr}: the corpus into the collection, pages whose content is unchanged skipped. */
  private int intoSolr(SolrTarget target) {
    Corpus.Report corpus;
    try {
      corpus = Corpus.read(archive.corpus);
    } catch (IllegalArgumentException e) {
      throw new UserException("找不到语料目录 / corpus directory not found: " + archive.corpus
          + " (use --corpus DIR or BAOKU_CORPUS)");
    }
    SolrIndexer.Report r;
    try (CloudSolrClient client = target.connect()) {
      r = SolrIndexer.index(client, target.collection(), corpus, Progress.to(System.err));
    } catch (SolrUnavailableException e) {
      throw new UserException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String problem : r.problems()) {
      System.out.println("问题 / problem: " + problem);
    }
    double seconds = r.millis() / 1000.0;
    System.out.printf("%d pages, %d articles, %d passages in Solr: %d pages written (%d passages),"
        + " %d unchanged, %d deleted, in %.1f s%n", r.pages(), r.articles(), r.passages(),
        r.pagesWritten(), r.passagesWritten(), r.pagesSkipped(), r.pagesDeleted(), seconds);
    System.out.println("solr: " + target);
    return 0;
  }
}
