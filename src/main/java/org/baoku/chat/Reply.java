package org.baoku.chat;

import java.util.List;
import java.util.Objects;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.ingest.Passage;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.IssueContents;

/**
 * What the conversation handler says back, as structure and never as finished text: the console
 * renders it as plain text ({@code cli}), the Telegram bot as HTML with buttons ({@code
 * telegram}), each from these fields, so neither reads the other's output. Build one with the
 * factories; a reply whose fields contradict its kind (an answer without an {@link Answer})
 * cannot be made.
 *
 * @param kind what the reply is, so a transport can choose its layout
 * @param title a heading line ({@code 相关文章 Articles:}); empty when the reply has none
 * @param text the prose of a {@link Kind#MESSAGE}, the full text of an {@link Kind#ARTICLE}, the
 *     line under an {@link Kind#ISSUE} telling how to open an article; empty for the other kinds,
 *     whose content is in the fields below
 * @param answer the answer, for {@link Kind#ANSWER} only; else null
 * @param citations the citations to show, numbered as in the answer (the answer's, or the one
 *     {@code /source N} asked for)
 * @param quotation what {@code /quote} looked for; else empty
 * @param hits the articles found by {@code /search}, one passage per article, best first, already
 *     cut to what should be listed
 * @param quotes where the quotation of a {@link Kind#QUOTE} appears, earliest first, each span
 *     verbatim with its differences from the quotation
 * @param issue the day's paper, for {@link Kind#ISSUE} only; else null
 * @param page the page of {@code issue} (from 1) that a one-page view shows (Telegram); the
 *     console shows them all; 0 for the other kinds
 * @param article the opening passage of the article an {@link Kind#ARTICLE} shows (its headline,
 *     byline and imprint); else null
 * @param actions what the reader can do next with one tap or one command, in order
 */
public record Reply(Kind kind, String title, String text, Answer answer, List<Citation> citations,
    String quotation, List<Hit> hits, List<QuoteMatch> quotes, IssueContents issue, int page, Passage article,
    List<Action> actions) {

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
    /** One day's paper, page by page, each article numbered ({@code /day}). */
    ISSUE,
    /** One article of an issue in full ({@code /read}). */
    ARTICLE,
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
    quotes = List.copyOf(quotes);
    actions = List.copyOf(actions);
    if ((kind == Kind.ANSWER) != (answer != null)) {
      throw new IllegalArgumentException("an answer, and only an answer, carries an Answer: " + kind);
    }
    if (kind == Kind.SOURCE && citations.size() != 1) {
      throw new IllegalArgumentException("a source reply shows one citation: " + citations.size());
    }
    if ((kind == Kind.ISSUE) != (issue != null)) {
      throw new IllegalArgumentException("an issue reply, and only one, carries an issue: " + kind);
    }
    if (issue != null && (issue.isEmpty() || page < 1 || page > issue.pages().size())) {
      throw new IllegalArgumentException("page " + page + " of an issue of " + issue.pages().size() + " pages");
    }
    if (issue == null && page != 0) {
      throw new IllegalArgumentException("only an issue reply shows a page: " + page);
    }
    if ((kind == Kind.ARTICLE) != (article != null)) {
      throw new IllegalArgumentException("an article reply, and only one, carries an article: " + kind);
    }
  }

  /** An answer with one {@code /source N} action per citation. */
  public static Reply answer(Answer a) {
    List<Action> actions = a.citations().stream()
        .map(c -> new Action("[" + c.n() + "] " + Labels.shortHeadline(c.passage()), new Command.Source(c.n())))
        .toList();
    return new Reply(Kind.ANSWER, "", "", a, a.citations(), "", List.of(), List.of(), null, 0, null, actions);
  }

  /** One citation in full. */
  public static Reply source(Citation c) {
    return new Reply(Kind.SOURCE, "", "", null, List.of(c), "", List.of(), List.of(), null, 0, null, List.of());
  }

  /** Where {@code quotation} appears ({@code quotes}, earliest first), under {@code title}. */
  public static Reply quote(String title, String quotation, List<QuoteMatch> quotes) {
    return new Reply(Kind.QUOTE, title, "", null, List.of(), quotation, List.of(), quotes, null, 0, null,
        List.of());
  }

  /** Articles found for keywords, under {@code title}. */
  public static Reply search(String title, List<Hit> hits) {
    return new Reply(Kind.SEARCH, title, "", null, List.of(), "", hits, List.of(), null, 0, null, List.of());
  }

  /**
   * Page {@code page} of a day's paper under {@code title}, with {@code hint} (how to open an
   * article by typing); its actions open each article of that page ({@link Command.Read}, numbered
   * through the issue) and turn to the page before and after ({@link Command.Day}).
   *
   * @param paper the paper as the reader named it, empty for all; the actions repeat it
   */
  public static Reply issue(String title, IssueContents issue, String paper, int page, String hint) {
    List<Action> actions = new java.util.ArrayList<>();
    int n = 0;
    for (int i = 0; i < issue.pages().size(); i++) {
      for (Passage p : issue.pages().get(i).articles()) {
        n++;
        if (i == page - 1) {
          actions.add(new Action(n + ". " + Labels.shortHeadline(p), new Command.Read(issue.date(), paper, n)));
        }
      }
    }
    if (page > 1) {
      actions.add(new Action("‹ " + Labels.pageName(issue, page - 1),
          new Command.Day(issue.date(), paper, page - 1)));
    }
    if (page < issue.pages().size()) {
      actions.add(new Action(Labels.pageName(issue, page + 1) + " ›",
          new Command.Day(issue.date(), paper, page + 1)));
    }
    return new Reply(Kind.ISSUE, title, hint, null, List.of(), "", List.of(), List.of(), issue, page, null, actions);
  }

  /** An article in full: {@code opening} names it (headline, byline, imprint), {@code text} is all of it. */
  public static Reply article(Passage opening, String text) {
    return new Reply(Kind.ARTICLE, Labels.headline(opening), text, null, List.of(), "", List.of(), List.of(), null, 0,
        opening, List.of());
  }

  /** A text-only reply. */
  public static Reply message(String text) {
    return new Reply(Kind.MESSAGE, "", text, null, List.of(), "", List.of(), List.of(), null, 0, null, List.of());
  }
}
