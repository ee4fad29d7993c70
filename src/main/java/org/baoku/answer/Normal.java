package org.baoku.answer;

import java.text.Normalizer;

/**
 * The comparison form of text used by the evaluation: Unicode NFKC, no whitespace, no punctuation
 * (categories P*), Latin lower-cased. Checks such as "does this quote occur in that passage" use it
 * so full-width and half-width commas or line breaks inside a passage do not hide a match.
 */
final class Normal {

  private Normal() {}

  static String of(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(nfkc.length());
    nfkc.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isPunctuation(cp)) {
        return;
      }
      b.appendCodePoint(cp < 128 ? Character.toLowerCase(cp) : cp);
    });
    return b.toString();
  }

  /** Whether {@code needle} occurs in {@code haystack} once both are normalised; blank never does. */
  static boolean contains(String haystack, String needle) {
    String n = of(needle);
    return !n.isEmpty() && of(haystack).contains(n);
  }

  private static boolean isPunctuation(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
