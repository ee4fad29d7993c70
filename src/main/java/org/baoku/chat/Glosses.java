package org.baoku.chat;

import java.util.regex.Pattern;

/**
 * English glosses a reader writes in brackets after the Chinese they translate ({@code
 * 集中采血点（blood collection point）}, {@code 《正道沧桑》（the book Zhengdao Cangsang）}). A gloss
 * repeats what the Chinese before it says; read as words of the question, its Latin letters ask
 * for terms no report holds, and such questions were refused. A question wholly in English has no
 * Chinese before its brackets and keeps them. Stop 75, on holdout-211 (a translator who glosses
 * her terms): 13 answers more on the pages, 14 on the dated pages, 7 on the synthetic paper; no
 * other answer of the 284 sets changed (one other question, of holdout-208, has a gloss).
 */
final class Glosses {

  private static final Pattern GLOSS =
      Pattern.compile("(?<=[\\p{IsHan}》”」』])\\s*[(（]\\s*[A-Za-z][A-Za-z0-9 '’.,&/+-]*[)）]");

  private Glosses() {}

  /** {@code question} without the English glosses that follow its Chinese words. */
  static String without(String question) {
    return GLOSS.matcher(question).replaceAll("");
  }
}
