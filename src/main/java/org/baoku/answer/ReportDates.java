package org.baoku.answer;

import org.baoku.ingest.Imprint;

/**
 * Names, in the answer itself, when each cited report ran: in a daily paper the same kind of report
 * recurs with other figures, so a figure without its day misleads. After the first {@code [n]} of
 * each dated citation comes {@code （《晚报》2020年3月15日）}; in an archive of dated issues an undated
 * page's comes {@code （日期不详）}, since a date the question names does not rule such a page out
 * and its figure need not be of that day; an archive without dates is unchanged.
 */
public final class ReportDates {

  static final String UNDATED = "日期不详";

  private ReportDates() {}

  /**
   * {@code answer} with the paper and date of each dated citation after its first marker, and
   * {@value #UNDATED} after an undated one's when {@code datedArchive} (the archive holds issues).
   */
  public static Answer name(Answer answer, boolean datedArchive) {
    if (!answer.grounded()) {
      return answer;
    }
    String text = answer.text();
    for (Citation c : answer.citations()) {
      Imprint i = c.passage().imprint();
      if (i.date() == null && !datedArchive) {
        continue;
      }
      String marker = "[" + c.n() + "]";
      int at = text.indexOf(marker);
      if (at < 0) {
        continue;
      }
      String when = i.date() == null ? UNDATED : new Imprint(i.paper(), i.date(), null, null).label();
      int end = at + marker.length();
      text = text.substring(0, end) + "（" + when + "）" + text.substring(end);
    }
    return text.equals(answer.text()) ? answer
        : new Answer(text, answer.citations(), true, answer.composer(), answer.note(), answer.hits());
  }
}
