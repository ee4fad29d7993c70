package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A follow-up that turns to another thing of the same report ({@code 那口罩呢，谁送来的}, after the
 * thermos flasks) asks its question of that thing: the answer's sentence names it. The model reads
 * the conversation's words as well, and ranks the sentence that answered the thermos question
 * first; the sentence of the report that names the masks and holds what is asked then leads.
 */
final class TurnedTo {

  /**
   * {@code 那X呢} or {@code 那X又} opening a question or a clause, X a thing of two to six characters
   * and not a demonstrative's measure or time ({@code 那些}, {@code 那天}: {@link Wording#WITH_NA});
   * or {@code X呢，} opening it without the 那.
   */
  private static final Pattern TURN = Pattern.compile("(?:^|[\\s，,。？?])(?:那((?![" + Wording.WITH_NA
      + "])\\p{IsHan}{2,6}?)(?:呢|又)|((?!那)\\p{IsHan}{2,6}?)呢[，,])");

  private TurnedTo() {}

  /** The thing {@code q} turns to, normalised; empty when it turns to none. */
  static Optional<String> thing(Question q) {
    // as asked: the plain wording drops a 那 opening the question
    Matcher m = TURN.matcher(ChineseText.normalise(q.raw()));
    return q.english() || !m.find() ? Optional.empty() : Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that
   * names the thing turned to and holds what is asked, when none of {@code answering} names it.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    Optional<String> thing = thing(q);
    if (thing.isEmpty()) {
      return answering;
    }
    return CandidatePick.ledFromTheSameArticle(probability, articleOf, answering,
        i -> ChineseText.normalise(texts.get(i)).contains(thing.get()) && SentenceCheck.holds(q, texts.get(i)),
        texts.size());
  }
}
