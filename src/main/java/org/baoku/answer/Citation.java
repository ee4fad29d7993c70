package org.baoku.answer;

import java.util.Objects;
import java.util.Optional;
import org.baoku.ingest.Passage;

/**
 * Marker {@code [n]} of an answer: the passage behind it, the sentence that supports the claim,
 * and the phrase of that sentence that answers the question, when it asked for one.
 *
 * @param quote the supporting sentence, verbatim from {@code passage.text()}
 * @param quoteStart offset of {@code quote} inside {@code passage.text()}
 * @param span the phrase of {@code quote} that answers the question ({@code 24小时}, {@code 3月4日},
 *     a name); empty when the question asks for no such phrase or the quote holds none
 */
public record Citation(int n, Passage passage, String quote, int quoteStart, Optional<Span> span) {

  /**
   * The answering phrase: {@code text} is {@code quote.substring(start, end)}, never empty, and
   * never splits a surrogate pair, so a renderer can cut the quote there without checking.
   */
  public record Span(int start, int end, String text) {
    public Span {
      Objects.requireNonNull(text, "text");
      if (start < 0 || end <= start || text.length() != end - start) {
        throw new IllegalArgumentException("span [" + start + ", " + end + ") does not hold \"" + text + "\"");
      }
    }
  }

  public Citation {
    Objects.requireNonNull(passage, "passage");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(span, "span");
    if (n < 1) {
      throw new IllegalArgumentException("citation numbers start at 1: " + n);
    }
    if (!passage.text().startsWith(quote, quoteStart)) {
      throw new IllegalArgumentException("quote is not verbatim at " + quoteStart + " in " + passage.id());
    }
    span.ifPresent(s -> {
      if (!quote.startsWith(s.text(), s.start()) || splitsPair(quote, s.start()) || splitsPair(quote, s.end())) {
        throw new IllegalArgumentException("span \"" + s.text() + "\" is not verbatim at " + s.start()
            + " in the quote of " + passage.id());
      }
    });
  }

  /** A citation without an answering phrase. */
  public Citation(int n, Passage passage, String quote, int quoteStart) {
    this(n, passage, quote, quoteStart, Optional.empty());
  }

  private static boolean splitsPair(String s, int at) {
    return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))
        && Character.isHighSurrogate(s.charAt(at - 1));
  }
}
