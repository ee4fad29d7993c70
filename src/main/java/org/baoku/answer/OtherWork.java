package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Whether a sentence is about another work than the one a person question names ({@code
 * 《大国追梦》} for {@code 《正道沧桑》是由哪位职工朗读的}). At a reading or a screening each work has its
 * reader or its maker, named in the same words, so a name beside another title answers for
 * someone else.
 */
final class OtherWork {

  /** A work named by its title ({@code 《正道沧桑》}). */
  private static final Pattern WORK = Pattern.compile("《([^》]{1,40})》");

  private OtherWork() {}

  /**
   * Whether a sentence is about another work than the one the question names: {@code 分享的《正道沧桑》是由哪位职工朗读的}
   * is not answered by {@code 女职工张磊诵读着《大国追梦》}, which names a reader of another book. A
   * sentence that names no title may still be about it. People only: a figure's sentence names
   * other works in passing ({@code 获得6项奥斯卡金像奖…自1968年《孤雏泪》获得此奖项后}, CMRC 2018 dev).
   */
  static boolean ofAnotherWork(Question q, String raw) {
    if (q.asks() != Question.Asked.PERSON) {
      return false;
    }
    // compared without spaces or punctuation: a reader spaces a title the page prints closed
    // (《平凡一样闪光 看到最美自己》 for 《平凡一样闪光看到最美自己》)
    List<String> asked = new ArrayList<>();
    Matcher m = WORK.matcher(ChineseText.normalise(q.text()));
    while (m.find()) {
      asked.add(ChineseText.compact(m.group(1)));
    }
    String sentence = ChineseText.normalise(raw);
    String folded = ChineseText.compact(sentence);
    return !asked.isEmpty() && WORK.matcher(sentence).find() && asked.stream().noneMatch(folded::contains);
  }
}
