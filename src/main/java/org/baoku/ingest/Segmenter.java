package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cleaned page into articles, the way a reader sees them: each body under its own
 * headline, with its byline, photo captions and banners set apart.
 *
 * <p>Bodies are found first, from the strongest signals: a byline opens a body; running text at
 * the very top of a page is a fragment continued from another page; a title followed by text that
 * closes with a photo credit or signature is a titled body of its own (photo report, diary), and
 * so is text under a title that shares little with the body above it. Title lines between two
 * bodies are then divided between them: newspapers set a headline above its body or, in PDF
 * reading order, after it, and a page may mix both, so each line goes to the body whose
 * distinctive words it shares ({@link Vocabulary}). Title lines inside a body that echo it are
 * subheads and stay in it; a photo credit inside a body closes nothing. Finally an article's tail
 * that is foreign to it becomes a fragment ({@link OrphanTail}).
 *
 * <p>This class finds the bodies, fills them and reads them out as articles; {@link TitleLines}
 * divides the title lines between them, each {@link Body} holding what it was given.
 */
public final class Segmenter {

  /**
   * Below this affinity to the body above it, a title line followed by text (and no byline) heads
   * a new article rather than a section of that body. The subheads of the page 004 feature measured
   * 0.34 to 0.59 against the text above them; headlines against the body before them 0.02 to 0.16.
   */
  static final double SUBHEAD_AFFINITY = 0.25;

  private Segmenter() {}

  /** The articles of {@code page} in reading order, ordinals from 1. Never throws. */
  public static List<Article> segment(Page page) {
    List<Article> articles = segment(page.id(), PageCleaner.clean(page.text()));
    if (page.imprint().knowsNothing()) {
      return articles;
    }
    return articles.stream().map(a -> new Article(a.page(), a.ordinal(), a.kind(), a.titles(),
        a.headline(), a.byline(), a.paragraphs(), page.imprint())).toList();
  }

  static List<Article> segment(String pageId, List<Unit> units) {
    Vocabulary words = new Vocabulary(units.stream().filter(Unit::isBody).map(Unit::text).toList());
    List<Body> bodies = findBodies(units, words);
    if (bodies.isEmpty()) {
      return orphanLines(pageId, units);
    }
    for (int k = 0; k < bodies.size(); k++) {
      Body b = bodies.get(k);
      b.end = k + 1 < bodies.size() ? titlesBefore(units, bodies.get(k + 1).start) : units.size();
    }
    Body last = bodies.get(bodies.size() - 1);
    List<Unit> tail = trailingTitles(units, last);
    bodies.forEach(b -> fill(b, units));
    Body first = bodies.get(0);
    int topStart = titlesBefore(units, first.start);
    for (int i = 0; i < topStart; i++) {
      first.captions.add(units.get(i).text());
    }
    List<Unit> top = units.subList(topStart, first.start);
    TitleLines.assignLead(first, top, words, true);
    for (int k = 0; k + 1 < bodies.size(); k++) {
      TitleLines.divide(bodies.get(k), bodies.get(k + 1), units.subList(bodies.get(k).end,
          bodies.get(k + 1).start), words);
    }
    TitleLines.assignTrail(last, tail, words, true);
    return articles(pageId, bodies, words);
  }

  /**
   * Where bodies start: a byline, an ad, text at the top of the page, or text under a title that
   * either closes with a credit or does not continue the body before it.
   */
  private static List<Body> findBodies(List<Unit> units, Vocabulary words) {
    List<Body> bodies = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.type() == Unit.Type.AD) {
        bodies.add(new Body(i, true));
      } else if (u.type() == Unit.Type.BYLINE && i + 1 < units.size() && units.get(i + 1).isBody()) {
        bodies.add(new Body(i, false));
      } else if (u.isBody() && startsBody(units, i, bodies, words)) {
        bodies.add(new Body(i, false));
      }
    }
    return bodies;
  }

  private static boolean startsBody(List<Unit> units, int i, List<Body> bodies, Vocabulary words) {
    if (i == 0) {
      return true;
    }
    Unit prev = units.get(i - 1);
    if (prev.isBody() || prev.type() == Unit.Type.BYLINE || prev.type() == Unit.Type.CAPTION
        || prev.type() == Unit.Type.CREDIT) {
      return false;
    }
    if (prev.type() != Unit.Type.BARE || bodies.isEmpty() || closesWithCredit(units, i)) {
      return true;
    }
    StringBuilder before = new StringBuilder();
    for (int j = bodies.get(bodies.size() - 1).start; j < i; j++) {
      if (units.get(j).isBody()) {
        before.append(units.get(j).text()).append('\n');
      }
    }
    return words.affinity(prev.text(), before.toString()) < SUBHEAD_AFFINITY;
  }

  /** Whether the run of text from {@code i} ends with a photo credit or signature. */
  private static boolean closesWithCredit(List<Unit> units, int i) {
    int j = i;
    while (j < units.size() && (units.get(j).isBody() || units.get(j).type() == Unit.Type.CAPTION)) {
      j++;
    }
    return j < units.size() && units.get(j).type() == Unit.Type.CREDIT;
  }

  /** Start of the run of title lines that ends right before {@code index}. */
  private static int titlesBefore(List<Unit> units, int index) {
    int i = index;
    while (i > 0 && units.get(i - 1).isTitleLike()) {
      i--;
    }
    return i;
  }

  /** The title lines after the last body's text, which end the page. */
  private static List<Unit> trailingTitles(List<Unit> units, Body last) {
    int i = last.end;
    while (i > last.start && units.get(i - 1).isTitleLike()) {
      i--;
    }
    List<Unit> tail = units.subList(i, last.end);
    last.end = i;
    return tail;
  }

  /** Collects byline, paragraphs, credits and captions of {@code b} from its units. */
  private static void fill(Body b, List<Unit> units) {
    if (b.ad) {
      String[] lines = units.get(b.start).text().split("\n");
      b.lead.add(lines[0]);
      for (int i = 1; i < lines.length; i++) {
        b.paragraphs.add(lines[i]);
      }
      return;
    }
    List<String> credits = new ArrayList<>();
    for (int i = b.start; i < b.end; i++) {
      Unit u = units.get(i);
      switch (u.type()) {
        case BYLINE -> {
          if (i == b.start) {
            b.byline = u.text();
          } else {
            credits.add(u.text());
          }
        }
        case CREDIT -> credits.add(u.text());
        case CAPTION -> b.captions.add(u.text());
        default -> b.paragraphs.add(u.text());
      }
    }
    if (!credits.isEmpty()) {
      String closing = String.join(" ", credits);
      b.byline = b.byline.isEmpty() ? closing : b.byline + " " + closing;
    }
  }

  /** A page without any body: its lines are kept as one fragment so no text is lost. */
  private static List<Article> orphanLines(String pageId, List<Unit> units) {
    List<String> lines = new ArrayList<>();
    for (Unit u : units) {
      lines.addAll(List.of(u.text().split("\n")));
    }
    if (lines.isEmpty()) {
      return List.of();
    }
    return List.of(new Article(pageId, 1, ArticleKind.FRAGMENT, List.of(), "", "", lines));
  }

  private static List<Article> articles(String pageId, List<Body> bodies, Vocabulary words) {
    List<Article> out = new ArrayList<>();
    for (Body b : bodies) {
      for (String banner : b.bannersBefore) {
        out.add(block(pageId, out.size() + 1, ArticleKind.BANNER, banner));
      }
      List<String> titles = new ArrayList<>(b.lead);
      titles.addAll(b.trail);
      ArticleKind kind = b.ad ? ArticleKind.AD
          : titles.isEmpty() && b.byline.isEmpty() ? ArticleKind.FRAGMENT : ArticleKind.ARTICLE;
      List<String> own = b.paragraphs;
      List<String> orphan = List.of();
      int cut = kind == ArticleKind.ARTICLE ? OrphanTail.start(titles, own, words) : -1;
      if (cut > 0) {
        orphan = own.subList(cut, own.size());
        own = own.subList(0, cut);
      }
      out.add(new Article(pageId, out.size() + 1, kind, titles, headline(b, titles), b.byline, own));
      if (!b.captions.isEmpty()) {
        out.add(new Article(pageId, out.size() + 1, ArticleKind.CAPTION, List.of(), "", "",
            b.captions));
      }
      if (!orphan.isEmpty()) {
        out.add(new Article(pageId, out.size() + 1, ArticleKind.FRAGMENT, List.of(), "", "",
            orphan));
      }
      for (String banner : b.bannersAfter) {
        out.add(block(pageId, out.size() + 1, ArticleKind.BANNER, banner));
      }
    }
    return out;
  }

  private static Article block(String pageId, int ordinal, ArticleKind kind, String text) {
    return new Article(pageId, ordinal, kind, List.of(), "", "", List.of(text));
  }

  /**
   * The title a reader names the article by: the top markdown heading if any; otherwise, of the
   * lines that are not a dash-led subtitle, the middle of three (kicker, headline, subtitle) or
   * the first of two (headline, subtitle).
   */
  private static String headline(Body b, List<String> titles) {
    if (!b.headingLine.isEmpty()) {
      return b.headingLine;
    }
    List<String> main = titles.stream().filter(t -> !t.startsWith("—")).toList();
    if (main.isEmpty()) {
      return titles.isEmpty() ? "" : titles.get(0);
    }
    return main.size() >= 3 ? main.get(1) : main.get(0);
  }
}
