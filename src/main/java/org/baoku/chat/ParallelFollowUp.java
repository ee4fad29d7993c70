package org.baoku.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up that asks the previous question's figure of another group, naming only the group
 * and 又 ({@code 对口支援香河园街道的又有几个} after {@code 朝阳区总工会首批去居住地社区报到的干部有多少人}),
 * written out with what the previous question counted and whose it was ({@code 朝阳区总工会对口支援香河园街道的干部有多少人}).
 * It names a place of its own, so the subject carrier left it alone, and read alone it counted
 * 个 of no one. A Sichuan reader asks 好多 for 多少 ({@code 干部有好多个}), as the question reader knows.
 */
final class ParallelFollowUp {

  /** The new group, then 又 and the question word ({@code 对口支援香河园街道的又有几个}): group 1 is the group. */
  private static final Pattern OTHER_GROUP = Pattern.compile("^(?:那么|那)?(\\p{IsHan}{2,20}?)的?又(?:有|是)?(?:多少|几|好多)\\p{IsHan}{0,2}[？?]?$");

  /**
   * The previous question's count: its subject before the group, the noun counted after the last 的
   * and the question ({@code 朝阳区总工会|首批去居住地社区报到的|干部有多少人}): groups 1 and 2.
   */
  private static final Pattern COUNT_ASKED = Pattern.compile(
      "^(\\p{IsHan}{2,12}?(?:总工会|工会|集团|公司))\\p{IsHan}*的(\\p{IsHan}{1,6}(?:有|是|共)(?:多少|几|好多)\\p{IsHan}{0,2})[？?]?$");

  private ParallelFollowUp() {}

  /** {@code question} written out after {@code previous} when it asks the same count of another group; else nothing. */
  static Optional<String> written(String previous, String question) {
    Matcher other = OTHER_GROUP.matcher(question.strip());
    Matcher count = COUNT_ASKED.matcher(previous.strip());
    if (!other.matches() || !count.matches() || other.group(1).contains(count.group(1))) {
      return Optional.empty();
    }
    return Optional.of(count.group(1) + other.group(1) + "的" + count.group(2) + "？");
  }
}
