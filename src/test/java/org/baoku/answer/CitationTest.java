package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

/** A citation whose quote or answering phrase is not verbatim cannot be built. */
class CitationTest {

  private static final Passage P = new Passage("p#1.0", "p", 1, "标题", "", "甲乙查验24小时核酸证明。\ud83d\ude0012名", 0, 20);
  private static final String QUOTE = "查验24小时核酸证明。";

  private static Citation with(Citation.Span s) {
    return new Citation(1, P, QUOTE, 2, Optional.of(s));
  }

  @Test
  void aVerbatimSpanIsKept() {
    Citation c = with(new Citation.Span(2, 6, "24小时"));
    assertEquals("24小时", c.span().orElseThrow().text());
    assertEquals("24小时", c.quote().substring(c.span().get().start(), c.span().get().end()));
  }

  @Test
  void withoutASpanTheCitationIsAsBefore() {
    assertTrue(new Citation(1, P, QUOTE, 2).span().isEmpty());
  }

  @Test
  void aSpanNotInTheQuoteIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> with(new Citation.Span(2, 6, "48小时")));
    assertThrows(IllegalArgumentException.class, () -> with(new Citation.Span(20, 24, "24小时")));
    assertThrows(NullPointerException.class, () -> new Citation(1, P, QUOTE, 2, null));
  }

  @Test
  void aSpanMustHoldItsText() {
    assertThrows(IllegalArgumentException.class, () -> new Citation.Span(2, 5, "24小时"));
    assertThrows(IllegalArgumentException.class, () -> new Citation.Span(-1, 3, "查验2"));
    assertThrows(IllegalArgumentException.class, () -> new Citation.Span(3, 3, ""));
  }

  @Test
  void aSpanNeverSplitsASurrogatePair() {
    String quote = "\ud83d\ude0012名";
    int at = P.text().indexOf(quote);
    assertEquals("12名", new Citation(1, P, quote, at, Optional.of(new Citation.Span(2, 5, "12名"))).span().get().text());
    assertThrows(IllegalArgumentException.class,
        () -> new Citation(1, P, quote, at, Optional.of(new Citation.Span(1, 4, quote.substring(1, 4)))));
  }
}
