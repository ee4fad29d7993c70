package org.baoku.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Whether a figure of the asked measure is the one asked or another of the same report: the whole
 * where a part is asked ({@link #countsTheWhole}), a total where a rate is, another group's or
 * another level's figure, one given to several where one member's share is, other money than the
 * pay asked, a round figure where an exact one is. A report gives several figures of one measure,
 * and {@link Figures} finds the near miss as readily as the answer.
 */
final class FigureCheck {

  /** A question for one member's own share of a figure. */
  private static final Pattern SHARE_ASKED = Pattern.compile("单独|具体分|分到|分得|各自|自己分|单给|只给|光给");
  /** The member a share is asked for, named after 单给 ({@code 单给大峪街道拨了多少}). */
  private static final Pattern SHARE_TO = Pattern.compile("(?:单|只|光)给(\\p{IsHan}{2,8}?)(?:拨|发|送|捐|投|划|的)");
  /** A figure given to each member, not to all together. */
  private static final Pattern EACH_GIVEN = Pattern.compile("分别|各|每");
  private static final Pattern CLAUSE = Pattern.compile("[，。；,;]");

  /** A group of people the question counts itself ({@code 那近1800名抽调干部}): figure and measure. */
  private static final Pattern GIVEN_GROUP = Pattern.compile("(\\d+)[余多]?([名人位])");

  private FigureCheck() {}

  /**
   * Whether a sentence counts another group of the people the question counts: {@code
   * 给那近1800名抽调干部职工买慰问品花了多少钱} is not answered by {@code 为177名机关干部送去慰问品27万元},
   * which gives the money for a group of another size. Not when the people are what is counted
   * ({@code 那5000多人当中医护人员有多少名}): the answer is a count of the same measure.
   */
  static boolean ofAnotherGroup(Question q, String raw) {
    Matcher given = GIVEN_GROUP.matcher(q.text());
    if (!given.find() || q.measure() != null && "名人位".contains(q.measure())) {
      return false;
    }
    Matcher counted = Pattern.compile("(\\d+)[余多]?" + given.group(2)).matcher(ChineseText.normalise(raw));
    boolean another = false;
    while (counted.find()) {
      if (counted.group(1).equals(given.group(1))) {
        return false;
      }
      another = true;
    }
    return another;
  }

  /**
   * A part asked of a group the question names: the group before {@code 中} or {@code 里}, the
   * part after it ({@code 下沉的干部职工中，女职工有多少名}, {@code 驰援的人次中，5月份有多少人次}).
   */
  private static final Pattern PART_OF_WHOLE = Pattern.compile(
      "(\\p{IsHan}{2,})(?:当中|之中|中|里头|里面|里)[，,]?([\\p{IsHan}\\d]{2,12}?)的?(?:具体|一共|共)?(?:有|占|是)?(?:多少|几)");
  /**
   * Characters at the end of a part asked after its count that name it: {@code 转运专班}, where the
   * part begins with what was done to it ({@code 被派到机场}). No answer of the read sets changed.
   */
  private static final int PART_TAIL = 4;
  /**
   * A part asked of a group, the part after its count ({@code 选派的机关干部中有多少名被派到机场转运专班}):
   * group 1 the group, group 2 what the part did or was.
   */
  private static final Pattern PART_AFTER = Pattern.compile(
      "(\\p{IsHan}{2,})(?:当中|之中|中|里头|里面|里)[，,]?有?(?:多少|几)[名个位人家支]?([\\p{IsHan}\\d]{2,12})");
  /**
   * Characters after a figure read for the group it counts ({@code 32名干部职工}): the group's name
   * follows its measure at once, and a longer reach finds the nouns of the clause's next phrase.
   */
  private static final int GROUP_AFTER = 6;

  /**
   * Whether every figure of the asked measure in a sentence counts the whole group the question
   * asks a part of: {@code 下沉支援双丰街道卡口值守的干部职工中，女职工有多少名} is not answered by
   * {@code 选派32名干部职工下沉支援双丰街道…}, nor {@code 驰援香河园街道社区的人次中，5月份有多少人次}
   * by {@code 驰援香河园街道社区85人次}: the report gives the total and not the part. A figure
   * followed by the part ({@code 15名女职工}) is the part's; one followed by neither group is not
   * read as the whole ({@code 应急物资里，酒精棉片每村有多少片} is answered by {@code 10000片酒精棉片}).
   * A part named after its count ({@code 机关干部中有多少名被派到机场转运专班}) is the whole's too
   * when the sentence lists it among others ({@code 选派了16名机关干部参与到集中隔离点、机场转运专班等}).
   */
  static boolean countsTheWhole(Question q, String raw) {
    if (q.asks() != Question.Asked.NUMBER) {
      return false;
    }
    Matcher asked = PART_OF_WHOLE.matcher(q.text());
    boolean after = false;
    if (!asked.find()) {
      asked = PART_AFTER.matcher(q.text());
      after = true;
      if (!asked.find()) {
        return false;
      }
    }
    String whole = asked.group(1).substring(asked.group(1).length() - 2);
    String part = asked.group(2);
    String sentence = ChineseText.normalise(raw);
    List<Phrase> figures = Figures.numbers(q, sentence);
    for (Phrase p : figures) {
      Matcher clauseEnd = Figures.CLAUSE_BREAK.matcher(sentence);
      int end = Math.min(clauseEnd.find(p.end()) ? clauseEnd.start() : sentence.length(), p.end() + GROUP_AFTER);
      String counted = sentence.substring(p.start(), end);
      if (!counted.contains(whole) || counted.contains(part)) {
        return false;
      }
    }
    if (after) {
      // 被派到机场转运专班: a sentence where it follows a count of its own (5名干部被派到机场转运专班)
      // answers; one where it is an item listed with others (集中隔离点、机场转运专班等) counts them all
      String tail = part.substring(Math.max(0, part.length() - PART_TAIL));
      int at = sentence.indexOf(tail);
      if (at >= 0 && !amongOthers(sentence, at, tail.length())) {
        return false;
      }
    }
    return !figures.isEmpty();
  }

  /** A rate asked per period of time ({@code 平均每天入户多少户}, {@code 每小时}): group 1 the period. */
  private static final Pattern RATE_ASKED = Pattern.compile("每一?个?(天|日|小时|周|星期|月|年)|([日天时周月年])(?:平)?均");
  /** The ways a sentence gives a rate of each period. */
  private static final Map<String, Pattern> RATE_GIVEN = Map.of(
      "天", Pattern.compile("每一?[天日]|[日天]平?均|(?<![第两二三四五六七八九十\\d])一[天日]"),
      "小时", Pattern.compile("每一?个?小时|时平?均|时速|(?<![第两二三四五六七八九十\\d])一个?小时"),
      "周", Pattern.compile("每一?(?:周|星期)|周平?均|(?<![第两二三四五六七八九十\\d])一(?:周|星期)"),
      "月", Pattern.compile("每一?个?月|月平?均|(?<![第两二三四五六七八九十\\d])一个月"),
      "年", Pattern.compile("每一?年|年平?均|(?<![第两二三四五六七八九十\\d])一年"));

  /**
   * Whether a question asks a figure per day, hour, week, month or year and no clause of the
   * sentence gives a figure at that rate ({@code 每天}, {@code 日均}, {@code 一天只有8班}):
   * {@code 平均每天入户多少户} is not answered by the total
   * {@code 入户1472户}, nor {@code 单道每天检测量} by {@code 单道每小时检测量约160人} or by {@code
   * 我每天6点前准时到岗，…已协助完成核酸检测1.8万人次}.
   */
  static boolean notAtTheRate(Question q, String raw) {
    Matcher rate = RATE_ASKED.matcher(q.text());
    if (q.asks() != Question.Asked.NUMBER || !rate.find()) {
      return false;
    }
    String period = rate.group(1) != null ? rate.group(1) : rate.group(2);
    String key = switch (period) {
      case "日", "天" -> "天";
      case "时", "小时" -> "小时";
      case "星期", "周" -> "周";
      default -> period;
    };
    for (String clause : CLAUSE.split(ChineseText.normalise(raw))) {
      if (RATE_GIVEN.get(key).matcher(clause).find() && !Figures.numbers(q, clause).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The whole of a city, district, county or town ({@code 全市}, {@code 全区}). Not {@code 全国},
   * which opens honours and bodies ({@code 全国五一劳动奖章}, {@code 全国人大}).
   */
  private static final Pattern WHOLE_OF = Pattern.compile("全(市|区|县|镇|乡)");

  /**
   * Whether a question asks a figure of the whole of one level ({@code 北京全市有多少人次}) and the
   * sentence gives it for the whole of another and not that one ({@code 全区20123人次}).
   */
  static boolean ofAnotherWhole(Question q, String raw) {
    Matcher asked = WHOLE_OF.matcher(q.text());
    if (q.asks() != Question.Asked.NUMBER || !asked.find()) {
      return false;
    }
    String sentence = ChineseText.normalise(raw);
    Matcher given = WHOLE_OF.matcher(sentence);
    return given.find() && !sentence.contains(asked.group());
  }

  /** An exact figure asked in so many words ({@code 确切是多少名}, {@code 准确数字}). */
  private static final Pattern EXACT_ASKED = Pattern.compile("确切|准确|精确|确数|精准");
  private static final String DIGITS = "[\\d一二两三四五六七八九十百千万]+";

  /**
   * Whether a question asks an exact figure and the sentence gives only a round one: {@code
   * 确切是多少名} is not answered by {@code 已有千余名一线医疗人员}, which says the report does not know
   * or does not tell. With no measure asked, every figure of the sentence is read.
   */
  static boolean onlyRoundWhereExactAsked(Question q, String raw) {
    if (!EXACT_ASKED.matcher(q.text()).find()) {
      return false;
    }
    String measure = q.measure() == null ? "" : Pattern.quote(q.measure());
    Matcher figure = Pattern.compile("(近|约|大约|将近)?(" + DIGITS + ")(余|多|来)?" + measure)
        .matcher(ChineseText.normalise(raw));
    boolean any = false;
    while (figure.find()) {
      if (figure.group(1) == null && figure.group(3) == null && !figure.group(2).matches("[百千万]")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether a sentence fails to give the share a question asks of one place or body ({@code
   * 清水镇单独拨了多少}, {@code 清水镇具体分到了多少}, {@code 单给大峪街道拨了多少}): it does not name that
   * member (the one after 单给, else the entity right before the asking word), or gives its figure
   * jointly to it and others ({@code
   * 向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元}). A figure given to each ({@code 分别},
   * {@code 各}, {@code 每}) is each one's.
   */
  static boolean notItsShare(Question q, String raw) {
    Matcher share = SHARE_ASKED.matcher(q.text());
    if (q.asks() != Question.Asked.NUMBER || !share.find()) {
      return false;
    }
    Matcher to = SHARE_TO.matcher(q.text());
    String member = to.find() ? to.group(1) : null;
    int nearest = member == null ? -1 : Integer.MAX_VALUE;
    for (String e : q.entities()) {
      int at = q.text().lastIndexOf(e, share.start());
      if (at > nearest) {
        nearest = at;
        member = ChineseText.compact(e);
      }
    }
    if (member == null) {
      return false;
    }
    String sentence = ChineseText.normalise(raw);
    if (!ChineseText.compact(sentence).contains(member)) {
      return true;
    }
    for (String clause : CLAUSE.split(sentence)) {
      int at = clause.indexOf(member);
      if (at < 0 || EACH_GIVEN.matcher(clause).find()) {
        continue;
      }
      if (listed(clause, at, member.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One recipient of a grant a question names, before the verb ({@code 给清水镇拨了多少}, group 1)
   * or after it ({@code 拨给清水镇的资金是多少}, group 2).
   */
  private static final Pattern RECIPIENT = Pattern.compile(
      "给(\\p{IsHan}{2,8}?)(?:拨|发|送|捐|划|投)|(?:拨|发|送|捐|划|投)给(\\p{IsHan}{2,8}?)的");

  /**
   * Whether a sentence gives one figure to the recipient a question names and to others listed
   * with it that the question does not name: {@code 门头沟区总工会给清水镇拨了多少防控专项资金} is not
   * answered by {@code 向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元}, the three together: the
   * list and the figure in one clause, and no {@code 分别} or {@code 各} in the sentence. As
   * {@link #notItsShare} reads a share asked in so many words ({@code 单独}, {@code 分到}); a
   * question naming every one listed asks the whole.
   */
  static boolean givenJointly(Question q, String raw) {
    Optional<String> recipient = recipient(q);
    if (recipient.isEmpty()) {
      return false;
    }
    String member = recipient.get();
    String question = ChineseText.normalise(q.text());
    String sentence = ChineseText.normalise(raw);
    if (EACH_GIVEN.matcher(sentence).find()) {
      // 向两个村分别捐赠4000个口罩: each got as much
      return false;
    }
    for (String clause : CLAUSE.split(sentence)) {
      int at = clause.indexOf(member);
      if (at < 0 || Figures.numbers(q, clause).isEmpty()) {
        continue;
      }
      if (listed(clause, at, member.length()) && !namesAnotherListed(question, clause, at, member.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words at {@code [at, at + length)} of {@code sentence} end an item listed with
   * others: a 、 within {@value #PART_TAIL} characters before them, or 、 or 等 right after.
   */
  private static boolean amongOthers(String sentence, int at, int length) {
    int end = at + length;
    return end < sentence.length() && "、等".indexOf(sentence.charAt(end)) >= 0
        || sentence.substring(Math.max(0, at - PART_TAIL), at).contains("、");
  }

  /** Whether {@code [at, at + length)} of {@code clause} is an item listed with 、. */
  private static boolean listed(String clause, int at, int length) {
    return at > 0 && clause.charAt(at - 1) == '、'
        || at + length < clause.length() && clause.charAt(at + length) == '、';
  }

  /** The one recipient a question asks a sum of ({@code 给清水镇拨了多少}: 清水镇), compacted. */
  static Optional<String> recipient(Question q) {
    Matcher to = RECIPIENT.matcher(q.text());
    return q.asks() == Question.Asked.NUMBER && to.find()
        ? Optional.of(ChineseText.compact(to.group(1) != null ? to.group(1) : to.group(2))) : Optional.empty();
  }

  /** Characters of a listed neighbour looked for in the question: a place's name, not what follows it. */
  private static final int NEIGHBOUR_CHARS = 4;

  /**
   * Whether {@code question} names the item listed with 、 right before or after the member at
   * {@code [at, at + length)} of {@code clause}: the end of the one before ({@code 大峪街道、}) or the
   * start of the one after ({@code 、清水镇拨付…}), at most {@value #NEIGHBOUR_CHARS} characters of each.
   */
  private static boolean namesAnotherListed(String question, String clause, int at, int length) {
    String before = clause.substring(0, at);
    String after = clause.substring(at + length);
    String previous = before.endsWith("、")
        ? before.substring(before.lastIndexOf('、', before.length() - 2) + 1, before.length() - 1) : "";
    String next = after.startsWith("、") ? after.substring(1).split("[、和及与]", 2)[0] : "";
    return previous.length() >= 2 && question.contains(previous.substring(Math.max(0, previous.length() - NEIGHBOUR_CHARS)))
        || next.length() >= 2 && question.contains(next.substring(0, Math.min(NEIGHBOUR_CHARS, next.length())));
  }

  /**
   * Kinds of pay a question may ask the amount of: a figure of other money (a grant, a fund)
   * does not answer them. Each is found by the words a sentence giving it must use.
   */
  private static final Map<Pattern, Pattern> PAY = Map.of(
      Pattern.compile("工资|薪水|薪酬|薪资|月薪|年薪|工钱"), Pattern.compile("工资|薪|工钱"),
      Pattern.compile("奖金"), Pattern.compile("奖"),
      Pattern.compile("津贴|补贴|补助"), Pattern.compile("津贴|补贴|补助"),
      Pattern.compile("加班费"), Pattern.compile("加班"),
      Pattern.compile("报酬|劳务费|讲课费|课时费|稿费"), Pattern.compile("酬|劳务费|讲课费|课时费|稿费"));

  /**
   * Whether a question asks an amount of pay ({@code 一个月工资给多少钱}, {@code 讲课费花了多少钱})
   * and the sentence does not name that pay: {@code 拨付防控专项资金30万元} is another sum.
   */
  static boolean notThePay(Question q, String raw) {
    if (q.asks() != Question.Asked.NUMBER) {
      return false;
    }
    for (Map.Entry<Pattern, Pattern> pay : PAY.entrySet()) {
      if (pay.getKey().matcher(q.text()).find() && !pay.getValue().matcher(raw).find()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code q} asks for an age ({@code 多大年纪}, {@code how old}): a number of 岁. */
  static boolean asksAge(Question q) {
    return q.asks() == Question.Asked.NUMBER && "岁".equals(q.measure());
  }

}
