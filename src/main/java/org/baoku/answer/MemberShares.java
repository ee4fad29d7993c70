package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Whether a figure is the one member's own that the question asks or one given to several
 * together: {@code 清水镇单独拨了多少} ({@link #notItsShare}) and {@code 给清水镇拨了多少}
 * ({@link #givenJointly}) are not answered by a sum granted to three towns at once. One of the
 * figure checks {@link KindCheck} runs beside {@link FigureCheck}; clauses are cut at {@link
 * FigureCheck#CLAUSE}.
 */
final class MemberShares {

  /** A question for one member's own share of a figure. */
  private static final Pattern SHARE_ASKED = Pattern.compile("单独|具体分|分到|分得|各自|自己分|单给|只给|光给");
  /** The member a share is asked for, named after 单给 ({@code 单给大峪街道拨了多少}). */
  private static final Pattern SHARE_TO = Pattern.compile("(?:单|只|光)给(\\p{IsHan}{2,8}?)(?:拨|发|送|捐|投|划|的)");
  /** A figure given to each member, not to all together. */
  private static final Pattern EACH_GIVEN = Pattern.compile("分别|各|每");

  private MemberShares() {}

  /**
   * Whether a sentence fails to give the share a question asks of one place or body ({@code
   * 清水镇单独拨了多少}, {@code 清水镇具体分到了多少}, {@code 单给大峪街道拨了多少}): it does not name that
   * member (the one after 单给, else the entity right before the asking word), or gives its figure
   * jointly to it and others ({@code
   * 向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元}). A figure given to each ({@code 分别},
   * {@code 各}, {@code 每}) is each one's.
   */
  static boolean notItsShare(Question q, String raw) {
    Matcher share = SHARE_ASKED.matcher(q.text());
    if (q.asks() != Question.Asked.NUMBER || !share.find()) {
      return false;
    }
    Matcher to = SHARE_TO.matcher(q.text());
    String member = to.find() ? to.group(1) : null;
    int nearest = member == null ? -1 : Integer.MAX_VALUE;
    for (String e : q.entities()) {
      int at = q.text().lastIndexOf(e, share.start());
      if (at > nearest) {
        nearest = at;
        member = ChineseText.compact(e);
      }
    }
    if (member == null) {
      return false;
    }
    String sentence = ChineseText.normalise(raw);
    if (!ChineseText.compact(sentence).contains(member)) {
      return true;
    }
    for (String clause : FigureCheck.CLAUSE.split(sentence)) {
      int at = clause.indexOf(member);
      if (at < 0 || EACH_GIVEN.matcher(clause).find()) {
        continue;
      }
      if (listed(clause, at, member.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * One recipient of a grant a question names, before the verb ({@code 给清水镇拨了多少}, {@code
   * 给清水镇一个地方拨了多少}, group 1), after it ({@code 拨给清水镇的资金是多少}, group 2), or right
   * after a verb of granting when it is one place's name ({@code 单独拨付清水镇的专项资金}, group 3, read
   * by {@link #recipient}; stop 80, holdout-252 and -256).
   */
  private static final Pattern RECIPIENT = Pattern.compile(
      "给(\\p{IsHan}{2,8}?)(?:一个地方|一地|一处|一家|单独|自己)?(?:拨|发|送|捐|划|投)|(?:拨|发|送|捐|划|投)给(\\p{IsHan}{2,8}?)的"
      + "|(?:拨付|划拨|拨发|下拨)(\\p{IsHan}{2,8}?(?:镇|乡|街道|社区|村))的");

  /**
   * Whether a sentence gives one figure to the recipient a question names and to others listed
   * with it that the question does not name: {@code 门头沟区总工会给清水镇拨了多少防控专项资金} is not
   * answered by {@code 向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元}, the three together: the
   * list and the figure in one clause, and no {@code 分别} or {@code 各} in the sentence. As
   * {@link #notItsShare} reads a share asked in so many words ({@code 单独}, {@code 分到}); a
   * question naming every one listed asks the whole.
   */
  static boolean givenJointly(Question q, String raw) {
    Optional<String> recipient = recipient(q);
    if (recipient.isEmpty()) {
      return false;
    }
    String member = recipient.get();
    String question = ChineseText.normalise(q.text());
    String sentence = ChineseText.normalise(raw);
    if (EACH_GIVEN.matcher(sentence).find()) {
      // 向两个村分别捐赠4000个口罩: each got as much
      return false;
    }
    for (String clause : FigureCheck.CLAUSE.split(sentence)) {
      int at = clause.indexOf(member);
      // the figure may be the very one the question gives (那30万元专项资金里，拨给清水镇的是多少)
      if (at < 0 || Figures.figures(q, clause).isEmpty()) {
        continue;
      }
      if (listed(clause, at, member.length()) && !namesAnotherListed(question, clause, at, member.length())
          && !COUNTED_BEFORE.matcher(clause.substring(0, at)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A count right before the recipient ({@code 为镇域内50个村社、…送去3900余件}): the question asks
   * what a kind of recipient got ({@code 给村社送了多少件}), many of them, not one member's share of
   * a figure given to several. Stop 75: read +1 answer on every corpus.
   */
  private static final Pattern COUNTED_BEFORE = Pattern.compile("\\d+[余多]?[个家所支]$");

  /** Whether {@code [at, at + length)} of {@code clause} is an item listed with 、. */
  private static boolean listed(String clause, int at, int length) {
    return at > 0 && clause.charAt(at - 1) == '、'
        || at + length < clause.length() && clause.charAt(at + length) == '、';
  }

  /** The one recipient a question asks a sum of ({@code 给清水镇拨了多少}: 清水镇), compacted. */
  static Optional<String> recipient(Question q) {
    Matcher to = RECIPIENT.matcher(q.text());
    if (q.asks() != Question.Asked.NUMBER || !to.find()) {
      return Optional.empty();
    }
    if (to.group(3) != null && !onePlace(to.group(3))) {
      // 下拨基层社区的资金: a kind of recipient, many of them, not one place's share
      return Optional.empty();
    }
    return Optional.of(ChineseText.compact(to.group(1) != null ? to.group(1) : to.group(2) != null ? to.group(2) : to.group(3)));
  }

  /** Whether {@code text} is one place's name as the tagger reads it ({@code 清水镇/ns}), not a kind ({@code 基层 社区}). */
  private static boolean onePlace(String text) {
    List<Term> terms = Tagger.tag(text);
    return terms.size() == 1 && terms.get(0).nature.toString().startsWith("ns");
  }

  /** Characters of a listed neighbour looked for in the question: a place's name, not what follows it. */
  private static final int NEIGHBOUR_CHARS = 4;

  /**
   * Whether {@code question} names the item listed with 、 right before or after the member at
   * {@code [at, at + length)} of {@code clause}: the end of the one before ({@code 大峪街道、}) or the
   * start of the one after ({@code 、清水镇拨付…}), at most {@value #NEIGHBOUR_CHARS} characters of each.
   */
  private static boolean namesAnotherListed(String question, String clause, int at, int length) {
    String before = clause.substring(0, at);
    String after = clause.substring(at + length);
    String previous = before.endsWith("、")
        ? before.substring(before.lastIndexOf('、', before.length() - 2) + 1, before.length() - 1) : "";
    String next = after.startsWith("、") ? after.substring(1).split("[、和及与]", 2)[0] : "";
    return previous.length() >= 2 && question.contains(previous.substring(Math.max(0, previous.length() - NEIGHBOUR_CHARS)))
        || next.length() >= 2 && question.contains(next.substring(0, Math.min(NEIGHBOUR_CHARS, next.length())));
  }
}
