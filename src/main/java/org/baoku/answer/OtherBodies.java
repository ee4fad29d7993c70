package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;

/**
 * Whether a sentence gives its deed to another body than the question's: it names another body of
 * the same kind ({@code 丰台区总工会} for {@code 西城区总工会}), or opens with a body of its own. A
 * round-up article reports the same deed of several bodies, each in its own sentence, so a sentence
 * that holds a phrase of the asked kind in an article about the right body may still be another's.
 * A level without a name ({@code 区总工会机关}) refers back to the report's own body.
 */
final class OtherBodies {

  /**
   * What comes before a body's kind when the name refers back to the report's own body ({@code
   * 区总工会机关}, {@code 市总工会}): a level and {@code 总}, no name.
   */
  private static final Pattern BACK_REFERENCE = Pattern.compile("[本该我全]?[省市区县镇乡街]?总?");

  /**
   * Characters of a body's name read from the text: no pronoun, preposition, particle or
   * conjunction, which a name runs up to ({@code 为助力…，长子营镇总工会对…}).
   */
  static final String NAME_CHARS = "[\\p{IsHan}&&[^我你他她它们作为在对向把被给的了是和与及将从以于由]]";

  /**
   * A union, company or group opening a sentence, after a day or 近日 ({@code 旧宫镇总工会慰问…}),
   * or after a clause of what for ({@code 为保证防控一线人员力量充足到位，清源街道总工会…}, stop 81,
   * holdout-259): group 1. Read from the characters, not the tagger, which misreads openings ({@code
   * 海军有/nt}, CMRC 2018 dev) and abbreviates nothing ({@code 印尼/ns} is the 印度尼西亚 asked).
   */
  private static final Pattern OPENING_BODY = Pattern.compile("^(?:为了?[^，,。；;]{2,20}[，,])?"
      + "(?:(?:近日|日前|近期|当天|同日|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)[，,]?)?(" + NAME_CHARS + "{2,10}?(?:总工会|工会|公司|集团|委员会))");

  /** Kinds of place of one level: a town asked is not answered by a subdistrict's figure. */
  private static final List<String> TOWN_LEVEL = List.of("镇", "乡", "街道");

  private OtherBodies() {}

  /**
   * Whether a sentence that names none of the question's people, places or bodies opens with a body
   * of its own ({@code 旧宫镇总工会慰问防疫一线派出所民警…1250件慰问品} for {@code 6月2日牛玉俊、侯月海、张昊一行去桔子酒店慰问，送了多少件}):
   * a report of several bodies' deeds gives each its sentence, and that one is another's. A level
   * without a name ({@code 区总工会机关首批39名干部…}) refers back to the report's own body.
   */
  static boolean opensWithAnotherBody(Question q, String raw) {
    return anotherOpeningBody(q, raw).isPresent();
  }

  /** The body of its own a sentence opens with, as {@link #opensWithAnotherBody} reads it ({@code 顺义商业集团工会}). */
  static Optional<String> anotherOpeningBody(Question q, String raw) {
    if (q.entities().isEmpty()) {
      return Optional.empty();
    }
    String sentence = ChineseText.normalise(raw).strip();
    String norm = ChineseText.compact(sentence);
    if (q.entities().stream().anyMatch(e -> EntityCore.mentions(norm, EntityCore.core(ChineseText.compact(e))))) {
      return Optional.empty();
    }
    Matcher opening = OPENING_BODY.matcher(sentence);
    if (!opening.find()) {
      return Optional.empty();
    }
    String body = EntityCore.core(ChineseText.compact(opening.group(1)));
    // nor one the reader named in what they told before asking (我记得东城区总工会派了…。请问…)
    return body.length() >= 2 && !BACK_REFERENCE.matcher(body).matches()
        && !ChineseText.compact(q.text()).contains(body) && !ChineseText.compact(q.told()).contains(body)
        ? Optional.of(ChineseText.compact(opening.group(1))) : Optional.empty();
  }

  /**
   * Whether the sentence is about another body of the same kind as one the question names: it
   * lacks the question's {@code 西城区总工会} but names {@code 丰台区总工会}. Such a sentence answers
   * for someone else, even when the question's body appears elsewhere in the article. A kind of two
   * or more characters ({@code 区总工会}) is found in the text; a one-character kind ({@code 区})
   * only in a tagged place or organisation name, since {@code 社区} is not a district.
   */
  static boolean aboutAnother(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    String norm = ChineseText.compact(sentence);
    String question = ChineseText.compact(q.text());
    List<Term> terms = null;
    for (String e : q.entities()) {
      String name = ChineseText.compact(e);
      String core = EntityCore.core(name);
      String kind = core.length() >= 2 && name.startsWith(core) ? name.substring(core.length()) : "";
      // the body named in parts is the body asked (公交保修分公司 in 北京公交集团保修分公司)
      if (kind.isEmpty() || EntityCore.mentions(norm, core)) {
        continue;
      }
      if (kind.length() >= 2) {
        // on the sentence with its punctuation: 作战，街道总工会 names no other body
        Matcher other = Pattern.compile("\\p{IsHan}{2}" + Pattern.quote(kind)).matcher(sentence);
        while (other.find()) {
          // 区总工会机关抽调… opening a clause refers back to the report's own body, which a reader
          // may name by its place alone (门头沟工会); not to 基层工会, which is no place's
          boolean backReference = BACK_REFERENCE.matcher(other.group().substring(0, 2)).matches()
              && (other.start() == 0 || !Character.isIdeographic(sentence.codePointBefore(other.start())))
              && namesAPlace(core);
          if (!backReference && !namedIn(question, other.group())
              && !namedBeforeItsKind(question, sentence, other.end() - kind.length())) {
            return true;
          }
        }
      }
      if (terms == null) {
        terms = Tagger.tag(sentence);
      }
      for (Term t : terms) {
        String n = t.nature.toString();
        // a town asked, another town or a subdistrict of the same level named (南法信镇, 双丰街道)
        for (String k : TOWN_LEVEL.contains(kind) ? TOWN_LEVEL : List.of(kind)) {
          int at = t.word.indexOf(k);
          // up to its kind: the recogniser glues words after a name to it (青云店镇总工会组织/nt)
          // not a count the recogniser glued to the kind (4名工会/nt in 李桥镇总工会4名工会工作者)
          if ((n.startsWith("ns") || n.startsWith("nt")) && at >= 2 && !namedIn(question, t.word.substring(0, at + k.length()))
              && !BACK_REFERENCE.matcher(t.word.substring(0, at)).matches()
              && t.word.substring(0, at).chars().noneMatch(Character::isDigit)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code core} is a name ({@code 门头沟}, {@code 怀柔}) rather than common words ({@code 基层}). */
  private static boolean namesAPlace(String core) {
    return Tagger.tagPlaces(core).stream().anyMatch(t -> !t.nature.toString().matches("n|v.*|a.*|d.*"));
  }

  /**
   * Whether the question holds the two characters before a body's kind at {@code kindAt}, a 总
   * left out: {@code 各镇街、园区总工会已筹集资金12万元} is the part a question sums as {@code
   * 门头沟工会拨的钱跟镇街园区筹的钱}, where the match of the kind alone ({@code 区总工会}) named no body
   * the question names. Stop 70: read +1 answer on every corpus, never read +1 on the pages, every
   * other answer of the 244 sets the same. Any two characters of the bodies listed before it (镇街
   * of 各镇街、园区总工会) answered a read near miss of another body (社区 of 平粮社区联合工会).
   */
  private static boolean namedBeforeItsKind(String question, String sentence, int kindAt) {
    int end = kindAt > 0 && sentence.charAt(kindAt - 1) == '总' ? kindAt - 1 : kindAt;
    return end >= 2 && Character.isIdeographic(sentence.charAt(end - 2)) && Character.isIdeographic(sentence.charAt(end - 1))
        && question.contains(sentence.substring(end - 2, end));
  }

  /**
   * Whether the question names the body {@code name} itself or by its distinctive part: {@code
   * 青云店镇总工会} is one of the bodies of {@code 庞各庄镇、旧宫镇和青云店镇三家镇总工会…}.
   */
  private static boolean namedIn(String question, String name) {
    String core = EntityCore.core(name);
    return question.contains(name) || core.length() >= 2 && question.contains(core);
  }
}
