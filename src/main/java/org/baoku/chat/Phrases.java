package org.baoku.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;

/**
 * Where the phrases that answer the question ({@link Citation#span()}) lie in an answer and in its
 * quotes, as pieces each renderer marks its own way: bold escape codes on a terminal, {@code <b>}
 * on Telegram. The pieces at odd indices are the phrases, the others the text between them, so
 * joining them gives the text back.
 */
public final class Phrases {

  /** Where a quotation lies in a passage's text: {@code text.substring(start, end)}. */
  public record Found(int start, int end) {}

  private Phrases() {}

  /**
   * Where {@code quotation} occurs in {@code text}, reading a space in the quotation as any run of
   * whitespace or none: what a reader types is cleaned (a line break becomes one space) before it
   * is a {@link Command.Quote}, but the passage keeps its line breaks. Empty when it does not occur.
   */
  public static Optional<Found> find(String text, String quotation) {
    if (quotation.isBlank()) {
      return Optional.empty();
    }
    String pattern = Arrays.stream(quotation.strip().split("\\s+")).map(Pattern::quote)
        .collect(Collectors.joining("\\s*"));
    Matcher m = Pattern.compile(pattern).matcher(text);
    return m.find() ? Optional.of(new Found(m.start(), m.end())) : Optional.empty();
  }

  /**
   * The answer's text cut around its answering phrases. A phrase is found where the text shows
   * its citation's quote followed by that citation's marker ({@code …查验24小时核酸阴性证明[1]});
   * a text that words the quote otherwise (an LLM's) keeps its phrases only in the quotes.
   */
  public static List<String> of(Answer a) {
    String text = a.text();
    List<int[]> marks = new ArrayList<>();
    for (Citation c : a.citations()) {
      c.span().ifPresent(s -> {
        int at = text.indexOf(c.quote() + "[" + c.n() + "]");
        if (at >= 0) {
          marks.add(new int[] {at + s.start(), at + s.end()});
        }
      });
    }
    marks.sort(Comparator.comparingInt(m -> m[0]));
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int[] m : marks) {
      if (m[0] >= from) {
        out.add(text.substring(from, m[0]));
        out.add(text.substring(m[0], m[1]));
        from = m[1];
      }
    }
    out.add(text.substring(from));
    return out;
  }

  /** The citation's quote in the same pieces: {@code [quote]}, or {@code [before, phrase, after]}. */
  public static List<String> of(Citation c) {
    String q = c.quote();
    return c.span()
        .map(s -> List.of(q.substring(0, s.start()), s.text(), q.substring(s.end())))
        .orElse(List.of(q));
  }
}
