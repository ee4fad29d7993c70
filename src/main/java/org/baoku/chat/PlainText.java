package org.baoku.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * Plain-text renderings of replies, for the console and for {@link Reply#text()}. The supporting
 * sentence inside a passage is marked 【thus】, the way Chinese text marks a highlight without markup.
 */
public final class PlainText {

  private PlainText() {}

  /** The answer, its note, then one line per source with its supporting sentence. */
  public static String answer(Answer a) {
    StringBuilder out = new StringBuilder(a.text());
    if (!a.note().isEmpty()) {
      out.append("\n（").append(a.note()).append("）");
    }
    if (!a.citations().isEmpty()) {
      out.append("\n\n来源 Sources:");
      for (Citation c : a.citations()) {
        out.append("\n[").append(c.n()).append("] ").append(source(c.passage()));
        out.append("\n    “").append(c.quote()).append("”");
      }
      out.append("\n\n（/source N 查看原文 · /quote 文字 查出处）");
    }
    return out.toString();
  }

  /** Citation {@code n} in full: headline, page, byline, and the passage with its quote marked. */
  public static String citation(Citation c) {
    Passage p = c.passage();
    String text = p.text();
    int end = c.quoteStart() + c.quote().length();
    return "[" + c.n() + "] " + headline(p) + "\n"
        + "版面 page: " + p.page() + " · 第" + p.article() + "篇"
        + (p.byline().isEmpty() ? "" : " · " + p.byline()) + "\n\n"
        + text.substring(0, c.quoteStart()) + "【" + c.quote() + "】" + text.substring(end);
  }

  /** Hits grouped by article, best first: one line per article with the start of its best passage. */
  public static String articles(String title, List<Hit> hits) {
    return articles(title, hits, "");
  }

  /**
   * The same, but each excerpt is centred on {@code phrase} where the passage holds it verbatim,
   * so a reader looking for a quotation sees it in its context.
   */
  public static String articles(String title, List<Hit> hits, String phrase) {
    StringBuilder out = new StringBuilder(title);
    int i = 0;
    for (Hit h : bestPerArticle(hits)) {
      out.append("\n").append(++i).append(". ").append(source(h.passage()));
      out.append("\n   ").append(excerpt(h.passage().text(), phrase, 80));
    }
    return out.toString();
  }

  /** The best hit of each article, in rank order. */
  public static List<Hit> bestPerArticle(List<Hit> hits) {
    Map<String, Hit> best = new LinkedHashMap<>();
    for (Hit h : hits) {
      best.putIfAbsent(h.passage().page() + "#" + h.passage().article(), h);
    }
    return new ArrayList<>(best.values());
  }

  /** {@code headline — page — byline}, the compact form a source list uses. */
  public static String source(Passage p) {
    return headline(p) + " — " + p.page() + (p.byline().isEmpty() ? "" : " — " + p.byline());
  }

  static String headline(Passage p) {
    return p.headline().isEmpty() ? "（无标题）" : p.headline();
  }

  /** At most about {@code max} characters of {@code text}, around {@code phrase} when it occurs. */
  static String excerpt(String text, String phrase, int max) {
    int at = phrase.isEmpty() ? -1 : text.indexOf(phrase);
    int from = at < 0 ? 0 : Math.max(0, at - (max - phrase.length()) / 2);
    int to = Math.min(text.length(), from + Math.max(max, phrase.length()));
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }
}
