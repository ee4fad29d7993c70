package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.ingest.Passage;

/**
 * The questions {@link EvidenceTrainer} fits on, each asked of the composer and its candidate
 * sentences labelled: a {@link Group} per {@link TrainingExample}, the sets weighed alike,
 * and what each set brings. Kept apart from the fitting so that what a positive is (a sentence
 * holding a gold answer in a passage with the evidence) is decided in one place.
 */
final class TrainingQuestions {

  private TrainingQuestions() {}

  /** One question's candidates with their labels. */
  record Group(String set, int copies, boolean answerable, boolean open, List<double[]> x, List<Boolean> about,
      boolean[] positive, List<String> texts, List<Passage> passages, Predicate<String> holds,
      Predicate<Passage> evidence, Question question) {}

  static void describe(List<Group> groups, ObjectNode sets) {
    for (Group g : groups) {
      ObjectNode s = sets.has(g.set) ? (ObjectNode) sets.get(g.set) : sets.putObject(g.set);
      String kind = g.answerable ? "answerable" : "near_misses";
      s.put(kind, s.path(kind).asInt() + 1);
      s.put("candidates", s.path("candidates").asInt() + g.x.size());
      int pos = 0;
      for (boolean b : g.positive) {
        pos += b ? 1 : 0;
      }
      s.put("positive", s.path("positive").asInt() + pos);
      s.put("weight", g.copies);
    }
  }

  /**
   * The groups, each set's counted {@code copies} times so that every set weighs as much as the
   * largest in the fit: CMRC has eighty times the seed questions, and the seed sets are the
   * archive's own kind of page and question.
   */
  static List<Group> balanced(List<Group> groups) {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    groups.forEach(g -> sizes.merge(g.set, 1, Integer::sum));
    int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    return groups.stream().map(g -> new Group(g.set, Math.max(1, Math.round((float) largest / sizes.get(g.set))),
        g.answerable, g.open, g.x, g.about, g.positive, g.texts, g.passages, g.holds, g.evidence, g.question)).toList();
  }

  static Group group(TrainingExample e) {
    Predicate<String> keep = e.withoutAnswer() ? e.holdsAnswer().negate() : sentence -> true;
    Candidates c = e.composer().unscored(e.question(), e.hits(), keep);
    boolean[] positive = new boolean[c.ranked().size()];
    List<String> texts = new ArrayList<>();
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < positive.length; i++) {
      Scored s = c.ranked().get(i);
      texts.add(s.span().text());
      passages.add(s.passage());
      positive[i] = e.answerable() && !e.withoutAnswer() && e.evidence().test(s.passage())
          && e.holdsAnswer().test(s.span().text());
    }
    return new Group(e.set(), 1, e.answerable() && !e.withoutAnswer(), c.open(), c.features(), c.about(), positive,
        texts, passages, e.holdsAnswer(), e.evidence(), Question.read(e.question()));
  }

  static List<String> setNames(List<Group> groups) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    groups.forEach(g -> names.put(g.set, true));
    return List.copyOf(names.keySet());
  }
}
