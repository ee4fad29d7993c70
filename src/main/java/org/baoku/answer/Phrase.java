package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Characters {@code [start, end)} of a sentence: where in it a phrase of the asked kind stands
 * ({@link AskedPhrases#phrases}), for {@link AnswerSpan} to cut the answer from and to weigh by the
 * words around it.
 */
record Phrase(int start, int end) {

  /** The phrases {@code m} finds, in reading order. */
  static List<Phrase> matches(Matcher m) {
    List<Phrase> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Phrase(m.start(), m.end()));
    }
    return out;
  }
}
