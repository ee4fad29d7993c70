package org.baoku.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A festival asked ({@code 收到保温水壶那天是什么节日}, {@code on which holiday}): a report names it
 * ({@code 2月8日是中国的元宵节}) in a sentence that shares few of the question's words, which the
 * model ranks low, or does not name one, and then no sentence about the day answers.
 */
final class Festivals {

  /** Not a programme, a lesson or a beat ({@code 主持过什么节目}: CMRC 2018 dev lost two answers so). */
  private static final Pattern ASKED = Pattern.compile("(?:什么|哪个|哪一个|啥)(?:节日|节庆|节(?![目课次拍奏点能约]))|节日是");
  private static final Pattern ASKED_ENGLISH = Pattern.compile("\\b(?:which|what) (?:holiday|festival)\\b");
  /** The festivals of the Chinese calendar and the official days a report names ({@code “三八”节}). */
  private static final Pattern NAMED = Pattern.compile(
      "[“\"「]?(?:元宵|春|端午|中秋|国庆|劳动|妇女|三八|五一|五四|六一|七一|八一|重阳|清明|七夕|教师|儿童|青年|建军|腊八|寒衣|中元|护士|母亲|父亲)[”\"」]?节"
          + "|元旦|除夕|小年|冬至");

  private Festivals() {}

  static boolean asked(Question q) {
    return q.english() ? ASKED_ENGLISH.matcher(q.text().toLowerCase(Locale.ROOT)).find()
        : ASKED.matcher(ChineseText.normalise(q.text())).find();
  }

  /**
   * The most probable candidate of any rank that names a festival the question does not, before
   * the model's first choice; empty, a refusal, when none does.
   */
  static List<Integer> answering(Question q, double[] probability, List<String> texts, List<Integer> picked) {
    String question = ChineseText.normalise(q.text());
    return CandidatePick.leading(probability, texts, picked, text -> NAMED.matcher(ChineseText.normalise(text)).results()
        .anyMatch(m -> !question.contains(m.group()))).orElse(List.of());
  }
}
