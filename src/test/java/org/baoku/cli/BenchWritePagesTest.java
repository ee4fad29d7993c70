package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.baoku.eval.SyntheticArchive;
import org.baoku.ingest.Article;
import org.baoku.ingest.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --scale N --write-pages DIR}: the synthetic paper as page files a corpus can be buried in. */
class BenchWritePagesTest {

  @TempDir Path dir;

  @Test
  void writesDatedPagesThatIngestReadsAsTheSyntheticPaper() {
    Path out = dir.resolve("paper");
    CliRun r = CliRun.of("bench", "--scale", "200", "--write-pages", out.toString(), "--corpus", "corpus",
        "--squad", "../shared/data/cmrc2018/cmrc2018_dev.json", "--index", dir.resolve("unused").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("wrote"), r.out());
    assertTrue(Files.isRegularFile(out.resolve(SyntheticArchive.PAPER).resolve("1990-01-01").resolve("01.txt")));
    Corpus.Report read = Corpus.read(out);
    assertTrue(read.problems().isEmpty(), read.problems().toString());
    int passages = read.articles().stream().mapToInt(a -> a.paragraphs().size()).sum();
    assertFalse(read.articles().isEmpty());
    for (Article a : read.articles()) {
      assertEquals(SyntheticArchive.PAPER, a.imprint().paper());
      assertFalse(a.imprint().date().isBefore(SyntheticArchive.FIRST_DAY), a.imprint().date().toString());
      assertTrue(a.imprint().date().isBefore(LocalDate.of(1991, 1, 1)));
    }
    assertTrue(passages >= 200 / 2, "about 200 passages of text: " + passages + " paragraphs");
    assertFalse(Files.exists(dir.resolve("unused")), "nothing is indexed");
  }

  @Test
  void writePagesWithoutASizeIsRefused() {
    CliRun r = CliRun.of("bench", "--write-pages", dir.resolve("paper").toString(), "--corpus", "corpus");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--write-pages needs --scale N"), r.err());
    assertFalse(Files.exists(dir.resolve("paper")));
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRun r = CliRun.of("bench", "--scale", "200", "--write-pages", file.resolve("below").toString(),
        "--corpus", "corpus", "--squad", "../shared/data/cmrc2018/cmrc2018_dev.json");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("a-file"), r.err());
  }
}
