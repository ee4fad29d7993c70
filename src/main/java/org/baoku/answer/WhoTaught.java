package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Who gave a talk or a training ({@code 建工那急救培训是谁来讲的}), where the report names no one and
 * says who by body and role ({@code 受邀的北京市红十字会培训讲师}): that is the answer the report
 * gives, and the model ranks below it the sentence of someone else it names ({@code 工会副主席冯俊平
 * 指出}). Not a name asked ({@code 讲师叫啥名字}): the role is no name, and that question is refused.
 */
final class WhoTaught {

  /** Who taught asked: {@code 谁来讲的}, {@code 谁给大家授的课}, {@code 讲师是谁}. */
  private static final Pattern ASKED = Pattern.compile(
      "谁(?:来|给\\p{IsHan}{0,4}?)?(?:讲|授|上课|主讲|教)|(?:讲师|老师|授课人|主讲人|主讲)(?:是|为)谁");
  /** A name asked in so many words. */
  private static final Pattern NAME_ASKED = Pattern.compile("名字|姓名|叫什么|叫啥|叫哪");
  /** Who teaches, as a report names them after their body ({@code 北京市红十字会培训讲师}). */
  private static final List<String> TEACHERS = List.of("讲师", "老师", "教师", "教练", "专家", "医生");

  private WhoTaught() {}

  /**
   * The most probable candidate that names the teacher by body and role, about the question's
   * subject, when {@code q} asks who taught and not a name; empty otherwise.
   */
  static Optional<Integer> byRole(Question q, Candidates c, List<String> texts) {
    if (q.asks() != Question.Asked.PERSON || q.english() || !ASKED.matcher(q.text()).find()
        || NAME_ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    return CandidatePick.best(c.probability(), texts.size()).stream()
        .filter(i -> c.about().get(i) && TEACHERS.stream()
            .anyMatch(role -> AnswerChoice.namedWith(ChineseText.normalise(texts.get(i)), role)))
        .findFirst();
  }
}
