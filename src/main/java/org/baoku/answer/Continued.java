package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.baoku.retrieve.Hit;

/**
 * The rest of what a body did, told in the sentence after the one that names it: {@code
 * 天宫院街道总工会全体工作人员下沉宇社区…等防疫措施。并通过微信群、朋友圈转发疫情防控知识…}. The second
 * sentence opens with a word that goes on ({@code 并}, {@code 同时}) and has no subject of its own, so
 * the evidence model, which reads sentences one by one, ranks the first, which names the body; a
 * question of how it was done ({@code 是通过啥渠道把防疫知识转出去的}) is answered by both.
 */
final class Continued {

  /** A sentence that goes on from the one before, with its subject. */
  private static final Pattern GOES_ON = Pattern.compile("^(?:并且?|同时|此外|另外|还)[，,]?");

  /** A question of how something was done, not why or what. */
  private static final Pattern HOW = Pattern.compile("如何|怎么|怎样|咋|什么办法|什么方法|什么方式|什么渠道|什么途径|哪些办法|哪些方式|哪些措施");

  private Continued() {}

  /** {@code chosen}, for a how-question, each chosen sentence followed by the one that goes on from it. */
  static List<Scored> withWhatFollows(Question q, List<Scored> chosen, ArticlePassages articles, List<Hit> hits) {
    if (chosen.isEmpty() || q.english() || q.asks().typed() || !HOW.matcher(q.text()).find()) {
      return chosen;
    }
    List<Scored> out = new ArrayList<>();
    for (Scored s : chosen) {
      out.add(s);
      List<ArticleText.Located> after = ArticleText.of(s, articles, hits).after(s);
      if (!after.isEmpty() && GOES_ON.matcher(after.get(0).span().text().strip()).find()) {
        Scored next = after.get(0).scored(s.hit());
        if (chosen.stream().noneMatch(next::sameSentence) && out.stream().noneMatch(next::sameSentence)) {
          out.add(next);
        }
      }
    }
    return out;
  }
}
