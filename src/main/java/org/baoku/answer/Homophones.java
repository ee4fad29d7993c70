package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.Hit;

/**
 * A name in the question typed as another of the same sound, as a pinyin keyboard offers it
 * ({@code 集团公会} for {@code 集团工会}): when a place, body or person the question names appears in
 * none of the retrieved passages, and a word differing from it in one character of the same
 * syllable (tones aside) appears in one of them, the question is read with that word. Only the
 * passages at hand are searched, so a name is only ever corrected into one the archive is answering
 * from; only names, since common words are often one sound away from the passage's own ({@code
 * 各街道} asked, {@code 17个街道} reported); and only of {@value #MIN_CHARS} characters or more, since
 * two-character words share sounds far too often ({@code 市长}, {@code 时长}), except a person's
 * name the tagger reads as one, heard with its surname kept ({@code 施建} for {@code 施剑}).
 */
final class Homophones {

  static final int MIN_CHARS = 3;
  /**
   * Characters that are words of grammar, whose homophones are too ({@code 各街道} and {@code 个街道}):
   * a name mistyped keeps them and differs in a character of its own.
   */
  private static final String FUNCTION_CHARS = "各个每这那该本此其些之的地得了着过和与及或在是有把被给向对从到为";

  private Homophones() {}

  /** {@code q}, or {@code q} read again with its mistyped words replaced. */
  static Question corrected(Question q, List<Hit> hits) {
    if (q.english() || hits.isEmpty()) {
      return q;
    }
    List<String> absent = new ArrayList<>();
    StringBuilder retrieved = new StringBuilder();
    for (Hit h : hits) {
      retrieved.append(h.passage().headline()).append('\n').append(h.passage().text()).append('\n');
    }
    List<String> people = null;
    for (String word : q.entities()) {
      if (!word.chars().allMatch(Character::isIdeographic) || retrieved.indexOf(word) >= 0) {
        continue;
      }
      if (word.length() == 2 && people == null) {
        people = Tagger.tag(q.text()).stream().filter(t -> t.nature.toString().equals("nr")).map(t -> t.word).toList();
      }
      if (word.length() >= MIN_CHARS || word.length() == 2 && people.contains(word)) {
        absent.add(word);
      }
    }
    if (absent.isEmpty()) {
      return q;
    }
    // folded only now, for the few questions naming something the passages do not hold as typed
    String text = ChineseText.normalise(retrieved.toString());
    String fixed = q.raw();
    for (String word : absent) {
      // a person's name of two characters keeps its surname: 施建 is heard as 施剑, not as 时建
      String heard = text.contains(word) ? null : sameSound(word, text, word.length() < MIN_CHARS ? 1 : 0);
      if (heard != null) {
        // the question as typed where it holds the word; read in simplified characters where not
        fixed = (fixed.contains(word) ? fixed : ChineseText.normalise(fixed)).replace(word, heard);
      }
    }
    return fixed.equals(q.raw()) ? q : Question.read(fixed);
  }

  /**
   * A word of {@code text} that differs from {@code word} in one character of the same syllable,
   * not one of its first {@code kept}, or null.
   */
  private static String sameSound(String word, String text, int kept) {
    int n = word.length();
    for (int k = kept; k < n; k++) {
      for (int i = 0; i + n <= text.length(); i++) {
        char c = text.charAt(i + k);
        if (c != word.charAt(k) && FUNCTION_CHARS.indexOf(c) < 0 && FUNCTION_CHARS.indexOf(word.charAt(k)) < 0
            && text.regionMatches(i, word, 0, k) && text.regionMatches(i + k + 1, word, k + 1, n - k - 1)
            && Character.isIdeographic(c) && syllable(c).equals(syllable(word.charAt(k)))) {
          return text.substring(i, i + n);
        }
      }
    }
    return null;
  }

  /** The syllable of {@code c} without its tone; read only for a character where a name differs. */
  private static String syllable(char c) {
    Pinyin p = HanLP.convertToPinyinList(String.valueOf(c)).get(0);
    return p == Pinyin.none5 ? String.valueOf(c) : p.getPinyinWithoutTone();
  }
}
