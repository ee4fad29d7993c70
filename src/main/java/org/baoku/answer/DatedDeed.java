package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Numerals;

/**
 * A count asked of a deed the question dates ({@code 牛玉俊、张昊于五月二十五日走访…所慰问之公安干警共计几人}),
 * answered only by sentences of a paragraph before the day's that name no day: the report tells the
 * dated deed from its day on, and a figure told before it without a day ({@code 已筹措60余万元资金，
 * 对5000余名…进行了慰问}, the whole campaign's) is not that deed's. Stop 73: read +2 near misses
 * refused on every corpus, no answer lost; any other paragraph than the day's lost three read answers
 * and a never-read one (a report going on a paragraph after its day).
 */
final class DatedDeed {

  /** A day of a month, in digits or in Chinese numerals ({@code 5月25日}, {@code 五月二十五日}). */
  private static final Pattern DAY = Pattern.compile(
      "(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]");
  /** Any day or date a sentence may give its deed. */
  private static final Pattern ANY_DAY = Pattern.compile("\\d{1,2}月\\d{1,2}[日号]|[昨今前当]天|当日|近日|日前");

  private DatedDeed() {}

  /**
   * Whether a number question names a day that a candidate sentence gives, while every sentence
   * {@code answering} names no day and stands in a paragraph before one giving it.
   *
   * @param answering the candidates chosen to answer, by index into {@code c.ranked()}
   */
  static boolean figureOfAnotherDeed(Question q, Candidates c, List<Integer> answering) {
    if (q.asks() != Question.Asked.NUMBER || q.english() || answering.isEmpty()) {
      return false;
    }
    Optional<String> day = day(q.text());
    if (day.isEmpty()) {
      return false;
    }
    List<Scored> dated = c.ranked().stream()
        .filter(s -> ChineseText.normalise(s.span().text()).contains(day.get())).toList();
    return !dated.isEmpty() && answering.stream().map(c.ranked()::get).allMatch(s ->
        !ANY_DAY.matcher(ChineseText.normalise(s.span().text())).find()
            && dated.stream().anyMatch(d -> inAnEarlierParagraph(s, d)));
  }

  /**
   * Whether sentence {@code s} stands in a paragraph before the one of {@code dated}, in one passage:
   * a report tells a dated deed from its day on (4月30日…接到支援任务 and, a paragraph later, 对口支援
   * 香河园街道的12名干部立即下沉), and what it told before the day is another deed.
   */
  private static boolean inAnEarlierParagraph(Scored s, Scored dated) {
    return s.passage().id().equals(dated.passage().id()) && s.span().start() < dated.span().start()
        && s.passage().text().substring(s.span().start(), dated.span().start()).indexOf('\n') >= 0;
  }

  /** The day a question names, written as a report writes it ({@code 5月25日}). */
  static Optional<String> day(String question) {
    Matcher m = DAY.matcher(ChineseText.normalise(question));
    if (!m.find()) {
      return Optional.empty();
    }
    int month = Numerals.count(m.group(1));
    int date = Numerals.count(m.group(2));
    return month >= 1 && month <= 12 && date >= 1 && date <= 31 ? Optional.of(month + "月" + date + "日") : Optional.empty();
  }
}
