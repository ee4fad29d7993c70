package org.baoku.chat;

import org.baoku.ingest.Passage;

/**
 * How a passage is named to a reader, the same on every transport, so a source listed as
 * {@code [2]} on the console reads exactly as {@code [2]} does on Telegram.
 */
public final class Labels {

  /** Characters of a passage's opening that stand in for a missing headline on a button. */
  private static final int OPENING = 20;

  private Labels() {}

  /** {@code headline — page — byline}, the compact form a source list uses. */
  public static String source(Passage p) {
    return headline(p) + " — " + p.page() + (p.byline().isEmpty() ? "" : " — " + p.byline());
  }

  /** The headline, or {@code （无标题）} for an article that has none (a brief, a photo caption). */
  public static String headline(Passage p) {
    return p.headline().isBlank() ? "（无标题）" : p.headline();
  }

  /**
   * The headline, or else the passage's opening words: where there is room for only one line
   * (a button, an inline result), "no title" would not tell two sources apart.
   */
  public static String shortHeadline(Passage p) {
    if (!p.headline().isBlank()) {
      return p.headline();
    }
    String opening = oneLine(p.text());
    return opening.codePointCount(0, opening.length()) <= OPENING
        ? opening : opening.substring(0, opening.offsetByCodePoints(0, OPENING - 1)) + "…";
  }

  /** {@code text} with every run of whitespace one space. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
