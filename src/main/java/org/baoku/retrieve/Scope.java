package org.baoku.retrieve;

import java.time.LocalDate;
import java.util.Optional;
import org.baoku.ingest.Imprint;

/**
 * Which part of the archive a search may return: a date range, one paper, one page number. Each
 * bound is null when open. A question about a time is answered from the issues of that time and
 * the days after it ({@link WhenAsked}), since the same kind of report recurs daily with other
 * figures, and from the pages whose date is unknown ({@link #holds}).
 *
 * @param from the first date, inclusive
 * @param to the last date, inclusive
 * @param paper the paper's name, exact
 * @param pageNo the page number (版次)
 */
public record Scope(LocalDate from, LocalDate to, String paper, Integer pageNo) {

  /** The whole archive. */
  public static final Scope ALL = new Scope(null, null, null, null);

  public Scope {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
    }
    paper = paper == null || paper.isBlank() ? null : paper.strip();
  }

  /** One day. */
  public static Scope day(LocalDate date) {
    return new Scope(date, date, null, null);
  }

  public boolean isAll() {
    return from == null && to == null && paper == null && pageNo == null;
  }

  /** True when the scope limits dates: dated passages outside the range fall outside it. */
  public boolean limitsDates() {
    return from != null || to != null;
  }

  /**
   * Whether a passage printed as {@code imprint} lies in this scope. An unknown date lies inside
   * every date limit, since no date rules it out (a page read without one, among dated issues); an
   * unknown paper or page number lies outside a limit on it.
   */
  public boolean holds(Imprint imprint) {
    if (limitsDates() && imprint.date() != null) {
      if (from != null && imprint.date().isBefore(from) || to != null && imprint.date().isAfter(to)) {
        return false;
      }
    }
    if (paper != null && !paper.equals(imprint.paper())) {
      return false;
    }
    return pageNo == null || pageNo.equals(imprint.pageNo());
  }

  /**
   * Both limits at once (the later start, the earlier end, the paper and page either sets), or
   * empty when nothing can lie in both.
   */
  public Optional<Scope> and(Scope other) {
    LocalDate f = from == null || other.from != null && other.from.isAfter(from) ? other.from : from;
    LocalDate t = to == null || other.to != null && other.to.isBefore(to) ? other.to : to;
    if (f != null && t != null && t.isBefore(f)
        || paper != null && other.paper != null && !paper.equals(other.paper)
        || pageNo != null && other.pageNo != null && !pageNo.equals(other.pageNo)) {
      return Optional.empty();
    }
    return Optional.of(new Scope(f, t, paper != null ? paper : other.paper,
        pageNo != null ? pageNo : other.pageNo));
  }
}
