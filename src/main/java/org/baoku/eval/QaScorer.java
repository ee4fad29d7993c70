package org.baoku.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoku.answer.Citation;

/**
 * Scores QA outcomes by the rules of {@code shared/eval/README.md}, for the whole set and per
 * {@code type}. Each figure is over the items it applies to and null when there are none:
 * retrieval, containment, citation figures and false refusals over answerable items; refusal
 * recall and the {@code refused} count over unanswerable ones.
 */
public final class QaScorer {

  private QaScorer() {}

  /**
   * The figures of {@code outcomes}, with {@code by_type}: one entry per type present, in the order
   * of {@link QaItem#TYPES}, so two sets' breakdowns line up row for row.
   */
  public static Map<String, Object> score(List<QaOutcome> outcomes) {
    Map<String, Object> all = figures(outcomes);
    Map<String, Object> byType = new LinkedHashMap<>();
    for (String type : QaItem.TYPES) {
      List<QaOutcome> group = outcomes.stream().filter(o -> o.item().type().equals(type)).toList();
      if (!group.isEmpty()) {
        byType.put(type, figures(group));
      }
    }
    all.put("by_type", byType);
    return all;
  }

  /** The figures of one group of outcomes, without a type breakdown. */
  public static Map<String, Object> figures(List<QaOutcome> outcomes) {
    RankStats ranks = new RankStats();
    double containment = 0;
    int answerable = 0;
    int containing = 0;
    int supported = 0;
    int citations = 0;
    int preciseCitations = 0;
    int allCitations = 0;
    int verbatim = 0;
    int unanswerable = 0;
    int refused = 0;
    int falseRefusals = 0;
    List<Double> millis = new ArrayList<>();
    for (QaOutcome o : outcomes) {
      QaItem item = o.item();
      millis.add(o.nanos() / 1e6);
      for (Citation c : o.citations()) {
        allCitations++;
        verbatim += !c.quote().isEmpty() && c.passage().text().contains(c.quote()) ? 1 : 0;
      }
      if (!item.answerable()) {
        unanswerable++;
        refused += o.grounded() ? 0 : 1;
        continue;
      }
      answerable++;
      falseRefusals += o.grounded() ? 0 : 1;
      ranks.add(Metrics.firstRelevantRank(o.hits(), p -> Metrics.supports(p, item.evidence())));
      double c = Metrics.containment(o.text(), item.answers(), item.isList());
      containment += c;
      boolean anySupport = false;
      for (Citation cit : o.citations()) {
        citations++;
        boolean s = Metrics.supports(cit.passage(), item.evidence());
        preciseCitations += s ? 1 : 0;
        anySupport |= s;
      }
      if (c > 0) {
        containing++;
        supported += anySupport ? 1 : 0;
      }
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("items", outcomes.size());
    f.put("answerable", answerable);
    f.put("recall@1", Figures.figure(ranks.recall(1)));
    f.put("recall@5", Figures.figure(ranks.recall(5)));
    f.put("recall@10", Figures.figure(ranks.recall(10)));
    f.put("mrr@10", Figures.figure(ranks.mrr10()));
    f.put("containment", share(containment, answerable));
    f.put("citation_support", share(supported, containing));
    f.put("citation_precision", share(preciseCitations, citations));
    f.put("quotes_verbatim", share(verbatim, allCitations));
    f.put("refusal_recall", share(refused, unanswerable));
    f.put("refused", refused);
    f.put("false_refusals", falseRefusals);
    f.put("false_refusal_rate", share(falseRefusals, answerable));
    f.put("latency_p50_ms", Figures.figure(Metrics.percentile(millis, 50)));
    f.put("latency_p95_ms", Figures.figure(Metrics.percentile(millis, 95)));
    return f;
  }

  private static Double share(double part, int whole) {
    return whole == 0 ? null : part / whole;
  }
}
