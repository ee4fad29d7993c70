package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits passage text into sentences with their offsets, so a citation can quote one verbatim.
 *
 * <p>A sentence ends at {@code 。！？；!?;}, an ellipsis or a line break; closing quotes and brackets
 * that follow the end mark stay with the sentence ({@code …精力。”}), because the reader sees them as
 * part of it. Leading and trailing whitespace is not part of a sentence.
 */
final class Sentences {

  /** One sentence of a text: {@code text.substring(start, end)}. */
  record Span(int start, int end, String text) {}

  private static final String ENDS = "。！？；!?;…\n";
  private static final String CLOSERS = "”’」』）)】\"'";

  private Sentences() {}

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (ENDS.indexOf(text.charAt(i)) >= 0) {
        int end = i + 1;
        while (end < n && (ENDS.indexOf(text.charAt(end)) >= 0 && text.charAt(end) != '\n'
            || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end;
      } else {
        i++;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end, text.substring(start, end)));
    }
  }
}
