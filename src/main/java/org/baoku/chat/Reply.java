package org.baoku.chat;

import java.util.List;
import java.util.Objects;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.retrieve.Hit;

/**
 * What the conversation handler says back, as structure and never as finished text: the console
 * renders it as plain text ({@code cli}), the Telegram bot as HTML with buttons ({@code
 * telegram}), each from these fields, so neither reads the other's output. Build one with the
 * factories; a reply whose fields contradict its kind (an answer without an {@link Answer})
 * cannot be made.
 *
 * @param kind what the reply is, so a transport can choose its layout
 * @param title a heading line ({@code 相关文章 Articles:}); empty when the reply has none
 * @param text the prose of a {@link Kind#MESSAGE}; empty for the other kinds, whose content is
 *     in the fields below
 * @param answer the answer, for {@link Kind#ANSWER} only; else null
 * @param citations the citations to show, numbered as in the answer (the answer's, or the one
 *     {@code /source N} asked for)
 * @param quotation what {@code /quote} looked for, for a renderer to emphasise; else empty
 * @param hits the articles found by {@code /quote} or {@code /search}, one passage per article,
 *     best first, already cut to what should be listed
 * @param actions what the reader can do next with one tap or one command, in order
 */
public record Reply(Kind kind, String title, String text, Answer answer, List<Citation> citations,
    String quotation, List<Hit> hits, List<Action> actions) {

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

  /**
   * A next step offered with a reply: a Telegram button, a hint line on the console.
   *
   * @param label what the button says, e.g. {@code [1] 北京电控百余职工抗疫期间爱心献血}
   * @param command what choosing it asks for
   */
  public record Action(String label, Command command) {
    public Action {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(command, "command");
    }
  }

  public Reply {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quotation, "quotation");
    citations = List.copyOf(citations);
    hits = List.copyOf(hits);
    actions = List.copyOf(actions);
    if ((kind == Kind.ANSWER) != (answer != null)) {
      throw new IllegalArgumentException("an answer, and only an answer, carries an Answer: " + kind);
    }
    if (kind == Kind.SOURCE && citations.size() != 1) {
      throw new IllegalArgumentException("a source reply shows one citation: " + citations.size());
    }
  }

  /** An answer with one {@code /source N} action per citation. */
  public static Reply answer(Answer a) {
    List<Action> actions = a.citations().stream()
        .map(c -> new Action("[" + c.n() + "] " + Labels.shortHeadline(c.passage()), new Command.Source(c.n())))
        .toList();
    return new Reply(Kind.ANSWER, "", "", a, a.citations(), "", List.of(), actions);
  }

  /** One citation in full. */
  public static Reply source(Citation c) {
    return new Reply(Kind.SOURCE, "", "", null, List.of(c), "", List.of(), List.of());
  }

  /** Where {@code quotation} occurs (or what comes closest), under {@code title}. */
  public static Reply quote(String title, String quotation, List<Hit> hits) {
    return new Reply(Kind.QUOTE, title, "", null, List.of(), quotation, hits, List.of());
  }

  /** Articles found for keywords, under {@code title}. */
  public static Reply search(String title, List<Hit> hits) {
    return new Reply(Kind.SEARCH, title, "", null, List.of(), "", hits, List.of());
  }

  /** A text-only reply. */
  public static Reply message(String text) {
    return new Reply(Kind.MESSAGE, "", text, null, List.of(), "", List.of(), List.of());
  }
}
