package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

/** Exact quotation lookup on the real pages, ignoring punctuation, spacing, width and script. */
class FindPhraseTest {

  private static final String QUOTE = "工作虽然辛苦，但能为疫情防控尽一份力再苦再累也值得！";

  private static List<Hit> find(String phrase) {
    return RealArchive.get().findPhrase(phrase, 5);
  }

  @Test
  void quotationIsFoundOnItsPage() {
    List<Hit> hits = find(QUOTE);
    assertEquals(1, hits.size());
    assertTrue(hits.get(0).passage().page().startsWith("001_"));
    assertTrue(ChineseText.compact(hits.get(0).passage().text()).contains(ChineseText.compact(QUOTE)));
  }

  @Test
  void otherPunctuationAndSpacingStillMatch() {
    assertEquals(find(QUOTE), find("工作 虽然辛苦,但能为疫情防控 尽一份力, 再苦再累也值得"));
  }

  @Test
  void traditionalCharactersStillMatch() {
    assertEquals(find(QUOTE), find("工作雖然辛苦，但能為疫情防控盡一份力再苦再累也值得"));
  }

  @Test
  void oneChangedCharacterIsNotAMatch() {
    assertEquals(List.of(), find("工作虽然辛苦，但能为疫情防控尽一份力再苦再累也不值得"));
  }

  @Test
  void commonPhraseGivesManyInArchiveOrder() {
    List<Hit> hits = RealArchive.get().findPhrase("疫情防控", 50);
    assertTrue(hits.size() > 10);
    List<Passage> all = RealArchive.get().passages();
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(all.indexOf(hits.get(i - 1).passage()) < all.indexOf(hits.get(i).passage()));
    }
  }

  @Test
  void emptyOrPunctuationOnlyFindsNothing() {
    assertEquals(List.of(), find(""));
    assertEquals(List.of(), find("，。！"));
    assertEquals(List.of(), find(null));
  }
}
