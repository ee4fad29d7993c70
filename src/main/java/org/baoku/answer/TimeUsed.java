package org.baoku.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of one's time was used ({@code 利用什么时间做的}, {@code 挤什么时间听的}): an open question,
 * answered by {@code 在运营间隙及下班后的休息时间}, a way of fitting it in, and no day or hour. A
 * sentence that says no such time ({@code 快递小哥线上聆听劳模成长故事}) does not answer it.
 */
final class TimeUsed {

  /** The question: a verb of using or squeezing out time before 什么时间. */
  static final Pattern ASKED = Pattern.compile("(?:利用|挤|抽|趁|占用)(?:了|的|出|着)?(?:什么|啥|哪些|哪段)时间");
  /**
   * A time used as a sentence tells it ({@code 休息时间}, {@code 工作之余}, {@code 运营间隙},
   * {@code 端午节前夕}); not {@code 第一时间}, which says how soon.
   */
  private static final Pattern TOLD = Pattern.compile(
      "(?<!第一)时间|之余|间隙|间歇|业余|空闲|闲暇|休息|前夕|期间|之际|下班后|工余|午休|周末|假期|节假日");

  private TimeUsed() {}

  /**
   * {@code answering} led by a sentence of the most probable that tells the time used, or none
   * (a refusal) when none does; {@code answering} when {@code q} asks no time used.
   */
  static List<Integer> answering(Question q, double[] probability, List<String> texts, List<Integer> answering) {
    if (!ASKED.matcher(q.text()).find() || answering.isEmpty()) {
      return answering;
    }
    return CandidatePick.onlyWithOneThatHolds(probability, texts, answering, t -> TOLD.matcher(t).find());
  }
}
