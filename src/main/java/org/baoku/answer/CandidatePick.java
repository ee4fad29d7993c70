package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Choosing among the ranked candidates by what they hold, for {@link KindCheck}: the model's choice
 * stands when one of its sentences holds the asked thing; else the most probable other candidate
 * that does is added to it, or, for a thing a report gives or does not, the question is refused.
 * The model ranks first the sentence that repeats the question's words, and often ranks the one
 * that holds the asked place, list, title or detail below it.
 */
final class CandidatePick {

  /**
   * The most probable sentences searched for the asked phrase (see {@link KindCheck}'s class
   * comment).
   */
  static final int CHECKED = 3;

  /**
   * The most sentences an answer takes: the model's choice ({@link AnswerChoice#pick}) and a choice
   * with one that holds the asked thing added.
   */
  static final int MAX_SENTENCES = 3;

  private CandidatePick() {}

  /**
   * For a place, a body, a list or a title: {@code picked}, and when none of them {@code holds} one
   * (names a place or body, lists things, gives a title in 《》) but another of the {@value #CHECKED} most probable does, that one
   * too (in place of the last when three are picked). The model often prefers the sentence that
   * repeats the question's words ({@code 副主席施剑下沉到集中隔离点}) to the one that names the place
   * ({@code 下沉到榆垓镇兴安健康公寓集中隔离点}) or lists the things ({@code 种下西红柿、豆角、茄子}).
   */
  static List<Integer> withOneThatHolds(double[] probability, List<String> texts, List<Integer> picked,
      Predicate<String> holds, int searched) {
    for (int i : picked) {
      if (holds.test(texts.get(i))) {
        return picked;
      }
    }
    for (int i : best(probability, searched)) {
      if (!picked.contains(i) && holds.test(texts.get(i))) {
        List<Integer> out = new ArrayList<>(picked.subList(0, Math.min(picked.size(), MAX_SENTENCES - 1)));
        out.add(i);
        return out;
      }
    }
    return picked;
  }

  /**
   * The most probable candidate of any rank that {@code holds} what is asked, then the model's first
   * choice beside it; empty when none does. For a thing a report states in a sentence that shares
   * few of the question's words (a festival, a document's issuer, the post before a name), which
   * the model ranks low.
   */
  static Optional<List<Integer>> leading(double[] probability, List<String> texts, List<Integer> picked,
      Predicate<String> holds) {
    for (int i : best(probability, texts.size())) {
      if (holds.test(texts.get(i))) {
        List<Integer> out = new ArrayList<>(List.of(i));
        picked.stream().filter(j -> j != i).limit(1).forEach(out::add);
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  /**
   * {@link #withOneThatHolds} among the {@value #CHECKED} most probable, or none (a refusal) when
   * no sentence there {@code holds} what is asked.
   */
  static List<Integer> onlyWithOneThatHolds(double[] probability, List<String> texts, List<Integer> picked,
      Predicate<String> holds) {
    List<Integer> out = withOneThatHolds(probability, texts, picked, holds, CHECKED);
    return out.stream().anyMatch(i -> holds.test(texts.get(i))) ? out : List.of();
  }

  /**
   * {@code answering}, led by the most probable of the {@code searched} most probable candidates
   * of its first sentence's article that {@code holds}, when none of {@code answering} does; the
   * rest follow, up to {@value #MAX_SENTENCES} in all. For a sentence the question's form asks
   * (framed by whom it is about, doing what 把 asks) that the model ranks below its neighbour.
   */
  static List<Integer> ledFromTheSameArticle(double[] probability, List<String> articleOf, List<Integer> answering,
      IntPredicate holds, int searched) {
    if (answering.isEmpty() || answering.stream().anyMatch(holds::test)) {
      return answering;
    }
    for (int i : best(probability, searched)) {
      if (articleOf.get(i).equals(articleOf.get(answering.get(0))) && holds.test(i)) {
        List<Integer> out = new ArrayList<>(List.of(i));
        out.addAll(answering.subList(0, Math.min(answering.size(), MAX_SENTENCES - 1)));
        return out;
      }
    }
    return answering;
  }

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article whose
   * text says {@code told} (read normalised), when none of {@code answering} says it; {@code
   * answering} when {@code told} is empty, the question asking for no such sentence. For a sentence
   * the question's form asks ({@link Disposed}, {@link Prevented}, {@link AfterTheEvent}).
   */
  static List<Integer> ledByOneThatSays(Optional<Pattern> told, double[] probability, List<String> texts,
      List<String> articleOf, List<Integer> answering) {
    return told.isEmpty() ? answering : ledFromTheSameArticle(probability, articleOf, answering,
        i -> told.get().matcher(ChineseText.normalise(texts.get(i))).find(), texts.size());
  }

  /** The indices of the {@code n} highest probabilities, highest first, ties by index. */
  static List<Integer> best(double[] probability, int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < probability.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> probability[a] != probability[b] ? Double.compare(probability[b], probability[a]) : a - b);
    return order.subList(0, Math.min(n, order.size()));
  }
}
