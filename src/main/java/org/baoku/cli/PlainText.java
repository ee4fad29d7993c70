package org.baoku.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.Labels;
import org.baoku.chat.Phrases;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.baoku.quote.QuoteDiff;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Hit;

/**
 * The console's rendering of a {@link Reply}, from its fields (Telegram renders the same fields as
 * HTML). The supporting sentence inside a passage is marked 【thus】, the way Chinese text marks a
 * highlight without markup; the phrase that answers the question is marked only by an {@link
 * Emphasis} the output can show (ANSI bold on a terminal), so a pipe receives plain text.
 * Public only so the test of the seam can set it beside the Telegram renderer.
 */
public final class PlainText {

  /** Characters of a passage shown under a listed article. */
  private static final int EXCERPT = 80;

  /** What goes before and after an answering phrase. */
  public record Emphasis(String open, String close) {
    /** Plain text: the phrase is not marked. */
    public static final Emphasis NONE = new Emphasis("", "");
    /** ANSI bold, for a terminal that shows it. */
    public static final Emphasis BOLD = new Emphasis("\033[1m", "\033[0m");

    public Emphasis {
      Objects.requireNonNull(open, "open");
      Objects.requireNonNull(close, "close");
    }
  }

  private PlainText() {}

  /** The reply as plain text, no phrase marked. */
  public static String render(Reply reply) {
    return render(reply, Emphasis.NONE);
  }

  /** The reply as text, each answering phrase marked by {@code e}. */
  public static String render(Reply reply, Emphasis e) {
    return switch (reply.kind()) {
      case ANSWER -> answer(reply, e);
      case SOURCE -> citation(reply.citations().get(0));
      case QUOTE -> quotes(reply);
      case SEARCH -> articles(reply);
      case ISSUE -> issue(reply);
      case ARTICLE -> article(reply);
      case MESSAGE -> reply.title().isEmpty() ? reply.text() : reply.title() + "\n" + reply.text();
    };
  }

  /** The answer, its note, then one line per source with its supporting sentence, then the next steps. */
  private static String answer(Reply reply, Emphasis e) {
    Answer a = reply.answer();
    StringBuilder out = new StringBuilder(marked(Phrases.of(a), e));
    if (!a.note().isEmpty()) {
      out.append("\n（").append(a.note()).append("）");
    }
    if (!reply.citations().isEmpty()) {
      out.append("\n\n来源 Sources:");
      for (Citation c : reply.citations()) {
        out.append("\n[").append(c.n()).append("] ").append(Labels.source(c.passage()));
        out.append("\n    “").append(marked(Phrases.of(c), e)).append("”");
      }
    }
    if (!reply.actions().isEmpty()) {
      // A terminal has no buttons: the actions become the commands that do the same.
      out.append("\n\n（/source N 查看原文 · /quote 文字 查出处）");
    }
    return out.toString();
  }

  private static String marked(List<String> pieces, Emphasis e) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      out.append(i % 2 == 1 ? e.open() + pieces.get(i) + e.close() : pieces.get(i));
    }
    return out.toString();
  }

  /**
   * Citation {@code n} in full: headline, page, byline, the passage with its quote marked, and the
   * reference to copy when the archive knows the paper or date.
   */
  private static String citation(Citation c) {
    Passage p = c.passage();
    String text = p.text();
    int end = c.quoteStart() + c.quote().length();
    return "[" + c.n() + "] " + Labels.headline(p) + "\n"
        + "版面 page: " + Labels.where(p) + " · 第" + p.article() + "篇"
        + (p.byline().isEmpty() ? "" : " · " + p.byline()) + "\n\n"
        + text.substring(0, c.quoteStart()) + "【" + c.quote() + "】" + text.substring(end)
        + reference(p);
  }

  private static String reference(Passage p) {
    return Labels.reference(p).map(r -> "\n\n引用格式 Cite:\n" + r).orElse("");
  }

  /**
   * A day's paper in full (a terminal scrolls; it has no page buttons): each page's name, its
   * articles numbered through the issue, then how to open one.
   */
  private static String issue(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title());
    int n = 0;
    for (int i = 0; i < reply.issue().pages().size(); i++) {
      out.append("\n\n").append(Labels.pageName(reply.issue(), i + 1));
      for (Passage p : reply.issue().pages().get(i).articles()) {
        out.append("\n  ").append(++n).append(". ").append(Labels.shortHeadline(p));
      }
    }
    return out.append("\n\n").append(reply.text()).toString();
  }

  /** An article: headline, where it was printed and by whom, its full text, and the reference. */
  private static String article(Reply reply) {
    Passage p = reply.article();
    return reply.title() + "\n" + Labels.where(p) + (p.byline().isEmpty() ? "" : " · " + p.byline())
        + "\n\n" + reply.text() + reference(p);
  }

  /**
   * The title, then one line per listed article with the start of its passage; for a quotation,
   * the excerpt is centred on it where the passage holds it verbatim, so it is seen in context.
   */
  private static String articles(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title());
    int i = 0;
    for (Hit h : reply.hits()) {
      out.append("\n").append(++i).append(". ").append(Labels.source(h.passage()));
      out.append("\n   ").append(excerpt(h.passage().text(), reply.quotation(), EXCERPT));
    }
    return out.toString();
  }

  /** Where differences are marked in a quotation's span: a reader meets the marks once, here. */
  static final String LEGEND = "（[-引文-]{+原文+}：引文与原文不同之处 / where the quotation and the article differ）";

  /** The heading, then each match's source line and its span with the differences marked. */
  private static String quotes(Reply reply) {
    StringBuilder out = new StringBuilder(reply.title());
    boolean marked = false;
    for (int i = 0; i < reply.quotes().size(); i++) {
      QuoteMatch m = reply.quotes().get(i);
      out.append("\n\n").append(i + 1).append(". ").append(Labels.quoteSource(m));
      out.append("\n   ").append(marked(m.diff()).replace("\n", "\n   "));
      marked |= !m.exact();
    }
    if (marked) {
      out.append("\n\n").append(LEGEND);
    }
    return out.toString();
  }

  /** The span with {@code [-quoted-]} where the quotation says otherwise and {@code {+article+}} where the article does. */
  static String marked(QuoteDiff diff) {
    StringBuilder out = new StringBuilder();
    for (QuoteDiff.Piece p : diff.pieces()) {
      switch (p.kind()) {
        case SAME -> out.append(p.text());
        case CHANGED -> out.append("[-").append(p.quoted()).append("-]{+").append(p.text()).append("+}");
        case EXTRA -> out.append("{+").append(p.text()).append("+}");
        case MISSING -> out.append("[-").append(p.quoted()).append("-]");
      }
    }
    return out.toString();
  }

  /** At most about {@code max} characters of {@code text}, around {@code phrase} when it occurs. */
  static String excerpt(String text, String phrase, int max) {
    Optional<Phrases.Found> found = Phrases.find(text, phrase);
    int length = found.map(f -> f.end() - f.start()).orElse(0);
    int from = found.map(f -> Math.max(0, f.start() - (max - length) / 2)).orElse(0);
    int to = Math.min(text.length(), from + Math.max(max, length));
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }
}
