package org.baoku.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A quotation a reader looks up, checked once: it has between {@value #MIN_CHARS} and
 * {@value #MAX_CHARS} characters once punctuation and spaces are dropped. {@link #of} says what is
 * wrong with any other text in one line, Chinese first.
 */
public final class Quotation {

  /**
   * Fewest characters: shorter text is a word, found in countless articles, which {@code baoku
   * search} serves better; four characters hold a set phrase (实事求是).
   */
  public static final int MIN_CHARS = 4;

  /**
   * Most characters: a whole passage is about 250 (the chunker's target), and aligning costs the
   * quotation's length times each candidate's, so a pasted page would cost seconds.
   */
  public static final int MAX_CHARS = 500;

  /** Raw characters read at all; beyond this the text is too long whatever it holds. */
  private static final int MAX_RAW = 4 * MAX_CHARS;

  private final String text;
  private final Folded folded;

  private Quotation(String text, Folded folded) {
    this.text = text;
    this.folded = folded;
  }

  /**
   * The quotation in {@code text}, trimmed.
   *
   * @throws IllegalArgumentException with a message for the reader when {@code text} is empty, has
   *     no characters but punctuation and spaces, or is too short or too long
   */
  public static Quotation of(String text) {
    String t = Objects.requireNonNullElse(text, "").strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("请给出要查出处的原话 / give the quotation to look up");
    }
    if (t.length() > MAX_RAW) {
      throw tooLong(t.length());
    }
    Folded f = Folded.of(t);
    if (f.length() == 0) {
      throw new IllegalArgumentException("原话只有标点或空白，没有文字 / the quotation has no words, only punctuation or spaces");
    }
    if (f.length() < MIN_CHARS) {
      throw new IllegalArgumentException("原话太短（" + f.length() + " 字），至少 " + MIN_CHARS
          + " 字；查词语请用 baoku search / the quotation is too short (" + f.length()
          + " characters, at least " + MIN_CHARS + "); to find a word, use baoku search");
    }
    if (f.length() > MAX_CHARS) {
      throw tooLong(f.length());
    }
    return new Quotation(t, f);
  }

  private static IllegalArgumentException tooLong(int n) {
    return new IllegalArgumentException("原话太长（" + n + " 字），最多 " + MAX_CHARS
        + " 字：请只留下要找的那句话 / the quotation is too long (" + n + " characters, at most "
        + MAX_CHARS + "): keep just the sentence you want to find");
  }

  /** The quotation as the reader gave it, trimmed. */
  public String text() {
    return text;
  }

  Folded folded() {
    return folded;
  }

  /** The distinct bigrams of the folded quotation, in order: the terms of the index's gram field. */
  List<String> grams() {
    int[] cps = folded.cps;
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return new ArrayList<>(out);
  }

  @Override
  public String toString() {
    return text;
  }
}
