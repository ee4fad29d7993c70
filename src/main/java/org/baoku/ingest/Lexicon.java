package org.baoku.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;

/**
 * Word-level questions the layout signals cannot answer, asked of HanLP's dictionary segmenter:
 * whether text was cut inside a word. The PDF cuts words at column ends ({@code 相关负} |
 * {@code 责人介绍}); a headline and the body under it, or a story and an unrelated column, meet at a
 * word boundary. HanLP loads its dictionary on first use (about a second), which only pages that
 * raise the question pay.
 */
final class Lexicon {

  /**
   * Parts of speech a sentence may open with as a single character: prepositions, conjunctions,
   * pronouns, adverbs, numerals, measure words, locatives, particles, interjections, times, places.
   */
  private static final Set<Character> FUNCTION_TAGS =
      Set.of('p', 'c', 'r', 'd', 'm', 'q', 'f', 'u', 'e', 'y', 'o', 't', 's', 'w', 'x');

  /** How far past a join segmentation looks; Chinese words are rarely longer. */
  private static final int REACH = 6;

  private Lexicon() {}

  /** Whether a word runs across the end of {@code left} into {@code right}. */
  static boolean joinsWord(String left, String right) {
    if (left.isEmpty() || right.isEmpty() || !Chars.isHan(left.codePointBefore(left.length()))
        || !Chars.isHan(right.codePointAt(0))) {
      return false;
    }
    String l = left.substring(Math.max(0, left.length() - REACH));
    String r = right.substring(0, Math.min(right.length(), REACH));
    int offset = 0;
    for (Term t : HanLP.segment(l + r)) {
      int end = offset + t.word.length();
      if (offset < l.length() && end > l.length()) {
        return true;
      }
      offset = end;
    }
    return false;
  }

  /**
   * Whether {@code paragraph} starts inside a word: its first word, as HanLP segments it, is a
   * single Han character with a content part of speech (verb, adjective, noun), which is how the
   * second half of a cut word tags ({@code 生健康} is the end of {@code 卫生健康}).
   */
  static boolean opensMidWord(String paragraph) {
    String head = paragraph.substring(0, Math.min(paragraph.length(), 4 * REACH));
    if (head.isEmpty() || !Chars.isHan(head.codePointAt(0))) {
      return false;
    }
    List<Term> terms = HanLP.segment(head);
    if (terms.isEmpty() || terms.get(0).word.length() != 1) {
      return false;
    }
    String tag = String.valueOf(terms.get(0).nature);
    return !tag.isEmpty() && !FUNCTION_TAGS.contains(tag.charAt(0)) && !tag.startsWith("nr")
        && !tag.startsWith("ns") && !tag.startsWith("nt") && !tag.startsWith("nz");
  }
}
