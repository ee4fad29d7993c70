package org.baoku.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Whether the one sentence naming someone, below the model's best, tells of another deed than the
 * one asked ({@code 给志愿者送鸡汤的热心居民叫啥名字}: the best sentence tells of the chicken soup
 * and names no one; {@code 60个医用口罩，则是…彭春辉…送来的}, two sentences on, names the one who
 * brought the masks). The person check takes the first sentence of the three most probable that
 * names a person; when that sentence lacks {@value #MISSING} or more of the question's words that
 * the best sentence holds, the person is someone else's, and the question is not answered. Not a
 * sentence right beside the best, which often names the one whose deed the best tells ({@code
 * 李童最早请缨奔赴一线} before {@code 果断把自己的行军床带到一线}), nor one naming the thing the
 * question asks who brought ({@code 那口罩是谁送来的}: {@code 60个医用口罩，则是…彭春辉…送来的}); nor
 * the words of a quotation the reader gives or of what they set aside ({@code 除了诵读《大国追梦》的
 * 张磊}). Stop 81, over the 332 sets: read near misses +7 on the pages; without the thing brought,
 * the masks' giver was refused once on the pages and three times among the synthetic paper; without
 * the quotation and what is set aside, and the sentence beside, +9 near misses and five answers lost.
 */
final class OtherDeed {

  /** Words of the question the best sentence holds and the naming one lacks, at least. */
  static final int MISSING = 2;

  /** A quotation the reader gives, or what the reader sets aside (除了…，). */
  private static final Pattern NOT_THE_DEED = Pattern.compile("“[^”]*”|\"[^\"]*\"|「[^」]*」|除了[^，,？?]*[，,]");

  /** Characters between two sentences right beside each other (a mark, a space). */
  private static final int BESIDE = 2;

  private OtherDeed() {}

  /** Whether {@code answering}, one sentence below {@code best}, names someone of another deed. */
  static boolean personOfAnotherDeed(Question q, List<Scored> ranked, int best, List<Integer> answering) {
    if (q.asks() != Question.Asked.PERSON || q.english() || answering.size() != 1 || answering.get(0) == best) {
      return false;
    }
    Scored top = ranked.get(best);
    Scored named = ranked.get(answering.get(0));
    if (beside(top, named)
        || ThingBrought.asked(q).filter(thing -> ThingBrought.names(thing, named.span().text())).isPresent()) {
      // 那口罩是谁送来的: the sentence naming the masks with their giver is of the deed asked
      return false;
    }
    String asked = ChineseText.compact(NOT_THE_DEED.matcher(q.text()).replaceAll(""));
    String b = ChineseText.compact(ChineseText.normalise(top.span().text()));
    String n = ChineseText.compact(ChineseText.normalise(named.span().text()));
    return q.keys().stream().filter(k -> k.weight() >= 1.0).map(k -> ChineseText.compact(k.word()))
        .filter(w -> w.length() >= 2 && asked.contains(w) && b.contains(w) && !n.contains(w)
            && q.entities().stream().noneMatch(e -> e.contains(w)))
        .distinct().count() >= MISSING;
  }

  private static boolean beside(Scored a, Scored b) {
    return a.passage().id().equals(b.passage().id())
        && (Math.abs(b.span().start() - a.span().end()) <= BESIDE || Math.abs(a.span().start() - b.span().end()) <= BESIDE);
  }
}
