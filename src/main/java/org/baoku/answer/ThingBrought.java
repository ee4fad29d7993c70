package org.baoku.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * The thing a question asks who brought, gave or bought ({@code 那跟水壶一起发的医用口罩，又是谁送来的}:
 * 医用口罩). A report tells each gift with its giver, in the same words ({@code 王敏将水壶捐赠给…}, {@code
 * 60个医用口罩，则是…彭春辉…送来的}), so the giver asked is the one named beside the thing: a name
 * beside another gift answers for someone else. Stop 75: read +1 answer on every corpus, never
 * read +1 on the pages and the dated pages.
 */
final class ThingBrought {

  /**
   * The thing before {@code 是谁} (or {@code 是什么人}, {@code 是哪位}: 医用口罩，又是什么人送来的, stop 81)
   * and a verb of bringing or giving (group 1): after 的, 那 or 这, or opening the question.
   */
  private static final Pattern ASKED = Pattern.compile(
      "(?:^|的|那|这|那些|这些|那批|这批)(\\p{IsHan}{2,6}?)(?:呢)?[，,]?(?:又|还|则|都|究竟|到底)?是(?:由)?(?:谁|什么人|哪位|哪个人)"
      + "(?:送|捐|买|购|拿|带|给|提供|发|寄|赠)");

  private ThingBrought() {}

  /** The thing {@code q} asks who brought, compacted; empty when it asks no such thing. */
  static Optional<String> asked(Question q) {
    if (q.asks() != Question.Asked.PERSON) {
      return Optional.empty();
    }
    Matcher m = ASKED.matcher(ChineseText.compact(ChineseText.normalise(q.text())));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Whether a sentence names {@code thing}, the thing a question asks who brought ({@link #asked}:
   * {@code 医用口罩}, or its last two characters, {@code 口罩}, as the report may name it shorter).
   */
  static boolean names(String thing, String raw) {
    String sentence = ChineseText.compact(ChineseText.normalise(raw));
    return sentence.contains(thing) || sentence.contains(thing.substring(thing.length() - 2));
  }
}
