package org.baoku.eval;

import java.util.List;
import java.util.Objects;
import org.baoku.answer.Citation;
import org.baoku.retrieve.Hit;

/**
 * What the system did with one QA item: the reply text, whether it was grounded (false = it said
 * the archive does not have it), its citations, the hits the answer was built from, and the time.
 */
public record QaOutcome(
    QaItem item, String text, boolean grounded, List<Citation> citations, List<Hit> hits, long nanos) {

  public QaOutcome {
    Objects.requireNonNull(item, "item");
    text = Objects.requireNonNullElse(text, "");
    citations = List.copyOf(citations);
    hits = List.copyOf(hits);
  }
}
