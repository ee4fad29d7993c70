package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

  private static Figures.Report report() {
    List<QaOutcome> outcomes = QaScorerTest.mixedKinds();
    return new Figures.Report("tiny.jsonl", outcomes.size(),
        List.of(new Figures("baoku", QaScorer.score(outcomes))), List.of());
  }

  /** The per-kind rows follow the type order and end with the whole set; refusals are counts. */
  @Test
  void perKindTableHasOneRowPerKindAndTheOverallRow() {
    StringWriter text = new StringWriter();
    ReportWriter.table(report(), new PrintWriter(text));
    List<String> lines = text.toString().lines().toList();
    int start = lines.indexOf("baoku by kind");
    assertEquals(List.of(
        "baoku by kind",
        "kind          n    R@5  contain  false-ref  refused  cite-sup  cite-prec",
        "factoid       2  0.500    0.500        1/2        –     1.000      0.500",
        "list          1  1.000    0.667        0/1        –     1.000      1.000",
        "unanswerable  2      –        –          –      1/2         –          –",
        "followup      1  0.000    1.000        0/1        –     0.000      0.000",
        "all           6  0.500    0.667        1/4      1/2     0.667      0.500",
        "  false-ref: answerable questions refused; refused: unanswerable questions refused"),
        lines.subList(start, lines.size()));
  }

  @Test
  void jsonCarriesTheSameBreakdownUnderByType() throws Exception {
    JsonNode baoku = new ObjectMapper().readTree(ReportWriter.json(report())).get("systems").get(0);
    JsonNode byType = baoku.get("by_type");
    List<String> kinds = new ArrayList<>();
    byType.fieldNames().forEachRemaining(kinds::add);
    assertEquals(List.of("factoid", "list", "unanswerable", "followup"), kinds);
    assertEquals(1, byType.get("factoid").get("false_refusals").asInt());
    assertEquals(1, byType.get("unanswerable").get("refused").asInt());
    assertEquals(0.5, byType.get("unanswerable").get("refusal_recall").asDouble(), 1e-12);
    assertEquals(1, baoku.get("refused").asInt());
  }
}
