package org.baoku.telegram;

import java.util.List;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.PlainText;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * Turns a transport-neutral {@link Reply} into Telegram HTML. Only our own tags ({@code <b>},
 * {@code <i>}) are ever unescaped: every piece of corpus or user text passes {@link Html#escape}.
 * Long output is left to the {@link MessageSplitter}.
 */
final class Renderer {

  /** Top articles listed for /search and /quote; a phone screen shows about this many. */
  private static final int MAX_LISTED = 5;
  private static final int SNIPPET = 80;

  /** The reply as one HTML string, before splitting. */
  String render(Reply reply, String emphasis) {
    return switch (reply.kind()) {
      case ANSWER -> reply.answer() == null ? Html.escape(reply.text()) : answer(reply.answer());
      case SOURCE -> reply.citations().isEmpty() ? Html.escape(reply.text()) : passage(reply.citations().get(0));
      case SEARCH -> reply.hits().isEmpty() ? Html.escape(reply.text()) : search(reply);
      case QUOTE -> reply.hits().isEmpty() ? Html.escape(reply.text()) : quote(reply, emphasis);
      case MESSAGE -> Html.escape(reply.text());
    };
  }

  /**
   * The answer with its [n] markers and the phrase that answers the question in bold, an optional
   * note, then the compact source list.
   */
  String answer(Answer a) {
    StringBuilder sb = new StringBuilder(bold(PlainText.pieces(a)).strip());
    if (!a.note().isBlank()) {
      sb.append("\n\n<i>").append(Html.escape(a.note().strip())).append("</i>");
    }
    if (!a.citations().isEmpty()) {
      sb.append("\n\n<b>来源</b>");
      for (Citation c : a.citations()) {
        sb.append("\n[").append(c.n()).append("] ").append(Html.escape(PlainText.source(c.passage())));
      }
    }
    return sb.toString();
  }

  /** {@link PlainText#pieces} escaped, the answering phrases (odd indices) in bold. */
  private static String bold(List<String> pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      String escaped = Html.escape(pieces.get(i));
      sb.append(i % 2 == 1 ? "<b>" + escaped + "</b>" : escaped);
    }
    return sb.toString();
  }

  /** One cited passage in full with the supporting sentence in bold. */
  String passage(Citation c) {
    Passage p = c.passage();
    String text = p.text();
    int end = c.quoteStart() + c.quote().length();
    return "<b>[" + c.n() + "] " + Html.escape(PlainText.source(p)) + "</b>\n\n"
        + Html.escape(text.substring(0, c.quoteStart()))
        + "<b>" + Html.escape(c.quote()) + "</b>"
        + Html.escape(text.substring(end));
  }

  /** Top articles: headline and page, then the start of the best passage. */
  private String search(Reply reply) {
    StringBuilder sb = new StringBuilder(heading(reply));
    int i = 0;
    for (Hit h : listed(reply.hits())) {
      Passage p = h.passage();
      sb.append("\n\n").append(++i).append(". <b>").append(Html.escape(PlainText.source(p))).append("</b>\n")
          .append(Html.escape(Html.shorten(oneLine(p.text()), SNIPPET)));
    }
    return sb.toString();
  }

  /** Where a quotation comes from: each passage in full, the quotation in bold where it occurs verbatim. */
  private String quote(Reply reply, String emphasis) {
    String needle = emphasis == null ? "" : emphasis.strip();
    StringBuilder sb = new StringBuilder(heading(reply));
    int i = 0;
    for (Hit h : listed(reply.hits())) {
      Passage p = h.passage();
      sb.append("\n\n").append(++i).append(". <b>").append(Html.escape(PlainText.source(p))).append("</b>\n");
      int at = needle.isEmpty() ? -1 : p.text().indexOf(needle);
      if (at < 0) {
        sb.append(Html.escape(p.text()));
      } else {
        sb.append(Html.escape(p.text().substring(0, at))).append("<b>").append(Html.escape(needle))
            .append("</b>").append(Html.escape(p.text().substring(at + needle.length())));
      }
    }
    return sb.toString();
  }

  /** The handler's own title line ("相关文章 Articles:", "最接近的段落…"), in bold. */
  private static String heading(Reply reply) {
    String first = reply.text().lines().findFirst().orElse("").strip();
    return "<b>" + Html.escape(first) + "</b>";
  }

  private static List<Hit> listed(List<Hit> hits) {
    List<Hit> best = PlainText.bestPerArticle(hits);
    return best.subList(0, Math.min(MAX_LISTED, best.size()));
  }

  /** A headline for a button, falling back to the passage's opening words rather than "no title". */
  static String headline(Passage p) {
    return p.headline().isBlank() ? Html.shorten(oneLine(p.text()), 20) : p.headline();
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
