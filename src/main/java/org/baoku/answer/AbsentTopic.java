package org.baoku.answer;

import java.util.List;
import java.util.Set;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.Hit;

/**
 * Whether the archive holds the question's topic at all: a question about something it never
 * reports ({@code 职业技能大赛焊工决赛的第一名是谁}) still retrieves passages, and the evidence model,
 * which reads the best sentence, can find one that names a person or a place. When
 * {@value #ABSENT} or more of the question's content terms (names and nouns of two characters or
 * more) occur in none of the retrieved passages, the question is about something else.
 *
 * <p>Chosen on the nine seed-format sets (376 questions, {@code baoku eval --qa}): the content
 * terms of 1 of 280 answerable questions and of 6 of 96 unanswerable ones are absent three times
 * or more, and that answerable question's three are the words that frame a question ({@code
 * 东西}, which are not content terms here); two absent terms would have refused 5 answerable
 * questions for 15 unanswerable ones, most of which other checks refuse already. The words for
 * the paper and its pictures joined {@link #FRAME} later: over the thirteen read sets one false
 * refusal fewer ({@code 配图里…站在照片什么位置}), no refusal lost.
 */
final class AbsentTopic {

  static final int ABSENT = 3;
  /**
   * Nouns that frame what is asked ({@code 叫什么名字}, {@code 用了什么办法}) or name the paper
   * rather than a topic ({@code 那篇报道}, {@code 配图里}, {@code 照片上什么位置}).
   */
  private static final Set<String> FRAME = Set.of("名字", "题目", "办法", "东西", "名称", "全称", "简称", "方法", "内容", "情况",
      "报道", "稿子", "文章", "照片", "图片", "配图", "图里", "图中", "纪实", "位置");

  private AbsentTopic() {}

  /** Whether {@value #ABSENT} or more of {@code q}'s content terms are in none of {@code hits}. */
  static boolean absent(Question q, List<Hit> hits) {
    StringBuilder retrieved = new StringBuilder();
    for (Hit h : hits) {
      retrieved.append(ChineseText.folded(h.passage().headline() + h.passage().text()));
    }
    String text = retrieved.toString();
    int absent = 0;
    for (Question.Key k : q.keys()) {
      String w = ChineseText.compact(k.word());
      if (w.length() >= 2 && k.weight() >= 1 && !FRAME.contains(w) && Lexical.match(w, text, "") == 0) {
        absent++;
      }
    }
    return absent >= ABSENT;
  }
}
