package org.baoku.answer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The text {@code baoku train} prints from {@link EvidenceTrainer}'s report: the search's choices,
 * each set's held-out figures with and without {@link KindCheck}, and the fitted weights. Only
 * formats what the report's JSON (stored with the model) already holds, so the two cannot differ.
 */
final class TrainingReport {

  private TrainingReport() {}

  static String text(ObjectNode report, EvidenceModel model) {
    StringBuilder b = new StringBuilder();
    b.append("evidence model: ").append(report.path("questions").asInt()).append(" questions, ")
        .append(report.path("folds").asInt()).append("-fold cross-validation by question; sentence C = ")
        .append(report.path("sentence_C").asDouble()).append(", answer C = ").append(report.path("answer_C").asDouble())
        .append('\n');
    b.append(String.format("refusal thresholds %.3f (open questions), %.3f (number, name, place, date): each refuses"
        + " at most %d %% of the answerable questions held out, averaged over the sets;%nfurther sentences at %.2f of the best (open), %.2f (typed)%n",
        model.threshold(), model.thresholdTyped(), Math.round(RefusalThresholds.FALSE_REFUSALS * 100), model.addRatio(), model.addRatioTyped()));
    b.append(String.format("%-6s %10s %11s %8s %9s %15s %14s %14s%n", "set", "answerable", "near misses",
        "contain", "cite-prec", "pre-score first", "false refusals", "misses refused"));
    report.path("held_out").fields().forEachRemaining(e -> b.append(String.format(
        "%-6s %10d %11d %8.3f %9.3f %15.3f %14.3f %14.3f%n", e.getKey(),
        e.getValue().path("answerable").asInt(), e.getValue().path("near_misses").asInt(),
        e.getValue().path("answer_contains_gold").asDouble(), e.getValue().path("citation_precision").asDouble(),
        e.getValue().path("pre_score_first_sentence_holds_answer").asDouble(),
        e.getValue().path("false_refusals").asDouble(), e.getValue().path("near_misses_refused").asDouble())));
    b.append("without the number and date check (KindCheck):");
    report.path("held_out_without_count_check").fields().forEachRemaining(e -> b.append(String.format(
        " %s contain %.3f, false refusals %.3f, misses refused %.3f;", e.getKey(),
        e.getValue().path("answer_contains_gold").asDouble(), e.getValue().path("false_refusals").asDouble(),
        e.getValue().path("near_misses_refused").asDouble())));
    b.append('\n');
    weights(b, "sentence", model.sentence());
    weights(b, "answer", model.answer());
    return b.toString();
  }

  private static void weights(StringBuilder b, String name, EvidenceModel.Logistic m) {
    b.append(name).append(" weights:");
    for (int i = 0; i < m.names().size(); i++) {
      b.append(String.format(" %s=%.3f", m.names().get(i), m.weights()[i]));
    }
    b.append(String.format(" bias=%.3f%n", m.bias()));
  }
}
