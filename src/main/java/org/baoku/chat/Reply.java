package org.baoku.chat;

import java.util.List;
import java.util.Objects;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.retrieve.Hit;

/**
 * What the conversation handler says back, transport-neutral: the console renders it as plain
 * text, the Telegram bot as HTML with buttons. {@code text} is always a complete plain-text rendering.
 *
 * @param kind what the reply is, so a transport can choose its layout
 * @param text the plain-text reply, ready to print
 * @param answer set for {@link Kind#ANSWER}, else null
 * @param citations the citations to show (the answer's, or the one {@code /source N} asked for)
 * @param hits articles found by {@code /quote} or {@code /search}
 */
public record Reply(Kind kind, String text, Answer answer, List<Citation> citations, List<Hit> hits) {

  /** The kinds of reply. */
  public enum Kind {
    /** An answer to a question (grounded or a refusal). */
    ANSWER,
    /** One citation of the last answer in full ({@code /source N}). */
    SOURCE,
    /** Passages that contain or resemble a quotation ({@code /quote}). */
    QUOTE,
    /** Top articles for keywords ({@code /search}). */
    SEARCH,
    /** Help, acknowledgements, usage hints and errors. */
    MESSAGE
  }

  public Reply {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    hits = List.copyOf(hits);
  }

  /** A text-only reply. */
  public static Reply message(String text) {
    return new Reply(Kind.MESSAGE, text, null, List.of(), List.of());
  }
}
