package org.baoku.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * Plain-text renderings of replies, for the console and for {@link Reply#text()}. The supporting
 * sentence inside a passage is marked 【thus】, the way Chinese text marks a highlight without markup.
 * The phrase that answers the question ({@link Citation#span()}) is marked only by an {@link
 * Emphasis} the output can show (ANSI bold on a terminal), so {@link Reply#text()} stays plain;
 * {@link #pieces} hands the phrases to renderers of other formats.
 */
public final class PlainText {

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

  /** The answer, its note, then one line per source with its supporting sentence. */
  public static String answer(Answer a) {
    return answer(a, Emphasis.NONE);
  }

  /** {@link #answer(Answer)} with each answering phrase, in the text and in the quotes, marked by {@code e}. */
  public static String answer(Answer a, Emphasis e) {
    StringBuilder out = new StringBuilder(marked(pieces(a), e));
    if (!a.note().isEmpty()) {
      out.append("\n（").append(a.note()).append("）");
    }
    if (!a.citations().isEmpty()) {
      out.append("\n\n来源 Sources:");
      for (Citation c : a.citations()) {
        out.append("\n[").append(c.n()).append("] ").append(source(c.passage()));
        out.append("\n    “").append(marked(pieces(c), e)).append("”");
      }
      out.append("\n\n（/source N 查看原文 · /quote 文字 查出处）");
    }
    return out.toString();
  }

  /**
   * The answer's text cut around its answering phrases: the pieces at odd indices are the
   * phrases, the others the text between them, so joining them gives the text back. A phrase is
   * found where the text shows its citation's quote followed by that citation's marker
   * ({@code …查验24小时核酸阴性证明[1]}); a text that words the quote otherwise (an LLM's) keeps its
   * phrases only in the quotes.
   */
  public static List<String> pieces(Answer a) {
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
  public static List<String> pieces(Citation c) {
    String q = c.quote();
    return c.span()
        .map(s -> List.of(q.substring(0, s.start()), s.text(), q.substring(s.end())))
        .orElse(List.of(q));
  }

  private static String marked(List<String> pieces, Emphasis e) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      out.append(i % 2 == 1 ? e.open() + pieces.get(i) + e.close() : pieces.get(i));
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
