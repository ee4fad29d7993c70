package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of the way something was done ({@code 是怎么给采血现场消毒的}, {@code 咋防止录错}). The
 * model ranks first the sentence that repeats the day and the place; the one that tells of the deed
 * asked ({@code 多次运用紫外线消毒}) answers, so the check reads the deed's verbs from the question
 * and looks for them among the candidates.
 */
final class WayAsked {

  /** A question of the way something was done: {@code 怎么}, {@code 怎样}, {@code 如何}, spoken {@code 咋}. */
  private static final Pattern HOW = Pattern.compile("怎么(?!样了|回事)|怎样|如何|咋(?!样)");
  /** Verbs that say only that something was done, not what ({@code 怎么做的}, {@code 如何开展}). */
  private static final Set<String> DOING = Set.of("做", "做好", "进行", "开展", "实现", "做到", "搞", "办", "完成", "安排", "落实");

  /**
   * Verbs of keeping something from happening, each telling of the deed the others ask: 咋防止录错
   * is answered by 为避免…识别错误，我采用…的方式. Stop 43: one read answer more (a fact six read sets
   * ask), one never-read set better, CMRC 2018 dev the same.
   */
  private static final List<String> PREVENTING = List.of("防止", "避免", "预防", "防范", "以免", "以防", "杜绝");

  private WayAsked() {}

  /**
   * The sentences that answer {@code q}, by index into {@code texts}, led by one that tells of the
   * deed asked; empty when {@code q} asks no way of a deed.
   */
  static Optional<List<Integer>> answering(Question q, double[] probability, List<String> texts, List<Integer> picked) {
    List<String> done = wayAsked(q);
    if (done.isEmpty()) {
      return Optional.empty();
    }
    // 飞宇公司是怎么给采血现场消毒的: the sentence that tells of the 消毒 (多次运用紫外线消毒), which
    // the model ranks below the one repeating the day and the place
    // a prevention asked (咋防止录错) is told in so many words (为避免…识别错误), of what it kept from
    // happening: all candidates are searched
    boolean preventing = done.containsAll(PREVENTING);
    String prevented = preventing ? prevented(q) : "";
    return Optional.of(CandidatePick.withOneThatHolds(probability, texts, picked,
        text -> done.stream().anyMatch(ChineseText.normalise(text)::contains)
            && (!preventing || prevented.chars().anyMatch(c -> text.indexOf(c) >= 0)),
        preventing ? texts.size() : CandidatePick.CHECKED));
  }

  /**
   * What a how-to-prevent question keeps from happening, the characters after its prevention verb
   * ({@code 咋防止名字录错}: 名字录错), less the particles: a sentence telling of the prevention shares
   * one ({@code 识别错误}); {@code 为避免居民久等} is another prevention.
   */
  private static String prevented(Question q) {
    String t = ChineseText.normalise(q.text());
    for (String verb : PREVENTING) {
      int at = t.indexOf(verb);
      if (at >= 0) {
        return t.substring(at + verb.length()).replaceAll("[^\\p{IsHan}]|[的了是在把被呢吗啊]", "");
      }
    }
    return "";
  }

  /**
   * The verbs of the deed a how-question asks the way of, after its question word ({@code
   * 是怎么给采血现场消毒的}: 消毒; {@code 如何做好防护}: 防护), of two characters or more; none for
   * another question. A sentence of the three most probable that tells of them joins the answer
   * when the model's own do not: in stop 42 two read answers more, CMRC 2018 dev 2,525 → 2,528,
   * every other answer of the 100 sets the same.
   */
  static List<String> wayAsked(Question q) {
    Matcher how = HOW.matcher(q.text());
    if (q.asks() != Question.Asked.REASON || q.english() || !how.find()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    String before = "";
    for (Term t : Tagger.tag(q.text().substring(how.end()))) {
      // 做消杀/nz, 搞宣传: what a verb of doing does is the deed, whatever the tagger calls it
      boolean done = t.nature.toString().matches("v|vn") || DOING.contains(before) && t.nature.toString().matches("nz?");
      before = t.word;
      if (done && t.word.length() >= 2 && !DOING.contains(t.word)) {
        if (PREVENTING.contains(t.word)) {
          out.addAll(PREVENTING);
        } else {
          out.add(ChineseText.normalise(t.word));
        }
      }
    }
    return out;
  }
}
