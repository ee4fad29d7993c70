package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectationsTest {

  @TempDir Path dir;

  private final Figures.Report report = new Figures.Report("s", 10, List.of(
      new Figures("baoku", Map.of("recall@1", 0.9, "mrr@10", 0.95)),
      new Figures("bm25", Map.of("recall@1", 0.8))), List.of());

  @Test
  void figuresBelowTheirMinimumAreRegressions() throws IOException {
    Path f = dir.resolve("e.json");
    Files.writeString(f, "{\"systems\": {\"baoku\": {\"recall@1\": 0.9, \"mrr@10\": 0.96, \"recall@5\": 0.5},"
        + " \"bm25\": {\"recall@1\": 0.7}, \"gone\": {\"recall@1\": 0.1}}}");
    assertEquals(List.of(
        "baoku mrr@10: 0.9500 < expected 0.9600",
        "baoku recall@5: missing (expected >= 0.5)",
        "gone: system missing from the report"), Expectations.check(f, report));
    Files.writeString(f, "{\"systems\": {\"baoku\": {\"recall@1\": 0.85}}}");
    assertEquals(List.of(), Expectations.check(f, report));
  }

  @Test
  void malformedExpectationsAreOneLineErrors() throws IOException {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"baoku\": 1}");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Expectations.check(f, report))
        .getMessage().startsWith(f + ": expected {\"systems\""));
    Files.writeString(f, "{oops");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Expectations.check(f, report))
        .getMessage().startsWith(f + ": not valid JSON"));
  }
}
