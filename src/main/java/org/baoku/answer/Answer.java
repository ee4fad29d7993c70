package org.baoku.answer;

import java.util.List;
import java.util.Objects;
import org.baoku.retrieve.Hit;

/**
 * A reply to one question.
 *
 * @param text the answer with {@code [n]} markers, or the "not in the archive" message
 * @param citations numbered from 1, each marker in {@code text} has one
 * @param grounded false exactly when the reply says the archive does not answer the question
 * @param composer {@code extractive} or {@code llm}
 * @param note a short remark for the reader (for example why the LLM answer was replaced); may be empty
 * @param hits the retrieval results the answer was built from, most relevant first
 */
public record Answer(
    String text,
    List<Citation> citations,
    boolean grounded,
    String composer,
    String note,
    List<Hit> hits) {

  public Answer {
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    Objects.requireNonNull(composer, "composer");
    note = Objects.requireNonNullElse(note, "");
    hits = List.copyOf(hits);
  }
}
