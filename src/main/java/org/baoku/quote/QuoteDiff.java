package org.baoku.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a matched span differs from the quotation, as pieces in reading order that each transport
 * renders its own way (brackets or colour on a console, tags on Telegram), never by re-parsing
 * another's text. The article sides of the pieces joined are the span, verbatim; differences of
 * punctuation, width and script are not differences, so they stay inside {@link Kind#SAME} pieces.
 */
public record QuoteDiff(List<Piece> pieces) {

  public enum Kind {
    /** Article text that says what the quotation says. */
    SAME,
    /** Article text {@code text} where the quotation has {@code quoted}: a misread or misremembered word. */
    CHANGED,
    /** Article text the quotation leaves out. */
    EXTRA,
    /** Quotation text the article lacks. */
    MISSING
  }

  /**
   * One piece: {@code text} is the article's (empty only for {@link Kind#MISSING}), {@code quoted}
   * the quotation's (only for {@link Kind#CHANGED} and {@link Kind#MISSING}, else empty).
   */
  public record Piece(Kind kind, String text, String quoted) {
    public Piece {
      Objects.requireNonNull(kind, "kind");
      text = Objects.requireNonNullElse(text, "");
      quoted = Objects.requireNonNullElse(quoted, "");
      boolean hasText = kind != Kind.MISSING;
      boolean hasQuoted = kind == Kind.CHANGED || kind == Kind.MISSING;
      if (text.isEmpty() == hasText || quoted.isEmpty() == hasQuoted) {
        throw new IllegalArgumentException("bad " + kind + " piece: text \"" + text + "\", quoted \"" + quoted + "\"");
      }
    }
  }

  public QuoteDiff {
    pieces = List.copyOf(pieces);
    for (int i = 1; i < pieces.size(); i++) {
      if (pieces.get(i).kind() == pieces.get(i - 1).kind()) {
        throw new IllegalArgumentException("neighbouring pieces of one kind must be merged: " + pieces);
      }
    }
  }

  /** The article side: the matched span verbatim. */
  public String text() {
    StringBuilder out = new StringBuilder();
    pieces.forEach(p -> out.append(p.text()));
    return out.toString();
  }

  /** True when nothing differs but punctuation, width or script. */
  public boolean exact() {
    return pieces.stream().allMatch(p -> p.kind() == Kind.SAME);
  }

  /** Collects pieces, merging a piece into the one before when both are of one kind. */
  static final class Builder {
    private final List<Piece> pieces = new ArrayList<>();

    Builder add(Kind kind, String text, String quoted) {
      if (text.isEmpty() && quoted.isEmpty()) {
        return this;
      }
      if (kind == Kind.CHANGED && text.isEmpty()) {
        kind = Kind.MISSING;
      } else if (kind == Kind.CHANGED && quoted.isEmpty()) {
        kind = Kind.EXTRA;
      }
      if ((kind == Kind.SAME || kind == Kind.EXTRA) && text.isEmpty()
          || kind == Kind.MISSING && quoted.isEmpty()) {
        return this;
      }
      int last = pieces.size() - 1;
      if (last >= 0 && pieces.get(last).kind() == kind) {
        Piece p = pieces.get(last);
        pieces.set(last, new Piece(kind, p.text() + text, p.quoted() + quoted));
      } else {
        pieces.add(new Piece(kind, text, kind == Kind.CHANGED || kind == Kind.MISSING ? quoted : ""));
      }
      return this;
    }

    QuoteDiff build() {
      return new QuoteDiff(pieces);
    }
  }
}
