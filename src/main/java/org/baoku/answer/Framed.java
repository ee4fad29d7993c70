package org.baoku.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A sentence that opens by naming whom it is about ({@code 针对无法自行用餐的职工，协调食堂启动错峰用餐机制})
 * answers a question of how those are dealt with ({@code 对没法自己带饭的职工，邮政基层单位如何安排用餐}),
 * though a sentence beside it shares more of the question's words ({@code 鼓励有条件的职工自行带饭用餐},
 * the workers who can). The evidence model weighs the words a sentence shares, not which of them
 * say whom it is about, and ranks the framed sentence second, too far below to be added.
 */
final class Framed {

  /** A sentence's opening frame: {@code 针对…，}, {@code 对于…，}, {@code 对…，} (group 1, what it is about). */
  private static final Pattern FRAME = Pattern.compile("^(?:针对|对于|对)([^，,。；;]{2,24})[，,]");
  /**
   * The question's words of two characters or more a frame must hold: two, since one shared word
   * ({@code 职工}) names nearly every group a report frames. Over the read sets in stop 52, the
   * questions after the workers who cannot bring their meal were answered; no other answer changed.
   */
  private static final int SHARED = 2;

  private Framed() {}

  /**
   * {@code answering}, led by the framed sentence among the {@value CandidatePick#CHECKED} most
   * probable candidates of the same article when {@code q} asks how and none of {@code answering}
   * is framed so.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    return q.asks() != Question.Asked.REASON ? answering
        : CandidatePick.ledFromTheSameArticle(probability, articleOf, answering, i -> frames(q, texts.get(i)),
            CandidatePick.CHECKED);
  }

  /** Whether {@code sentence} opens with a frame that holds {@value #SHARED} or more of {@code q}'s words. */
  static boolean frames(Question q, String sentence) {
    Matcher m = FRAME.matcher(ChineseText.normalise(sentence).strip());
    if (!m.find()) {
      return false;
    }
    String frame = ChineseText.compact(m.group(1));
    return q.keys().stream().map(k -> ChineseText.compact(k.word()))
        .filter(w -> w.length() >= 2 && frame.contains(w)).distinct().count() >= SHARED;
  }
}
