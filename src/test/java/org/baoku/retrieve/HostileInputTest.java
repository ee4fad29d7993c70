package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever a reader types, retrieval answers with a list (possibly empty) and never throws. */
class HostileInputTest {

  private static List<Hit> search(String q) {
    return RealArchive.get().retrieve(q, 5);
  }

  @Test
  void luceneQuerySyntaxIsPlainText() {
    assertTrue(search("AND OR ( ) * ? ~ \" : \\ /").size() <= 5);
    assertFalse(search("顺义区总工会* AND (天竺镇~ OR \"干部\")").isEmpty());
  }

  @Test
  void tenThousandCharacters() {
    assertFalse(search("顺义区总工会干部下沉天竺镇".repeat(770)).isEmpty());
  }

  @Test
  void tenThousandCharactersOfDistinctWords() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 10_000; i++) {
      sb.append("词").append(i).append(' ');
    }
    assertTrue(search(sb.toString()).size() <= 5);
  }

  @Test
  void emojiOnly() {
    assertEquals(List.of(), search("😀🙏🏻👨‍👩‍👧"));
  }

  @Test
  void emojiAroundAQuestion() {
    assertFalse(search("😀顺义区总工会派了几名干部到天竺镇？🙏").isEmpty());
  }

  @Test
  void controlCharacters() {
    assertFalse(search("顺义\u0000区\u0007总工会\u001b[31m天竺镇\u200b\r\n").isEmpty());
  }

  @Test
  void unpairedSurrogate() {
    assertTrue(search("\ud83d顺义区\udc00").size() <= 5);
  }

  @Test
  void emptyAndBlank() {
    assertEquals(List.of(), search(""));
    assertEquals(List.of(), search(" \t\n\u3000"));
    assertEquals(List.of(), search(null));
  }

  @Test
  void punctuationOnly() {
    assertEquals(List.of(), search("？！。，、“”《》"));
  }

  @Test
  void fullWidthDigitsAndLatin() {
    assertFalse(search("ＡＥＤ　１２３５１").isEmpty());
  }

  @Test
  void hugeKGivesEveryMatchingPassageOnce() {
    List<Hit> hits = RealArchive.get().retrieve("工会", Integer.MAX_VALUE);
    assertTrue(hits.size() > 50, "size " + hits.size());
    assertEquals(hits.size(), hits.stream().map(h -> h.passage().id()).distinct().count());
  }

  @Test
  void nonPositiveKGivesNothing() {
    assertEquals(List.of(), RealArchive.get().retrieve("顺义区", 0));
    assertEquals(List.of(), RealArchive.get().retrieve("顺义区", -3));
  }
}
