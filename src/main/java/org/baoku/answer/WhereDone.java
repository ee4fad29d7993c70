package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of where something was done ({@code 那部片子现在在哪里播放}) is answered by the sentence
 * of its report that says it was done at a place ({@code 宣传片已在车队调度室的大屏幕上滚动播放}), and
 * one of where someone comes from ({@code 两位理发师傅分别来自哪两个单位}, {@code Where did the two barbers
 * come from}) by the sentence that says 来自, though the report's opening, which names the thing in
 * the question's words, is more probable.
 */
final class WhereDone {

  /** The verb after the place asked ({@code 在哪里播放}, {@code 在什么地方举行}): group 1. */
  private static final Pattern DONE_WHERE = Pattern.compile("在(?:哪里|哪儿|哪|什么地方)(\\p{IsHan}{2})");

  /** Most characters between 在 or 于 and the verb in a sentence: a place phrase ({@code 车队调度室的大屏幕上滚动}). */
  private static final int PLACE_CHARS = 20;

  /** Where someone or something comes from, asked ({@code 来自哪两个单位}, {@code come from}). */
  private static final Pattern ORIGIN_ASKED = Pattern.compile(
      "来自(?:哪|什么|何)|从哪(?:里|儿)?来的?|(?i)\\b(?:come|came|comes|coming) from\\b|\\bwhere (?:are|were|is|was) (?:they|the [a-z -]{1,30}) from\\b");
  /** A sentence that says where from ({@code 分别来自}). */
  private static final Pattern ORIGIN_TOLD = Pattern.compile("来自");

  private WhereDone() {}

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that says
   * the asked thing was done at a place, when {@code q} asks where and none of {@code answering} says it.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    return CandidatePick.ledByOneThatSays(told(q), probability, texts, articleOf, answering);
  }

  /**
   * What a sentence must say: 在 or 于, a place, then the asked verb in the same clause ({@code
   * 于越南胡志明市举行} says it as well), or the verb then 于 or 在 ({@code 活动于树木之上}); empty when
   * {@code q} asks no such place.
   */
  static Optional<Pattern> told(Question q) {
    if (ORIGIN_ASKED.matcher(q.text()).find()) {
      // 两位理发师傅分别来自哪两个单位, Where did the two barbers come from: 分别来自北辰五洲会议中心…
      return Optional.of(ORIGIN_TOLD);
    }
    if (q.english() || q.asks() != Question.Asked.PLACE) {
      return Optional.empty();
    }
    Matcher m = DONE_WHERE.matcher(ChineseText.normalise(q.text()));
    return m.find()
        ? Optional.of(Pattern.compile("[在于][^，。；,;！？!?]{1," + PLACE_CHARS + "}?" + Pattern.quote(m.group(1))
            + "|" + Pattern.quote(m.group(1)) + "[于在]"))
        : Optional.empty();
  }
}
