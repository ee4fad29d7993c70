package org.baoku.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One day's paper: what a reader browses ({@code baoku day}) and what a dated question names.
 *
 * @param paper the paper's name, or null when the archive does not know it
 * @param date the issue's date
 */
public record Issue(String paper, LocalDate date) implements Comparable<Issue> {

  private static final Comparator<Issue> ORDER = Comparator.comparing(Issue::date)
      .thenComparing(Issue::paper, Comparator.nullsFirst(Comparator.naturalOrder()));

  public Issue {
    Objects.requireNonNull(date, "date");
  }

  /** By date, then paper (unknown first). */
  @Override
  public int compareTo(Issue o) {
    return ORDER.compare(this, o);
  }
}
