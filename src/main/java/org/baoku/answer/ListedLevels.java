package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many levels or kinds a report lists without counting them ({@code 分成几档} →
 * {@code 共3档（据[1]：5万、8万、10万元）}): the figures listed together, counted. Apart from the
 * figures of {@link PartFigures}, because levels are not of the asked measure ({@code 档} is
 * nowhere in {@code 5万、8万、10万元}) and are not combined but counted, and a report that counts
 * them itself ({@code 分为三种}) answers as any count does.
 */
final class ListedLevels {

  /** Two or more figures listed together ({@code 5万、8万、10万元}). */
  static final Pattern LISTED = Pattern.compile(
      "\\d+(?:\\.\\d+)?[万亿千]?[^\\d、，,。；和与及]{0,2}(?:[、和与及]\\d+(?:\\.\\d+)?[万亿千]?[^\\d、，,。；和与及]{0,2})+");
  private static final Pattern A_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");

  private ListedLevels() {}

  /** Whether a report counts the levels itself ({@code 分为三种}): then that count answers, as any count does. */
  static boolean counted(Question q, List<String> normalised) {
    Pattern count = Pattern.compile("(?:\\d+|[一二两三四五六七八九十]+)" + Pattern.quote(q.measure()));
    return normalised.stream().anyMatch(t -> count.matcher(t).find());
  }

  /** How many levels the first figures listed together in the answer are: {@code 共3档（据[1]：5万、8万、10万元）}. */
  static Optional<String> levels(Question q, List<String> normalised, List<CitedSentence> answer) {
    if (counted(q, normalised)) {
      return Optional.empty();
    }
    for (int i = 0; i < normalised.size(); i++) {
      Matcher listed = LISTED.matcher(normalised.get(i));
      if (listed.find()) {
        Matcher figure = A_FIGURE.matcher(listed.group());
        int n = 0;
        while (figure.find()) {
          n++;
        }
        String items = listed.group().replaceAll("[^\\d万亿千元名人个件、.和与及]+$", "");
        // 共3个档次: the noun a 个 counts is said with it
        String counted = q.measure().equals("个") && q.count().counted() != null ? q.count().counted() : "";
        return Optional.of("共" + n + q.measure() + counted + "（据[" + answer.get(i).n() + "]：" + items + "）");
      }
    }
    return Optional.empty();
  }
}
