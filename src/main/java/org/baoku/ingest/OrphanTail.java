package org.baoku.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;

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

  /**
   * Parts of speech a sentence may open with as a single character: prepositions, conjunctions,
   * pronouns, adverbs, numerals, measure words, locatives, particles, interjections, names.
   */
  private static final Set<Character> FUNCTION_TAGS =
      Set.of('p', 'c', 'r', 'd', 'm', 'q', 'f', 'u', 'e', 'y', 'o', 't', 's', 'w', 'x');

  private OrphanTail() {}

  /**
   * Index of the first paragraph of a foreign tail of {@code paragraphs}, or -1. The tail runs to
   * the end; at least one paragraph of the article stays before it.
   */
  static int start(List<String> titles, List<String> paragraphs, Vocabulary words) {
    for (int k = 1; k < paragraphs.size(); k++) {
      String head = String.join("\n", titles) + "\n" + String.join("\n", paragraphs.subList(0, k));
      String tail = String.join("\n", paragraphs.subList(k, paragraphs.size()));
      if (words.cosine(tail, head) < MAX_COSINE && opensMidWord(paragraphs.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code paragraph} starts inside a word: its first word, as HanLP segments it, is a
   * single Han character with a content part of speech (verb, adjective, noun), which is how the
   * second half of a cut word tags.
   */
  static boolean opensMidWord(String paragraph) {
    String head = paragraph.substring(0, Math.min(paragraph.length(), 24));
    if (head.isEmpty() || !Chars.isHan(head.codePointAt(0))) {
      return false;
    }
    List<Term> terms = HanLP.segment(head);
    if (terms.isEmpty() || terms.get(0).word.codePointCount(0, terms.get(0).word.length()) != 1) {
      return false;
    }
    String tag = String.valueOf(terms.get(0).nature);
    return !tag.isEmpty() && !FUNCTION_TAGS.contains(tag.charAt(0)) && !tag.startsWith("nr")
        && !tag.startsWith("ns") && !tag.startsWith("nt") && !tag.startsWith("nz");
  }
}
