package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question that asks what was done with by 把 ({@code 李童把啥带到一线去了}) is answered by the
 * sentence that says it with 把 and the same verb ({@code 果断把自己的行军床带到一线}), though the
 * sentence before it, which names the person, shares more of the question's words and is more
 * probable: the report names 李童 once and goes on without the name.
 */
final class Disposed {

  /** What a question asks to have been done with: {@code 把什么带到} (group 1, the verb of one or two characters). */
  private static final Pattern ASKED = Pattern.compile("把(?:什么|啥|哪些东西|什么东西)(\\p{IsHan}{1,2})");

  private Disposed() {}

  /**
   * {@code answering}, led by the most probable candidate of the same article that does with 把 what
   * {@code q} asks, when {@code q} asks so and none of {@code answering} says it.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    return CandidatePick.ledByOneThatSays(done(q), probability, texts, articleOf, answering);
  }

  /** What a sentence must say, {@code 把} then the asked verb in the same clause; empty when {@code q} asks no such thing. */
  static Optional<Pattern> done(Question q) {
    Matcher m = ASKED.matcher(ChineseText.normalise(q.text()));
    return m.find() ? Optional.of(Pattern.compile("把[^，,。；;！？!?]{1,12}?" + Pattern.quote(m.group(1))))
        : Optional.empty();
  }
}
