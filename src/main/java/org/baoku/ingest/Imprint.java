package org.baoku.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where and when a page was printed: the paper, the date, the page number (版次) and the
 * page's section (版名). Each part is null when the source does not say: a part is never guessed,
 * because a citation with an invented date is worse than one without a date.
 *
 * @param paper the paper's name without book-title marks, for example {@code 人民日报}
 * @param date the date
 * @param pageNo the page number, 1 for the front page
 * @param section the page's section name, for example {@code 要闻}
 */
public record Imprint(String paper, LocalDate date, Integer pageNo, String section) {

  /** Nothing known: the bundled pages, and any page whose path and manifest say nothing. */
  public static final Imprint NONE = new Imprint(null, null, null, null);

  public Imprint {
    paper = blankToNull(paper);
    section = blankToNull(section);
    if (pageNo != null && pageNo < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + pageNo);
    }
  }

  /** True when not even one part is known. */
  public boolean knowsNothing() {
    return paper == null && date == null && pageNo == null && section == null;
  }

  /** This imprint with the known parts of {@code over} in place of its own. */
  public Imprint overriddenBy(Imprint over) {
    return new Imprint(over.paper != null ? over.paper : paper, over.date != null ? over.date : date,
        over.pageNo != null ? over.pageNo : pageNo, over.section != null ? over.section : section);
  }

  /**
   * How a Chinese reader names a page: {@code 《人民日报》2020年3月15日 第5版}; unknown parts are left
   * out, and an imprint that knows nothing gives an empty string.
   */
  public String label() {
    List<String> parts = new ArrayList<>();
    if (paper != null) {
      parts.add("《" + paper + "》");
    }
    if (date != null) {
      parts.add(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
    }
    String head = String.join("", parts);
    List<String> all = new ArrayList<>();
    if (!head.isEmpty()) {
      all.add(head);
    }
    if (pageNo != null) {
      all.add("第" + pageNo + "版");
    }
    if (section != null) {
      all.add(section);
    }
    return String.join(" ", all);
  }

  /** The date as ISO {@code YYYY-MM-DD}, or null. */
  public String isoDate() {
    return date == null ? null : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
