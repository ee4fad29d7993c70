package org.baoku.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
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
      case SEARCH -> reply.hits().isEmpty() ? Html.escape(reply.text()) : search(reply.hits());
      case QUOTE -> reply.hits().isEmpty() ? Html.escape(reply.text()) : quote(reply.hits(), emphasis);
      case MESSAGE -> Html.escape(reply.text());
    };
  }

  /** The answer with its [n] markers, an optional note, then the compact source list. */
  String answer(Answer a) {
    StringBuilder sb = new StringBuilder(Html.escape(a.text().strip()));
    if (!a.note().isBlank()) {
      sb.append("\n\n<i>").append(Html.escape(a.note().strip())).append("</i>");
    }
    if (!a.citations().isEmpty()) {
      sb.append("\n\n<b>来源</b>");
      for (Citation c : a.citations()) {
        sb.append("\n[").append(c.n()).append("] ").append(Html.escape(sourceLine(c.passage())));
      }
    }
    return sb.toString();
  }

  /** One cited passage in full with the supporting sentence in bold. */
  String passage(Citation c) {
    Passage p = c.passage();
    String text = p.text();
    int end = c.quoteStart() + c.quote().length();
    return "<b>[" + c.n() + "] " + Html.escape(headline(p)) + "</b>\n"
        + "<i>" + Html.escape(origin(p)) + "</i>\n\n"
        + Html.escape(text.substring(0, c.quoteStart()))
        + "<b>" + Html.escape(c.quote()) + "</b>"
        + Html.escape(text.substring(end));
  }

  private String search(List<Hit> hits) {
    StringBuilder sb = new StringBuilder("<b>相关文章</b>");
    int i = 0;
    for (Hit h : firstPerArticle(hits)) {
      Passage p = h.passage();
      sb.append("\n\n").append(++i).append(". <b>").append(Html.escape(headline(p))).append("</b> — ")
          .append(Html.escape(page(p.page())))
          .append("\n").append(Html.escape(Html.shorten(oneLine(p.text()), SNIPPET)));
    }
    return sb.toString();
  }

  private String quote(List<Hit> hits, String emphasis) {
    String needle = emphasis == null ? "" : emphasis.strip();
    StringBuilder sb = new StringBuilder("<b>出处</b>");
    int i = 0;
    for (Hit h : hits.subList(0, Math.min(MAX_LISTED, hits.size()))) {
      Passage p = h.passage();
      sb.append("\n\n").append(++i).append(". <b>").append(Html.escape(headline(p))).append("</b>\n<i>")
          .append(Html.escape(origin(p))).append("</i>\n");
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

  private static List<Hit> firstPerArticle(List<Hit> hits) {
    Map<String, Hit> byArticle = new LinkedHashMap<>();
    for (Hit h : hits) {
      byArticle.putIfAbsent(h.passage().page() + "#" + h.passage().article(), h);
    }
    List<Hit> out = new ArrayList<>(byArticle.values());
    return out.subList(0, Math.min(MAX_LISTED, out.size()));
  }

  /** {@code headline — page — byline}, the compact way every source is named. */
  static String sourceLine(Passage p) {
    return headline(p) + " — " + origin(p);
  }

  /** A headline to show, falling back to the passage's opening words. */
  static String headline(Passage p) {
    return p.headline().isBlank() ? Html.shorten(oneLine(p.text()), 20) : p.headline();
  }

  private static String origin(Passage p) {
    return p.byline().isBlank() ? page(p.page()) : page(p.page()) + " — " + p.byline();
  }

  /** A page id as a reader sees it: the file name without its extension. */
  static String page(String pageId) {
    return pageId.endsWith(".txt") ? pageId.substring(0, pageId.length() - 4) : pageId;
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
