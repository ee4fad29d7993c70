package org.baoku.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * The years and days of a question and of a sentence: whether the sentence is of another year
 * than the one asked ({@code 2020年度} for {@code 2021年}, an undated {@code 今年} for {@code
 * 2021年}), whether the question asks a day or an hour, and whether a phrase that reads as a date
 * is one or a length of time. A report of the same event in another year gives a figure or a day
 * as like the question as the right one, and only its year tells them apart.
 */
final class Days {

  static final String DAY = "\\d+[年月日号]|[一二三四五六七八九十〇零]+[年月日号]|今年|去年|昨天|前天|当天|春节|元宵节|除夕";
  static final Pattern DATE = Pattern.compile(DAY);
  /** The hour asked in English ({@code by what time did he report}); not {@code what time of year}, a season. */
  private static final String ENGLISH_HOUR = "(?i)\\bwhat (?:time|hour)\\b(?! of (?:the )?year)";
  /**
   * A question of the time of day ({@code 每天早上几点之前到岗}, {@code by what time}): a time
   * answers it without a date.
   */
  static final Pattern TIME_ASKED = Pattern.compile("几点|几时|什么时间|什么时刻|" + ENGLISH_HOUR);
  /**
   * A time that is not a day of the calendar: a century, a decade, an age, so long ago
   * ({@code 12世纪}, {@code 20世纪中叶}, {@code 1930年代}, {@code 15岁}, {@code 5500万年前}); it
   * answers {@code 什么时候} in an encyclopaedia as a date does in a newspaper. Only with figures:
   * {@code 新时代} and {@code 特殊时期} answer no question of when.
   */
  private static final Pattern PERIOD_OF_TIME =
      Pattern.compile("\\d+世纪|[一二三四五六七八九十]+世纪|\\d+年代|\\d+岁|\\d+(?:\\.\\d+)?万?年前");
  /** Measures of time a count may ask in ({@code 几年}, {@code 多少天}). */
  private static final Set<String> TIME_MEASURES = Set.of("年", "月", "日", "天", "周", "个月");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})年");

  private Days() {}

  /**
   * Whether {@code sentence} names years and none of those {@code q} names: {@code
   * 获北京市2021年度“安康杯”竞赛优胜班组} does not say what happened in {@code 2020年度}; or, when
   * the question asks of a year relative to the report's ({@code 去年}), the sentence names another.
   */
  static boolean ofAnotherYear(Question q, String sentence) {
    Set<String> asked = years(q.text());
    String normalised = ChineseText.normalise(sentence);
    Set<String> given = years(normalised);
    if (asked.isEmpty()) {
      return given.isEmpty() && beforeOrAfter(q.text()).map(r -> otherRelativeYear(r, normalised)).orElse(false);
    }
    return !given.isEmpty() && given.stream().noneMatch(asked::contains);
  }

  /** A year before or after the report's own ({@code 去年}); a reader's {@code 今年} is often the report's. */
  private static final Pattern BEFORE_OR_AFTER = Pattern.compile("去年|前年|明年");

  /**
   * The same asked in English ({@code last year}, {@code the year before last}, {@code next year}),
   * read as the Chinese word a report would write: {@code How many sessions did the union hold last
   * year} is not answered by {@code 今年，该集团开展10场培训}.
   */
  private static final Pattern BEFORE_OR_AFTER_ENGLISH = Pattern.compile("(?i)\\b(the year before last|last year|next year)\\b");

  private static Optional<String> beforeOrAfter(String question) {
    Matcher m = BEFORE_OR_AFTER.matcher(question);
    if (m.find()) {
      return Optional.of(m.group());
    }
    Matcher english = BEFORE_OR_AFTER_ENGLISH.matcher(question);
    if (!english.find()) {
      return Optional.empty();
    }
    return Optional.of(switch (english.group(1).toLowerCase(java.util.Locale.ROOT)) {
      case "the year before last" -> "前年";
      case "last year" -> "去年";
      default -> "明年";
    });
  }

  /**
   * Whether {@code sentence} dates what it reports by another year relative to its own than {@code
   * asked} ({@code 今年，该集团开展10场培训} for {@code 去年开展了几场}).
   */
  private static boolean otherRelativeYear(String asked, String sentence) {
    Matcher m = RELATIVE_YEAR.matcher(sentence);
    return m.find() && !m.group(1).equals(asked) && !sentence.contains(asked);
  }

  /** A year named relative to the report's own ({@code 今年}, {@code 去年}), and how far back it is. */
  private static final Pattern RELATIVE_YEAR = Pattern.compile("(今年|本年|去年|前年|明年)");

  /**
   * Whether {@code sentence} tells the year of what it reports only relative to the report's own
   * ({@code 今年，该集团开展10场培训}) and that year is not one {@code q} asks about: unknown, where
   * the archive does not date the report, or another. {@code 2021年开展了几场} is not answered by
   * an undated {@code 今年}.
   */
  static boolean relativeToAnotherYear(Question q, String raw, java.time.LocalDate reported) {
    Set<String> asked = years(q.text());
    String sentence = ChineseText.normalise(raw);
    Matcher relative = RELATIVE_YEAR.matcher(sentence);
    if (asked.isEmpty() || !years(sentence).isEmpty() || !relative.find()) {
      return false;
    }
    if (reported == null) {
      return true;
    }
    int back = switch (relative.group(1)) {
      case "去年" -> 1;
      case "前年" -> 2;
      case "明年" -> -1;
      default -> 0;
    };
    return !asked.contains(String.valueOf(reported.getYear() - back));
  }

  /**
   * Whether {@code q} asks of a year before or after the report's own ({@code 去年端午节送出了多少件})
   * and none of {@code sentences}, all of undated reports, names a year or that year: an undated
   * report tells of its own time, which is the reader's 今年 as often as not, so the year asked is
   * not known to be the one reported. A dated archive narrows 去年 to last year's issues before
   * anything is read ({@code WhenAsked}), and a dated report answers for its own year.
   */
  static boolean relativeYearUnknown(Question q, List<String> sentences, boolean anyDated) {
    Optional<String> asked = beforeOrAfter(q.text());
    return asked.isPresent() && !anyDated && !sentences.isEmpty() && sentences.stream()
        .map(ChineseText::normalise).noneMatch(s -> s.contains(asked.get()) || !years(s).isEmpty());
  }

  /** Whether {@code sentence} names a year {@code q} asks about ({@code 2021年}). */
  static boolean namesTheAskedYear(Question q, String raw) {
    Set<String> asked = years(q.text());
    return years(ChineseText.normalise(raw)).stream().anyMatch(asked::contains);
  }

  /** Whether {@code q} names a year in figures ({@code 2021年}, {@code 2020年初}). */
  static boolean namesAYear(Question q) {
    return YEAR.matcher(q.text()).find();
  }

  /**
   * Whether the report that would answer {@code q} is of a year it names: its article names the year
   * ({@code 获北京市2021年度“安康杯”}), or its issue is of that year. A report that never names the
   * year, undated or dated another year, tells of its own time: {@code 2021年大兴区总工会筹措了多少资金}
   * is not answered by an undated {@code 大兴区总工会…筹措60余万元}.
   */
  static boolean ofTheAskedYear(Question q, String normArticle, java.time.LocalDate reported) {
    Set<String> asked = years(q.text());
    return asked.isEmpty() || asked.stream().anyMatch(normArticle::contains)
        || reported != null && asked.contains(String.valueOf(reported.getYear()));
  }

  private static Set<String> years(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** A question of the day ({@code 具体是几月几号办的}): {@code 今年} or {@code 2021年} does not answer it. */
  /** A question of the day of the week ({@code 那天是星期几}): only a weekday answers it. */
  private static final Pattern WEEKDAY_ASKED = Pattern.compile("星期几|周几|礼拜几");
  /** A day of the week named ({@code 星期六}, {@code 周日}). */
  static final Pattern WEEKDAY = Pattern.compile("(?:星期|礼拜|周)[一二三四五六日天]");

  /** Whether {@code q} asks which day of the week. */
  static boolean asksTheWeekday(Question q) {
    return WEEKDAY_ASKED.matcher(q.text()).find();
  }

  private static final Pattern DAY_ASKED = Pattern.compile("几月几[号日]|几号|几日|哪天|哪一天|哪日|什么日子|具体日期");

  /** The hour asked in so many words ({@code 几点收工}, {@code by what time did he report}): a day does not answer it. */
  private static final Pattern HOUR_ASKED = Pattern.compile("几点|" + ENGLISH_HOUR);

  /**
   * Whether the question asks an hour ({@code 每天几点收工}), or the time of a day it names itself
   * ({@code 3月4号…是上午什么时间到的}): a sentence that gives a day without the hour does not
   * answer it.
   */
  static boolean asksTheHour(Question q) {
    return HOUR_ASKED.matcher(q.text()).find() || TIME_ASKED.matcher(q.text()).find() && DATE.matcher(q.text()).find();
  }

  /** Whether {@code q} asks for a day, not merely a time ({@code 几月几号}, {@code 哪天}). */
  static boolean asksADay(Question q) {
    return DAY_ASKED.matcher(q.text()).find();
  }

  /** Whether a phrase is a date ({@code 2022年}, {@code 3月}), which does not count anything. */
  static boolean isDate(String phrase) {
    return DATE.matcher(phrase).matches();
  }

  /**
   * Whether a phrase that reads as a date answers {@code q} as a length of time: {@code 几年} or
   * {@code 多少天} asks for one ({@code 海试了5年}), and so does {@code 多久}, unless the phrase is a
   * year of the calendar ({@code 1998年}).
   */
  static boolean lasts(Question q, String phrase) {
    String measure = q.measure();
    if (measure == null) {
      return false;
    }
    return TIME_MEASURES.contains(measure) || q.asksHowLong() && !YEAR.matcher(phrase).matches();
  }

  /** Whether a sentence holds a century, decade, age or time ago ({@link #PERIOD_OF_TIME}). */
  static boolean namesAPeriod(String raw) {
    return PERIOD_OF_TIME.matcher(ChineseText.normalise(raw)).find();
  }

}
