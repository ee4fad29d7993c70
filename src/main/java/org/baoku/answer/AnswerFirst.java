package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * The chosen sentence that gives the asked phrase leads the reply. A number, name, place or date
 * asked is marked in the sentence that gives it ({@link AnswerSpan}, the phrase the reply marks); a
 * reader reads the first sentence first, and when that is a caption (施剑下沉到集中隔离点担任团组长)
 * the answer is the second thing they read, or is missed. The reply cites by passage, each
 * passage's sentences in the article's order ({@link CitedReply#render}), so in effect the passage
 * holding that sentence leads. Of the factoid and follow-up replies that hold their gold answer
 * (the 212 sets on the bundled pages, {@code baoku eval --qa FILE --dump}), 167 of 2,836 in the
 * never-read sets and 221 of 3,752 in the read ones still cite it second or later: mostly a
 * subject cited before the sentence that goes on without one, which stays so.
 *
 * <p>The sentence it continues keeps its place before it: a sentence without a subject cited after
 * the one that names who (大兴区总工会坚持… then 已筹措60余万元资金…, {@link CarriedSubject}) reads
 * as the article wrote it. Everything else keeps its order.
 */
final class AnswerFirst {

  /** Characters between two sentences the article prints one after the other: a paragraph break at most. */
  private static final int ADJACENT_GAP = 2;

  private AnswerFirst() {}

  /** {@code chosen} with the first sentence that gives the asked phrase, and what it continues, first. */
  static List<Scored> ordered(Question q, List<Scored> chosen) {
    if (!q.asks().typed() || q.acrossArticles() || chosen.size() < 2 || gives(q, chosen.get(0))) {
      return chosen;
    }
    int giving = -1;
    for (int i = 1; i < chosen.size() && giving < 0; i++) {
      giving = gives(q, chosen.get(i)) ? i : -1;
    }
    int from = giving;
    while (from > 0 && continues(chosen.get(from - 1), chosen.get(from))) {
      from--;
    }
    if (from <= 0) {
      return chosen;
    }
    List<Scored> out = new ArrayList<>(chosen.subList(from, giving + 1));
    out.addAll(chosen.subList(0, from));
    out.addAll(chosen.subList(giving + 1, chosen.size()));
    return out;
  }

  private static boolean gives(Question q, Scored s) {
    return AnswerSpan.in(q, s.span().text()).isPresent();
  }

  /** Whether {@code next} follows {@code before} directly in the same article. */
  private static boolean continues(Scored before, Scored next) {
    if (!before.passage().articleKey().equals(next.passage().articleKey())) {
      return false;
    }
    int end = before.passage().start() + before.span().end();
    int start = next.passage().start() + next.span().start();
    return start >= end && start - end <= ADJACENT_GAP;
  }
}
