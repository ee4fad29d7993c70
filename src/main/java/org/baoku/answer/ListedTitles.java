package org.baoku.answer;

import java.util.List;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question asking which books or works were read or shared ({@code 读书会上大家分享了哪些红色书，书名是什么})
 * is answered by the sentence that lists their titles ({@code 谱写百年大党追梦历程的《大国追梦》、弘扬…的《优秀共产党员入党前后的故事》、…}),
 * though the sentence that tells of the meeting ({@code …女职工张磊诵读着《大国追梦》}) shares more of the
 * question's words: the evidence model weighs shared words, not how many titles a sentence gives.
 */
final class ListedTitles {

  /** Words asking for books or works by their titles. */
  private static final Pattern WORKS_ASKED = Pattern.compile("书名|书目|哪些书(?!记)|哪几本|什么书(?!记)|书籍|读物|篇目|作品");
  /** Words asking for several: a question of one book ({@code 张磊诵读的是哪本书}) is answered by the sentence that names it. */
  private static final Pattern SEVERAL = Pattern.compile("哪些|哪几|书目|分别|都有|都是");
  /** A title in book-title marks. */
  private static final Pattern TITLE = Pattern.compile("《[^》]{1,40}》");
  /** Titles a sentence lists at least: one title is what one reader read, not the list. */
  private static final int LISTED = 2;

  private ListedTitles() {}

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that lists
   * {@value #LISTED} titles or more, when {@code q} asks for several works, by title or as a list, and
   * none of {@code answering} lists them.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    boolean asked = (q.asks() == Question.Asked.LIST || q.asks() == Question.Asked.TITLE && SEVERAL.matcher(q.text()).find())
        && WORKS_ASKED.matcher(q.text()).find();
    return !asked ? answering : CandidatePick.ledFromTheSameArticle(probability, articleOf, answering,
        i -> lists(texts.get(i)), texts.size());
  }

  /** Whether {@code sentence} gives {@value #LISTED} or more titles. */
  static boolean lists(String sentence) {
    return TITLE.matcher(ChineseText.normalise(sentence)).results().count() >= LISTED;
  }
}
