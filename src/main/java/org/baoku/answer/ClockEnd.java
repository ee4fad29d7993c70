package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * The hour something ended, worked out when a question asks it ({@code 站岗站到几点}) and a chosen
 * sentence gives only when it began and how long it lasted ({@code 早上7点钟…值守了6个小时}): a
 * report tells the start and the length, a reader wants the end. Written as the other worked lines
 * ({@link Weekdays}, {@link DaysBetween}), before the sentences, with the citation it is worked
 * from. Stop 43: two read answers more (one fact two read sets ask), every other answer of the 107
 * sets and of CMRC 2018 dev the same.
 */
final class ClockEnd {

  /** An end asked: {@code 到几点}, {@code 几点结束}, {@code 几点下岗}. */
  private static final Pattern END_ASKED = Pattern.compile("(?:到|至)几点|几点(?:钟)?(?:结束|下岗|下班|收工|撤)");
  /** A start at a clock hour, with the part of the day before it: group 1 the part, group 2 the hour. */
  private static final Pattern START = Pattern.compile("(凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上)?(\\d{1,2})(?:点|时)(?!\\d|半|分)");
  /** How many whole hours it lasted, after the start ({@code 值守了6个小时}): group 1. */
  private static final Pattern HOURS = Pattern.compile("(\\d{1,2})个?(?:小时|钟头)");
  /** Parts of the day whose hours are written from 1 to 12 and mean the afternoon or the evening. */
  private static final List<String> AFTER_NOON = List.of("下午", "傍晚", "晚上");

  private ClockEnd() {}

  /** The worked line, or empty when the question asks no end or no chosen sentence gives a start and a length. */
  static Optional<String> worked(Question q, List<Scored> chosen, CitationList citations) {
    if (q.english() || !END_ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    for (Scored s : chosen) {
      String sentence = ChineseText.normalise(s.span().text());
      Matcher start = START.matcher(sentence);
      if (!start.find()) {
        continue;
      }
      Matcher hours = HOURS.matcher(sentence);
      if (!hours.find(start.end())) {
        continue;
      }
      int from = Integer.parseInt(start.group(2));
      if (start.group(1) != null && AFTER_NOON.contains(start.group(1)) && from < 12) {
        from += 12;
      }
      int to = from + Integer.parseInt(hours.group(1));
      if (from > 24 || to > 24) {
        continue;
      }
      int n = citations.cite(s.passage(), s.span());
      return Optional.of(to + "点（据[" + n + "]推算：" + start.group(2) + "点起" + hours.group(1) + "个小时）");
    }
    return Optional.empty();
  }
}
