package org.baoku.chat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up that works a figure out with the one the previous question asked ({@code 朝阳区拨的专款比它多多少}
 * after {@code 丰台区总工会投入的防疫专项资金是多少}; {@code 再算上保洁协作单位的工人，一共多少人}),
 * written out as one question that names both parts ({@code 朝阳区拨的专款比丰台区总工会投入的防疫专项资金多多少}),
 * so that the answerer finds a figure for each and computes the difference or the sum. Carried as a
 * subject instead, the previous question's words made it ask the new part's figure alone.
 */
final class FigureFollowUp {

  /** Words that ask a total. */
  private static final String TOTAL = "一共|总共|合计|共计|总计|加起来|算下来|算起来";

  /**
   * A question word of a count or amount, with the verb's particle before it and the measure after,
   * and a clause that only asks the total ({@code 慰问金，这一项算下来总共是多少钱}): left in the part, it
   * made {@code 慰问金，总共钱加上…} of the next question, whose parts then ended at 总共.
   */
  private static final Pattern FIGURE_ASKED = Pattern.compile("(?:[，,][^，,]{0,4}?(?=" + TOTAL + "))?(?:" + TOTAL
      + ")*(?:是|有|为|了|共)?(?:多少|几)(?:钱|[个名位人元件次户项支批家所])?");

  /** The previous figure pointed at before 多 or 少 ({@code 比它多多少}, {@code 比刚才那个少几个}). */
  private static final Pattern COMPARED_WITH_IT = Pattern.compile(
      "比(它|他们|这个|那个|前者|刚才那个|刚才那批|上面那个|前面那个|这个数|那个数)(?=[多少])");

  /**
   * The previous part pointed at by a word of it ({@code 比东城这边少几个人}, {@code 比平谷这支队伍少几个人}
   * after a question on 东城区总工会 or 平谷区总工会): group 1 is the word, which the previous
   * question must hold.
   */
  private static final Pattern COMPARED_WITH_NAMED = Pattern.compile(
      "比(\\p{IsHan}{1,6}?)(?:这边|那边|这头|那头|这支队伍|那支队伍|这支|那支|这批|那批|这些人|那些人|那里|这里)(?=[多少])");

  /**
   * A comparison with no subject of its own ({@code 比朝阳少多少}): the subject is the figure asked
   * last, and group 1 names what an earlier question asked a figure of.
   */
  private static final Pattern OPENS_COMPARED = Pattern.compile("^(?:那|那么)?比(\\p{IsHan}{2,6}?)(?=[多少])");

  /**
   * Both parts of a previous question that asked each one's figure ({@code …时限分别是多少小时}), worked
   * out together ({@code 两者的时限相差多少小时}): group 1 is what asks the difference or the sum.
   */
  private static final Pattern BOTH = Pattern.compile(
      "^(?:那|那么)?(?:两者|二者|这两个|两个|这两项|两项|两边|这俩|它们俩|它俩|这两拨|两拨|这两批|两批)\\p{IsHan}{0,6}?((?:相差|差|加起来|一共|总共|合计).*)$");
  /** Each part's figure asked: where the parts the question names end. */
  private static final Pattern EACH = Pattern.compile("分别|各自");

  /** Particles left where the question word was ({@code 对口支援香河园街道的又有几个} → 对口支援香河园街道). */
  private static final Pattern LEFT_OVER = Pattern.compile("[的又也还都，,]+$|^(?:那么|那)");

  /** A part added to the previous figure, then the total asked ({@code 再算上X，一共多少}, {@code X加上去，一共多少}). */
  private static final Pattern ADDED_BEFORE = Pattern.compile("^(?:那|那么)?(?:再|如果)?(?:算上|加上)([^，,。？?]{2,30})[，,]?(.*(?:一共|总共|合计|加起来|共计|总计).*)$");
  private static final Pattern ADDED_AFTER = Pattern.compile("^(?:那|那么)?(?:要是|如果)?(?:再把|把)?([^，,。？?]{2,30}?)(?:也)?(?:加上去|加进去|算进去|算上)[，,]?(.*(?:一共|总共|合计|加起来|共计|总计).*)$");

  /** A particle closing the added part ({@code 再算上…慰问品呢，一共花了多少}). */
  private static final Pattern PARTICLE = Pattern.compile("[呢吧啊呀]+$");

  private FigureFollowUp() {}

  /**
   * {@code question} written out with the figure the last of {@code earlier} asked for (the
   * questions before it, the last one asked last, in simplified characters), when it works one out
   * with that figure; else nothing. Both parts may be the last two questions' ({@code 两拨加起来一共多少人}
   * after the count of each, asked one after the other).
   */
  static Optional<String> written(List<String> earlier, String question) {
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    String asked = asked(earlier.get(earlier.size() - 1));
    Optional<String> counted = part(asked);
    if (counted.isEmpty()) {
      return Optional.empty();
    }
    String part = counted.get();
    String q = question.strip();
    Matcher both = BOTH.matcher(q);
    Matcher each = EACH.matcher(asked);
    if (both.matches() && each.find()) {
      // 两者的时限相差多少小时 after …李桥镇…，和顺义商业集团…，时限分别是多少小时
      return Optional.of(asked.substring(0, each.start()) + both.group(1));
    }
    Matcher opens = OPENS_COMPARED.matcher(q);
    if (opens.find()) {
      // 比朝阳少多少 after 丰台区投了多少, itself after 朝阳区总工会拨了多少专款: the last figure asked,
      // compared with the one asked of what the question names
      for (int i = earlier.size() - 2; i >= 0; i--) {
        Optional<String> other = part(asked(earlier.get(i)));
        if (other.isPresent() && other.get().contains(opens.group(1))) {
          return Optional.of(part + "比" + other.get() + q.substring(opens.end()));
        }
      }
    }
    if (both.matches() && earlier.size() >= 2) {
      // 两拨加起来一共多少人 after the count of each
      Optional<String> first = part(asked(earlier.get(earlier.size() - 2)));
      if (first.isPresent()) {
        return Optional.of(first.get() + "和" + part + "，" + both.group(1));
      }
    }
    Matcher named = COMPARED_WITH_NAMED.matcher(q);
    if (named.find() && part.contains(named.group(1))) {
      // 比东城这边少几个人 after 东城区总工会当时选派了多少名干部: that count is the part
      return Optional.of(q.substring(0, named.start() + 1) + part + q.substring(named.end()));
    }
    Matcher compared = COMPARED_WITH_IT.matcher(q);
    if (compared.find()) {
      return Optional.of(q.substring(0, compared.start(1)) + part + q.substring(compared.end(1)));
    }
    for (Pattern added : new Pattern[] {ADDED_BEFORE, ADDED_AFTER}) {
      Matcher m = added.matcher(q);
      if (m.matches()) {
        return Optional.of(part + "加上" + PARTICLE.matcher(m.group(1).strip()).replaceFirst("") + "，" + m.group(2).strip());
      }
    }
    return Optional.empty();
  }

  /** The question as asked, without what frames it ({@code 请问}, {@code 回顾那篇报道：}) or ends it. */
  private static String asked(String question) {
    // 回顾疫情初期的报道：东城区总工会…: what the question is about follows the colon
    return question.strip().replaceFirst("^[^：:]{0,20}[：:]", "").replaceFirst("^(?:请问|想问一下|想问)[，,]?", "")
        .replaceAll("[？?。！!]+$", "");
  }

  /**
   * What the figure {@code asked} asks for counts, as a part ({@code 丰台区总工会投入的防疫专项资金是多少}
   * → 丰台区总工会投入的防疫专项资金); none when it asks no figure.
   */
  private static Optional<String> part(String asked) {
    Matcher figure = FIGURE_ASKED.matcher(asked);
    if (!figure.find()) {
      return Optional.empty();
    }
    String part = LEFT_OVER.matcher((asked.substring(0, figure.start()) + asked.substring(figure.end())).strip())
        .replaceAll("");
    return part.length() < 4 ? Optional.empty() : Optional.of(part);
  }
}
