package org.baoku.answer;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Numerals;

/**
 * Whether a sentence is of another batch, round, day or numbered team than the one asked ({@code
 * 第二批多少名干部}, {@code 一组组长是谁}). A report counts each batch and names each team's leader
 * in the same words, so the first batch's count or the second team's leader fits the question as
 * well as the one asked; the ordinal tells them apart.
 */
final class Ordinals {

  /** An ordinal of a batch, a round, a session or a day: {@code 第二批}, {@code 首批}, {@code 第4次}, {@code 首日}. */
  private static final Pattern ORDINAL = Pattern.compile("(?:第([一二两三四五六七八九十\\d]{1,3})|(首))([批次轮届期天日])");

  /**
   * A numbered group or team whose head's post follows in its clause ({@code 二组组长}, {@code
   * 三队队长}, {@code 第一组由王强担任组长}): the leader of group two does not answer who leads
   * group one. Only with the post, since {@code 一组数据} or {@code 三组人员} count groups rather
   * than number one.
   */
  private static final Pattern NUMBERED_TEAM =
      Pattern.compile("第?([一二三四五六七八九十\\d]{1,3})([组队])(?=[^，,。；;？?]{0,8}?\\2长)");

  /**
   * A batch, round or day counted in so many words ({@code 第二批}, {@code 第一轮}, {@code 第一天}):
   * group 1 its measure. The day in stop 43 ({@code 活动第一天理了多少名}, 首日 its first): one read
   * near miss more refused, every other answer of the 107 sets and of CMRC 2018 dev the same.
   * A sentence that names no batch or round does not say which one its figure or day is of, when
   * the ordinal is in the clause that asks ({@code 第二批去社区报到的干部有多少名}; not the setting
   * {@code 社区正在开展第三轮全员核酸检测，石岳每天几点前到岗}). Not {@code 首批}, which a follow-up
   * carries from the question before it and a report writes of any first team it sent; not 次, 届
   * or 期, which name sessions and phases ({@code 二期工程}) more than batches.
   */
  private static final Pattern COUNTED_ORDINAL = Pattern.compile("第(?:[一二两三四五六七八九十\\d]{1,3})([批轮天])");
  /** The words that ask a figure, a day or a name. */
  private static final Pattern ASKING = Pattern.compile("多少|几|哪|什么时候|何时|谁");

  private Ordinals() {}

  /**
   * Whether the question asks of one batch or round ({@code 第二批多少名干部前往社区报到}) and the
   * sentence gives another ({@code 首批39名干部迅速响应}), not the one asked: the count of the first
   * batch is not the second's. A batch or round counted in so many words ({@link #COUNTED_ORDINAL})
   * is not answered by a sentence that names none: in stop 37, read near misses refused 719 → 723
   * and never-read 284 → 285, no answer lost once a follow-up to another group stopped carrying
   * the batch ({@code SubjectCarrier}).
   */
  static boolean ofAnotherOrdinal(Question q, String raw) {
    Map<String, Set<Integer>> asked = ordinals(q.text());
    if (asked.isEmpty()) {
      return false;
    }
    Map<String, Set<Integer>> given = ordinals(raw);
    if (asked.entrySet().stream().anyMatch(a -> given.containsKey(a.getKey())
        && Collections.disjoint(given.get(a.getKey()), a.getValue()))) {
      return true;
    }
    for (String clause : FigureCheck.CLAUSE.split(ChineseText.normalise(q.text()))) {
      Matcher counted = COUNTED_ORDINAL.matcher(clause);
      if (counted.find() && ASKING.matcher(clause).find() && !given.containsKey(counted.group(1))) {
        return true;
      }
    }
    // 一组组长是谁: 担任团组长 numbers no group; 一组组长王强多大 asks no leader, so any sentence of him answers
    Matcher team = NUMBERED_TEAM.matcher(ChineseText.normalise(q.text()));
    return q.asks() == Question.Asked.PERSON && team.find() && !given.containsKey(team.group(2));
  }

  /** The ordinals in {@code text} by measure: 批 → {2} for 第二批; 首 is 1; 组 → {2} for 二组组长. */
  private static Map<String, Set<Integer>> ordinals(String text) {
    Map<String, Set<Integer>> out = new HashMap<>();
    Matcher m = ORDINAL.matcher(ChineseText.normalise(text));
    while (m.find()) {
      // 首日 and 第一天 are one day
      out.computeIfAbsent(m.group(3).equals("日") ? "天" : m.group(3), k -> new HashSet<>())
          .add(m.group(2) != null ? 1 : Numerals.count(m.group(1)));
    }
    Matcher team = NUMBERED_TEAM.matcher(ChineseText.normalise(text));
    while (team.find()) {
      out.computeIfAbsent(team.group(2), k -> new HashSet<>()).add(Numerals.count(team.group(1)));
    }
    return out;
  }
}
