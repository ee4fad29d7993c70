package org.baoku.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoku.retrieve.Hit;

/**
 * Accumulates one system's figures on a SQuAD-format set: the rank of each question's own
 * paragraph (a hit is a passage whose {@link org.baoku.ingest.Passage#page()} is the paragraph id,
 * so a system that splits paragraphs into several passages is scored by its first piece), answer
 * containment of the reply over questions with gold answers, and the time per question.
 */
public final class SquadScore {

  private final String name;
  private final RankStats ranks = new RankStats();
  private final List<Double> millis = new ArrayList<>();
  private double containment;
  private int withAnswers;

  public SquadScore(String name) {
    this.name = name;
  }

  /**
   * Adds one question.
   *
   * @param hits what the system retrieved, most relevant first
   * @param reply the answer composed from those hits, or null when the system is not composed
   *     (its containment is then not applicable)
   * @param nanos the time the system took for the question
   */
  public void add(SquadSet.Question q, List<Hit> hits, String reply, long nanos) {
    ranks.add(Metrics.firstRelevantRank(hits, p -> p.page().equals(q.paragraphId())));
    if (reply != null && !q.answers().isEmpty()) {
      withAnswers++;
      containment += Metrics.containment(reply, q.answers(), false);
    }
    millis.add(nanos / 1e6);
  }

  /** The row of the table; {@code extra} figures (already computed) are appended. */
  public Figures figures(Map<String, Object> extra) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("items", ranks.count());
    f.put("recall@1", Figures.figure(ranks.recall(1)));
    f.put("recall@5", Figures.figure(ranks.recall(5)));
    f.put("recall@10", Figures.figure(ranks.recall(10)));
    f.put("mrr@10", Figures.figure(ranks.mrr10()));
    f.put("containment", withAnswers == 0 ? null : containment / withAnswers);
    f.put("latency_p50_ms", Figures.figure(Metrics.percentile(millis, 50)));
    f.put("latency_p95_ms", Figures.figure(Metrics.percentile(millis, 95)));
    f.putAll(extra);
    return new Figures(name, f);
  }
}
