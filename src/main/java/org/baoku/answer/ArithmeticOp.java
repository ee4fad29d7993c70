package org.baoku.answer;

/** What a question asks {@link Arithmetic} to compute, as {@link ArithmeticQuestion#asked} reads it. */
enum ArithmeticOp { SUM, DIFFERENCE, MORE, LESS, LEVELS, AVERAGE }
