package org.baoku.answer;

import java.util.List;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retrieval;

/** A standalone question and its retrieved passages in, a cited answer (or a refusal) out. */
public interface Composer {

  /** Never null and never throws for any question or hit list. */
  Answer compose(String question, List<Hit> hits);

  /**
   * The same from a {@link Retrieval}, whose query vector a composer may use instead of embedding
   * the question again; by default only its hits are read.
   */
  default Answer compose(String question, Retrieval retrieval) {
    return compose(question, retrieval.hits());
  }
}
