package org.baoku.answer;

import com.hankcs.hanlp.HanLP;

/**
 * A question's text as the rules read it: its English words ({@link EnglishInChinese}) and
 * Cantonese and Wu words ({@link Cantonese}, {@link Wu}) in Mandarin, in simplified characters, its literary words in
 * modern ones ({@link Classical}). One function, so that the question's reader and the follow-up's
 * subject carrier read the same text.
 */
public final class Mandarin {

  private Mandarin() {}

  /** {@code text} in modern Mandarin words and simplified characters. */
  public static String of(String text) {
    return Classical.modern(HanLP.convertToSimplifiedChinese(Cantonese.mandarin(Wu.mandarin(EnglishInChinese.asked(text)))));
  }
}
