package org.baoku.quote;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.baoku.index.ChineseText;

/**
 * A text in the form quotations are compared in, with the way back: each folded code point
 * remembers the characters of the verbatim text it came from, so a span found in the folded form
 * is cut from the verbatim text exactly.
 *
 * <p>Each code point is folded on its own by {@link ChineseText#folded} (NFKC, so full-width forms
 * become half-width; punctuation and whitespace dropped; Latin lower-cased; traditional to
 * simplified). HanLP converts a whole text by phrases, so one character can fold differently by
 * its neighbours; folded one by one, both sides of a comparison fold every character the same way,
 * and the offsets stay exact. (The index's bigrams fold whole texts, so a rare phrase may give a
 * candidate query a bigram the index spells otherwise; the alignment does not depend on it.)
 */
final class Folded {

  /** Folded forms of the Basic Multilingual Plane, filled as met; a race only computes one twice. */
  private static final int[][] BMP = new int[Character.MAX_VALUE + 1][];
  private static final Map<Integer, int[]> ASTRAL = new ConcurrentHashMap<>();
  private static final int[] NONE = new int[0];

  /** The folded code points. */
  final int[] cps;
  /** For folded code point i, the verbatim text's characters {@code [from[i], to[i])}. */
  final int[] from;
  final int[] to;

  private Folded(int[] cps, int[] from, int[] to) {
    this.cps = cps;
    this.from = from;
    this.to = to;
  }

  static Folded of(String text) {
    int[] cps = new int[text.length()];
    int[] from = new int[text.length()];
    int[] to = new int[text.length()];
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      for (int f : fold(cp)) {
        if (n == cps.length) {
          cps = Arrays.copyOf(cps, 2 * n);
          from = Arrays.copyOf(from, 2 * n);
          to = Arrays.copyOf(to, 2 * n);
        }
        cps[n] = f;
        from[n] = i;
        to[n] = end;
        n++;
      }
      i = end;
    }
    return new Folded(Arrays.copyOf(cps, n), Arrays.copyOf(from, n), Arrays.copyOf(to, n));
  }

  int length() {
    return cps.length;
  }

  /** The folded text as a string. */
  String text() {
    return new String(cps, 0, cps.length);
  }

  private static int[] fold(int cp) {
    if (cp <= Character.MAX_VALUE) {
      int[] f = BMP[cp];
      if (f == null) {
        f = compute(cp);
        BMP[cp] = f;
      }
      return f;
    }
    return ASTRAL.computeIfAbsent(cp, Folded::compute);
  }

  private static int[] compute(int cp) {
    if (Character.isSurrogate((char) cp) && cp <= Character.MAX_VALUE) {
      return NONE;
    }
    int[] f = ChineseText.folded(new String(Character.toChars(cp))).codePoints().toArray();
    return f.length == 0 ? NONE : f;
  }
}
