package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * The body that issued a document a question names ({@code 女职委援引的那份通知是哪个部门发布的}):
 * the sentence that cites the document by its title after the body that issued it ({@code
 * 国家卫生健康委员会发布的《关于做好…的通知》明确…}) shares few words with the question, which speaks
 * of who quoted it, and the model ranks it low, below the sentences about the quoting body.
 */
final class Issuers {

  /** A document named by its kind, as a title in 《》 ends: group 1. */
  private static final String DOCUMENTS = "通知|文件|意见|办法|规定|方案|指南|倡议书|倡议|决定|公告|条例";
  private static final Pattern ASKED = Pattern.compile(
      "(" + DOCUMENTS + ")[^？?。]{0,12}?(?:哪个|哪家|哪一个|什么)[^？?。]{0,6}?(?:发布|印发|下发|颁布|出台|发出|发)");
  /** The issuer asked before the document ({@code 引用的是哪个部门发布的什么通知}): group 1. */
  private static final Pattern ASKED_BEFORE = Pattern.compile(
      "(?:哪个|哪家|哪一个)[^？?。]{0,6}?(?:发布|印发|下发|颁布|出台|发出|发)的[^？?。]{0,6}?(" + DOCUMENTS + ")");
  /** A body, then a verb of issuing, then the title: group 1 the title's kind. */
  private static final Pattern ISSUED = Pattern.compile(
      "\\p{IsHan}{2,}(?:发布|印发|下发|颁布|出台)(?:了)?的?《[^》]{2,80}?(" + DOCUMENTS + ")》");

  private Issuers() {}

  /** The kind of document whose issuer {@code q} asks ({@code 通知}), if it asks one. */
  static Optional<String> asked(Question q) {
    if (q.asks() != Question.Asked.ORGANISATION || q.english()) {
      return Optional.empty();
    }
    String text = ChineseText.normalise(q.text());
    for (Pattern p : List.of(ASKED, ASKED_BEFORE)) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The most probable candidate of any rank that names the issuer of a document of {@code kind},
   * before the model's first choice; empty when none does.
   */
  static Optional<List<Integer>> answering(String kind, double[] probability, List<String> texts, List<Integer> picked) {
    return CandidatePick.leading(probability, texts, picked, text -> ISSUED.matcher(ChineseText.normalise(text)).results()
        .anyMatch(m -> m.group(1).equals(kind)));
  }
}
