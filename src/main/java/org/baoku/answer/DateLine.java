package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * The day a piece marks itself with, on a line of its own ({@code 5月14日} under the headline of a
 * diary, a letter's date): a reader's {@code 那篇日记上标的日期是哪天}, {@code 落款是几月几号}. The line
 * is no sentence the evidence model ranks (a date alone shares no word with the question), and
 * the day a sentence of the piece gives ({@code 5月7日，我作为…下沉}) is the day of an event, not
 * the piece's own.
 */
final class DateLine {

  /**
   * A day asked as the piece marks it ({@code 标的日期}, {@code 标注}, {@code 落款}, {@code 注明}), or the
   * day it was written ({@code 日记是哪天写的}, {@code 写于哪天}), which its date line gives.
   */
  private static final Pattern ASKED = Pattern.compile("落款|标注|标的|标着|标明|注明|署的日期|文前|文末|篇首"
      + "|写于|(?:哪天|哪一天|哪日|什么时候|几月几[日号]|何时)写的|写作日期|写的日期");
  /** A line that is a day and nothing else ({@code 5月14日}, {@code 2022年5月14日}). */
  private static final Pattern LINE = Pattern.compile("^\\s*(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]\\s*$");

  private DateLine() {}

  /**
   * The date line answering {@code q}, from the article of its best hit; empty when {@code q} asks
   * no such thing or that article has none.
   */
  static Optional<Scored> line(Question q, List<Hit> hits, ArticlePassages articles) {
    if (q.asks() != Question.Asked.DATE || !ASKED.matcher(q.text()).find() || hits.isEmpty()) {
      return Optional.empty();
    }
    String asked = ChineseText.normalise(q.text());
    // the best hit's article only: another piece's date line is not the one asked
    Hit h = hits.get(0);
    for (Passage p : articles.orOwn(h.passage())) {
      for (Sentences.Span s : Sentences.split(p.text())) {
        // 落款5月14日，里面说他每天几点到岗: the line the question gives is not what it asks
        if (LINE.matcher(s.text()).matches() && !asked.contains(s.text().strip())) {
          return Optional.of(new Scored(new Hit(p, h.score(), h.rank()), s, 0, 0, 0));
        }
      }
    }
    return Optional.empty();
  }
}
