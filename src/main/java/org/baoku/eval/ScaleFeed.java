package org.baoku.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.baoku.index.Progress;
import org.baoku.ingest.Passage;

/**
 * A synthetic archive's passages page by page, as a writer reads them: counts pages, articles and
 * passages, keeps the needles, and reports progress every thousand passages. Never holds more than
 * one page.
 */
final class ScaleFeed implements Iterator<Passage> {

  private final Iterator<SyntheticArchive.SyntheticPage> pagesIn;
  private final int target;
  private final Progress progress;
  private final String phase;
  private final List<SyntheticArchive.Needle> needles = new ArrayList<>();
  private Iterator<Passage> current = List.<Passage>of().iterator();
  private int pages;
  private int articles;
  private int passages;
  private boolean ended;

  /** The pages of {@code archive} holding about {@code target} passages with about {@code needles} needles. */
  ScaleFeed(SyntheticArchive archive, int target, int needles, Progress progress, String phase) {
    this.pagesIn = archive.pages(target, needles);
    this.target = target;
    this.progress = progress;
    this.phase = phase;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && pagesIn.hasNext()) {
      SyntheticArchive.SyntheticPage p = pagesIn.next();
      pages++;
      articles += p.articles().size();
      needles.addAll(p.needles());
      current = p.passages().iterator();
    }
    if (!current.hasNext() && !ended) {
      ended = true;
      progress.update(phase, target, target);
    }
    return current.hasNext();
  }

  @Override
  public Passage next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    passages++;
    if (passages % 1000 == 0) {
      progress.update(phase, Math.min(passages, target - 1), target);
    }
    return current.next();
  }

  /** The needles of the pages read so far, in page order. */
  List<SyntheticArchive.Needle> needles() {
    return needles;
  }

  int pages() {
    return pages;
  }

  int articles() {
    return articles;
  }

  int passages() {
    return passages;
  }
}
