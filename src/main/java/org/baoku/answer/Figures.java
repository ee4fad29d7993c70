package org.baoku.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a sentence that answer a question of number ({@link #numbers}): of the asked
 * measure or one a reader takes for it ({@link #measures}: {@code 多少名} is answered by {@code
 * 30人}), counting what was asked ({@code 20名医护人员} does not count 党员), and not a figure the
 * question gives itself. A sentence of the right event holds many figures; these are the ones that
 * may answer.
 */
final class Figures {

  /**
   * A figure in digits or Chinese numerals with its multipliers, in parts ({@code 4亿5000万},
   * {@code 2,020万}, {@code 8.15亿}).
   */
  private static final String NUMBER =
      "(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿]+)[余多万千百亿几]*"
      + "(?:(?:\\d+(?:\\.\\d+)?)[万千百]*)?";
  /**
   * Units a number without an asked measure may carry ({@code 300人}, {@code 3.5万元}, {@code 24小时}),
   * longest first so that {@code 个小时} wins over {@code 个}.
   */
  private static final String UNITS =
      "个小时|个月|小时|分钟|平方米|公里|千米|人次|万元|亿元|元|天|周|年|月|日|号|岁|米|倍|次|户|人|名|位|家|项|场|批|支|条|件|份|个|所|辆|吨|毫升|升|%";
  /**
   * Any figure, with its unit when it has one. Chinese numerals count only with a measure word,
   * since {@code 一} is also part of words ({@code 统一}).
   */
  private static final Pattern QUANTITY = Pattern.compile("\\d+(?:\\.\\d+)?[余多万千百亿几]*(?:" + UNITS
      + ")?|[一二两三四五六七八九十百千万]+[余多]?(?:个小时|个月|[名人个位份元次项批家条件天年月日])");

  /**
   * Characters before a number searched, within its clause, for what the question counts
   * ({@code 桥梁81座}). After the number the whole clause is searched (see {@link #counts}).
   */
  private static final int COUNTED_WINDOW = 8;
  /**
   * Characters right after a measure searched for the counted noun's last character, its head
   * ({@code 五名球员} for {@code 队员}): a head further away belongs to another noun
   * ({@code 44名下沉干部…人员}).
   */
  private static final int HEAD_AFTER = 3;
  static final Pattern CLAUSE_BREAK = Pattern.compile("[，。；：,;:！？!?]");
  /** A clause's end or the next figure; digits after Latin letters are a model's name ({@code KN95}), no figure. */
  private static final Pattern NEXT_FIGURE = Pattern.compile("[，。；：,;:！？!?]|(?<![A-Za-z0-9])[0-9]");
  /** Currencies before 元 ({@code 万加元}, {@code 亿美元}): all answer a question about money. */
  private static final String CURRENCY = "[美加港欧日澳台韩新]?元";
  /**
   * People counted: {@code 个人}, {@code 名}, {@code 人}, {@code 位}; not {@code 人次}, visits, which a
   * question counting heads ({@code 先后抽了几名工会干部}) is not answered by ({@code 选派党员干部70余人次}).
   */
  private static final String PEOPLE_MEASURES = "个人|名|人(?!次)|位";
  /**
   * Measure words a reader accepts for one another ({@code 多少名} is answered by {@code 30人}), as
   * regex alternatives; a measure not listed must appear itself.
   */
  private static final Map<String, String> MEASURE_GROUPS = Map.ofEntries(
      // 只有3个人: people counted in 个 with 人 after it; 70余人次 counts visits, not people
      Map.entry("名", PEOPLE_MEASURES), Map.entry("人", PEOPLE_MEASURES), Map.entry("位", PEOPLE_MEASURES),
      // 几只支援队: 只 typed for the 支 that counts teams, one sound and a slip of the keyboard
      Map.entry("个", "个|支|家|所"), Map.entry("只", "只|支"), Map.entry("元", CURRENCY), Map.entry("万元", CURRENCY), Map.entry("%", "%|成"),
      Map.entry("厘米", "厘米|公分"), Map.entry("升", "毫?升"), Map.entry("公分", "公分|厘米"),
      Map.entry(Question.DURATION, "分钟|个?小时|天|个月|年|周|秒|公里|千米|厘米|公分|毫米|米|英尺|英里"),
      Map.entry(Question.TIME_TAKEN, "分钟|个?小时|天|个月|年|周|秒"), Map.entry(Question.HOURS, "分钟|个?小时|秒"),
      // sessions of a training, meetings: 10场培训, 3次讲座; not 期 (二期工程) or 节 (三八节)
      Map.entry("场", "场|次|堂|轮"),
      // vehicles: 30部车, 5台救护车
      Map.entry("辆", "辆|部|台"));

  private Figures() {}

  /**
   * The measure words that answer a question asking in {@code measure}, as regex alternatives
   * ({@code 名} → {@code 名|人|位}).
   */
  static String measures(String measure) {
    return MEASURE_GROUPS.getOrDefault(measure, Pattern.quote(measure));
  }

  /**
   * The figures of an already normalised sentence that may answer {@code q}, in reading order: of
   * the asked measure, counting what was asked, and not one the question gives itself.
   */
  static List<Phrase> numbers(Question q, String sentence) {
    List<Phrase> all = figures(q, sentence);
    if (q.english()) {
      // Of the 5,000-plus people …, how many were medical workers: 5000余名 is the whole it gives
      Set<Double> givenValues = englishValues(q.text());
      return givenValues.isEmpty() ? all
          : all.stream().filter(p -> !givenValues.contains(value(sentence.substring(p.start(), p.end())))).toList();
    }
    // 那5000多人当中，医护工作者有多少人: the figure the question gives is not the one it asks
    Set<String> given = new HashSet<>();
    Matcher g = GIVEN_COUNT.matcher(q.text());
    while (g.find()) {
      given.add(g.group(1));
    }
    if (given.isEmpty()) {
      return all;
    }
    return all.stream().filter(p -> {
      Matcher f = GIVEN_FIGURE.matcher(sentence.substring(p.start(), p.end()));
      return !f.find() || !given.contains(f.group());
    }).toList();
  }

  /** A number an English question writes, with thousands separated by commas ({@code 300,000}). */
  static final Pattern ENGLISH_NUMBER = Pattern.compile("(?<![\\d.])\\d{1,3}(?:,\\d{3})+(?!\\d)|(?<![\\d.,])\\d{2,}(?![\\d,])");

  /**
   * The values of the numbers of two digits or more an English question gives ({@code Of that
   * 300,000 yuan}: 300000), which a report writes in its own way ({@code 30万元}).
   */
  private static Set<Double> englishValues(String text) {
    Set<Double> out = new HashSet<>();
    Matcher m = ENGLISH_NUMBER.matcher(text);
    while (m.find()) {
      out.add(Double.parseDouble(m.group().replace(",", "")));
    }
    return out;
  }

  /** The leading digits of a figure ({@code 30万元}, {@code 5000余名}) times its 万 or 亿, or NaN. */
  static double value(String figure) {
    Matcher m = LEADING_VALUE.matcher(figure);
    if (!m.find()) {
      return Double.NaN;
    }
    // in decimal, so that 1.1万 is 11000 exactly, as "11,000" is
    BigDecimal v = new BigDecimal(m.group(1));
    return (m.group(2) == null ? v : v.scaleByPowerOfTen(m.group(2).equals("万") ? 4 : 8)).doubleValue();
  }

  private static final Pattern LEADING_VALUE = Pattern.compile("(\\d+(?:\\.\\d+)?)[余多]?([万亿])?");

  /** Kinds of people a report counts in 万 without a measure word ({@code 22万会员职工}). */
  private static final String PEOPLE = "(?:会员)?(?:职工|员工|会员|居民|群众|人员|党员|干部|志愿者|市民|工人|农民工)";

  /** A figure in digits, as a sentence repeats one the question gives. */
  private static final Pattern GIVEN_FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");
  /**
   * A count or sum the question gives ({@code 5000多人}, {@code 60余万元}, {@code 139万专项资金}); not
   * a date ({@code 4月30日}).
   */
  private static final Pattern GIVEN_COUNT = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)(?=[余多]?(?:[万亿]|名|人|个|件|户|元|位|家|支|只|份|场|批))");

  private static final Pattern PERCENT_WRITTEN = Pattern.compile("百分之" + NUMBER);

  static List<Phrase> figures(Question q, String sentence) {
    if (q.measure() == null) {
      List<Phrase> any = Phrase.matches((q.count().ordinal() ? Pattern.compile("第" + NUMBER) : QUANTITY).matcher(sentence));
      String counted = q.count().counted();
      // 多少居民 is not answered by 1.8万人次 of tests
      return counted == null ? any : any.stream().filter(p -> counts(counted, sentence, p.start(), p.end())).toList();
    }
    String measures = measures(q.measure());
    String prefix = q.count().ordinal() ? "第\\s*" : "";
    // people in tens of thousands go without a measure: 面向全区22万会员职工
    String people = measures.contains("人") ? "|(?<=[万亿])(?=" + PEOPLE + ")" : "";
    Matcher m = Pattern.compile(prefix + NUMBER + "\\s*(?:" + measures + people + ")").matcher(sentence);
    List<Phrase> out = new ArrayList<>();
    if (q.measure().equals("%")) {
      // a share written out: 百分之十五
      out.addAll(Phrase.matches(PERCENT_WRITTEN.matcher(sentence)));
    }
    while (m.find()) {
      // 每一名员工 is every employee, not a count of them
      boolean each = m.start() > 0 && sentence.charAt(m.start() - 1) == '每';
      if (!each && (q.count().counted() == null || counts(q.count().counted(), sentence, m.start(), m.end()))) {
        out.add(new Phrase(m.start(), m.end()));
      }
    }
    return out;
  }

  /**
   * Whether the number at {@code [start, end)} counts {@code counted}: the noun follows it before
   * the clause ends ({@code 150名一线工作人员}, {@code 1250件饮料、牛奶等慰问品}), whole or by its last
   * two characters; or it comes just before the number in the same clause, within
   * {@value #COUNTED_WINDOW} characters ({@code 桥梁81座}, {@code 实验室 15 个}); or the noun's head,
   * its last character, starts the words right after the measure ({@code 五名球员} counts
   * {@code 队员}). A number of something else ({@code 44名下沉干部} for {@code 党员}) does not count
   * it. Reading to the clause's end rather than eight characters: held-out CMRC folds of
   * {@code baoku train} contain 0.771 → 0.773 with false refusals 2.6 % → 2.3 % (near misses
   * refused 37.1 % → 36.2 %, the refusal threshold refitted); a clause capped at 16 characters
   * did no better (0.772).
   */
  static boolean counts(String counted, String sentence, int start, int end) {
    // to the clause's end, or to the next figure: a noun after it is that figure's
    // (32名干部对…150名一线工作人员)
    Matcher clauseEnd = NEXT_FIGURE.matcher(sentence);
    String after = sentence.substring(end, clauseEnd.find(end) ? clauseEnd.start() : sentence.length());
    if (countsIt(counted, after)) {
      return true;
    }
    String before = sentence.substring(Math.max(0, start - COUNTED_WINDOW), start);
    Matcher clause = CLAUSE_BREAK.matcher(before);
    int from = 0;
    while (clause.find()) {
      from = clause.end();
    }
    if (countsIt(counted, before.substring(from))) {
      return true;
    }
    Matcher words = Names.NO_BREAK.matcher(after);
    String next = words.lookingAt() ? words.group() : "";
    return counted.length() >= 2 && next.substring(0, Math.min(next.length(), HEAD_AFTER)).contains(head(counted))
        || namedInTheNextClause(counted, sentence, end);
  }

  /** A clause that goes on about the people just counted: {@code 只有3个人，他们有一个共同的身份}. */
  private static final Pattern THEY_GO_ON = Pattern.compile("[，,；;：:]\\s*(?:他们|她们)");

  /**
   * Whether the clause after the one ending at {@code end} opens with 他们 and names {@code
   * counted} before the sentence ends: the people counted are said to be that ({@code 受邀前来参加座谈会的只有3个人，
   * 他们有一个共同的身份——援鄂医护工作者家属} counts 家属).
   */
  private static boolean namedInTheNextClause(String counted, String sentence, int end) {
    Matcher clauseEnd = CLAUSE_BREAK.matcher(sentence);
    if (!clauseEnd.find(end) || sentence.charAt(clauseEnd.start()) == '。') {
      return false;
    }
    Matcher they = THEY_GO_ON.matcher(sentence);
    if (!they.find(clauseEnd.start()) || they.start() != clauseEnd.start()) {
      return false;
    }
    int stop = sentence.indexOf('。', they.end());
    return sentence.substring(they.end(), stop < 0 ? sentence.length() : stop).contains(counted);
  }

  /**
   * The head of a counted noun: its last character ({@code 队员} → 员), or its last two when they
   * are a noun of people on their own ({@code 外来人员} → 人员, which 78名党员 are not).
   */
  private static String head(String counted) {
    return counted.length() > 2 && TWO_CHARACTER_HEADS.contains(counted.substring(counted.length() - 2))
        ? counted.substring(counted.length() - 2) : counted.substring(counted.length() - 1);
  }

  /**
   * Nouns of a kind whose every member's name ends in one character of it ({@code 多少支队伍} is
   * counted by {@code 23支志愿服务队}, {@code 3支支援队}), which is not their last.
   */
  private static final Map<String, String> KIND_HEADS = Map.of("队伍", "队");

  /** Nouns of people whose last character alone ({@code 员}, {@code 口}) is every other noun's. */
  private static final Set<String> TWO_CHARACTER_HEADS = Set.of("人员", "人口");

  /** Whether the words after a number name what was counted, whole or by its last two characters. */
  private static boolean countsIt(String counted, String after) {
    String lastTwo = counted.substring(Math.max(0, counted.length() - 2));
    // 外来人员 is not counted by 150名一线工作人员: 人员 is every kind of people's last two characters
    return after.contains(counted)
        || counted.length() > 2 && !TWO_CHARACTER_HEADS.contains(lastTwo) && after.contains(lastTwo)
        || KIND_HEADS.containsKey(counted) && after.contains(KIND_HEADS.get(counted))
        || GOODS.contains(counted) && GOODS.stream().anyMatch(after::contains)
        || doneBy(counted).filter(deed -> Pattern.compile(Pattern.quote(deed) + "(?:工作者|人员|者|员)")
            .matcher(after).find()).isPresent();
  }

  /**
   * What the people counted do, when they are named by it ({@code 医护人员} → 医护): the report may
   * name them by the same deed with another noun of people ({@code 5000余名…医护工作者}). Stop 57,
   * with {@code 工作人员} read whole ({@link AskedCount}): without it two read answers were lost
   * (医护人员 asked, 医护工作者 reported); with it no answer of the 178 sets was lost, 2 read and 1
   * never-read near misses more were refused, and CMRC 2018 dev's answers were the same.
   */
  private static Optional<String> doneBy(String counted) {
    return counted.length() > 3 && counted.endsWith("人员")
        ? Optional.of(counted.substring(0, counted.length() - 2)) : Optional.empty();
  }

  /**
   * Words for goods given, each of which a reader uses for the others: 送了多少件慰问品 is answered
   * by {@code 3900余件饮用水、清凉礼包等夏日防暑物资}.
   */
  private static final Set<String> GOODS = Set.of("慰问品", "慰问物资", "物资", "物品", "礼品", "礼包");

}
