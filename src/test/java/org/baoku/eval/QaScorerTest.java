package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.baoku.answer.Citation;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

class QaScorerTest {

  private static final Passage GOOD = MetricsTest.passage("g", "督查对进村、社区人员严格查验24小时核酸阴性证明。");
  private static final Passage LIST = MetricsTest.passage("l", "重在弘扬劳模精神、劳动精神和工匠精神。");
  private static final Passage OTHER = MetricsTest.passage("o", "与问题无关的一段话。");

  /**
   * Six outcomes of four kinds, in an order that is not {@link QaItem#TYPES}'s, whose per-kind
   * figures are worked out by hand in {@link #perKindFiguresInTypeOrderWithRefusalsCounted}.
   */
  static List<QaOutcome> mixedKinds() {
    List<String> spirits = List.of("劳模精神", "劳动精神", "工匠精神");
    List<String> check = List.of("严格查验24小时核酸阴性证明");
    return List.of(
        // list: rank 1, 2 of 3 items, its one citation supports
        new QaOutcome(item("l", "list", spirits, List.of("重在弘扬劳模精神、劳动精神和工匠精神")),
            "劳模精神和工匠精神[1]", true, List.of(cite(1, LIST)), List.of(hit(LIST, 1)), 1),
        // unanswerable, refused
        new QaOutcome(item("u1", "unanswerable", List.of(), List.of()), "档案里没有找到。", false,
            List.of(), List.of(hit(OTHER, 1)), 1),
        // factoid: rank 2, contains, one of its two citations supports
        new QaOutcome(item("f1", "factoid", List.of("24小时"), check), "查验24小时核酸证明[1][2]", true,
            List.of(cite(1, GOOD), cite(2, OTHER)), List.of(hit(OTHER, 1), hit(GOOD, 2)), 1),
        // follow-up: evidence not retrieved, the answer right by chance, its citation supports nothing
        new QaOutcome(item("fu", "followup", List.of("24小时"), check), "24小时[1]", true,
            List.of(cite(1, OTHER)), List.of(hit(OTHER, 1)), 1),
        // factoid refused although answerable
        new QaOutcome(item("f2", "factoid", List.of("24小时"), check), "档案里没有找到。", false,
            List.of(), List.of(hit(OTHER, 1)), 1),
        // unanswerable, answered anyway
        new QaOutcome(item("u2", "unanswerable", List.of(), List.of()), "与问题无关的一段话。[1]", true,
            List.of(cite(1, OTHER)), List.of(hit(OTHER, 1)), 1));
  }

  private static QaItem item(String id, String type, List<String> answers, List<String> evidence) {
    return new QaItem(id, "问题？", answers, evidence, List.of(), type, null, 1);
  }

  private static Hit hit(Passage p, int rank) {
    return new Hit(p, 1.0 / rank, rank);
  }

  private static Citation cite(int n, Passage p) {
    return new Citation(n, p, p.text().substring(0, 4), 0);
  }

  @Test
  void figuresByHandOnFourItems() {
    QaItem factoid = item("f", "factoid", List.of("24小时", "24"), List.of("严格查验24小时核酸阴性证明"));
    QaItem list = item("l", "list", List.of("劳模精神", "劳动精神", "工匠精神"), List.of("重在弘扬劳模精神、劳动精神和工匠精神"));
    QaItem refusedWrongly = item("r", "factoid", List.of("24小时"), List.of("严格查验24小时核酸阴性证明"));
    QaItem unanswerable = item("u", "unanswerable", List.of(), List.of());
    List<QaOutcome> outcomes = List.of(
        // rank 2, contains the answer, citations: one supporting, one not
        new QaOutcome(factoid, "查验24小时核酸证明[1][2]", true,
            List.of(cite(1, GOOD), cite(2, OTHER)), List.of(hit(OTHER, 1), hit(GOOD, 2)), 10_000_000),
        // rank 1, 2 of 3 listed items, its only citation supports
        new QaOutcome(list, "劳模精神和工匠精神[1]", true, List.of(cite(1, LIST)), List.of(hit(LIST, 1)), 30_000_000),
        // refused although answerable: evidence not retrieved
        new QaOutcome(refusedWrongly, "档案里没有找到。", false, List.of(), List.of(hit(OTHER, 1)), 20_000_000),
        // correctly refused
        new QaOutcome(unanswerable, "档案里没有找到。", false, List.of(), List.of(), 40_000_000));
    Map<String, Object> f = QaScorer.score(outcomes);
    assertEquals(4, f.get("items"));
    assertEquals(3, f.get("answerable"));
    assertEquals(1 / 3.0, (Double) f.get("recall@1"), 1e-12);
    assertEquals(2 / 3.0, (Double) f.get("recall@5"), 1e-12);
    assertEquals((0.5 + 1) / 3, (Double) f.get("mrr@10"), 1e-12);
    assertEquals((1 + 2 / 3.0 + 0) / 3, (Double) f.get("containment"), 1e-12);
    assertEquals(1.0, (Double) f.get("citation_support"), 1e-12);
    assertEquals(2 / 3.0, (Double) f.get("citation_precision"), 1e-12);
    assertEquals(1.0, (Double) f.get("quotes_verbatim"), 1e-12);
    assertEquals(1.0, (Double) f.get("refusal_recall"), 1e-12);
    assertEquals(1, f.get("false_refusals"));
    assertEquals(1 / 3.0, (Double) f.get("false_refusal_rate"), 1e-12);
    assertEquals(20.0, (Double) f.get("latency_p50_ms"), 1e-9);
    assertEquals(40.0, (Double) f.get("latency_p95_ms"), 1e-9);

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> byType = (Map<String, Map<String, Object>>) f.get("by_type");
    assertEquals(List.of("factoid", "list", "unanswerable"), List.copyOf(byType.keySet()));
    assertEquals(0.5, (Double) byType.get("factoid").get("containment"), 1e-12);
    assertNull(byType.get("factoid").get("refusal_recall"));
    assertNull(byType.get("unanswerable").get("recall@1"));
    assertEquals(1.0, (Double) byType.get("unanswerable").get("refusal_recall"), 1e-12);
  }

  @Test
  void perKindFiguresInTypeOrderWithRefusalsCounted() {
    Map<String, Object> all = QaScorer.score(mixedKinds());
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> byType = (Map<String, Map<String, Object>>) all.get("by_type");
    assertEquals(List.of("factoid", "list", "unanswerable", "followup"), List.copyOf(byType.keySet()));

    Map<String, Object> factoid = byType.get("factoid");
    assertEquals(2, factoid.get("items"));
    assertEquals(0.5, (Double) factoid.get("recall@5"), 1e-12);
    assertEquals(0.5, (Double) factoid.get("containment"), 1e-12);
    assertEquals(1, factoid.get("false_refusals"));
    assertEquals(1.0, (Double) factoid.get("citation_support"), 1e-12);
    assertEquals(0.5, (Double) factoid.get("citation_precision"), 1e-12);

    Map<String, Object> list = byType.get("list");
    assertEquals(2 / 3.0, (Double) list.get("containment"), 1e-12);
    assertEquals(0, list.get("false_refusals"));

    Map<String, Object> unanswerable = byType.get("unanswerable");
    assertEquals(2, unanswerable.get("items"));
    assertEquals(0, unanswerable.get("answerable"));
    assertEquals(1, unanswerable.get("refused"));
    assertEquals(0.5, (Double) unanswerable.get("refusal_recall"), 1e-12);
    assertNull(unanswerable.get("containment"));
    assertNull(unanswerable.get("citation_precision"));

    Map<String, Object> followup = byType.get("followup");
    assertEquals(0.0, (Double) followup.get("recall@5"), 1e-12);
    assertEquals(1.0, (Double) followup.get("containment"), 1e-12);
    assertEquals(0.0, (Double) followup.get("citation_support"), 1e-12);

    // The overall row: 4 answerable (l, f1, fu, f2); 3 contain an answer, 2 of them cite support;
    // 4 citations on answerable items, 2 support.
    assertEquals(6, all.get("items"));
    assertEquals(4, all.get("answerable"));
    assertEquals(0.5, (Double) all.get("recall@5"), 1e-12);
    assertEquals((2 / 3.0 + 1 + 1 + 0) / 4, (Double) all.get("containment"), 1e-12);
    assertEquals(1, all.get("false_refusals"));
    assertEquals(1, all.get("refused"));
    assertEquals(2 / 3.0, (Double) all.get("citation_support"), 1e-12);
    assertEquals(0.5, (Double) all.get("citation_precision"), 1e-12);
  }
}
