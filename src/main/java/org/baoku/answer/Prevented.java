package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of how something was kept from going wrong ({@code 扫码录入的时候怎么防着把名字录错})
 * is answered by the sentence of the report that says what was done to prevent it ({@code
 * 为避免文字或证件号码识别错误，我采用设备先行录入、口头二次确认的方式}), though the sentences that
 * name the task in the question's own words ({@code 我主要负责信息扫码录入…}) share more of them and
 * are more probable. Stop 59, over 188 sets: read +2 and never read +1 answers on the pages, the
 * dated pages and the synthetic paper alike; none lost.
 */
final class Prevented {

  /** A way asked ({@code 怎么}, {@code 咋}, {@code 如何}, {@code 用什么办法}). */
  private static final Pattern HOW = Pattern.compile("怎么|怎样|咋|如何|什么办法|啥办法|什么措施|什么方式|什么方法");

  /**
   * Something asked to be kept from happening ({@code 防止}, {@code 防着}, {@code 避免}); not the
   * 防 of epidemic prevention, protective gear or heat ({@code 防疫}, {@code 防控}, {@code 防护}).
   */
  private static final Pattern PREVENTION_ASKED = Pattern.compile("防止|防着|避免|杜绝|免得|防(?![疫控护暑汛火范线])");

  /** A sentence that gives what was done to keep something from happening ({@code 为避免…，采用…}). */
  private static final Pattern PREVENTION_TOLD = Pattern.compile("为了?(?:避免|防止|杜绝|防范)|以免|以防");

  private Prevented() {}

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that
   * tells what was done to prevent something, when {@code q} asks how something was prevented and
   * none of {@code answering} tells it.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    String asked = ChineseText.normalise(q.text());
    boolean prevention = !q.english() && HOW.matcher(asked).find() && PREVENTION_ASKED.matcher(asked).find();
    return CandidatePick.ledByOneThatSays(prevention ? Optional.of(PREVENTION_TOLD) : Optional.empty(), probability,
        texts, articleOf, answering);
  }
}
