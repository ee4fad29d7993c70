package org.baoku.eval;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * The per-question scoring rules of {@code shared/eval/README.md}; every comparison goes through
 * {@link Normalizer}. Set-level figures (means, recall@k) are built from these by {@link RankStats}
 * and the scorers.
 */
public final class Metrics {

  /** Citation markers {@code [n]} are not part of the answer: {@code [2]} must not "contain" 2. */
  private static final Pattern MARKER = Pattern.compile("\\[\\d+]");

  private Metrics() {}

  /**
   * The 1-based position of the first hit whose passage is relevant, or 0 when none is. Positions
   * come from the list order (most relevant first), not from {@link Hit#rank()}, so a retriever
   * that numbers ranks differently is scored the same way.
   */
  public static int firstRelevantRank(List<Hit> hits, Predicate<Passage> relevant) {
    for (int i = 0; i < hits.size(); i++) {
      if (relevant.test(hits.get(i).passage())) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * A retrieval hit: the passage contains at least one evidence span. The passage is read as the
   * page shows it, headline and byline before the text, because a span may run from the headline
   * into the body ({@code ……体验农耕快乐本报讯(记者周美玉}).
   */
  public static boolean supports(Passage passage, List<String> evidence) {
    return containsAny(passage.headline() + passage.byline() + passage.text(), evidence);
  }

  /** Whether {@code text} contains at least one of {@code needles}, normalised. */
  public static boolean containsAny(String text, List<String> needles) {
    String hay = Normalizer.normalize(text);
    for (String n : needles) {
      String nn = Normalizer.normalize(n);
      if (!nn.isEmpty() && hay.contains(nn)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Answer containment in [0, 1]: for a list question the share of listed answers the reply
   * contains; otherwise 1 when it contains the canonical answer or a variant, else 0. Citation
   * markers are removed from the reply first. No gold answers gives 0.
   */
  public static double containment(String reply, List<String> answers, boolean list) {
    if (answers.isEmpty()) {
      return 0;
    }
    String text = MARKER.matcher(reply == null ? "" : reply).replaceAll("");
    if (!list) {
      return containsAny(text, answers) ? 1 : 0;
    }
    String hay = Normalizer.normalize(text);
    long found = answers.stream()
        .map(Normalizer::normalize)
        .filter(a -> !a.isEmpty() && hay.contains(a))
        .count();
    return (double) found / answers.size();
  }

  /**
   * The value at percentile {@code p} (0-100) by the nearest-rank method (the smallest value with
   * at least p% of the values at or below it); NaN when there are none.
   */
  public static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
