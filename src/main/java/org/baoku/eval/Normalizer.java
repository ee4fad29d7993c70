package org.baoku.eval;

import org.baoku.index.ChineseText;

/**
 * The comparison rule of the evaluation sets ({@code shared/eval/README.md}): Unicode NFKC, then
 * every whitespace and every punctuation character (general categories P*) removed, and Latin
 * letters lower-cased: {@link ChineseText#compact}, the same form the phrase index uses. Two texts "match" when one normalised text contains the other.
 *
 * <p>Why: evidence spans and gold answers are quoted from pages whose spacing, full-width forms and
 * quotation marks vary ({@code “北京工会12351APP”} vs {@code 北京工会12351app}); the rule keeps the
 * characters that carry meaning (CJK, digits, letters, symbols such as {@code +}). The trap: {@code %}
 * and the decimal point are punctuation too, so {@code 1.8万} and {@code 18万} compare equal.
 */
public final class Normalizer {

  private Normalizer() {}

  /** The normalised form of {@code text}; null is treated as empty. */
  public static String normalize(String text) {
    return ChineseText.compact(text);
  }

  /**
   * Whether {@code haystack} contains {@code needle} after both are normalised. A needle that
   * normalises to nothing (only punctuation or spaces) matches nothing: it would otherwise match
   * every text.
   */
  public static boolean contains(String haystack, String needle) {
    String n = normalize(needle);
    return !n.isEmpty() && normalize(haystack).contains(n);
  }
}
