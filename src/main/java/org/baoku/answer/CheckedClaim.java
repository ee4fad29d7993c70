package org.baoku.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure the reader asks to have checked ({@code 获得的是2022年度“安康杯”竞赛优胜班组，对吗？}, {@code
 * 不是2021年才开工的吗？}, {@code 每小时能测200人，真的假的？}), asked as what it states: 哪一年, 多少人. The
 * reader's figure is what is in doubt, often misremembered; read as given it was a key no report
 * holds and a year the checks took for the one asked, which refused the report that gives the
 * right figure. The answer, the report's own figure, says whether the reader's is right.
 * Only a figure inside the claim checked, and only a year or a count with its measure.
 */
final class CheckedClaim {

  /** A claim, then the words that ask whether it holds: group 1 the claim, group 2 what follows. */
  private static final Pattern CLAIM_THEN_CHECK = Pattern.compile(
      "([^，,。？?！!；;]*[，,]?)\\s*(?:年份|数字|人数)?(?:对吗|对不对|是吗|没错吧|真的吗|真的假的|是真的吗|准确吗|属实吗)([？?])");
  /** 不是…吗: the claim between, as the reader remembers it. */
  private static final Pattern NOT_IT = Pattern.compile("不是([^，,。？?！!；;]{2,40}?)吗([？?])");

  /** A year alone ({@code 2022年度}), not the year of a full date ({@code 2022年3月15日}). */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}年(度)?(?!\\d)");
  /**
   * A count with its measure ({@code 200人}, {@code 270多名}, {@code 100多号人}); not a span of time
   * ({@code 3个多月}, {@code 6个小时}).
   */
  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\d.])\\d+(?:\\.\\d+)?(?:多|余|来)?[万千百]?(?:号)?(名|人次|人|个(?!多?(?:月|小时|星期|礼拜|钟头))|支|场|件|户|元|份|次|位|家)");

  private CheckedClaim() {}

  /**
   * {@code text} with each checked claim's year or count asked ({@code 哪一年}, {@code 多少人}) and the
   * words that ask whether it holds left out; unchanged when it checks no figure.
   */
  static String asked(String text) {
    String t = replaced(CLAIM_THEN_CHECK.matcher(text));
    return replaced(NOT_IT.matcher(t));
  }

  private static String replaced(Matcher m) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String asked = askedFigure(m.group(1));
      if (!asked.equals(m.group(1))) {
        m.appendReplacement(out, Matcher.quoteReplacement(asked.replaceAll("[，,]\\s*$", "") + m.group(2)));
      }
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * {@code claim} with its first count, or else its year, as a question word, or unchanged when it
   * has neither: beside a count ({@code 2023年每名干部发了200元，对吗}) the year only says when.
   */
  private static String askedFigure(String claim) {
    Matcher count = COUNT.matcher(claim);
    if (count.find()) {
      return claim.substring(0, count.start()) + "多少" + count.group(1) + claim.substring(count.end());
    }
    Matcher year = YEAR.matcher(claim);
    if (year.find()) {
      return claim.substring(0, year.start()) + "哪一年" + (year.group(1) == null ? "" : "度") + claim.substring(year.end());
    }
    return claim;
  }
}
