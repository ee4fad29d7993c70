package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Numerals;

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
  /**
   * A start at a clock hour: group 1 the part of the day, group 2 the hour, group 3 钟. An hour
   * without either is no time ({@code 提出3点要求}).
   */
  private static final Pattern START = Pattern.compile(
      "(凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里|深夜|半夜)?(\\d{1,2})(?:点|时)(钟)?(?!\\d|半|分)");
  /** How many whole hours it lasted ({@code 值守了6个小时}, {@code 两个小时}), not a delay ({@code 1个小时后}): group 1. */
  private static final Pattern HOURS = Pattern.compile("([\\d一二两三四五六七八九十]{1,3})个?(?:小时|钟头)(?![后前内里])");
  /** An end the sentence gives itself ({@code 一直值守到下午3点}). */
  private static final Pattern END_GIVEN = Pattern.compile("(?:到|至)[^，。；]{0,6}(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:点|时)");
  /** Parts of the day whose hours are written from 1 to 12 and mean the afternoon or the night. */
  private static final List<String> AFTER_NOON = List.of("下午", "傍晚", "晚上", "夜里", "深夜", "半夜");
  /** Parts of the night whose 12点 is midnight. */
  private static final List<String> MIDNIGHT = List.of("晚上", "夜里", "深夜", "半夜", "凌晨");
  private static final int DAY_HOURS = 24;
  private static final int NOON = 12;

  private ClockEnd() {}

  /** The worked line, or empty when the question asks no end or no chosen sentence gives a start and a length. */
  static Optional<String> worked(Question q, List<Scored> chosen, CitationList citations) {
    if (q.english() || !END_ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    for (Scored s : chosen) {
      Optional<String> end = end(ChineseText.normalise(s.span().text()), () -> citations.cite(s.passage(), s.span()));
      if (end.isPresent()) {
        return end;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code q} asks when something ended ({@code 每天干到几点才下班}) and {@code sentence}
   * gives neither the end ({@code 一直值守到下午3点}) nor a start and a length to work it out from:
   * {@code 每天6点前准时到岗} tells when the day began. Stop 62: found on nearmiss-43, a read set;
   * eight read near misses ask the same of that sentence.
   */
  static boolean givesNoEnd(Question q, String sentence) {
    if (q.english() || !END_ASKED.matcher(q.text()).find()) {
      return false;
    }
    String normal = ChineseText.normalise(sentence);
    return !END_GIVEN.matcher(normal).find() && end(normal, () -> 0).isEmpty();
  }

  /**
   * The worked line for one sentence, citing it as {@code n} gives; empty when it gives no start at
   * a clock hour and length after it, or gives the end itself.
   */
  static Optional<String> end(String sentence, IntSupplier n) {
    Matcher start = START.matcher(sentence);
    if (!start.find() || start.group(1) == null && start.group(3) == null || END_GIVEN.matcher(sentence).find()) {
      return Optional.empty();
    }
    Matcher hours = HOURS.matcher(sentence);
    int length = hours.find(start.end()) ? Numerals.count(hours.group(1)) : 0;
    int from = Integer.parseInt(start.group(2));
    if (length <= 0 || length >= DAY_HOURS || from > NOON && start.group(1) != null || from > DAY_HOURS) {
      return Optional.empty();
    }
    String part = start.group(1);
    if (from == NOON && part != null && MIDNIGHT.contains(part)) {
      from = 0;
    } else if (from < NOON && part != null && AFTER_NOON.contains(part)) {
      from += NOON;
    }
    int to = from + length;
    String end = to >= DAY_HOURS ? "次日" + (to - DAY_HOURS) + "点" : to + "点";
    return Optional.of(end + "（据[" + n.getAsInt() + "]推算：" + (part == null ? "" : part) + start.group(2) + "点起"
        + hours.group(1) + "个小时）");
  }
}
