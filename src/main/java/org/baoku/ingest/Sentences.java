package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries in cleaned Chinese text. A sentence ends after {@code 。！？!?；} (and a run
 * of them, {@code ？！}), taking any closing quotes or brackets right after it along ({@code
 * 。”}); a line break ends one too, since paragraphs never share a sentence.
 */
public final class Sentences {

  /** One sentence of a text: {@code text.substring(start, end)}. */
  public record Span(int start, int end, String text) {}

  private Sentences() {}

  /**
   * The sentences of {@code text} with their offsets, surrounding whitespace not included, so a
   * citation can quote one verbatim. The index stores one vector per span, in this order, and the
   * answer layer looks them up by position: both must split alike.
   */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int end : ends(text)) {
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

  /**
   * End offsets (exclusive) of the sentences of {@code text}, in order; the last is always
   * {@code text.length()} when the text is not empty. A line break belongs to the sentence before.
   */
  public static List<Integer> ends(String text) {
    List<Integer> ends = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        ends.add(i);
      } else if (Chars.isSentenceEnd(c) && c != '…') {
        while (i < n && (Chars.isSentenceEnd(text.codePointAt(i)) || Chars.isCloser(text.codePointAt(i)))) {
          i += Character.charCount(text.codePointAt(i));
        }
        if (i < n && text.charAt(i) == '\n') {
          i++;
        }
        ends.add(i);
      }
    }
    if (n > 0 && (ends.isEmpty() || ends.get(ends.size() - 1) != n)) {
      ends.add(n);
    }
    return ends;
  }

  /** The first sentence of {@code text} without its line break; empty for empty text. */
  public static String first(String text) {
    List<Integer> ends = ends(text);
    return ends.isEmpty() ? "" : text.substring(0, ends.get(0)).strip();
  }
}
