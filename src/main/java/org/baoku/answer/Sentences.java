package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Passage text as sentences with their offsets, so a citation can quote one verbatim. The
 * boundaries are the ingest's ({@link org.baoku.ingest.Sentences}), the same that cut passages;
 * surrounding whitespace is not part of a sentence.
 */
final class Sentences {

  /** One sentence of a text: {@code text.substring(start, end)}. */
  record Span(int start, int end, String text) {}

  private Sentences() {}

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int end : org.baoku.ingest.Sentences.ends(text)) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Span(s, e, text.substring(s, e)));
      }
      start = end;
    }
    return out;
  }
}
