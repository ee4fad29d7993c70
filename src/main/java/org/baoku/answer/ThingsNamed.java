package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of what things were given or used ({@code 沟通会发了啥材料}) is answered by the sentence
 * that names them before their kind ({@code 发放《入会宝典》《建会秘籍》等宣传材料}), though the report's
 * opening, which tells of the meeting, shares more of the question's words and is what the evidence
 * model picks. Over the 224 sets in stop 66: one read answer more, one never-read answer worded
 * otherwise and still right, nothing else changed. English questions are left to {@link EnglishCheck}.
 */
final class ThingsNamed {

  /** The question word a kind of thing follows ({@code 啥材料}, {@code 什么物资}, {@code 哪些书}). */
  private static final Pattern ASKING = Pattern.compile("^(?:啥|什么|哪些)$");
  /** Kinds that say nothing of the things ({@code 什么东西}): no sentence names them before these. */
  private static final Set<String> GENERIC = Set.of("东西", "事情", "事儿", "内容", "情况", "方面", "问题");
  /** Terms after the question word searched for its kind ({@code 什么 样 的 物资} is past them). */
  private static final int WITHIN = 2;

  private ThingsNamed() {}

  /**
   * {@code answering}, led by the most probable candidate of the same article that names things
   * before 等 and the kind {@code q} asks ({@link Specifics#specifies}: titles, or items listed),
   * when none of {@code answering} does; not one that opens with another body, whose things they
   * are ({@code 南法信镇工会工作者…入户送物资等疫情防控工作} for {@code 老干部局的支援队参与哪些工作}), nor
   * things of another kind ({@code 《…》等课程} for {@code 用了什么方法}); {@code answering} when
   * {@code q} names no kind.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    if (q.english() || q.asks() != Question.Asked.OTHER && q.asks() != Question.Asked.LIST) {
      return answering;
    }
    String kind = kindAsked(q);
    if (kind.isEmpty()) {
      return answering;
    }
    Pattern named = Pattern.compile("等[^，。；、]{0,8}?" + Pattern.quote(kind));
    return CandidatePick.ledFromTheSameArticle(probability, articleOf, answering,
        i -> named.matcher(ChineseText.normalise(texts.get(i))).find() && Specifics.specifies(kind, texts.get(i))
            && !OtherBodies.opensWithAnotherBody(q, texts.get(i)),
        texts.size());
  }

  /** The noun of two characters or more right after {@code q}'s question word ({@code 啥材料}: 材料), or empty. */
  static String kindAsked(Question q) {
    List<Term> terms = Tagger.tag(q.text());
    for (int i = 0; i < terms.size(); i++) {
      if (ASKING.matcher(terms.get(i).word).matches()) {
        for (int j = i + 1; j < terms.size() && j <= i + WITHIN; j++) {
          Term t = terms.get(j);
          if (t.nature.toString().startsWith("n") && t.word.length() >= 2 && !GENERIC.contains(t.word)) {
            return t.word;
          }
        }
        return "";
      }
    }
    return "";
  }
}
