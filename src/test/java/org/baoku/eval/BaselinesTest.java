package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

class BaselinesTest {

  private static Passage p(String id, String text) {
    return new Passage(id, id, 1, "", "", text, 0, text.length());
  }

  @Test
  void standardAnalyzerBm25RanksBySingleCharactersAndTakesAnyText() {
    StandardBm25Baseline bm25 = new StandardBm25Baseline(List.of(
        p("a", "北京市总工会职工大学联合陶然亭街道工委开展活动。"),
        p("b", "长子营镇总工会给数据组送上慰问物资。"),
        p("c", "Workers were shown how to download the Beijing trade union app.")));
    List<Hit> hits = bm25.retrieve("陶然亭街道？", 10);
    assertEquals("a", hits.get(0).passage().id());
    assertEquals(1, hits.get(0).rank());
    // An ASCII "?" or "*" is a character, not query syntax; blank text finds nothing.
    assertEquals("c", bm25.retrieve("download app?*", 10).get(0).passage().id());
    assertTrue(bm25.retrieve("   ", 10).isEmpty());
    assertTrue(bm25.retrieve("？！", 10).isEmpty());
    assertEquals(1, bm25.retrieve("总工会", 1).size());
  }
}
