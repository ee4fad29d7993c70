package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chunking the real articles: exact offsets, bounded sizes, sentence boundaries. */
class ChunkerTest {

  private static void assertWellFormed(Article a, List<Passage> passages, int max) {
    String text = a.text();
    int previousEnd = 0;
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      assertEquals(a.page() + "#" + a.ordinal() + "." + (i + 1), p.id());
      assertEquals(a.page(), p.page());
      assertEquals(a.ordinal(), p.article());
      assertEquals(a.headline(), p.headline());
      assertEquals(a.byline(), p.byline());
      assertEquals(text.substring(p.start(), p.end()), p.text(), p.id());
      assertTrue(p.text().length() <= max, p.id() + " has " + p.text().length());
      assertFalse(p.text().isBlank(), p.id());
      assertTrue(text.substring(previousEnd, p.start()).isBlank(), "gap or overlap before " + p.id());
      previousEnd = p.end();
    }
    assertTrue(text.substring(previousEnd).isBlank(), "text left over after " + a.page() + "#" + a.ordinal());
  }

  @Test
  void passagesTileEveryArticleExactlyWithinTheMaximum() {
    for (Article a : BundledCorpus.REPORT.articles()) {
      List<Passage> passages = Chunker.chunk(a);
      if (a.kind() == ArticleKind.BANNER) {
        assertTrue(passages.isEmpty());
      } else {
        assertWellFormed(a, passages, Chunker.DEFAULT_MAX);
      }
    }
  }

  @Test
  void passagesAreNearTheTargetSize() {
    for (Article a : BundledCorpus.REPORT.articles()) {
      List<Passage> passages = Chunker.chunk(a);
      if (passages.size() > 1) {
        for (Passage p : passages) {
          assertTrue(p.text().length() >= Chunker.DEFAULT_TARGET / 3, p.id() + ": " + p.text());
        }
      }
    }
  }

  @Test
  void passagesEndOnSentenceBoundaries() {
    for (Article a : BundledCorpus.REPORT.articles()) {
      Set<Integer> ends = new HashSet<>();
      for (int end : Sentences.ends(a.text())) {
        ends.add(end);
        ends.add(a.text().charAt(end - 1) == '\n' ? end - 1 : end);
      }
      for (Passage p : Chunker.chunk(a)) {
        assertTrue(ends.contains(p.end()), p.id() + " ends mid-sentence: " + p.text());
      }
    }
  }

  @Test
  void passageIdsAreUniqueAcrossTheCorpus() {
    Set<String> ids = new HashSet<>();
    for (Article a : BundledCorpus.REPORT.articles()) {
      for (Passage p : Chunker.chunk(a)) {
        assertTrue(ids.add(p.id()), p.id());
      }
    }
    assertTrue(ids.size() > 60, "only " + ids.size() + " passages");
  }

  @Test
  void adsAndCaptionsAreIndexedBannersAreNot() {
    Article ad = BundledCorpus.of(BundledCorpus.P001, ArticleKind.AD).get(0);
    assertTrue(Chunker.chunk(ad).stream().anyMatch(p -> p.text().contains("63522410")));
    Article caption = BundledCorpus.of(BundledCorpus.P004, ArticleKind.CAPTION).get(0);
    assertFalse(Chunker.chunk(caption).isEmpty());
    Article fragment = BundledCorpus.of(BundledCorpus.P002, ArticleKind.FRAGMENT).get(0);
    assertFalse(Chunker.chunk(fragment).isEmpty());
    Article banner = BundledCorpus.of(BundledCorpus.P000, ArticleKind.BANNER).get(0);
    assertTrue(Chunker.chunk(banner).isEmpty());
  }

  @Test
  void sizeIsAParameter() {
    Article feature = BundledCorpus.of(BundledCorpus.P004, ArticleKind.ARTICLE).get(0);
    List<Passage> small = Chunker.of(100, 150).passages(feature);
    assertWellFormed(feature, small, 150);
    assertTrue(small.size() > Chunker.chunk(feature).size());
    assertThrows(IllegalArgumentException.class, () -> Chunker.of(300, 200));
    assertThrows(IllegalArgumentException.class, () -> Chunker.of(0, 200));
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    String text = "他说：“我们坚决支持。”座谈会上，家属们表示感谢！";
    assertEquals(List.of(text.indexOf('座'), text.length()), Sentences.ends(text));
    assertEquals("他说：“我们坚决支持。”", Sentences.first(text));
  }

  @Test
  void aSentenceLongerThanTheMaximumIsCutAtACommaThenHard() {
    String clause = "职工志愿者参与核酸检测物资转运配送政策宣传流调统计等工作，";
    String noCommas = "一".repeat(130);
    Article a = article(clause.repeat(12) + noCommas + "。");
    List<Passage> passages = Chunker.of(60, 100).passages(a);
    assertWellFormed(a, passages, 100);
    assertEquals(6, passages.size());
    for (Passage p : passages.subList(0, 4)) {
      assertTrue(p.text().endsWith("，"), p.text());
    }
    assertEquals(100, passages.get(4).text().length());
  }

  @Test
  void offsetsCountTheNewlinesBetweenParagraphs() {
    Article a = new Article("t.txt", 1, ArticleKind.ARTICLE, List.of("题"), "题", "",
        List.of("第一段。".repeat(40), "第二段！".repeat(40), "第三段？".repeat(40)));
    List<Passage> passages = Chunker.chunk(a);
    assertWellFormed(a, passages, Chunker.DEFAULT_MAX);
    assertTrue(passages.stream().anyMatch(p -> p.text().contains("\n")));
  }

  static Article article(String text) {
    return new Article("t.txt", 1, ArticleKind.ARTICLE, List.of(), "", "", List.of(text));
  }

  @Test
  void theFirstPassageCarriesTheTitlesAndByline() {
    Article farm = BundledCorpus.headed(BundledCorpus.P001, "北京城建十六公司项目部职工体验农耕快乐");
    Passage first = Chunker.chunk(farm).get(0);
    assertTrue(first.text().startsWith(
        "北京城建十六公司项目部职工体验农耕快乐\n本报讯 (记者 周美玉 通讯员 牛学彤)\n因疫情防控要求"), first.text());
    Article feature = BundledCorpus.of(BundledCorpus.P004, ArticleKind.ARTICLE).get(0);
    assertTrue(Chunker.chunk(feature).get(0).text().startsWith(
        "“工”同战疫 “会”聚力量\n——大兴区工会工作者助力疫情防控纪实\n□本报记者 孙艳\n筹措资金"));
  }
}
