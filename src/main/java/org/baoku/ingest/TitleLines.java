package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the title lines around bodies to them, for {@link Segmenter}: newspapers set a headline
 * above its body or, in PDF reading order, after it, and a page may mix both, so the lines
 * between two bodies go to the body whose distinctive words they share ({@link Vocabulary}); an
 * outer line of the page that shares little with its body is a banner, and title lines after a
 * body that already has its headline are captions. Each call fills the {@link Body} it is given.
 */
final class TitleLines {

  /**
   * Below this affinity to its body, an outer title line of a page (first above the first body,
   * last after the last) is a page banner. Kickers measured 0.35 and up on the bundled pages,
   * banners under 0.2.
   */
  static final double BANNER_AFFINITY = 0.25;

  /** Tie-break in favour of giving a body without a headline the title lines next to it. */
  private static final double NEEDS_TITLE = 0.1;

  private TitleLines() {}

  /** Gives the title lines above the first body to it, setting a banner apart. */
  static void assignLead(Body b, List<Unit> lines, Vocabulary words, boolean pageTop) {
    List<Unit> rest = new ArrayList<>(lines);
    if (pageTop && rest.size() >= 2 && isBanner(rest.get(0), rest.get(1), b, words)) {
      b.bannersBefore.add(rest.remove(0).text());
    }
    for (Unit u : rest) {
      b.lead.add(u.text());
      noteHeading(b, u);
    }
  }

  /** Gives title lines after a body to it: its headline, or captions if it already has one. */
  static void assignTrail(Body b, List<Unit> lines, Vocabulary words, boolean pageEnd) {
    List<Unit> rest = new ArrayList<>(lines);
    List<String> banners = new ArrayList<>();
    while (pageEnd && rest.size() >= 2 && !b.ad
        && words.affinity(rest.get(rest.size() - 1).text(), b.text()) < BANNER_AFFINITY) {
      banners.add(0, rest.remove(rest.size() - 1).text());
    }
    boolean titled = !b.lead.isEmpty();
    for (Unit u : rest) {
      if (titled || b.ad) {
        b.captions.add(u.text());
      } else {
        b.trail.add(u.text());
        noteHeading(b, u);
      }
    }
    if (b.ad) {
      b.captions.addAll(banners);
    } else {
      b.bannersAfter.addAll(banners);
    }
  }

  private static boolean isBanner(Unit line, Unit next, Body b, Vocabulary words) {
    return line.heading() == 0 && !next.text().startsWith("—")
        && words.affinity(line.text(), b.text()) < BANNER_AFFINITY;
  }

  private static void noteHeading(Body b, Unit u) {
    if (u.heading() > 0 && u.heading() < b.heading) {
      b.heading = u.heading();
      b.headingLine = u.text();
    }
  }

  /**
   * Divides the title lines between bodies {@code a} and {@code b}: the first {@code m} go to
   * {@code a} (after its text), the rest to {@code b} (above its text), choosing the {@code m} whose
   * lines share most with the bodies they join.
   */
  static void divide(Body a, Body b, List<Unit> lines, Vocabulary words) {
    int n = lines.size();
    int best = n;
    if (a.ad) {
      best = 0;
    } else if (!b.ad) {
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int m = 0; m <= n; m++) {
        if (m == n && n > 0 && b.byline.isEmpty()) {
          continue;
        }
        double score = 0;
        for (int i = 0; i < n; i++) {
          score += words.affinity(lines.get(i).text(), i < m ? a.text() : b.text());
        }
        if (m > 0 && a.lead.isEmpty()) {
          score += NEEDS_TITLE;
        }
        if (score > bestScore) {
          bestScore = score;
          best = m;
        }
      }
    }
    assignTrail(a, lines.subList(0, best), words, false);
    assignLead(b, lines.subList(best, n), words, false);
  }
}
