package org.baoku.cli;

import java.util.concurrent.Callable;
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
    description = "重建索引并报告数量 / (re)build the index and print counts, time and speed")
final class IndexCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archive;

  @Override
  public Integer call() {
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
}
