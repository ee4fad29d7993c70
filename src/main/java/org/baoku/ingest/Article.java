package org.baoku.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One block of a cleaned page: a news article, or an ad, caption, banner or orphan fragment.
 *
 * @param page page id (file name)
 * @param ordinal 1-based position on the page, in reading order
 * @param titles every title line in display order (kicker, headline, subtitle); may be empty
 * @param headline the main title a reader would name the article by; empty when there is none
 * @param byline for example {@code 本报讯（记者 王路曼）}; empty when there is none
 * @param paragraphs cleaned body paragraphs; {@link #text()} joins them with {@code \n}, and
 *     passage offsets point into that text
 */
public record Article(
    String page,
    int ordinal,
    ArticleKind kind,
    List<String> titles,
    String headline,
    String byline,
    List<String> paragraphs) {

  public Article {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(kind, "kind");
    titles = List.copyOf(titles);
    headline = Objects.requireNonNullElse(headline, "");
    byline = Objects.requireNonNullElse(byline, "");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The cleaned body: paragraphs joined by a newline. Passage offsets index into this. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
