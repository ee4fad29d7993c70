package org.baoku.chat;

import java.util.Locale;
import java.util.Optional;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Reference;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.IssueContents;

/**
 * How a passage is named to a reader, the same on every transport, so a source listed as
 * {@code [2]} on the console reads exactly as {@code [2]} does on Telegram.
 */
public final class Labels {

  /** Characters of a passage's opening that stand in for a missing headline on a button. */
  private static final int OPENING = 20;

  private Labels() {}

  /**
   * {@code headline — where — byline}, the compact form a source list uses: where it was printed
   * ({@code 《人民日报》2020年3月15日 第5版}) when the archive knows, else the page's file id.
   */
  public static String source(Passage p) {
    return headline(p) + " — " + where(p) + (p.byline().isEmpty() ? "" : " — " + p.byline());
  }

  /**
   * Where a passage was printed, as a Chinese reader names a page ({@link Imprint#label()}); the
   * page's file id when nothing is known, so an undated archive reads as it always has.
   */
  public static String where(Passage p) {
    String label = p.imprint().label();
    return label.isEmpty() ? p.page() : label;
  }

  /**
   * The article's GB/T 7714 newspaper reference, ready to copy ({@code 张三. 标题[N]. 人民日报,
   * 2020-03-15(5).}); empty when neither paper nor date is known.
   */
  public static Optional<String> reference(Passage p) {
    return Reference.of(p.headline(), p.byline(), p.imprint());
  }

  /**
   * Page {@code index} (from 1) of an issue as its heading names it: {@code 第5版 要闻}; with the
   * paper ({@code 《人民日报》第5版}) when the issue mixes papers, so two front pages differ; the
   * page's file id when its number is unknown.
   */
  public static String pageName(IssueContents issue, int index) {
    IssueContents.PageContents page = issue.pages().get(index - 1);
    Imprint imprint = page.imprint();
    if (imprint.pageNo() == null) {
      return page.page();
    }
    boolean mixed = issue.pages().stream().map(x -> String.valueOf(x.imprint().paper())).distinct().count() > 1;
    String paper = mixed && imprint.paper() != null ? imprint.paper() : null;
    return new Imprint(paper, null, imprint.pageNo(), imprint.section()).label();
  }

  /** The headline, or {@code （无标题）} for an article that has none (a brief, a photo caption). */
  public static String headline(Passage p) {
    return p.headline().isBlank() ? "（无标题）" : p.headline();
  }

  /**
   * The headline, or else the passage's opening words: where there is room for only one line
   * (a button, an inline result), "no title" would not tell two sources apart.
   */
  public static String shortHeadline(Passage p) {
    if (!p.headline().isBlank()) {
      return p.headline();
    }
    String opening = oneLine(p.text());
    return opening.codePointCount(0, opening.length()) <= OPENING
        ? opening : opening.substring(0, opening.offsetByCodePoints(0, OPENING - 1)) + "…";
  }

  /** {@code text} with every run of whitespace one space. */
  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * Where a quotation was found, as one line: first appearance, reprint or undated; the paper,
   * date and page; the headline; the page id and article; the similarity.
   */
  public static String quoteSource(QuoteMatch m) {
    String role = switch (m.appearance()) {
      case FIRST -> "首次刊载 first appearance";
      case REPRINT -> "转载 reprint";
      case UNDATED -> "日期不详 undated";
    };
    StringBuilder s = new StringBuilder(role);
    String label = m.imprint().label();
    if (!label.isEmpty()) {
      s.append(" · ").append(label);
    }
    if (!m.headline().isEmpty()) {
      s.append(" · 《").append(m.headline()).append("》");
    }
    s.append(" · ").append(m.page()).append(" #").append(m.article());
    s.append(String.format(Locale.ROOT, " · 相似度 similarity %.2f", m.similarity()));
    if (m.exact()) {
      s.append("（原文 exact）");
    }
    return s.toString();
  }
}
