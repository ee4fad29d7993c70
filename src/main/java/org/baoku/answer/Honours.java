package org.baoku.answer;

import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of the honour someone received ({@code 获得过什么全国荣誉}, {@code 得过啥奖}). The model
 * ranks first the sentence that repeats the question's names, which seldom names the medal; the
 * sentence that does ({@code 全国五一劳动奖章获得者}) answers from wherever it ranks, so the check
 * needs to know which sentences name an honour at all.
 */
final class Honours {

  /** An honour asked ({@code 获得过什么全国荣誉}, {@code 得过啥奖}, {@code 哪项称号}). */
  private static final Pattern HONOUR_ASKED =
      Pattern.compile("(?:什么|哪[项个些种]?)[^，。？?]{0,4}?(?:荣誉|奖项|奖章|奖励|称号|奖)");
  /** An honour named: a medal, prize or title ({@code 全国五一劳动奖章}, {@code 三八红旗手}, {@code 劳动模范}). */
  private static final Pattern HONOUR = Pattern.compile("奖章|奖|称号|荣誉|劳模|模范|标兵|先进|红旗手|能手|之星");

  private Honours() {}

  /** Whether {@code q} asks what honour someone received ({@code 获得过什么全国荣誉}). */
  static boolean asksHonour(Question q) {
    return !q.english() && HONOUR_ASKED.matcher(q.text()).find();
  }

  /** Whether {@code sentence} names an honour. */
  static boolean givesAnHonour(String raw) {
    return HONOUR.matcher(ChineseText.normalise(raw)).find();
  }
}
