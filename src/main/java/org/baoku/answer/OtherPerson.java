package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;

/**
 * Whether a sentence gives the deed asked of a person the question names to someone else ({@code
 * 王敏个人出资3000元} for {@code 彭春辉个人出资多少元}). A report tells several people's like deeds in
 * the same words, so the figure of one fits the question of another; the name before the deed's
 * words tells them apart.
 */
final class OtherPerson {

  /**
   * Characters after a person's name in the question that say the deed asked ({@code 个人出资},
   * {@code 诵读}): a verb or a verb's first word. With it no answer of the read sets changed but the
   * near misses it was written for; a first version taking any other name in the sentence (no
   * deed) refused some twenty answers of the read sets (a diary in the first person, words the
   * tagger misread as a name).
   */
  private static final int DEED_CHARS = 2;

  private OtherPerson() {}

  /**
   * Whether the question asks a figure or a day of a person it names ({@code 彭春辉个人出资多少元})
   * and the sentence gives that deed to someone else, not named in the question, ({@code
   * 王敏个人出资3000元}): the same words follow another name, so the figure is another's. Only the
   * deed's words after a name count: a first-person diary ({@code 我每天6点前准时到岗}) or a
   * sentence that names someone in passing answers for the person asked. A question asking who is
   * answered by a name it does not give.
   */
  static boolean ofAnotherPerson(Question q, String raw) {
    if (q.asks() == Question.Asked.PERSON) {
      return false;
    }
    String sentence = ChineseText.normalise(raw);
    if (q.entities().stream().allMatch(sentence::contains)) {
      // every name asked is there: no tagging on the path most candidates take
      return false;
    }
    String question = ChineseText.normalise(q.text());
    for (Term t : Tagger.tag(question)) {
      if (!Tagger.personName(t) || !q.entities().contains(t.word) || sentence.contains(t.word)) {
        continue;
      }
      int after = question.indexOf(t.word) + t.word.length();
      String deed = question.substring(after, Math.min(question.length(), after + DEED_CHARS));
      if (deed.length() == DEED_CHARS && deed.codePoints().allMatch(Character::isIdeographic)
          && Names.names(q, sentence).stream().anyMatch(n -> sentence.startsWith(deed, n.end()))) {
        return true;
      }
    }
    return false;
  }
}
