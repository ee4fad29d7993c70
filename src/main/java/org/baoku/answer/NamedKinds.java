package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of a place or thing by the kind its name carries ({@code 哪家医院}, {@code 哪一处隔离点},
 * {@code 下个啥APP}). Such a name always ends in its kind, so a sentence without the word names
 * none, and one that has the word with no name before it ({@code 到医院}, {@code 一线派出所民警})
 * names none either; where every chosen sentence leaves the place unnamed, the sentence that names
 * one of that kind answers better.
 */
final class NamedKinds {

  /**
   * Modifiers that make a kind of place more particular without naming one ({@code 集中隔离点},
   * {@code 核酸检测点}, {@code 项目工地}): the name, if any, comes before them.
   */
  private static final Set<String> KIND_MODIFIERS = Set.of("集中", "核酸", "项目");
  /**
   * Kinds of place a name always carries ({@code 北京协和医院}, {@code 大峪花园社区}, {@code
   * 榆垓镇兴安健康公寓集中隔离点}; {@code 北京市红十字血液中心} is no 血站), asked after a question word
   * ({@code 哪家医院}, {@code 哪一处隔离点}): a sentence without the word names none of them. The
   * kinds from 车间 on were added in stop 25: over every read seed-format set two more near misses
   * refused and no answer lost; 学校 and 公园 were left out, since many names carry neither
   * ({@code 北京大学}, {@code 颐和园}). A {@link #KIND_MODIFIERS modifier} may come between
   * ({@code 哪个项目工地}): in stop 30, 3 more near misses refused of the 294 of the never-read sets,
   * 3 of the read sets' 735, and no answer lost. 公司 is left out: many firms go by a name without
   * it ({@code 京东}, {@code 七星集团}); with it one more read near miss was refused ({@code
   * 由哪家公司开发的}) and CMRC 2018 dev lost 9 answers of 3,219 (2,525 → 2,516), as in stop 37.
   */
  private static final List<String> NAMED_KINDS = List.of("医院", "血站", "银行", "超市", "酒店", "宾馆", "饭店", "商场",
      "幼儿园", "派出所", "法院", "检察院", "博物馆", "图书馆", "体育馆", "电影院", "剧院", "车间", "社区", "街道", "工地",
      "隔离点", "检测点", "供应商", "检测机构", "快餐店", "餐厅", "药店");
  private static final String NAMED_KIND = "(?:" + String.join("|", KIND_MODIFIERS) + ")?(" + String.join("|", NAMED_KINDS) + ")";
  /**
   * A place of a named kind asked: after the question word ({@code 哪一处隔离点}: group 1), or
   * before it, closing the question, or its name ({@code 检测机构是哪一家}, {@code 集中隔离点具体叫什么名字},
   * {@code 那个检测机构，名称是什么}: group 2); not {@code 隔离点是哪个镇的}, which asks what holds the place the question names.
   */
  private static final Pattern NAMED_KIND_ASKED = Pattern.compile(
      "哪一?(?:几[个家所处]|[些家个所间座处])?" + NAMED_KIND + "|" + NAMED_KIND
          + "(?:具体|到底)?(?:是哪一?[家个所处座间]?[呢啊呀]?(?:[？?。]|$)|[，,]?的?(?:具体)?(?:叫什么|叫啥|名字|名称|全称))");

  /**
   * Kinds of thing a name carries at its end ({@code “北京工会12351APP”}, {@code “西城职工”微信公众号}),
   * asked after a question word ({@code 下个啥APP}, {@code 哪个公众号}): a sentence without the word
   * names none. Digits may stand before the kind, unlike a place's name.
   */
  private static final Pattern THING_KIND_ASKED = Pattern.compile(
      "(?:什么|啥|哪一?[个款])(?:样的)?((?i)app|软件|小程序|公众号|微信群)");
  /**
   * The same kinds asked by the name after them ({@code 这个公众号叫什么名字}): the reader has the
   * thing already, so only a name the question does not give answers ({@code 在创新工作室微信公众号中推广}
   * names none). Stop 68, over 232 sets: read +2 near misses refused on every corpus, every other
   * answer the same; before a title in 《》 counted as the name, two read answers were lost
   * ({@code 小程序叫什么}: 《胡家堡村外来人口登记专属程序》).
   */
  private static final Pattern THING_NAME_ASKED = Pattern.compile(
      "((?i)app|软件|小程序|公众号|微信群)(?:具体|到底)?的?(?:叫什么|叫啥|名字|名称|全称)");
  /** Words a thing's kind carries before it that name nothing ({@code 微信公众号}, {@code 官方APP}). */
  private static final Pattern THING_KIND_MODIFIER = Pattern.compile("(?:微信|官方|手机|专属)$");

  private NamedKinds() {}

  /** Whether {@code q} asks the name of a thing that carries its kind ({@code 下个啥APP}). */
  static boolean asksNamedThing(Question q) {
    return THING_KIND_ASKED.matcher(q.text()).find() || THING_NAME_ASKED.matcher(q.text()).find();
  }

  /**
   * Whether {@code sentence} names the kind of thing {@code q} asks for; asked by its name ({@link
   * #THING_NAME_ASKED}), one whose name the question does not give, before the kind or as a title.
   */
  static boolean namesThing(Question q, String sentence) {
    String text = ChineseText.normalise(sentence).toLowerCase(Locale.ROOT);
    Matcher kind = THING_KIND_ASKED.matcher(q.text());
    if (kind.find()) {
      return text.contains(kind.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher named = THING_NAME_ASKED.matcher(q.text());
    if (!named.find()) {
      return false;
    }
    if (Specifics.namesATitle(q, sentence)) {
      // 编制《胡家堡村外来人口登记专属程序》: the title names the 小程序
      return true;
    }
    String thing = named.group(1).toLowerCase(Locale.ROOT);
    String question = ChineseText.normalise(q.text()).toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(thing); at >= 0; at = text.indexOf(thing, at + 1)) {
      String before = THING_KIND_MODIFIER.matcher(text.substring(0, at)).replaceFirst("");
      if (namedBefore(before, question)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The share of a noun's pairs of characters the question holds from which it is the question's
   * own thing ({@code 创新工作室} for {@code 工作室的微信公众号}), not a name it does not know. Set, not
   * fitted: the one read near miss it decides holds all of them, and half is what {@link
   * AbsentTopic} reads as a name written.
   */
  private static final double OWN_WORDS = 0.5;

  /**
   * Characters before a thing's kind read for its name: enough for the tagger to read the last word
   * whole (创新工作室, 北京工会); set, not fitted.
   */
  private static final int NAME_CONTEXT = 12;

  /**
   * Whether {@code before} ends with a name: a quoted or titled one ({@code “西城职工”}), letters or
   * digits ({@code 北京工会12351}), or a noun the question does not give ({@code 平谷职工}, not the
   * question's own {@code 创新工作室} for {@code 工作室}, nor a verb: {@code 下载APP}).
   */
  private static boolean namedBefore(String before, String question) {
    if (before.isEmpty()) {
      return false;
    }
    char last = before.charAt(before.length() - 1);
    if ("”》」\"'".indexOf(last) >= 0 || Character.isLetterOrDigit(last) && last < 0x3000) {
      return true;
    }
    List<Term> terms = Tagger.tag(before.substring(Math.max(0, before.length() - NAME_CONTEXT)));
    Term word = terms.isEmpty() ? null : terms.get(terms.size() - 1);
    return word != null && word.word.length() >= 2 && word.nature.toString().startsWith("n")
        && Lexical.pairShare(word.word, question) < OWN_WORDS;
  }

  /** Whether {@code q} asks for a place or body by a kind its name carries ({@code 哪家医院}). */
  static boolean asksNamedKind(Question q) {
    return NAMED_KIND_ASKED.matcher(q.text()).find();
  }

  /** The kind of place or body {@code q} asks for by its name ({@code 哪家医院}: 医院), if it asks one. */
  static Optional<String> kindAsked(Question q) {
    Matcher kind = NAMED_KIND_ASKED.matcher(q.text());
    return kind.find() ? Optional.of(kind.group(1) != null ? kind.group(1) : kind.group(2)) : Optional.empty();
  }

  /**
   * Whether {@code sentence} names a place of the kind {@code q} asks for: the kind ({@code 医院})
   * after two characters of a name that the question does not give ({@code 保修车间} does not
   * answer {@code 保修分公司四厂哪个车间}).
   */
  static boolean mentionsKind(Question q, String sentence) {
    Optional<String> kind = kindAsked(q);
    if (kind.isEmpty()) {
      return false;
    }
    String asked = kind.get();
    String s = ChineseText.normalise(sentence);
    String question = ChineseText.normalise(q.text());
    return (HOTELS.contains(asked) ? HOTELS : List.of(asked)).stream().anyMatch(k -> namesOne(s, question, k));
  }

  /**
   * Kinds a reader names for one another: a hotel is a 饭店 to many ({@code 去了哪一家饭店} of
   * {@code 桔子酒店}: stop 77, holdout-227 refused it).
   */
  private static final List<String> HOTELS = List.of("饭店", "酒店", "宾馆");

  /**
   * For a question asking where ({@code 施剑下沉到哪了}): the kind of place every one of {@code chosen}
   * writes without a name ({@code 下沉到集中隔离点}), if any, which a sentence naming one of that
   * kind ({@code 下沉到榆垓镇兴安健康公寓集中隔离点}) answers better.
   */
  static Optional<String> kindLeftUnnamed(Question q, List<String> chosen) {
    String question = ChineseText.normalise(q.text());
    for (String kind : NAMED_KINDS) {
      if (chosen.stream().map(ChineseText::normalise)
          .allMatch(s -> s.contains(kind) && !namesOne(s, question, kind))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code s} names a place of {@code kind}: the kind after two characters of a name {@code question} does not give. */
  static boolean namesOne(String s, String question, String kind) {
    for (int at = s.indexOf(kind); at >= 0; at = s.indexOf(kind, at + 1)) {
      int end = at;
      while (end >= 2 && KIND_MODIFIERS.contains(s.substring(end - 2, end))) {
        // 兴安健康公寓集中隔离点: the name is before the kind's own modifier
        end -= 2;
      }
      String before = s.substring(Math.max(0, end - 2), end);
      if (before.length() == 2 && before.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN) && UNNAMED_BEFORE.indexOf(before.charAt(1)) < 0
          && !GENERIC_BEFORE.contains(before) && !question.contains(before)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What comes before a kind of place that names none ({@code 一线派出所民警}, {@code 到医院}, {@code
   * 各医院}, {@code 到集中隔离点}, {@code 本社区}): a modifier every such place shares, or a function
   * word right before the kind or its {@link #KIND_MODIFIERS modifier}, or a verb of going into it
   * ({@code 加入社区志愿服务}, {@code 下沉社区}, {@code 进驻}, {@code 前往}: a review's 柳寅被派去支援哪个社区
   * was answered by 加入社区志愿服务; stop 55, every answer of the 171 sets the same). 驻点, 指定 and 临时
   * as 定点 in stop 76: 支援驻点核酸检测机构 names no 检测机构 (a read near miss of holdout-223).
   */
  private static final Set<String> GENERIC_BEFORE =
      Set.of("一线", "防疫", "辖区", "当地", "附近", "就近", "各个", "定点", "驻点", "指定", "临时", "基层", "所在", "居住",
          "对应");
  private static final String UNNAMED_BEFORE = "的到在去向对给为是各该此这那些个本入进沉援驻往";
}
