package org.baoku.eval;

import java.util.ArrayList;
import java.util.List;
import org.baoku.answer.Answer;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retrieval;

/**
 * The needles' questions of {@code bench --scale}, asked of an archive (the local index or a
 * SolrCloud collection alike): the first fifth of them (at least {@value #MIN_WARM_UP}) warm up
 * search and ask {@value #WARM_UP_ROUNDS} times, untimed; each other question is then timed once
 * through {@code search} (the archive's hybrid retriever, {@value #HITS} hits) and, after all of
 * them, once through {@code ask} (the same search, then the extractive composer). Recall@5 and
 * the answers count all needles. One thread.
 */
final class NeedleQueries {

  static final int HITS = 10;
  static final int MIN_WARM_UP = 5;
  static final int WARM_UP_ROUNDS = 3;

  /**
   * What the needles' questions found and how long they took, in milliseconds.
   *
   * @param answered needles whose grounded answer holds the planted answer
   * @param timed questions timed (the needles less the warm-up ones)
   */
  record Timings(int needles, int foundAt5, int answered, int timed, double searchP50, double searchP99,
      double askP50, double askP99) {}

  private NeedleQueries() {}

  static Timings ask(Archive a, List<SyntheticArchive.Needle> all) {
    int warm = Math.min(all.size(), Math.max(MIN_WARM_UP, all.size() / 5));
    List<Double> search = new ArrayList<>();
    List<Double> ask = new ArrayList<>();
    ExtractiveComposer composer = new ExtractiveComposer(a);
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (SyntheticArchive.Needle n : all.subList(0, warm)) {
        composer.compose(n.question(), a.search(n.question(), HITS));
      }
    }
    int found = foundAt5(a, all.subList(0, warm));
    for (SyntheticArchive.Needle n : all.subList(warm, all.size())) {
      long s = System.nanoTime();
      Retrieval r = a.search(n.question(), HITS);
      search.add((System.nanoTime() - s) / 1e6);
      found += top5(r.hits(), n) ? 1 : 0;
    }
    int answered = 0;
    for (int i = 0; i < all.size(); i++) {
      SyntheticArchive.Needle n = all.get(i);
      long s = System.nanoTime();
      Answer answer = composer.compose(n.question(), a.search(n.question(), HITS));
      if (i >= warm) {
        ask.add((System.nanoTime() - s) / 1e6);
      }
      answered += answer.grounded() && answer.text().contains(n.answer()) ? 1 : 0;
    }
    return new Timings(all.size(), found, answered, search.size(), Metrics.percentile(search, 50),
        Metrics.percentile(search, 99), Metrics.percentile(ask, 50), Metrics.percentile(ask, 99));
  }

  /** How many of {@code needles} have their passage among the first five hits. */
  static int foundAt5(Archive a, List<SyntheticArchive.Needle> needles) {
    int found = 0;
    for (SyntheticArchive.Needle n : needles) {
      found += top5(a.search(n.question(), HITS).hits(), n) ? 1 : 0;
    }
    return found;
  }

  private static boolean top5(List<Hit> hits, SyntheticArchive.Needle n) {
    return hits.stream().limit(5).anyMatch(h -> n.heldBy(h.passage()));
  }
}
