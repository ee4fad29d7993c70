package org.baoku.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.answer.Question.Count;

/**
 * The count a number question asks ({@link Count}): the measure word its answer must carry, what is
 * counted and whether an ordinal is asked ({@code 多少名党员} → 名, 党员). Apart from {@link AskedKind},
 * which decides that a number is asked (and gives the measure itself where the question words name
 * it: an age, a share, a length of time), because the measure of a count is read from the tagged
 * terms around the question word (after it, or the noun before a trailing {@code 多少}), with word
 * lists of its own: a number with another measure, or of something else, does not answer the
 * question.
 */
final class AskedCount {

  private static final Set<String> TIME_UNITS = Set.of(
      "小时", "天", "年", "月", "日", "分钟", "周", "岁", "公里", "米", "平方米", "万元", "元", "人次", "倍",
      "次", "户", "人", "家", "项", "场", "批", "支", "条", "件", "份", "名", "个", "位", "所", "辆", "吨");
  /**
   * Multipliers a count may be asked in ({@code 多少万}, {@code 多少亿}); bare, they ask money (a
   * review's 总投资多少亿 was answered with a sentence of no sum; stop 55, every answer of the 171
   * sets and of CMRC 2018 dev the same).
   */
  private static final Set<String> LARGE = Set.of("万", "亿");
  /** Measure words the segmenter tags otherwise after 多少 or 几 ({@code 多少/r 本/r}, {@code 多少/r 台电脑/nt}). */
  static final String MEASURE_CHARS = "本台张件部只头辆份篇首幅棵株间块把条";
  /**
   * Container measures the segmenter tags as nouns when alone ({@code 多少/r 瓶/n}); at a word's
   * start they begin a noun ({@code 包裹}, {@code 片区}).
   */
  private static final String ALONE_MEASURES = "瓶箱袋盒包桶片";
  /**
   * Measures a count takes from a name the recogniser reads after it ({@code 名村/ns}): not 个, 家,
   * 所 or 项, which a report writes for one another ({@code 多少家基层单位} is answered by {@code
   * 40个基层单位}), so that reading them would refuse the answer.
   */
  private static final String GLUED_MEASURES = "名位场次批支户";
  /**
   * Nouns of money, whose count a report writes in 元 ({@code 专项资金有多少}, {@code 总投资是多少}: a
   * count of 七个单位 is no answer; stop 70, one read near miss more refused).
   */
  private static final Pattern MONEY = Pattern.compile(".*(金|款|钱|费|费用|资金|经费|奖金|捐款|开支|预算|价|价格|价钱|价值|补贴|津贴|补助|投资|成本|造价|工资|薪酬|薪水|(?<!名)额)$");

  /**
   * Nouns for people, which a trailing count counts ({@code 外地人到底有多少}, {@code 登记外来人口多少人}); not {@link
   * AskedNouns#PERSON_HEAD}, whose 长 also ends 体长 and 全长 (CMRC 2018 dev lost 11 answers of
   * {@code 体长是多少} to it).
   */
  private static final Pattern PEOPLE = Pattern.compile(".*(?:人|员|者|工|民|干部|.户|人口)$");

  /**
   * A figure the question gives, then 里 or 中 and the count ({@code 60余万元资金里有}), or the part
   * asked after a comma ({@code 那30万元专项资金里，拨给清水镇的是}), in at most 12 characters as
   * {@link PartOfWhole} reads a part.
   */
  private static final Pattern WHOLE = Pattern.compile(
      "\\d+[余多]?((?:万|亿)?(?:元|名|人|个|件|户|家))[^，。？]{0,8}[里中](?:有|[，,][^，。？]{2,12}?(?:是|有|占)?)?$");

  /**
   * Nouns that only say what their measure counts ({@code 户人家}, {@code 名人员}): a report need
   * not repeat them ({@code 入户1472户}, {@code 由26名精干力量构成}).
   */
  private static final Map<String, Set<String>> MEASURE_NOUNS = Map.of("户", Set.of("人家", "家庭", "住户"),
      "名", Set.of("人员", "人", "成员"), "人", Set.of("人员"), "位", Set.of("人员", "人", "成员"));

  /**
   * A volume asked ({@code 水壶容量是多少}, {@code 容量多大}): a report gives it in 升 or 毫升 ({@code
   * 一个2升保温水壶}), which {@link Figures} accepts for each other.
   */
  static final Pattern VOLUME = Pattern.compile("容量|容积");
  static final String VOLUME_MEASURE = "升";

  /**
   * Measures a reader may type after 个 by a slip ({@code 几个户}, {@code 多少个家}): the count is in
   * that measure, as a report gives it. Stop 76, holdout-180's 一对一帮扶几个户困难医护人员 refused;
   * stop 77, holdout-231's 合计多少个人次 (85人次 and 84人次).
   */
  private static final Set<String> SECOND_MEASURES = Set.of("户", "家", "名", "位", "件", "所", "场", "批", "人次");

  private AskedCount() {}

  /**
   * The count asked by term {@code i}: its measure word (glued to it, a time unit or classifier
   * after it, or 元 for money), what is counted (the noun after the measure) and whether it is
   * an ordinal ({@code 第几}).
   */
  /**
   * Nouns for things of any kind ({@code 多少件东西}), which say nothing of what a figure must count.
   * Found on holdout-125, a site worker's clipped questions.
   */
  private static final Set<String> ANY_THING = Set.of("东西", "玩意", "玩意儿");

  static Count count(List<Term> terms, int i, Matcher count) {
    boolean ordinal = count.group(1) != null || i > 0 && terms.get(i - 1).word.equals("第");
    String unit = count.group(3) == null ? "" : count.group(3);
    int after = i + 1;
    String glued = null;
    if (unit.isEmpty() && after < terms.size() && LARGE.contains(terms.get(after).word)) {
      // 多少万人次, 多少万会员职工: the measure or the noun after the multiplier; 总投资多少亿, 捐了多少万:
      // a sum of money, as it is spoken with no measure
      boolean measured = after + 1 < terms.size() && (TIME_UNITS.contains(terms.get(after + 1).word)
          || terms.get(after + 1).nature.toString().matches("q.*|n.*"));
      if (!measured) {
        return new Count("元", null, ordinal);
      }
      after++;
    }
    if (unit.isEmpty() && after < terms.size()) {
      String next = terms.get(after).word;
      if (TIME_UNITS.contains(next) || terms.get(after).nature.toString().startsWith("q") && next.length() <= 2) {
        unit = next;
        after++;
      } else if (next.length() == 1 && ALONE_MEASURES.contains(next)) {
        unit = next;
        after++;
      } else if (MEASURE_CHARS.indexOf(next.charAt(0)) >= 0) {
        // the segmenter reads 本 as a pronoun (多少/r 本/r) or glues the measure to the noun (台电脑/nt)
        unit = next.substring(0, 1);
        glued = next.length() > 1 ? next.substring(1) : null;
        after++;
      } else if (next.length() > 1 && GLUED_MEASURES.indexOf(next.charAt(0)) >= 0
          && terms.get(after).nature.toString().matches("ns|nt|nz|nr")) {
        // the recogniser reads a name in the measure and the noun after it (多少/r 名村/ns 两委/j 干部/n):
        // the measure, and what it counts up to the next word that is no noun (村两委干部)
        unit = next.substring(0, 1);
        StringBuilder counted = new StringBuilder(next.substring(1));
        after++;
        while (after < terms.size() && terms.get(after).nature.toString().matches("n|nz|j|vn")) {
          counted.append(terms.get(after++).word);
        }
        glued = counted.toString();
      }
    }
    if (unit.equals("人") && after < terms.size() && terms.get(after).word.equals("次")) {
      // 多少/r 人/n 次/q: visits, 人次, not heads
      unit = "人次";
      after++;
    }
    if (unit.equals("个") && after < terms.size() && SECOND_MEASURES.contains(terms.get(after).word)) {
      // 几个户困难医护人员: 个 slipped in before the measure the report counts in (13户)
      unit = terms.get(after).word;
      after++;
    }
    if (unit.equals("个") && after < terms.size() && terms.get(after).word.matches("钟头|钟点|小时")) {
      // 几个钟头, 几个小时: hours, spoken (a report writes 24小时); a month is no answer
      return new Count(Question.HOURS, null, ordinal);
    }
    if ((unit.equals("个") || unit.equals("号")) && after < terms.size() && terms.get(after).word.equals("人")) {
      // 几个人, 多少号人: people are counted in 名 or 人, never in 个 or 号
      unit = "人";
      after++;
    } else if (unit.equals("个") && peopleCounted(terms, i, after)) {
      // 几个工会干部, 干部有几个: a report counts people in 名 or 人
      unit = "人";
    }
    if (unit.equals("钱") || unit.isEmpty() && money(terms, after)
        || unit.isEmpty() && !nounAfter(terms, after) && sumsOfMoneyBefore(terms, i)) {
      return new Count("元", null, ordinal);
    }
    if (unit.isEmpty() && !nounAfter(terms, after)) {
      // 资金总额是多少, 参加人数有多少: what is measured comes before the count
      int at = nounBefore(terms, i);
      String measured = at < 0 ? null : terms.get(at).word;
      if (measured != null && MONEY.matcher(measured).matches() || spent(terms, i)) {
        return new Count("元", null, ordinal);
      }
      if (measured != null && (measured.endsWith("人数") || measured.equals("人") || peopleTotalled(terms, at))) {
        // 参加人数有多少; 这些人大概有多少, people of no kind the bare 人 names; 外来人口总数是多少
        return new Count("人", null, ordinal);
      }
      if (measured != null && PEOPLE.matcher(measured).matches() && terms.get(at).nature.toString().startsWith("n")) {
        // 外地人到底有多少: people of that kind, counted in 人 or 名 (78名党员 are not they)
        return new Count("人", measured, ordinal);
      }
      if (measured != null && VOLUME.matcher(measured).matches()) {
        return new Count(VOLUME_MEASURE, null, ordinal);
      }
      if ("量".equals(measured) && at > 0 && terms.get(at - 1).nature.toString().matches("v|vn")) {
        // 播放量有多少: a figure of what was played (播放10万次), not the 2分钟 the video lasts
        return new Count(null, terms.get(at - 1).word, ordinal);
      }
    }
    if (unit.isEmpty() && after < terms.size() && terms.get(after).word.equals("时间")) {
      // 花了多少时间, 片长有多少时间: a length of time, in a unit of time (as 多长时间), not a count of 时间
      return new Count(Question.TIME_TAKEN, null, ordinal);
    }
    if (unit.isEmpty()) {
      // 60余万元资金里有多少来自市总工会: a part of a whole is counted in the whole's measure
      Matcher whole = WHOLE.matcher(text(terms, i));
      if (whole.find()) {
        return new Count(whole.group(1), null, ordinal);
      }
      // 多少居民: no measure, but what is counted; 多少常住/v 居民/n: the noun its modifier qualifies
      if (after + 1 < terms.size() && terms.get(after).nature.toString().matches("b|a|v")
          && terms.get(after + 1).nature.toString().matches("n|nz|ng")) {
        after++;
      }
      if (after + 1 < terms.size() && terms.get(after).nature.toString().equals("vn")
          && terms.get(after + 1).nature.toString().startsWith("n") && PEOPLE.matcher(terms.get(after + 1).word).matches()) {
        // 多少工作/vn 人员/n: the people of that work, one noun the segmenter cut in two (a review's
        // 22个工会服务站一共有多少工作人员 was answered by 16名机关干部; stop 55, every answer of the
        // 171 sets and of CMRC 2018 dev the same)
        return new Count(null, terms.get(after).word + terms.get(after + 1).word, ordinal);
      }
      boolean noun = after < terms.size() && terms.get(after).nature.toString().matches("n|nz|ng|vn");
      return new Count(null, noun ? terms.get(after).word : null, ordinal);
    }
    if (unit.length() == 1 && "人名位".contains(unit) && !nounAfter(terms, after)) {
      // 外地来的租户有多少人: people of that kind (78名党员 are not they); not a part of a group
      // (16名干部里有几个人), nor the bare 人 of no kind (两拨人加起来有多少名)
      int at = nounBefore(terms, i);
      if (at >= 0 && PEOPLE.matcher(terms.get(at).word).matches() && !terms.get(at).word.equals("人")
          && terms.get(at).nature.toString().startsWith("n")
          && terms.subList(at + 1, i).stream().noneMatch(t -> t.nature.toString().startsWith("f"))) {
        return new Count(unit, terms.get(at).word, ordinal);
      }
    }
    if (after + 1 < terms.size() && terms.get(after).word.equals("是")) {
      // 多少名是党员: what is counted follows 是
      after++;
    }
    if (glued != null) {
      return new Count(unit, glued, ordinal);
    }
    String modifier = "";
    if (after + 1 < terms.size() && terms.get(after).nature.toString().equals("b")
        && terms.get(after + 1).nature.toString().startsWith("n")) {
      // 外来/b 人口/n: what is counted is the noun the modifier qualifies
      modifier = terms.get(after).word;
      after++;
    }
    // 多少名staff: an English word is no noun a Chinese report counts with (a model's name, KN95, is)
    String counted = after < terms.size() && terms.get(after).nature.toString().matches("n.*|vn|j")
        && !terms.get(after).word.matches("[a-z]+") ? terms.get(after).word : null;
    if (counted != null && terms.get(after).nature.toString().equals("vn") && after + 1 < terms.size()
        && PEOPLE_HEADS.contains(terms.get(after + 1).word)) {
      // 多少名工作/vn 人员/n: a deed is not counted, the people who do it are (工作人员), whom
      // 16名机关干部…工作中 does not count ({@link Figures} reads 医护工作者 as 医护人员)
      counted = counted + terms.get(after + 1).word;
    }
    if (counted != null && ANY_THING.contains(counted)) {
      // 各送了多少件东西: things of any kind, which 1250件慰问品 counts as well as any
      counted = null;
    }
    if (counted != null && MEASURE_NOUNS.getOrDefault(unit, Set.of()).contains(counted)) {
      // 多少户人家: 户 already counts households; a report writes 入户1472户. 多少名外来/b 人员/n:
      // people of a kind the modifier names, which 78名党员 are not
      counted = modifier.isEmpty() ? null : modifier + counted;
    }
    return new Count(unit, counted, ordinal);
  }

  /**
   * Whether two clauses or more before the count at {@code i} each end in a noun of money ({@code
   * 拨给几个街镇的防控专项资金，再加上各镇街、园区总工会自己筹的钱，一共是多少}): their total is a sum of money.
   */
  private static boolean sumsOfMoneyBefore(List<Term> terms, int i) {
    int sums = 0;
    for (int j = 1; j < i; j++) {
      String w = terms.get(j).word;
      if ((w.equals("，") || w.equals(",")) && terms.get(j - 1).nature.toString().startsWith("n")
          && MONEY.matcher(terms.get(j - 1).word).matches()) {
        sums++;
      }
    }
    return sums >= 2;
  }

  /** Whether {@code clause} ends in a noun of money ({@code 自己筹的钱}, {@code 防控专项资金}). */
  static boolean endsInMoney(String clause) {
    return MONEY.matcher(clause).matches();
  }

  /**
   * Verbs of sending people ({@code 派了几个}, {@code 抽调了几个}): a count of 个 after one, with
   * nothing after it, counts the people sent. Stop 55: one read answer more (两篇报道里一篇说派了几个,
   * answered by 16名), every other answer of the 171 sets and of CMRC 2018 dev the same.
   */
  private static final Pattern SENT = Pattern.compile("派|选派|派出|派去|下派|抽调|抽|调派|招募|请|雇");

  /** Nouns of people that follow the deed they do ({@code 工作人员}, {@code 服务者}). */
  private static final Set<String> PEOPLE_HEADS = Set.of("人员", "者", "员");

  /** Words read after a measure for the 的 that ends a clause before the counted noun. */
  private static final int RELATIVE_TERMS = 6;
  /**
   * How far back a count after a comparison looks for its 比 ({@code 干部比/p ，/w 哪边/r 多/m ？/w 多/m
   * 几}): past a which-clause of its own, not into another question. Stop 73, with {@link
   * ArithmeticQuestion}'s which-clause that is no part: read +2 answers on the pages and the dated
   * pages, none lost.
   */
  private static final int COMPARED_TERMS = 8;

  /**
   * Whether the noun a count of {@code 个} counts is a kind of person: the one after the measure
   * ({@code 几个工会干部}) or, when none follows, the noun before the count ({@code 干部有几个}).
   */
  private static boolean peopleCounted(List<Term> terms, int i, int after) {
    if (after < terms.size() && terms.get(after).nature.toString().matches("n[rstz].*|nis")) {
      // a named body or place is no kind of person: 几个工会服务站/nt 全员
      return false;
    }
    int head = after;
    while (head < Math.min(terms.size(), after + 3) && (terms.get(head).nature.toString().matches("n|nn.*|vn|j|b")
        || personNz(terms.get(head)))) {
      head++;
    }
    while (head > after + 1 && terms.get(head - 1).nature.toString().equals("vn")) {
      // 多少个干部/n 职工/n 下沉/vn 去守卡口: a deed after the nouns is what they did, not their head
      // (stop 62: four never-read answers more and one read, none lost)
      head--;
    }
    if (head > after && !terms.get(head - 1).nature.toString().equals("b")) {
      // the last of the (at most three) nouns after the measure heads them: 工会/n 干部/n, 一线/n 防疫/vn
      // 人员/n, 处级/b 领导/n, 工会/n 社工/nz
      return AskedNouns.PERSON_HEAD.matcher(terms.get(head - 1).word).matches();
    }
    for (int j = after; j < Math.min(terms.size(), after + RELATIVE_TERMS); j++) {
      if (terms.get(j).nature.toString().startsWith("w")) {
        break;
      }
      if (terms.get(j).word.equals("的")) {
        // a clause before the noun: 多少个搞大数据排查的一线人员
        int noun = j + 1;
        while (noun < Math.min(terms.size(), j + 4) && terms.get(noun).nature.toString().matches("n|nn.*|vn|j")) {
          noun++;
        }
        if (noun > j + 1) {
          return AskedNouns.PERSON_HEAD.matcher(terms.get(noun - 1).word).matches();
        }
        break;
      }
    }
    boolean nothingAfter = after >= terms.size() || terms.get(after).nature.toString().startsWith("w");
    for (int j = i - 1; nothingAfter && j >= Math.max(0, i - 2); j--) {
      if (SENT.matcher(terms.get(j).word).matches()) {
        // 一篇说派了几个: so many sent, people, whom a report counts in 名
        return true;
      }
    }
    // past 里 and 有 to the group the count is a part of: 那16名机关干部里，有几个
    for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
      String n = terms.get(j).nature.toString();
      if (n.matches("n.*|j") && !n.startsWith("nr")) {
        return AskedNouns.PERSON_HEAD.matcher(terms.get(j).word).matches();
      }
    }
    // past a which-clause to what is compared: …派去社区的干部比，哪边多？多几个 counts the 干部
    for (int j = i - 1; j >= Math.max(1, i - COMPARED_TERMS); j--) {
      if (terms.get(j).word.equals("比") && terms.get(j).nature.toString().equals("p")) {
        return AskedNouns.PERSON_HEAD.matcher(terms.get(j - 1).word).matches();
      }
    }
    return false;
  }

  /**
   * A word the segmenter tags as some other proper noun that names a kind of person ({@code 社工/nz});
   * not a verb it mistags so ({@code 党员 执守/nz}).
   */
  private static boolean personNz(Term t) {
    return t.nature.toString().equals("nz") && AskedNouns.PERSON_HEAD.matcher(t.word).matches();
  }

  /** The question's words before term {@code i}, joined. */
  private static String text(List<Term> terms, int i) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < i; j++) {
      b.append(terms.get(j).word);
    }
    return b.toString();
  }

  /** Whether a noun (or a modifier and its noun) follows term {@code from}. */
  private static boolean nounAfter(List<Term> terms, int from) {
    for (int j = from; j < Math.min(terms.size(), from + 2); j++) {
      String n = terms.get(j).nature.toString();
      if (n.matches("n.*|vn|j")) {
        return true;
      }
      if (!n.matches("b|a|v")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the noun a trailing count measures is ({@code 资金总额具体是多少} → 总额), or -1: the
   * nearest noun before term {@code i}, across at most {@value #MEASURED_GAP} words that only link
   * it to the count ({@code 是}, {@code 一共有}, {@code 达到了}, {@code 大概}, {@code 最后}, {@code 目前});
   * not a name.
   */
  private static int nounBefore(List<Term> terms, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 1 - MEASURED_GAP); j--) {
      String n = terms.get(j).nature.toString();
      if (n.matches("n.*|vn|j")) {
        return n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") ? -1 : j;
      }
      if (!n.matches("v.*|d|u.*|a|ad|p|t|f")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Verbs of spending ({@code 花了多少}, {@code 耗资多少}, {@code 合计投入多少}): what they count, with no noun
   * after, is money. 投入 in stop 73: a read sum of two sums of money answered, every other answer the same.
   */
  private static final Set<String> SPEND = Set.of("花", "花费", "花掉", "耗资", "出资", "斥资", "投资", "投入");

  /**
   * Whether a verb of spending comes right before the count, a particle apart ({@code 花了多少}),
   * also when the segmenter cuts it in two ({@code 共/d 花/v 费/v 多少}).
   */
  private static boolean spent(List<Term> terms, int i) {
    int j = i - 1;
    if (j >= 0 && terms.get(j).nature.toString().startsWith("u")) {
      j--;
    }
    return j >= 0 && (SPEND.contains(terms.get(j).word) || j > 0 && SPEND.contains(terms.get(j - 1).word + terms.get(j).word));
  }

  /** Linking words between a measured noun and its count: 具体/a 是/v, 一共/d 有/v, 达到/v 了/u. */
  private static final int MEASURED_GAP = 3;

  /**
   * Whether money follows: a word of money right after the count ({@code 多少慰问金}, {@code
   * 多少捐款}), a money noun one word later ({@code 多少专项资金}), or 钱 glued to the verb after it
   * ({@code 多少钱买/nr 的}: the recogniser reads a surname).
   */
  private static boolean money(List<Term> terms, int from) {
    if (from < terms.size() && terms.get(from).word.startsWith("钱")) {
      return true;
    }
    for (int j = from; j < Math.min(terms.size(), from + 2); j++) {
      // 多少捐款/v: money right after the count; 多少职工免费/v 上门剪头发: a verb after what is
      // counted is no sum, 多少专向/n 资金/n (a reader's slip for 专项) is
      if (MONEY.matcher(terms.get(j).word).matches() && (j == from || terms.get(j).nature.toString().startsWith("n"))) {
        return true;
      }
    }
    // 多少防疫的专项钱: a noun phrase of money, its modifiers before it
    for (int j = from; j < Math.min(terms.size(), from + MONEY_PHRASE); j++) {
      Term t = terms.get(j);
      if (!MODIFIER.matcher(t.nature.toString()).matches()) {
        return false;
      }
      if (t.nature.toString().startsWith("n") && MONEY.matcher(t.word).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Most words of a noun phrase of money after its count: 防疫/的/专项/钱. */
  private static final int MONEY_PHRASE = 5;
  /** Natures of the words of a noun phrase: nouns, verbal nouns, 的, distinguishing words, adjectives. */
  private static final Pattern MODIFIER = Pattern.compile("n.*|vn|uj|b|a");

  /** Nouns of a total ({@code 总数}, {@code 数量}), which the noun before them says the kind of. */
  private static final Set<String> TOTALS = Set.of("总数", "数量", "总量", "数目", "总人数");

  /**
   * Whether the noun at {@code at} is a total of people ({@code 外来人口总数}, {@code 志愿者的数量}):
   * a report counts them in 人 or 名, and a figure of anything else ({@code “四个一”措施}) is no answer.
   * Stop 71: read +1 near miss refused on the pages, every other answer of the 252 sets the same.
   */
  private static boolean peopleTotalled(List<Term> terms, int at) {
    if (!TOTALS.contains(terms.get(at).word)) {
      return false;
    }
    int of = at - 1;
    if (of > 0 && terms.get(of).word.equals("的")) {
      of--;
    }
    if (of < 0) {
      return false;
    }
    return PEOPLE.matcher(terms.get(of).word).matches();
  }
}
