package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.baoku.ingest.Article;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quotation benchmark on a small archive of real pages: pages 000–002 archived, 003–004 unrelated. */
class QuoteBenchTest {

  @TempDir Path tmp;

  private static final Corpus.Report CORPUS = Corpus.read(Path.of("corpus"));

  private static List<SquadSet.Paragraph> archived() {
    List<SquadSet.Paragraph> out = new ArrayList<>();
    for (Article a : CORPUS.articles()) {
      if (a.page().compareTo("003") < 0 && a.body().length() > 60) {
        out.add(new SquadSet.Paragraph(a.page().substring(0, 3) + "-" + a.ordinal(), a.headline(), a.body()));
      }
    }
    return out;
  }

  private static List<String> unrelated() {
    return CORPUS.pages().stream().filter(p -> p.id().compareTo("003") >= 0).map(p -> p.text()).toList();
  }

  @Test
  void theArchiveIsTheTextThenNoisyCopiesUpToTheSizeAsked() {
    List<SquadSet.Paragraph> ps = archived();
    List<Passage> passages = QuoteBench.archive(ps, 300, 1);
    assertEquals(300, passages.size());
    List<Passage> first = passages.stream().filter(p -> p.page().startsWith("c0000/")).toList();
    List<Passage> second = passages.stream().filter(p -> p.page().startsWith("c0001/")).toList();
    assertTrue(ps.get(0).context().contains(first.get(0).text().lines().reduce((a, b) -> b).orElseThrow()));
    assertNotEquals(first.get(0).text(), second.get(0).text());
    assertEquals(QuoteBench.archive(ps, 300, 1), passages, "a fixed seed gives the same archive");
  }

  @Test
  void everyKindOfQuotationFindsItsSourceAndUnrelatedOnesNothing() {
    QuoteBench.Report r = QuoteBench.run(archived(), unrelated(), 400, 10, tmp, org.baoku.index.Progress.none());
    assertEquals(400, r.passages());
    for (QuoteBench.Row row : r.rows()) {
      if (row.kind().equals("unrelated")) {
        assertEquals(0, row.found(), row.toString());
      } else if (!row.kind().equals("two_wrong")) {
        assertEquals(row.n(), row.found(), row.toString());
      } else {
        assertTrue(row.found() >= row.n() - 2, row.toString());
      }
    }
    assertEquals(List.of(), r.unrelatedMatched());
  }
}
