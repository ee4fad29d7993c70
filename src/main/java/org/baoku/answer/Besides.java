package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.baoku.retrieve.Hit;

/**
 * What else a report tells, asked past what the reader already knows: {@code
 * 天宫院街道总工会除了在检测点和卡口值守，还用什么办法营造防疫氛围} is best matched by the sentence of the
 * checkpoints, which the question sets aside, and the report goes on to the other way in the
 * sentence after it ({@code 同时，通过微信群、朋友圈转发疫情防控知识…}). Such an answer is followed by
 * that sentence. Not an answer of a number, name, place or date, which the chosen sentence holds.
 */
final class Besides {

  /** {@code 除了…还}, {@code 除…之外也}: what the question sets aside, then what it asks. */
  private static final Pattern BESIDES = Pattern.compile(
      "(?:除了[^。？?]{1,40}?|(?<![解清消排删免切扣剔破根])除[^夕。？?][^。？?]{0,39}?(?:以外|之外))[，,]?\\s*(?:还|也|另外)");

  private Besides() {}

  /**
   * {@code chosen}, for an open question asking what else, followed by the sentence after its last one in
   * its article, unless already chosen.
   */
  static List<Scored> withWhatFollows(Question q, List<Scored> chosen, ArticlePassages articles, List<Hit> hits) {
    if (chosen.isEmpty() || q.english() || q.asks().typed() || !BESIDES.matcher(q.text()).find()) {
      // a number, name, place or date asked is in the chosen sentence or not at all
      return chosen;
    }
    Scored last = chosen.get(chosen.size() - 1);
    List<ArticleText.Located> after = ArticleText.of(last, articles, hits).after(last);
    if (after.isEmpty()) {
      return chosen;
    }
    Scored next = after.get(0).scored(last.hit());
    if (!Causes.isSentence(next.span().text()) || chosen.stream().anyMatch(next::sameSentence)) {
      // a heading or a caption after the answer is no more of what it tells
      return chosen;
    }
    List<Scored> out = new ArrayList<>(chosen);
    out.add(next);
    return out;
  }
}
