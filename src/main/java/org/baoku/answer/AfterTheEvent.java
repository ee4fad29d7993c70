package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of what was done once an event was over ({@code 急救培训完了 工人上手练了啥}, {@code
 * 培训结束后职工演练了哪些环节}) is answered by the sentence of its report that tells what came after
 * the event's end ({@code 培训结束后，职工在培训讲师团队手把手的指导下，就正确呼救…进行了实际演练}),
 * though the report's opening, which names the event in the question's words, is more probable.
 * Stop 59, over 188 sets: read +2 and never read +1 or +2 answers on the pages, the dated pages
 * and the synthetic paper; none lost.
 */
final class AfterTheEvent {

  /** The event's last two characters before the words of its end ({@code 培训完了}, {@code 会议结束后}). */
  private static final Pattern ENDED_ASKED = Pattern.compile("(\\p{IsHan}{2})(?:完了|结束后|结束以后|结束之后|结束了|过后)");

  private AfterTheEvent() {}

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that tells
   * what followed the end of the event {@code q} names, when it names one and none of {@code
   * answering} tells it.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    return CandidatePick.ledByOneThatSays(told(q), probability, texts, articleOf, answering);
  }

  /** What a sentence must say, the event then the words of its end; empty when {@code q} asks after none. */
  static Optional<Pattern> told(Question q) {
    if (q.english()) {
      return Optional.empty();
    }
    Matcher m = ENDED_ASKED.matcher(ChineseText.normalise(q.text()));
    return m.find() ? Optional.of(Pattern.compile(Pattern.quote(m.group(1)) + "(?:结束|完成|过)(?:后|以后|之后)"))
        : Optional.empty();
  }
}
