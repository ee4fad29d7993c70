package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baoku.index.ChineseText;

/**
 * A question of the post someone holds ({@code 施剑是什么职务}, {@code 在厂里担任什么职务}). A post is a
 * title a report gives or does not: a sentence that names the person only as {@code 女职工张磊} says
 * none, and the model ranks first the sentences that repeat the name, so the check needs the title
 * itself, and one right before the asked name where no probable sentence gives any. The closed set
 * of titles of office lives here; {@link PostHolder} reads the same titles the other way round.
 */
final class PostAsked {

  /** Chinese titles of office, a closed set: a chair, a director, a secretary, a head of any unit. */
  static final String OFFICES =
      "主席|主任|书记|支书|主委|总经理|经理|总监|董事长|[会社院校馆厂所站队组班科处局部行镇区县市村省]长";

  /** A post asked of someone ({@code 担任什么职务}, {@code 是什么职位}); in speech see {@link #SPOKEN_POST_ASKED}. */
  private static final Pattern POST_KIND_ASKED =
      Pattern.compile("(?:什么|啥)(?:职务|职位|头衔|官职)|担任(?:什么|啥)|任什么职|职务是(?:什么|啥)|(?<![应相])当什么(?!时候|时间)");
  /**
   * A post asked in speech ({@code 在那儿当个啥}, {@code 当的啥}): a role answers it as well as a title
   * does ({@code 工会干部孙世博}, {@code 志愿者毛彩兰}), so a title is preferred and none refuses it.
   */
  private static final Pattern SPOKEN_POST_ASKED = Pattern.compile("(?<![应相])当(?:个|的|了|上了?)(?:什么|啥)|当啥");
  /** A title of office, or a generic post. */
  static final Pattern POST = Pattern.compile(OFFICES + "|委员|干事|秘书|负责人");

  /** A post ending the text before a name: {@code 副主席施剑}, {@code 党组书记、常务副主席牛玉俊}. */
  static final Pattern POST_AT_END = Pattern.compile("(?:" + POST.pattern() + ")$");

  /**
   * Who someone named is, and nothing else ({@code 郑默杰是谁？}, {@code 牛玉俊是什么人}): the post a
   * report gives them tells it, as a reader of the paper would answer.
   */
  private static final Pattern WHO_IS = Pattern.compile(
      "^\\s*(\\p{IsHan}{2,3})\\s*(?:是谁|是什么人|是何人|是干什么的|是做什么的|是干啥的|是哪位)\\s*[？?。！!]*\\s*$");
  /** The same in English ({@code Who is Niu Yujun?}): a name of capitalised words, nothing after it. */
  private static final Pattern ENGLISH_WHO_IS = Pattern.compile(
      "^\\s*[Ww]ho\\s+(?:is|was)\\s+(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}\\s*[?.!]*\\s*$");

  private PostAsked() {}

  /** Whether {@code q} asks what post someone holds ({@code 在厂里担任什么职务}). */
  static boolean asksPost(Question q) {
    return POST_KIND_ASKED.matcher(q.text()).find();
  }

  /**
   * Whether {@code text} asks only who someone named is: a Chinese name the tagger reads as a
   * person's, or an English name in capitals ({@link #WHO_IS}, {@link #ENGLISH_WHO_IS}).
   */
  static boolean asksWhoSomeoneIs(String text, List<Term> terms) {
    Matcher m = WHO_IS.matcher(text);
    if (m.matches()) {
      return !terms.isEmpty() && terms.get(0).word.equals(m.group(1)) && terms.get(0).nature.toString().startsWith("nr");
    }
    return ENGLISH_WHO_IS.matcher(text).matches();
  }

  /** {@link #asksWhoSomeoneIs(String, List)} of a question read already: its name is one of its entities. */
  static boolean asksWhoSomeoneIs(Question q) {
    Matcher m = WHO_IS.matcher(q.text());
    return m.matches() ? q.entities().contains(m.group(1)) : q.english() && ENGLISH_WHO_IS.matcher(q.text()).matches();
  }

  /** Whether {@code q} asks in speech what someone is there ({@code 他在那儿当个啥}). */
  static boolean asksPostSpoken(Question q) {
    return SPOKEN_POST_ASKED.matcher(q.text()).find();
  }

  /**
   * Whether {@code sentence} gives a post: a title of office ({@code 副主席}, {@code 站长}); a
   * report that names someone only as {@code 女职工张磊} says no post.
   */
  static boolean givesAPost(String raw) {
    return POST.matcher(ChineseText.normalise(raw)).find();
  }

  /**
   * Whether {@code sentence} gives a post right before a person the question names ({@code
   * 副主席施剑} for {@code 施剑是什么职务}; {@link Question#entities()} of two or three characters,
   * the length of a name, or the people an English question spells), at any of the name's mentions.
   */
  static boolean givesThePostOfTheNamed(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    for (String name : Stream.concat(q.entities().stream(), q.people().stream()).toList()) {
      if (name.length() < 2 || name.length() > 3) {
        continue;
      }
      for (int at = sentence.indexOf(name, 1); at >= 0; at = sentence.indexOf(name, at + 1)) {
        if (POST_AT_END.matcher(sentence).region(0, at).find()) {
          return true;
        }
      }
    }
    return false;
  }
}
