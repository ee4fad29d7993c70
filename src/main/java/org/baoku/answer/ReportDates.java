package org.baoku.answer;

import org.baoku.ingest.Imprint;

/**
 * Names, in the answer itself, when each cited report ran: in a daily paper the same kind of report
 * recurs with other figures, so a figure without its day misleads. After the first {@code [n]} of
 * each dated citation comes {@code （《晚报》2020年3月15日）}; an archive without dates is unchanged.
 */
public final class ReportDates {

  private ReportDates() {}

  /** {@code answer} with the paper and date of each dated citation after its first marker. */
  public static Answer name(Answer answer) {
    if (!answer.grounded()) {
      return answer;
    }
    String text = answer.text();
    for (Citation c : answer.citations()) {
      Imprint i = c.passage().imprint();
      if (i.date() == null) {
        continue;
      }
      String marker = "[" + c.n() + "]";
      int at = text.indexOf(marker);
      if (at < 0) {
        continue;
      }
      String when = new Imprint(i.paper(), i.date(), null, null).label();
      int end = at + marker.length();
      text = text.substring(0, end) + "（" + when + "）" + text.substring(end);
    }
    return text.equals(answer.text()) ? answer
        : new Answer(text, answer.citations(), true, answer.composer(), answer.note(), answer.hits());
  }
}
