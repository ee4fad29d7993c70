package org.baoku.answer;

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
   * before it, closing the question, or its name ({@code 检测机构是哪一家}, {@code 集中隔离点具体叫什么名字}:
   * group 2); not {@code 隔离点是哪个镇的}, which asks what holds the place the question names.
   */
  private static final Pattern NAMED_KIND_ASKED = Pattern.compile(
      "哪一?(?:几[个家所处]|[些家个所间座处])?" + NAMED_KIND + "|" + NAMED_KIND
          + "(?:具体|到底)?(?:是哪一?[家个所处座间]?[呢啊呀]?(?:[？?。]|$)|的?(?:具体)?(?:叫什么|叫啥|名字|名称|全称))");

  /**
   * Kinds of thing a name carries at its end ({@code “北京工会12351APP”}, {@code “西城职工”微信公众号}),
   * asked after a question word ({@code 下个啥APP}, {@code 哪个公众号}): a sentence without the word
   * names none. Digits may stand before the kind, unlike a place's name.
   */
  private static final Pattern THING_KIND_ASKED = Pattern.compile(
      "(?:什么|啥|哪一?[个款])(?:样的)?((?i)app|软件|小程序|公众号|微信群)");

  private NamedKinds() {}

  /** Whether {@code q} asks the name of a thing that carries its kind ({@code 下个啥APP}). */
  static boolean asksNamedThing(Question q) {
    return THING_KIND_ASKED.matcher(q.text()).find();
  }

  /** Whether {@code sentence} names the kind of thing {@code q} asks for. */
  static boolean namesThing(Question q, String sentence) {
    Matcher kind = THING_KIND_ASKED.matcher(q.text());
    return kind.find() && ChineseText.normalise(sentence).toLowerCase(Locale.ROOT)
        .contains(kind.group(1).toLowerCase(Locale.ROOT));
  }

  /** Whether {@code q} asks for a place or body by a kind its name carries ({@code 哪家医院}). */
  static boolean asksNamedKind(Question q) {
    return NAMED_KIND_ASKED.matcher(q.text()).find();
  }

  /**
   * Whether {@code sentence} names a place of the kind {@code q} asks for: the kind ({@code 医院})
   * after two characters of a name that the question does not give ({@code 保修车间} does not
   * answer {@code 保修分公司四厂哪个车间}).
   */
  static boolean mentionsKind(Question q, String sentence) {
    Matcher kind = NAMED_KIND_ASKED.matcher(q.text());
    if (!kind.find()) {
      return false;
    }
    return namesOne(ChineseText.normalise(sentence), ChineseText.normalise(q.text()),
        kind.group(1) != null ? kind.group(1) : kind.group(2));
  }

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
   * was answered by 加入社区志愿服务; stop 55, every answer of the 171 sets the same).
   */
  private static final Set<String> GENERIC_BEFORE =
      Set.of("一线", "防疫", "辖区", "当地", "附近", "就近", "各个", "定点", "基层", "所在", "居住", "对应");
  private static final String UNNAMED_BEFORE = "的到在去向对给为是各该此这那些个本入进沉援驻往";
}
