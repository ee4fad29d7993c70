package org.baoku.answer;

import java.util.Objects;
import org.baoku.ingest.Passage;

/**
 * Marker {@code [n]} of an answer: the passage behind it and the sentence that supports the claim.
 *
 * @param quote the supporting sentence, verbatim from {@code passage.text()}
 * @param quoteStart offset of {@code quote} inside {@code passage.text()}
 */
public record Citation(int n, Passage passage, String quote, int quoteStart) {
  public Citation {
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(quote, "quote");
    if (n < 1) {
      throw new IllegalArgumentException("citation numbers start at 1: " + n);
    }
    if (!passage.text().startsWith(quote, quoteStart)) {
      throw new IllegalArgumentException("quote is not verbatim at " + quoteStart + " in " + passage.id());
    }
  }
}
