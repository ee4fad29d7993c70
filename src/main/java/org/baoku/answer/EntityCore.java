package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * The distinctive part of a name ({@code 延庆} of {@code 北京市延庆区总工会}), and whether a text
 * mentions it. A paper puts its province before almost every body it reports on and a kind after
 * it, so the whole name tells two bodies apart no better than its core, and readers shorten a name
 * as the paper does not ({@code 九队} for {@code 第九车队}): every check of whom a sentence is about
 * matches names by their core.
 */
final class EntityCore {

  /** Share of a long entity core's bigrams that counts as mentioning it. */
  private static final double PARTIAL_MENTION = 0.5;

  /**
   * The province-level divisions of China: the first part of a name that a provincial or city
   * paper puts before almost every body it reports on ({@code 北京市总工会}), so it tells no two
   * of them apart.
   */
  private static final String PROVINCES = "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东"
      + "|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门";
  private static final Pattern PROVINCE = Pattern.compile("^(?:" + PROVINCES + ")");
  /** A generic first part of a name: a province-level division or "this city", longest first. */
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:本市|全市|我市|(?:" + PROVINCES + ")(?:特别行政区|\\p{IsHan}{0,3}?自治区|省|市)?)");

  private EntityCore() {}

  /** The distinctive part of a name; empty when nothing distinctive is left. */
  static String core(String entity) {
    String c = entity;
    Matcher prefix = PREFIX.matcher(c);
    if (prefix.find()) {
      c = c.substring(prefix.end());
    }
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String s : Names.SUFFIXES) {
        if (c.endsWith(s) && c.length() - s.length() >= 2) {
          c = c.substring(0, c.length() - s.length());
          cut = true;
          break;
        }
      }
    }
    return c;
  }

  /**
   * The provinces that open the question's names ({@code 河北} of {@code 河北省总工会}), which {@link
   * #core} drops because a paper puts its own before every body; one that no retrieved passage
   * names is a place the archive does not report on.
   */
  static List<String> provinces(Question q) {
    List<String> out = new ArrayList<>();
    for (String e : q.entities()) {
      Matcher m = PROVINCE.matcher(ChineseText.compact(e));
      if (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /**
   * Whether a normalised text names an entity core. A core of four or more characters may appear
   * in parts ({@code 急救培训} in {@code 急救…培训}, the tagger's compounds are not the writer's);
   * a short core ({@code 延庆}) whole or {@link #abbreviates abbreviating} a name. An empty or
   * one-character core says nothing.
   */
  static boolean mentions(String normText, String core) {
    if (core.length() < 2 || normText.contains(core)) {
      return true;
    }
    return core.length() >= 4 ? Lexical.match(core, normText, "") >= PARTIAL_MENTION : abbreviates(core, normText);
  }

  /** Kinds a body's or a place's short name ends in ({@code 九队}); a person's name is never shortened so. */
  private static final String SHORT_KINDS = "队组站所部处科室厂村镇区县局委";

  /**
   * The most characters left out before a short name's kind ({@code 防疫[志愿服务]队}). Stop 43: one
   * read false refusal answered, every other answer of the 107 sets and of CMRC 2018 dev the same.
   */
  private static final int DROPPED_BEFORE_KIND = 4;

  /** Whether {@code kind} follows position {@code i} within {@link #DROPPED_BEFORE_KIND} more ideographs. */
  private static boolean kindWithin(String normText, int i, char kind) {
    for (int j = i + 1; j < normText.length() && j <= i + DROPPED_BEFORE_KIND + 1; j++) {
      if (normText.charAt(j) == kind) {
        return true;
      }
      if (!Character.isIdeographic(normText.charAt(j)) || NOT_IN_A_NAME.indexOf(normText.charAt(j)) >= 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Characters of people and particles, which a name's dropped words ({@code 志愿服务}) do not hold:
   * {@code 防疫人员排队}, {@code 党员干部带队} and {@code 环卫工人在车站} shorten to no 防疫队, 党员队 or 环卫站.
   */
  private static final String NOT_IN_A_NAME = "人员工者部的在了和与及";

  /**
   * Whether a short core is the abbreviation of a body's or place's name in the text, its characters
   * in order with at most one left out between each two ({@code 九队} for {@code 第九车队}), or up to
   * {@link #DROPPED_BEFORE_KIND} before its kind ({@code 防疫队}), as Chinese shortens names; not a
   * person's ({@code 王奎} is not {@code 王万奎}).
   */
  private static boolean abbreviates(String core, String normText) {
    if (SHORT_KINDS.indexOf(core.charAt(core.length() - 1)) < 0) {
      return false;
    }
    for (int at = normText.indexOf(core.charAt(0)); at >= 0; at = normText.indexOf(core.charAt(0), at + 1)) {
      int i = at;
      int matched = 1;
      while (matched < core.length()) {
        char next = core.charAt(matched);
        if (i + 1 < normText.length() && normText.charAt(i + 1) == next) {
          i += 1;
        } else if (i + 2 < normText.length() && normText.charAt(i + 2) == next && Character.isIdeographic(normText.charAt(i + 1))) {
          i += 2;
        } else if (matched == core.length() - 1 && matched >= 2 && kindWithin(normText, i, next)) {
          // 防疫队 for 防疫志愿服务队: the words between a name's first two and its kind dropped
          i = normText.indexOf(next, i + 1);
        } else {
          break;
        }
        matched++;
      }
      if (matched == core.length()) {
        return true;
      }
    }
    return false;
  }
}
