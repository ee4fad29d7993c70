package org.baoku.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What came after the events a report tells: its plans ({@code 下一步还有什么安排}) and how things
 * turned out ({@code 最后做到了吗}, {@code 后来回家了没有}). A report written as things happen tells
 * the effort and the plan, seldom the end, and the evidence model answered both kinds with the
 * sentence that tells the event itself: {@code 此次沟通会的举办得到了职工的认可} for what the union
 * means to do next, {@code 下一步…将继续精心打磨金牌系列课程} for whether the courses came out.
 *
 * <p>Only after 后来, 最后 or 最终: {@code 他真的把行军床带去了吗} asks whether the report says so.
 *
 * <p>Found on nearmiss-26, whose reader follows a fact with what came next: of its twelve such
 * near misses the answer refused four. A plan is answered only by a sentence that tells one; an
 * outcome only by one that tells something done, in words the question does not already give
 * ({@code 已经近三周没回家的孙世博，后来回家了没有}), and that is not itself a plan.
 */
final class Afterwards {

  /**
   * A question asking what someone means to do next; not {@code 后续的读本} (the sequels) nor a
   * story's {@code 接下来去了哪里} (CMRC 2018 dev: one answer lost with a bare 后续).
   */
  private static final Pattern NEXT_ASKED = Pattern.compile(
      "下一步|今后|接下来(?:还|将|要|会)|(?:之后|以后|然后|后续|接下来)[^，。？]{0,6}?(?:打算|计划|安排|准备)");
  /** Words of a plan or of going on. */
  private static final Pattern PLANNED = Pattern.compile("将|下一步|接下来|今后|计划|打算|准备|继续|持续|还要|拟|力争|即将");
  /** A yes-or-no question on how something turned out ({@code 最后全部理完了没有}). */
  private static final Pattern OUTCOME_ASKED = Pattern.compile(
      "(?:后来|最后|最终)[^，。？]{0,15}?(?:了吗|了没有|了没|有没有|没有[？?])");
  /** Words telling something done. */
  private static final Pattern DONE = Pattern.compile("已经|已|完成|实现了|做到了|建成|结束|顺利|成功|最终|最后|后来|如期|圆满");

  private Afterwards() {}

  /** Whether {@code q} asks what came after and none of {@code sentences} tells it. */
  static boolean untold(Question q, List<String> sentences) {
    if (q.english() || sentences.isEmpty()) {
      return false;
    }
    if (OUTCOME_ASKED.matcher(q.text()).find()) {
      // 说下一步要打磨课程，后来真的推出来了吗: the plan is what the reader knows, the outcome is asked
      return sentences.stream().noneMatch(s -> tellsADeedDone(q, s));
    }
    return NEXT_ASKED.matcher(q.text()).find() && sentences.stream().noneMatch(s -> PLANNED.matcher(s).find());
  }

  private static boolean tellsADeedDone(Question q, String sentence) {
    if (PLANNED.matcher(sentence).find()) {
      return false;
    }
    Matcher done = DONE.matcher(sentence);
    while (done.find()) {
      if (!q.text().contains(done.group())) {
        return true;
      }
    }
    return false;
  }
}
