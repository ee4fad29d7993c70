package org.baoku.quote;

import java.util.Objects;
import org.baoku.ingest.Imprint;

/**
 * One article that holds a quotation or a close variant of it.
 *
 * @param page the page's file id
 * @param article the article's ordinal on its page
 * @param passageId the passage where the span begins (a span may run into the next one)
 * @param start offset of the span in the article's text ({@link org.baoku.ingest.Article#text()})
 * @param end one past its last character
 * @param text the span, verbatim from the article
 * @param diff how the span differs from the quotation; its article side is {@code text}
 * @param similarity 1 for an exact match, down to {@link QuoteFinder.Settings#minSimilarity()}:
 *     the matching characters over the quotation's length plus the characters the article adds
 * @param appearance the first appearance, a later reprint, or undated
 */
public record QuoteMatch(
    String page,
    int article,
    String headline,
    Imprint imprint,
    String passageId,
    int start,
    int end,
    String text,
    QuoteDiff diff,
    double similarity,
    Appearance appearance) {

  /** Where a match stands among the others. */
  public enum Appearance {
    /** Dated, and on the earliest date of all the matches (several papers may share it). */
    FIRST,
    /** Dated, after the first appearance. */
    REPRINT,
    /** Its date is unknown, so it cannot be placed; listed last. */
    UNDATED
  }

  public QuoteMatch {
    Objects.requireNonNull(page, "page");
    headline = Objects.requireNonNullElse(headline, "");
    imprint = Objects.requireNonNullElse(imprint, Imprint.NONE);
    Objects.requireNonNull(passageId, "passageId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(appearance, "appearance");
    if (!diff.text().equals(text)) {
      throw new IllegalArgumentException("the diff's article side \"" + diff.text() + "\" is not the span \"" + text + "\"");
    }
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit a span of " + text.length());
    }
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity out of 0..1: " + similarity);
    }
    if (diff.exact() != (similarity == 1)) {
      throw new IllegalArgumentException("similarity " + similarity + " disagrees with the diff " + diff);
    }
    if ((appearance == Appearance.UNDATED) != (imprint.date() == null)) {
      throw new IllegalArgumentException(appearance + " for date " + imprint.date());
    }
  }

  /** True when the span says the quotation's words exactly, punctuation, width and script aside. */
  public boolean exact() {
    return diff.exact();
  }

  QuoteMatch as(Appearance a) {
    return new QuoteMatch(page, article, headline, imprint, passageId, start, end, text, diff, similarity, a);
  }
}
