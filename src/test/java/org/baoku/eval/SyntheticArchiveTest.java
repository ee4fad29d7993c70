package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.baoku.index.Progress;
import org.baoku.ingest.Article;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic archive of {@code bench --scale}, drawn from the bundled pages. */
class SyntheticArchiveTest {

  @TempDir Path tmp;

  private static final Corpus.Report CORPUS = Corpus.read(Path.of("corpus"));

  private static SyntheticArchive archive(long seed) {
    List<String> texts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Article a : CORPUS.articles()) {
      texts.addAll(a.paragraphs());
      titles.add(a.headline());
    }
    return SyntheticArchive.of(texts, titles, seed);
  }

  private static List<SyntheticArchive.SyntheticPage> pages(SyntheticArchive a, int passages, int needles) {
    List<SyntheticArchive.SyntheticPage> out = new ArrayList<>();
    a.pages(passages, needles).forEachRemaining(out::add);
    return out;
  }

  @Test
  void theSameSeedGivesTheSameArchiveAndAnotherSeedAnother() {
    List<SyntheticArchive.SyntheticPage> one = pages(archive(7), 300, 5);
    assertEquals(one, pages(archive(7), 300, 5));
    assertNotEquals(one.get(0).articles(), pages(archive(8), 300, 5).get(0).articles());
    assertEquals(one.get(3), archive(7).page(3, one.get(3).needles().size() == 1), "a page is made without the pages before it");
  }

  @Test
  void pagesAreDatedIssuesOfEightPagesAndStopOnceTheyHoldTheSizeAsked() {
    List<SyntheticArchive.SyntheticPage> ps = pages(archive(1), 300, 5);
    int passages = ps.stream().mapToInt(p -> p.passages().size()).sum();
    int withoutLast = passages - ps.get(ps.size() - 1).passages().size();
    assertTrue(passages >= 300 && withoutLast < 300, passages + " / " + withoutLast);
    assertEquals("合成日报/1990-01-01/01.txt", ps.get(0).id());
    assertEquals(new Imprint("合成日报", LocalDate.of(1990, 1, 2), 2, null), ps.get(9).imprint());
    for (SyntheticArchive.SyntheticPage p : ps) {
      for (Passage x : p.passages()) {
        assertEquals(p.imprint(), x.imprint());
        assertEquals(p.id(), x.page());
      }
    }
  }

  @Test
  void everyNeedleIsInOnePassageAndItsEntityNowhereElse() {
    List<SyntheticArchive.SyntheticPage> ps = pages(archive(1), 2_000, 20);
    List<SyntheticArchive.Needle> needles = ps.stream().flatMap(p -> p.needles().stream()).toList();
    assertTrue(needles.size() >= 10, "needles: " + needles.size());
    Set<String> entities = new HashSet<>();
    for (SyntheticArchive.Needle n : needles) {
      String entity = n.question().substring(0, 4);
      assertTrue(entities.add(entity), "entity twice: " + entity);
      assertTrue(n.sentence().contains(entity) && n.sentence().contains(n.answer()), n.toString());
      List<Passage> holding = ps.stream().flatMap(p -> p.passages().stream()).filter(n::heldBy).toList();
      assertEquals(1, holding.size(), n.toString());
      long naming = ps.stream().flatMap(p -> p.passages().stream()).filter(p -> p.text().contains(entity)).count();
      assertEquals(1, naming, entity);
    }
  }

  @Test
  void aPageWrittenAsADatedTreeIsReadBackWithItsImprint() {
    SyntheticArchive.SyntheticPage p = archive(1).page(12, true);
    SyntheticArchive.write(p, tmp);
    Corpus.Report r = Corpus.read(tmp);
    assertEquals(1, r.pages().size());
    assertTrue(r.articles().stream().allMatch(a -> a.imprint().date().equals(LocalDate.of(1990, 1, 2))
        && a.imprint().pageNo() == 5 && "合成日报".equals(a.imprint().paper())), r.articles().toString());
    String needle = p.needles().get(0).sentence();
    assertTrue(r.articles().stream().anyMatch(a -> a.text().replace("\n", "").contains(needle)), needle);
  }

  @Test
  void aTinyScaleBenchFindsItsNeedlesAndTheAddedPagesOnes() {
    ScaleBench.Row row = ScaleBench.run(archive(1), 400, false, 40, tmp.resolve("index"), Progress.none());
    assertTrue(row.passages() >= 400, row.toString());
    assertEquals(StandInVectors.NAME, row.vectors());
    assertTrue(row.needles() >= 20, row.toString());
    assertTrue(row.recallAt5() >= 0.9, row.toString());
    assertEquals(10, row.addedNeedles());
    assertTrue(row.addedFoundAt5() >= 9, row.toString());
    assertTrue(row.indexBytes() > 0 && row.timed() == row.needles() - Math.max(NeedleQueries.MIN_WARM_UP, row.needles() / 5), row.toString());
  }
}
