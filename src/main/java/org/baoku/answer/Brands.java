package org.baoku.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;

/**
 * A question of a brand ({@code 是什么牌子的}, {@code 哪个品牌}). A brand is a name a report gives or
 * does not: the sentence that tells of the gift ({@code 送上自热米饭、牛奶}) is the model's best and
 * names none, so only a sentence that names a brand the question does not give answers.
 */
final class Brands {

  /** How the name of a body ends ({@code 特警大队}, {@code 经科卫支部}), which a firm's brand name does not. */
  private static final Pattern BODY_END = Pattern.compile("[队部组委会局处科所站院校厂社室办司团村镇乡区市县]$|中心$");
  private static final Pattern BRAND_ASKED = Pattern.compile("(?:什么|哪个|哪一|哪种|何种|哪家)(?:牌子|品牌|牌)");
  private static final Pattern BRAND_NAMED = Pattern.compile(
      "(?<![A-Za-z])([A-Za-z][A-Za-z0-9&'-]+)(?![A-Za-z])|(\\p{IsHan}{2,6})(?:牌|品牌)");

  private Brands() {}

  /** Whether {@code q} asks for a brand ({@code 是什么牌子的}, {@code 哪个品牌}). */
  static boolean asksBrand(Question q) {
    return BRAND_ASKED.matcher(q.text()).find();
  }

  /**
   * Whether a sentence names a brand the question does not: a name in Latin letters, one before
   * {@code 牌} or {@code 品牌}, or a firm's name as the tagger reads it ({@code 汉堡王/nt}), not a
   * body ({@code 特警大队}, {@code 经科卫支部}). Not a name in quotation marks: a report quotes
   * slogans and campaigns ({@code “工”克时艰}) far more often than brands.
   */
  static boolean namesABrand(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    String question = ChineseText.compact(q.text());
    Matcher named = BRAND_NAMED.matcher(sentence);
    while (named.find()) {
      String name = named.group(1) != null ? named.group(1) : named.group(2);
      if (!question.contains(ChineseText.compact(name))) {
        return true;
      }
    }
    if (!ChineseText.compact(sentence).contains(brandedThing(q))) {
      // a firm's name in a sentence that does not name the thing (基层单位/nt 充分利用小家冰箱 for
      // 自热米饭是什么牌子的) is no brand of it
      return false;
    }
    for (Term t : Tagger.tag(sentence)) {
      String n = t.nature.toString();
      // not nz: the tagger gives it to places and verbs as well (北房/nz, 值守/nz)
      if (n.startsWith("nt") && !BODY_END.matcher(t.word).find() && t.word.length() >= 2
          && !question.contains(t.word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The thing whose brand is asked, as its last two characters ({@code 自热米饭是什么牌子的} → 米饭,
   * {@code 扫码录入用的设备，是什么牌子的} → 设备); empty when the question names none before it.
   */
  static String brandedThing(Question q) {
    Matcher asked = BRAND_ASKED.matcher(q.text());
    if (!asked.find()) {
      return "";
    }
    String before = ChineseText.compact(q.text().substring(0, asked.start())).replaceFirst("(?:是|用的|的|为)+$", "");
    return before.length() >= 2 ? before.substring(before.length() - 2) : "";
  }
}
