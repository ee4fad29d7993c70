package org.baoku.answer;

/**
 * A sentence of the answer and the citation it carries, as {@link Arithmetic} reads it: with a
 * union its report names by level alone named ({@link OwnBody}), so that its figure is the part's
 * the question names.
 */
record CitedSentence(String sentence, int n) {}
