package org.baoku.answer;

import java.util.List;
import org.baoku.retrieve.Hit;

/** A standalone question and its retrieved passages in, a cited answer (or a refusal) out. */
public interface Composer {

  /** Never null and never throws for any question or hit list. */
  Answer compose(String question, List<Hit> hits);
}
