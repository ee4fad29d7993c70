package org.baoku.answer;

/** A sentence of the answer and the citation it carries. */
record CitedSentence(String sentence, int n) {}
