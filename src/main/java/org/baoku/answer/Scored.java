package org.baoku.answer;

import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * A sentence of a retrieved passage and how well it answers the question, as {@link Evidence}
 * ranks it: {@code lex} the key-term overlap, {@code sim} the embedding similarity, {@code score}
 * the two mixed. A value of its own, so that the classes that read a candidate's neighbours and
 * subject ({@link CarriedSubject}) need not reach back into the ranking.
 */
record Scored(Hit hit, Sentences.Span span, double lex, double sim, double score) {

  Passage passage() {
    return hit.passage();
  }

  /** Whether {@code other} is the same sentence of the same passage, however each was scored. */
  boolean sameSentence(Scored other) {
    return passage().id().equals(other.passage().id()) && span().start() == other.span().start();
  }
}
