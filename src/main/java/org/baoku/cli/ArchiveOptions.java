package org.baoku.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.baoku.index.IndexDamagedException;
import org.baoku.index.Progress;
import org.baoku.ingest.Corpus;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.HybridArchive;
import org.baoku.solr.SolrArchive;
import org.baoku.solr.SolrIndexer;
import org.baoku.solr.SolrTarget;
import org.baoku.solr.SolrUnavailableException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where the corpus and the index live, shared by every command that needs the archive
 * ({@code @Mixin ArchiveOptions archive;}). A flag beats the environment, which beats the default.
 */
final class ArchiveOptions {

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "${env:BAOKU_CORPUS:-corpus}",
      description = "语料目录（*.txt 版面、*.jsonl 记录、*.pdf 版面，可分子目录）/ corpus directory of pages, records and PDFs (env BAOKU_CORPUS, default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:BAOKU_INDEX:-index}",
      description = "索引目录 / index directory (env BAOKU_INDEX, default: ${DEFAULT-VALUE})")
  Path index;

  @Mixin SolrOptions solr = new SolrOptions();

  /**
   * The archive to serve: the SolrCloud collection when one is named ({@link SolrOptions}),
   * otherwise the local index, opened (and built if needed) as {@link #open} does.
   *
   * @throws UserException when the corpus, the index or the collection cannot be used
   */
  Archive archive(PrintStream progress) {
    Optional<SolrTarget> target = solr.target();
    if (target.isEmpty()) {
      return open(progress);
    }
    try {
      return SolrArchive.open(target.get());
    } catch (SolrUnavailableException e) {
      throw new UserException(e.getMessage());
    }
  }

  /**
   * Opens the archive, building the index first when it is missing or stale; build progress goes
   * to {@code progress} (normally stderr).
   *
   * @throws UserException when the corpus is missing, the index cannot be written, or even a
   *     fresh build of it is damaged (a damaged index is rebuilt with a line on {@code progress})
   */
  HybridArchive open(PrintStream progress) {
    return open(progress, false);
  }

  /**
   * Brings {@code archive}'s index up to date with the corpus ({@code /reindex}): the local index
   * reads the files that changed while it keeps answering, then switches to the new commit; a
   * collection gets the pages that changed.
   */
  Archive.Stats rebuild(Archive archive) {
    if (archive instanceof HybridArchive local) {
      local.rebuild();
    } else {
      SolrTarget target = solr.target().orElseThrow();
      try (var client = target.connect()) {
        SolrIndexer.index(client, target.collection(), Corpus.read(corpus), Progress.none());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return archive.stats();
  }

  /** Builds a new index even when the current one fits, then opens it ({@code baoku index}). */
  HybridArchive build(PrintStream progress) {
    return open(progress, true);
  }

  /**
   * Refuses a named collection where a command needs the local index itself (training, the
   * baselines), rather than ignoring it.
   */
  private void localOnly() {
    if (solr.target().isPresent()) {
      throw new UserException("这个命令只能用本地索引 / this command works on the local index only:"
          + " drop --solr / --solr-zk (and BAOKU_SOLR_URLS / BAOKU_SOLR_ZK)");
    }
  }

  private HybridArchive open(PrintStream progress, boolean force) {
    localOnly();
    return guarded(() -> force
        ? HybridArchive.build(corpus, index, Progress.to(progress))
        : HybridArchive.open(corpus, index, Progress.to(progress)));
  }

  /**
   * Updates the index from the corpus (new, changed and removed files; every file with {@code
   * full}), then opens it ({@code baoku index}).
   */
  HybridArchive update(Progress progress, boolean full, java.time.Duration checkpoint) {
    localOnly();
    return guarded(() -> HybridArchive.update(corpus, index, progress, full, checkpoint));
  }

  /** Runs {@code step} on the archive, turning what goes wrong into a message for the user. */
  <T> T guarded(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new UserException("找不到语料目录 / corpus directory not found: " + corpus
          + " (use --corpus DIR or BAOKU_CORPUS)");
    } catch (IndexDamagedException e) {
      throw damaged(e);
    } catch (UncheckedIOException e) {
      throw new UserException("索引无法读写 / cannot use index directory " + index + ": "
          + e.getCause().getMessage() + " (use --index DIR or BAOKU_INDEX)");
    }
  }

  /**
   * The error for damage that survives a rebuild: opening rebuilds a damaged index, so what
   * escapes was written moments ago, which points at the disk.
   */
  static UserException damaged(IndexDamagedException e) {
    return new UserException("索引已损坏（" + e.file() + "：" + e.reason() + "），重建后依然如此："
        + "请检查磁盘，再运行 baoku index / the index is damaged (" + e.file() + ": " + e.reason()
        + ") even after a rebuild: check the disk, then run `baoku index`");
  }
}
