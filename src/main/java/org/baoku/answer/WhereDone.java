package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of where something was done ({@code 那部片子现在在哪里播放}) is answered by the sentence
 * of its report that says it was done at a place ({@code 宣传片已在车队调度室的大屏幕上滚动播放}), though
 * the report's opening, which names the thing in the question's words, is more probable.
 */
final class WhereDone {

  /** The verb after the place asked ({@code 在哪里播放}, {@code 在什么地方举行}): group 1. */
  private static final Pattern DONE_WHERE = Pattern.compile("在(?:哪里|哪儿|哪|什么地方)(\\p{IsHan}{2})");

  /** Most characters between 在 and the verb in a sentence: a place phrase ({@code 车队调度室的大屏幕上滚动}). */
  private static final int PLACE_CHARS = 20;

  private WhereDone() {}

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that says
   * the asked thing was done at a place, when {@code q} asks where and none of {@code answering} says it.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    return CandidatePick.ledByOneThatSays(told(q), probability, texts, articleOf, answering);
  }

  /** What a sentence must say: 在, a place, then the asked verb in the same clause; empty when {@code q} asks no such place. */
  static Optional<Pattern> told(Question q) {
    if (q.english() || q.asks() != Question.Asked.PLACE) {
      return Optional.empty();
    }
    Matcher m = DONE_WHERE.matcher(ChineseText.normalise(q.text()));
    return m.find()
        ? Optional.of(Pattern.compile("在[^，。；,;！？!?]{1," + PLACE_CHARS + "}?" + Pattern.quote(m.group(1))))
        : Optional.empty();
  }
}
