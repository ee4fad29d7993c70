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
 * <p>Only after 后来, 最后, 最终, 之后 or 以后: {@code 他真的把行军床带去了吗} asks whether the report says so.
 *
 * <p>Found on nearmiss-26, whose reader follows a fact with what came next: of its twelve such
 * near misses the answer refused four. A plan is answered only by a sentence that tells one; an
 * outcome only by one that tells the deed asked, not as a plan, a condition ({@code 如发现疑似病例})
 * or undone ({@code 已经近三周没有回家} for 后来回家了没有). A review's ten outcome questions the
 * report does answer ({@code 施剑后来担任组长了没有}) are answered.
 */
final class Afterwards {

  /**
   * A question asking what someone means to do next; not {@code 后续的读本} (the sequels) nor a
   * story's {@code 接下来去了哪里} (CMRC 2018 dev: one answer lost with a bare 后续), nor what someone
   * was given to do ({@code 下沉之后被安排做什么}).
   */
  private static final Pattern NEXT_ASKED = Pattern.compile("下一步|今后|接下来(?:还|将|要|会)"
      + "|(?:之后|以后|然后|后续|接下来)[^，。？]{0,6}?(?:打算|计划|准备|有(?:什么|何)安排|还有什么安排|怎么安排的?[？?])");
  /**
   * Words of a plan or of going on; 将 only before what a plan does ({@code 将继续}, {@code 将以}),
   * not as 把 ({@code 王敏将水壶捐赠给了…}, a deed done).
   */
  private static final Pattern PLANNED = Pattern.compile("将(?:继续|进一步|持续|以|在|于|会|要|陆续|全力|积极|加大|不断"
      + "|启动|开展|推出|推广|建设|打造|组织|深入|坚持|做好|面向)|下一步|接下来|今后|计划|打算|准备|继续|持续|还要|拟|力争|即将");
  /**
   * A clause urging others on ({@code 鼓励他们继续发扬顽强拼搏的精神}): its 继续 is what the others
   * are asked to keep doing, not what the body telling it plans.
   */
  private static final Pattern URGED = Pattern.compile("(?:鼓励|号召|激励|勉励|呼吁)[^，,。；;]*");

  /** Whether {@code sentence} tells a plan or a going on, outside a clause urging others on. */
  private static boolean planned(String sentence) {
    return PLANNED.matcher(URGED.matcher(sentence).replaceAll("")).find();
  }

  /**
   * A yes-or-no question on how something turned out ({@code 最后全部理完了没有}, {@code
   * 之后有没有推广到别的村}): group 1 and what follows 有没有 are the deed asked.
   */
  private static final Pattern OUTCOME_ASKED = Pattern.compile(
      "(?:后来|最后|最终|之后|以后)([^，。？]{0,15}?)(了吗|了没有|了没|有没有|没有(?=[？?]))([^，。？]*)");
  /**
   * A question asking when something ends ({@code 一直干到什么时候才结束}, {@code 计划到哪天结束},
   * {@code 截至何时}): the day it began, or a day within it, does not answer it.
   */
  private static final Pattern END_ASKED = Pattern.compile(
      "(?:到|至)(?:什么时候|哪天|哪一天|何时|几号|几月)|(?:什么时候|何时|哪天)才?(?:结束|截止|完工|收尾|撤|回单位)|截至何时");
  /** Words of an end: 结束, 截至, 为止, 完工, a 至 or 到 before a day ({@code 至5月底}). */
  private static final Pattern ENDED = Pattern.compile(
      "结束|截至|截止|为止|完工|收官|告一段落|撤离|直到|(?:至|到)(?:\\d+年|\\d+月|\\d+日|月底|年底|年末)");

  /** Characters of grammar, which a deed's words share with any sentence. */
  private static final String GRAMMAR = "的了吗呢没有是都也还就真";
  /**
   * What comes before the deed in a sentence telling what would be done if ({@code 如发现疑似病例，
   * 可以开展“早发现…”}: the condition's clause and those after it) or was not ({@code 没有回家}).
   */
  private static final Pattern IF_OR_NOT = Pattern.compile("(?:^|[，,；;])(?:如果|如|若|一旦|假如)|(?:没有|没|未|不)$");

  /**
   * A question of where or what a deed went on to ({@code 那区总工会后来还接着下沉到哪个镇}): the report
   * tells it as a going on ({@code 将继续以组为单位，持续下沉牛栏山镇}), not in the sentence of the deed
   * the reader knows.
   */
  private static final Pattern WENT_ON_ASKED = Pattern.compile("(?:后来|之后|然后|随后)(?:还|又)|(?:还|又)接着");

  private Afterwards() {}

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that tells
   * a going on, when {@code q} asks what a deed went on to and none of {@code answering} tells one.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    if (q.english() || !WENT_ON_ASKED.matcher(q.text()).find() || OUTCOME_ASKED.matcher(q.text()).find()) {
      return answering;
    }
    return CandidatePick.ledFromTheSameArticle(probability, articleOf, answering, i -> planned(texts.get(i)),
        texts.size());
  }

  /** Whether {@code q} asks what came after and none of {@code sentences} tells it. */
  static boolean untold(Question q, List<String> sentences) {
    if (q.english() || sentences.isEmpty()) {
      return false;
    }
    Matcher outcome = OUTCOME_ASKED.matcher(q.text());
    if (outcome.find()) {
      // 说下一步要打磨课程，后来真的推出来了吗: the plan is what the reader knows, the outcome is asked
      String deed = outcome.group(1) + outcome.group(3);
      return sentences.stream().noneMatch(s -> tellsTheDeed(deed, s));
    }
    if (END_ASKED.matcher(q.text()).find()) {
      // 石岳要干到什么时候才结束, answered by 5月7日，我…到华苇景苑社区参与防控: when it began
      return sentences.stream().noneMatch(s -> ENDED.matcher(s).find());
    }
    Matcher went = WENT_IN_THE_END.matcher(q.text());
    if (q.asks() == Question.Asked.NUMBER && went.find()) {
      // 最后真正派去武汉的有多少人, answered by 千余名…自愿签订了赴武汉…志愿书: those who offered; by
      // 为…抽调的近1800名干部职工购买了慰问品: no going to 武汉 at all
      String deed = COUNT_WORDS.matcher(went.group(1)).replaceAll("，");
      return sentences.stream().noneMatch(s -> !PLEDGED.matcher(s).find() && tellsTheDeed(deed, s));
    }
    return NEXT_ASKED.matcher(q.text()).find() && sentences.stream().noneMatch(Afterwards::planned);
  }

  /**
   * A count of those who in the end went or took part ({@code 最后真正派去武汉的有多少人}, {@code
   * 实际参加的有几个}), as against those who offered to; group 1 is the deed, which a sentence
   * answering tells ({@code 武汉}).
   */
  private static final Pattern WENT_IN_THE_END = Pattern.compile(
      "(?:实际|真正|最终|最后)([^，。？,?]{0,12}?(?:派|去|赴|出发|前往|到岗|参加|参与|成行|出征|上岗)[^，。？,?]*)");
  /** The words of a count's question, no part of the deed asked. */
  private static final Pattern COUNT_WORDS = Pattern.compile("多少|几");
  /**
   * A sentence counting those who offered, not those who went: a pledge signed ({@code 志愿书},
   * {@code 请战书}) or a name put down ({@code 报名}, {@code 请缨}). Stop 55: four read near misses
   * more refused, every other answer of the 169 sets the same, on the pages and among the
   * synthetic paper.
   */
  private static final Pattern PLEDGED = Pattern.compile("志愿书|请战书|请愿书|申请书|承诺书|报名|请缨");

  /**
   * Whether {@code sentence} tells {@code deed} done: it shares two characters of the deed's words
   * ({@code 制作完成} for 最后完成了吗, {@code 捐赠给区总工会} for 后来捐给区总工会了吗), not in a clause
   * of what would be done if, nor after a word saying it was not, and it is no plan.
   */
  private static boolean tellsTheDeed(String deed, String sentence) {
    if (planned(sentence)) {
      return false;
    }
    for (int k = 0; k + 2 <= deed.length(); k++) {
      String pair = deed.substring(k, k + 2);
      if (!pair.chars().allMatch(Character::isIdeographic) || GRAMMAR.indexOf(pair.charAt(0)) >= 0
          || GRAMMAR.indexOf(pair.charAt(1)) >= 0) {
        continue;
      }
      for (int at = sentence.indexOf(pair); at >= 0; at = sentence.indexOf(pair, at + 1)) {
        if (!IF_OR_NOT.matcher(sentence.substring(0, at)).find()) {
          return true;
        }
      }
    }
    return false;
  }
}
