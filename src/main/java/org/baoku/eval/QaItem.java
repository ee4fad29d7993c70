package org.baoku.eval;

import java.util.List;
import java.util.Objects;

/**
 * One question of a QA set in the seed format ({@code shared/eval/README.md}).
 *
 * @param answers gold answers, the first canonical, the rest variants (for {@code list} items: the
 *     listed items); empty when the corpus does not answer the question
 * @param evidence source spans that support the answer; empty when unanswerable
 * @param follows id of the item this one follows in the same conversation, or null
 * @param line 1-based line of the item in its file, for messages
 */
public record QaItem(
    String id,
    String question,
    List<String> answers,
    List<String> evidence,
    List<String> source,
    String type,
    String follows,
    int line) {

  /** The item types the format knows. */
  public static final List<String> TYPES = List.of(
      "factoid", "list", "why_how", "synthesis", "unanswerable", "followup", "quote_lookup", "english");

  public QaItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    answers = List.copyOf(answers);
    evidence = List.copyOf(evidence);
    source = List.copyOf(source);
    Objects.requireNonNull(type, "type");
  }

  /** True when the set gives an answer, so retrieval and answer figures apply. */
  public boolean answerable() {
    return !answers.isEmpty();
  }

  /** {@code list} items are scored by the share of listed answers the reply contains. */
  public boolean isList() {
    return type.equals("list");
  }
}
