package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Whether a sentence gives only the whole of a group where the question asks a part of it ({@link
 * #countsTheWhole}): the report counts everyone sent and not the women among them. One of the
 * figure checks {@link KindCheck} runs beside {@link FigureCheck}.
 */
final class PartOfWhole {

  private PartOfWhole() {}

  /**
   * A 中 that is a word's first character, not "among" ({@code 区疾控中心的处级领导有几名} asks no part
   * of a 区疾控 group): 中心, 中央, 中国, 中华, 中间, 中层, 中期, 中午, 中旬, 中队, 中学 and 中医, but
   * not 中 before 学生 or 医生 / 医护 ({@code 参加活动的职工中学生有多少名} asks a part).
   */
  private static final String NOT_A_WORD = "(?![心央国华间层期午旬队]|学(?!生)|医(?![生护]))";

  /**
   * A part asked of a group the question names: the group before {@code 中} or {@code 里}, the
   * part after it ({@code 下沉的干部职工中，女职工有多少名}, {@code 驰援的人次中，5月份有多少人次}),
   * of at most 12 characters or bracketed asides ({@code 属于村（社区）服务站一级的}: an aside counts as one).
   */
  private static final Pattern PART_OF_WHOLE = Pattern.compile(
      "(\\p{IsHan}{2,})(?:当中|之中|中" + NOT_A_WORD + "|里头|里面|里)[，,]?((?:[\\p{IsHan}\\d]|（[^）]{1,6}）|\\([^)]{1,6}\\)){2,12}?)的?(?:具体|一共|共)?(?:有|占|是)?(?:多少|几)");
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
      "(\\p{IsHan}{2,})(?:当中|之中|中" + NOT_A_WORD + "|里头|里面|里)[，,]?有?(?:多少|几)[名个位人家支]?([\\p{IsHan}\\d]{2,12})");
  /**
   * Words that ask the whole after {@code 里} ({@code 支援队里一共有多少人}, stop 81, holdout-178), read
   * as the part by {@link #PART_OF_WHOLE}.
   */
  private static final Pattern WHOLE_ASKED = Pattern.compile("(?:一共|总共|共计|合计|加起来|总计|全部|总共是|一共是)");

  /** A figure given to each of several ({@code 分别捐赠}, {@code 各拨付}, {@code 每村}). */
  private static final Pattern EACH = Pattern.compile("分别|各|每");

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
    if (WHOLE_ASKED.matcher(part).matches()) {
      // 支援队里一共有多少人: the group's total, no part of it
      return false;
    }
    String sentence = ChineseText.normalise(raw);
    Optional<String> wholeCounted = countOf(q.text(), asked.start(1), asked.group(1));
    List<Phrase> figures = Figures.numbers(q, sentence);
    for (Phrase p : figures) {
      Matcher clauseEnd = Figures.CLAUSE_BREAK.matcher(sentence);
      int clause = clauseEnd.find(p.end()) ? clauseEnd.start() : sentence.length();
      int clauseStart = 0;
      Matcher breaks = Figures.CLAUSE_BREAK.matcher(sentence).region(0, p.start());
      while (breaks.find()) {
        clauseStart = breaks.end();
      }
      if (EACH.matcher(sentence.substring(clauseStart, p.start())).find()) {
        // 向两个村分别捐赠4000个口罩: each one's figure, the part's as much as any other's
        return false;
      }
      String counted = sentence.substring(p.start(), Math.min(clause, p.end() + GROUP_AFTER));
      String rest = sentence.substring(p.end(), clause);
      boolean ofTheWhole = counted.contains(whole) || headedBy(rest, whole, part)
          || (wholeCounted.isPresent() ? rest.contains(wholeCounted.get()) : countsSeveral(rest, whole))
          || joinedWith(rest, part);
      int did = rest.indexOf(ChineseText.normalise(part));
      if (!ofTheWhole || counted.contains(part) || did >= 0 && did <= GROUP_AFTER && rest.substring(0, did).endsWith(whole)) {
        // 60余名干部职工每日下沉对应社区（村）: the whole group did what the part asked did
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

  /**
   * The count the question gives its whole with ({@code 3支支援队中，参与封控督查的那支有多少人}: {@code
   * 3支}), if any: a figure in the clause that names the same count ({@code 由26名精干力量构成的3支
   * 支援队}) is of all of them, however far from the group's name it stands.
   */
  private static Optional<String> countOf(String question, int wholeStart, String whole) {
    Matcher count = COUNT_BEFORE.matcher(question.substring(0, wholeStart));
    return count.find() ? Optional.of(count.group() + whole.charAt(0)) : Optional.empty();
  }

  /**
   * Whether the words after a figure, to the end of its clause, are a phrase headed by the whole
   * group ({@code 10名下沉一线参加村疫情防控工作的党员干部}): a modifier with 的 and the group's name
   * last, however long the modifier, and the modifier not the part asked ({@code 党员干部中有多少名
   * 下沉到口子村}: 下沉一线… says the figure is of those who went, the part).
   */
  private static boolean headedBy(String rest, String whole, String part) {
    if (!rest.endsWith(whole) || !rest.contains("的")) {
      return false;
    }
    for (int i = 0; i + 2 <= part.length(); i++) {
      if (rest.contains(part.substring(i, i + 2))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words after a figure name several of the whole group ({@code 由26名精干力量构成的3支
   * 支援队}): the figure is of them all, where the question asks one of them ({@code 支援队里，…
   * 那一支有多少人}) without counting them.
   */
  private static boolean countsSeveral(String rest, String whole) {
    return Pattern.compile("(?:\\d+|[两二三四五六七八九十]{1,3})[个支组批队]\\p{IsHan}{0,3}?" + Pattern.quote(whole))
        .matcher(rest).find();
  }

  /**
   * Whether the words after a figure count the part together with others ({@code 抽调28名党员干部和
   * 专职社工}): the figure is of both, not of the part asked.
   */
  private static boolean joinedWith(String rest, String part) {
    String tail = part.substring(Math.max(0, part.length() - PART_TAIL));
    int at = rest.indexOf(tail);
    return at > 0 && "和及与、".indexOf(rest.charAt(at - 1)) >= 0
        || at >= 0 && at + tail.length() < rest.length() && "和及与、".indexOf(rest.charAt(at + tail.length())) >= 0;
  }

  /**
   * Digits right before a group's measure word ({@code 3}支): numerals are Han characters, which the
   * group's name before 中 takes in, so {@code 三支支援队中} is read by {@link #countsSeveral}.
   */
  private static final Pattern COUNT_BEFORE = Pattern.compile("\\d+$");

  /**
   * Whether the words at {@code [at, at + length)} of {@code sentence} end an item listed with
   * others: a 、 within {@value #PART_TAIL} characters before them, or 、 or 等 right after.
   */
  private static boolean amongOthers(String sentence, int at, int length) {
    int end = at + length;
    return end < sentence.length() && "、等".indexOf(sentence.charAt(end)) >= 0
        || sentence.substring(Math.max(0, at - PART_TAIL), at).contains("、");
  }
}
