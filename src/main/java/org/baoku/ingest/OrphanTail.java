package org.baoku.ingest;

import java.util.List;

/**
 * Finds text glued to the end of an article that belongs to another story: a column continued
 * from another page, which extraction placed after the article above it (page 002: {@code
 * 生健康和民生保障相关职工的关心关怀。} after the Huairou story). Such a tail has no headline or
 * byline to mark it, so two weaker signals must agree: it shares almost none of the article's
 * distinctive words, and its first word is cut ({@code 生健康} is the end of {@code 卫生健康}), which
 * a paragraph of the article itself never is.
 */
final class OrphanTail {

  /**
   * Highest cosine between tail and article for the tail to count as foreign. The orphan on page
   * 002 measured 0.02; the real last paragraphs of the bundled articles 0.06 and up.
   */
  static final double MAX_COSINE = 0.05;

  private OrphanTail() {}

  /**
   * Index of the first paragraph of a foreign tail of {@code paragraphs}, or -1. The tail runs to
   * the end; at least one paragraph of the article stays before it.
   */
  static int start(List<String> titles, List<String> paragraphs, Vocabulary words) {
    for (int k = 1; k < paragraphs.size(); k++) {
      String head = String.join("\n", titles) + "\n" + String.join("\n", paragraphs.subList(0, k));
      String tail = String.join("\n", paragraphs.subList(k, paragraphs.size()));
      if (words.cosine(tail, head) < MAX_COSINE && Lexicon.opensMidWord(paragraphs.get(k))) {
        return k;
      }
    }
    return -1;
  }
}
