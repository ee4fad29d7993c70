package org.baoku.chat;

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

  /** A question word of a count or amount, with the verb's particle before it and the measure after. */
  private static final Pattern FIGURE_ASKED =
      Pattern.compile("(?:是|有|为|了|共|一共|总共)?(?:多少|几)[个名位人元件次户项支批家所]?");

  /** The previous figure pointed at before 多 or 少 ({@code 比它多多少}, {@code 比刚才那个少几个}). */
  private static final Pattern COMPARED_WITH_IT = Pattern.compile(
      "比(它|他们|这个|那个|前者|刚才那个|刚才那批|上面那个|前面那个|这个数|那个数)(?=[多少])");

  /** A part added to the previous figure, then the total asked ({@code 再算上X，一共多少}, {@code X加上去，一共多少}). */
  private static final Pattern ADDED_BEFORE = Pattern.compile("^(?:那|那么)?(?:再|如果)?(?:算上|加上)([^，,。？?]{2,30})[，,]?(.*(?:一共|总共|合计|加起来|共计|总计).*)$");
  private static final Pattern ADDED_AFTER = Pattern.compile("^(?:那|那么|再把)?([^，,。？?]{2,30}?)(?:也)?(?:加上去|加进去|算进去|算上)[，,]?(.*(?:一共|总共|合计|加起来|共计|总计).*)$");

  private FigureFollowUp() {}

  /**
   * {@code question} written out with the figure {@code previous} asked for, when it works one out
   * with that figure; else nothing. Both are in simplified characters.
   */
  static Optional<String> written(String previous, String question) {
    String asked = previous.strip().replaceFirst("^(?:请问|想问一下|想问)[，,]?", "").replaceAll("[？?。！!]+$", "");
    Matcher figure = FIGURE_ASKED.matcher(asked);
    if (!figure.find()) {
      return Optional.empty();
    }
    // 丰台区总工会投入的防疫专项资金是多少 → 丰台区总工会投入的防疫专项资金: what was counted, as a part
    String part = (asked.substring(0, figure.start()) + asked.substring(figure.end())).strip();
    if (part.length() < 4) {
      return Optional.empty();
    }
    String q = question.strip();
    Matcher compared = COMPARED_WITH_IT.matcher(q);
    if (compared.find()) {
      return Optional.of(q.substring(0, compared.start(1)) + part + q.substring(compared.end(1)));
    }
    for (Pattern added : new Pattern[] {ADDED_BEFORE, ADDED_AFTER}) {
      Matcher m = added.matcher(q);
      if (m.matches()) {
        return Optional.of(part + "加上" + m.group(1).strip() + "，" + m.group(2).strip());
      }
    }
    return Optional.empty();
  }
}
