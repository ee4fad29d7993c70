package org.baoku.ingest;

import java.util.Objects;

/**
 * A retrievable span of one article, cut on sentence boundaries.
 *
 * @param id stable id {@code page#article.seq}, so runs and ties are deterministic
 * @param article the article's ordinal on its page
 * @param start offset of the first character in {@link Article#text()}
 * @param end offset one past the last character in {@link Article#text()}
 * @param imprint the article's paper, date, page number and section, as known
 */
public record Passage(
    String id,
    String page,
    int article,
    String headline,
    String byline,
    String text,
    int start,
    int end,
    Imprint imprint) {

  public Passage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(page, "page");
    headline = Objects.requireNonNullElse(headline, "");
    byline = Objects.requireNonNullElse(byline, "");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end + " for " + id);
    }
    imprint = Objects.requireNonNullElse(imprint, Imprint.NONE);
  }

  /**
   * The article this passage belongs to, as one key ({@code PAGE#N}): article numbers count within
   * a page, so passages of one article share it and no others do.
   */
  public String articleKey() {
    return page + "#" + article;
  }

  /** A passage of a page nothing is known about. */
  public Passage(String id, String page, int article, String headline, String byline, String text,
      int start, int end) {
    this(id, page, article, headline, byline, text, start, end, Imprint.NONE);
  }
}
