package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A way asked for a group a question singles out ({@code 对那些没办法自己解决午饭的职工，是怎么安排吃饭的}).
 * A report tells each group's arrangement in a clause of its own that opens with the group ({@code
 * 针对无法自行用餐的职工，协调食堂启动错峰用餐机制；}), beside clauses for other groups ({@code
 * 鼓励有条件的职工自行带饭用餐}); the model ranks first the sentence that sums up every arrangement
 * in the question's words. The clause whose group shares the most of the question's words for it
 * answers, in other words as it may be ({@code 无法自行用餐} for {@code 没办法自己解决午饭}); so does
 * the clause done under the circumstances the question names ({@link #SITUATION}). Stop 75: read +7
 * answers on the pages and the dated pages, +11 on the synthetic paper; never read +3, +3, +4.
 */
final class TargetedGroup {

  /** A clause opening with the group it is for (group 1 the group's description, group 2 its head). */
  private static final Pattern OPENING = Pattern.compile(
      "^(?:针对|对于|对)(\\p{IsHan}{2,16}?)的(职工|员工|人员|工人|群众|居民|患者|家属|会员|队员|志愿者)[，,]");
  /**
   * A clause done under the circumstances a question names ({@code 在人员少、任务重的情况下，工作人员轮番有序作战}
   * for {@code 人少活多，是怎么顶下来的}), group 1 the circumstances.
   */
  private static final Pattern SITUATION = Pattern.compile("在([\\p{IsHan}、]{2,14}?)的?(?:情况|条件|形势)下[，,]");
  /**
   * Characters of a group's description the question must share: {@code 无法自行用餐} shares 法 and
   * 自 with {@code 没办法自己解决午饭}, {@code 有条件} none.
   */
  private static final int SHARED = 2;
  /** Characters too common to tell one group from another. */
  private static final Pattern COMMON = Pattern.compile("[的了在是和与及等一]");

  private TargetedGroup() {}

  /**
   * {@code answering}, led by the candidate of its first sentence's article whose opening group the
   * question describes best, when {@code q} asks a way for a group of the same head it names; the
   * rest follow, up to {@value CandidatePick#MAX_SENTENCES} in all.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    if (answering.isEmpty() || q.english() || q.asks() != Question.Asked.REASON) {
      return answering;
    }
    String question = ChineseText.normalise(q.text());
    int best = -1;
    int shared = SHARED - 1;
    for (int i : CandidatePick.best(probability, texts.size())) {
      if (!articleOf.get(i).equals(articleOf.get(answering.get(0)))) {
        continue;
      }
      String text = ChineseText.normalise(texts.get(i)).strip();
      Matcher m = OPENING.matcher(text);
      Matcher under = SITUATION.matcher(text);
      // the question's group ends in the same head, a word of place or trade between (没法自己带饭的邮政职工)
      String described = m.find() && Pattern.compile("的\\p{IsHan}{0,4}?" + m.group(2)).matcher(question).find()
          ? m.group(1) : under.find() ? under.group(1) : "";
      int n = (int) COMMON.matcher(described).replaceAll("").chars().distinct()
          .filter(c -> question.indexOf(c) >= 0).count();
      if (n > shared) {
        best = i;
        shared = n;
      }
    }
    if (best < 0) {
      return answering;
    }
    List<Integer> led = new ArrayList<>(List.of(best));
    int first = best;
    answering.stream().filter(i -> i != first).limit(CandidatePick.MAX_SENTENCES - 1).forEach(led::add);
    return led;
  }
}
