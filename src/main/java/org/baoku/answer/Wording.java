package org.baoku.answer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.ingest.Numerals;

/**
 * A question's spoken or literary wording in the plain forms the tagger and the rules read. Readers
 * type on a phone: {@code 城建那项目部咋想起让工人种菜}, {@code 石岳那一个检测通道一小时测多少人}. The
 * segmenter, trained on newspaper text, glues a bare demonstrative to the name before it ({@code
 * 石岳那/nr}), so such a question named someone no report names, and a spoken question word
 * ({@code 咋}) asked nothing. A literary question ends in {@code 为何} for "is what" ({@code
 * 几张图，名称各为何}), which the rules read as "why". Voice input writes down fillers ({@code 嗯}).
 */
final class Wording {

  /**
   * Spoken words and their written forms, of the north-east (嘎哈, 哪旮沓, 咋整) and the south-west
   * (啥子, 咋个) too; 啥 first read as a name ({@code 叫啥/nr}); an hour and a
   * week as reports write them ({@code 一个钟头} is 每小时's 小时, {@code 礼拜几} asks 星期几); the
   * 甚麼 that Hong Kong and Taiwan write for 什么, which the conversion leaves as 甚么 and the rules
   * read as no question word ({@code 講師叫甚麼名字} asked no person); {@code 没法} and {@code 没办法}
   * as a report writes them, {@code 无法} ({@code 没法自己带饭的职工} for {@code 针对无法自行用餐的职工});
   * {@code 俩} as {@code 两个}, the count a sum of things given each reads ({@code 给那俩村一共捐了多少口罩}:
   * 向两个村分别捐赠4000个口罩) and a list its number of items; a spoken {@code 叫个啥} as {@code 叫什么}
   * ({@code 她那堂课的题目叫个啥}, which asked no title); the commonest slips of 时候 in typing by
   * sound ({@code 啥时后开始的}, {@code 时侯}), which asked no time (holdout-157-047). Not a bare
   * 时后, which is "after so long" ({@code 两小时后}). The northern {@code 打哪儿来} for 从哪里来 ({@code
   * 理发师傅是打哪儿来的}, holdout-255); not a bare 打哪儿, which is also where a jab is given or a
   * call made ({@code 疫苗打哪儿}, {@code 电话打哪里}).
   */
  private static final String[][] WORDS = {
      {"甚么", "什么"}, {"啥子", "什么"}, {"啥", "什么"}, {"咋个", "怎么"}, {"咋整", "怎么办"}, {"咋", "怎么"},
      {"多会儿", "什么时候"}, {"哪会儿", "什么时候"}, {"多咱", "什么时候"}, {"嘎哈", "干什么"}, {"干哈", "干什么"},
      {"哪旮旯", "哪里"}, {"哪旮沓", "哪里"}, {"哪疙瘩", "哪里"}, {"俺们", "我们"}, {"俺", "我"},
      {"钟头", "小时"}, {"礼拜", "星期"}, {"没办法", "无法"}, {"没法", "无法"}, {"俩", "两个"},
      {"叫个什么", "叫什么"}, {"什么时后", "什么时候"}, {"时侯", "时候"}, {"打哪儿来", "从哪里来"}, {"打哪里来", "从哪里来"}};

  /**
   * Words of Taiwan and Hong Kong for what a Beijing report names otherwise ({@code 职工志工总共守了几个筛检点}
   * for 职工志愿者…核酸检测点): read in the report's words, the count's noun is found. After the
   * conversion to simplified characters, as the words are matched; not after a character that makes
   * another word with them ({@code 同志工作}, {@code 杂志工作人员}, {@code 名义工作}, {@code 主义工人}). Found on holdout-89, a reader from Taiwan.
   * And the Japanese word a reader of Japanese writes in Chinese for a company.
   */
  private static final Map<Pattern, String> REGIONAL = Map.of(
      Pattern.compile("(?<![同意斗标励立杂])志工(?![作人厂会程具])"), "志愿者",
      Pattern.compile("(?<![主正起道名])义工(?![作人厂会程具])"), "志愿者",
      Pattern.compile("筛检"), "检测", Pattern.compile("捐血"), "献血",
      Pattern.compile("计程车"), "出租车", Pattern.compile("捷运"), "地铁",
      // 防疫宣導影片: a publicity film, 宣传片
      Pattern.compile("宣导(?:影片|短片)"), "宣传片", Pattern.compile("宣导(?!影片|短片)"), "宣传",
      // a reader of Japanese writes 会社 for 公司 (哪家快递会社的人, holdout-259); not across two words
      // (工会社区, 协会社团, 总工会社工)
      Pattern.compile("(?<![工协学商联教])会社(?![区工团会交保科长员])"), "公司");

  /**
   * Characters that make a word with 那 (那么, 那里, 那些), a demonstrative's measure (那个, 那次, 那位)
   * or a count (那几个, 那两名): a 那 before any other character points at the thing after it, as
   * 的那个 does ({@code 怀柔那保温水壶}, {@code 城建那项目部}), or opens the question as "then"
   * ({@code 那管了几个社区}).
   */
  static final String WITH_NA = "么样里儿边些会就是时天年月日晚回阵次个位名家种类篇份场批项件条支所座张句股片期则起组队段届各"
      + "部本封把辆户套道间头块堂门首台笔几两俩二三四五六七八九十百千万\\d";

  /**
   * A bare 那 after a name or a noun, within a question; after 的 it is already pointing, after a
   * verb of going or a preposition it is 那儿 ({@code 去那干什么}).
   */
  private static final Pattern BARE_NA = Pattern.compile("(?<=[\\p{IsHan}&&[^的在到去从往来于给]])那(?=[\\p{IsHan}&&[^" + WITH_NA + "]])");
  /** {@code 为何} closing a question after a noun or 各: "is what", as in {@code 其全称为何}. */
  private static final Pattern IS_WHAT = Pattern.compile("(?<=[\\p{IsHan}&&[^要会能该又还就却]])为何(?=[？?。]?$)");
  /**
   * {@code 为} closing a question after 分别, 各 or the noun of what is wanted, its question word
   * left out as official prose leaves it ({@code 4名工会干部，姓名分别为？}): "is what".
   */
  private static final Pattern IS_BARE = Pattern.compile("(?<=分别|各|均|姓名|名称|名字|全称)为(?=[？?])");
  /** As {@link #IS_BARE}, after the noun of a figure ({@code 人数为？}): "is how many". */
  private static final Pattern IS_BARE_FIGURE = Pattern.compile("(?<=数量|金额|人数|总数|总额)为(?=[？?])");
  /** A bare 那 opening the question (or a clause), before a verb or a noun. */
  private static final Pattern OPENING_NA = Pattern.compile("(^|[，,。？?！!；;])那(?=[\\p{IsHan}&&[^" + WITH_NA + "]])");

  /**
   * A spoken filler ({@code 嗯}, {@code 呃}) that voice input writes down: it stands between a noun
   * and the word that asks about it ({@code 那两位理发师傅 嗯叫什么名字}).
   */
  private static final Pattern FILLER = Pattern.compile("[嗯呃唔]+[，,、\\s]*");

  /**
   * A question passed on from someone else, as a radio host or a letters editor reads it out
   * ({@code 听众朋友想知道，}, {@code 有位建筑工地的老师傅问，}): the asker is no part of what is asked,
   * and their words ({@code 听众}, {@code 老师傅}) would be keys no report holds.
   */
  private static final Pattern PASSED_ON = Pattern.compile("^(?:有位|有个|有一位|一位|这位|那位)?[^，,。？?：:]{0,12}?"
      + "(?:听众|读者|网友|观众|师傅|大爷|大妈|阿姨|老师|同学|市民|朋友|家长)[^，,。？?：:]{0,6}?"
      + "(?:问|想知道|想问问|想问|想了解|打听)(?:一下|一问|道)?[，,：:]\\s*");
  /**
   * The asking itself opening a question ({@code 我想问一下朝阳区总工会…}, {@code 请问一下，}), as a
   * reader speaks it: {@code 一下} would otherwise be read into the name after it. A bare {@code 想问}
   * only before a comma: {@code 我想问题出在哪里} thinks.
   */
  private static final Pattern ASKING_OPENS = Pattern.compile("^(?:我)?(?:(?:想问一下|想问问|请问一下)[，,：:]?|想问[，,：:])\\s*");
  /**
   * How the reader wants a figure worked out ({@code 按个人出资总额和水壶个数折算}, {@code 按街道数算下来},
   * {@code 按报道的标准算}): the arithmetic's own words, which name the parts (总额, 个数, 街道数) in words
   * no report uses. As keys they were topic words left unanswered, and refused the average the
   * report's figures give. Only a clause of its own, closed by a comma; not a way of reckoning that is
   * itself asked ({@code 按工资的百分之几算}, {@code 是按时结算的吗}).
   */
  private static final Pattern WORKED_OUT = Pattern.compile(
      "按(?![^，,。？?]*(?:多少|几|哪|什么|怎么|吗|是不是|是否))[^，,。？?]{2,30}?"
          + "(?:折算|计算|核算|测算|来算|(?<![预结打就总清])算)(?:下来|的话)?[，,]");

  /**
   * Where the reader heard what they check ({@code 群里说…，对吗}, {@code 听工友讲…}): a chat group or
   * a workmate is no part of what is asked, and {@code 群里} read as a place no report names. Not
   * what they said, asked after ({@code 同事说的那个人是谁}).
   */
  private static final Pattern HEARD_FROM = Pattern.compile("^(?:我)?(?:听)?(?:微信群里|群里|网上|朋友圈里|朋友圈|同事|工友|邻居)"
      + "(?:有人)?(?:说|讲|传)(?:的是)?(?!的)[，,：:]?\\s*");
  /** The asking itself after a clause about the asker ({@code 有位听众听了石岳的日记，想问问，}). */
  private static final Pattern WANTS_TO_ASK = Pattern.compile("(?<=[，,])(?:想问问|想问一下|想问|想知道|想了解)[，,：:]\\s*");

  /**
   * The asker introducing themselves before the question ({@code 我是医学院的学生，想知道},
   * {@code 作为基层工会干部我想了解一下：}): who asks is no part of what is asked, and a body in it
   * ({@code 基层工会}) read as one the answer must be about. Not {@code 我是不是…} or {@code
   * 我是说，…}, which ask, nor {@code 作为军转干部，施剑…}, which says who the question is about, nor the
   * {@code 我们} that goes on asking ({@code 我是社区工作者，我们社区派了几名干部}).
   */
  private static final Pattern SELF_INTRODUCED = Pattern.compile("^(?:我是(?![不否说第])(?:一名|一个|一位|个|名)?"
      + "[^，,。？?：:]{1,16}?[，,：:]|作为(?:一名|一个|一位|个|名)?[^，,。？?：:]{1,16}?[，,：:]?(?=我(?!们)))\\s*(?:我(?!们))?"
      + "(?:想问问|想问一下|想问|想知道|想了解一下|想了解|请问)?[，,：:]?\\s*");

  /**
   * A unit of measurement written in Latin letters after a count's question word ({@code 多少ml},
   * {@code 几km}), as the reader's keyboard has it: the measure a report writes ({@code 毫升}), which
   * the tagger reads as the count's measure.
   */
  private static final Map<String, String> UNITS = Map.of("ml", "毫升", "kg", "公斤", "km", "公里", "cm", "厘米");
  private static final Pattern UNIT_ASKED = Pattern.compile("(?<=多少|几)\\s*(?i)(ml|kg|km|cm)(?![a-z])");

  /**
   * A bus line in Chinese numerals, as speech writes it ({@code 公交一路}): a report writes its number
   * in digits ({@code 客四分公司1路}), and the numerals after 公交 are no other word ({@code 一路上}).
   */
  private static final Pattern BUS_LINE = Pattern.compile("(?<=公交|公交车)([〇一二三四五六七八九十]{1,3})(?=路)");

  /**
   * Whether a question already asks in words the rules know: a question word, 吗, or an A-not-A
   * ({@code 去不去}). Only a question without one reads the south-western forms below as asking. 何
   * only in its compounds, since alone it is a surname ({@code 何少花的讲座有好长}).
   */
  private static final Pattern ASKS = Pattern.compile("多少|几|哪|什么|谁|怎|何[时地处人种以]|[如为]何|多久|多长|多大|多远|多高|多重|是否"
      + "|[吗么][？?]?$|对吧|没有[？?]?$|不[？?]?$|(\\p{IsHan})不\\1");

  /**
   * 好长, 好大, 好远 of south-western Mandarin, as a Sichuan reader asks 多长, 多大, 多远, and 好多 for
   * 多少 ({@code 冯俊平的电话好多}, {@code 她那个宣传片有好长}). Elsewhere they say "so many", "so long",
   * and a question that asks in other words keeps them ({@code 听说发动了好多职工志愿者，到底有多少人}).
   * With {@link #WHO} and {@link #WHICH_TYPED_AS_THAT}, stop 70: holdout-172 (a domestic worker from
   * Sichuan, read) +6 answers and +7 near misses refused on the pages and the dated pages, +7 and +7
   * among the synthetic paper; every other answer of the 240 sets the same.
   */
  private static final Pattern SO_MUCH = Pattern.compile("好(?=[长大远])");
  /** 好久 asking when, before the deed it dates ({@code 做核酸是好久开始的}); elsewhere how long. */
  private static final Pattern SO_LONG_WHEN = Pattern.compile("好久(?=开始|结束|开的|办的|举行|举办|成立|去的|来的)");
  /**
   * 那 typed for 哪 by a pinyin keyboard, where only 哪 asks: after 是 before a day or a measure
   * ({@code 请的老师是那个单位的}, {@code 是那天开始的}), or before a thing compared at the end ({@code
   * 拨的防疫钱 那个区多}), or before the things a question closes with ({@code 菜园种了那些菜？}).
   */
  private static final Pattern WHICH_TYPED_AS_THAT =
      Pattern.compile("(?<=是)那(?=个|天|年|月|里|儿|位|家|种|些)|那(?=个\\p{IsHan}{1,3}[多少早大长高][？?]?$)"
          + "|(?<=\\p{IsHan})那(?=[些几]\\p{IsHan}{1,8}[？?]$)");
  /**
   * 哪个 of south-western Mandarin asking who: before a deed of saying or doing ({@code 这句哪个说的},
   * {@code 水壶是哪个出钱买的}) or after a post at the end ({@code 队长是哪个}). Before a noun it
   * asks which, as everywhere ({@code 哪个村}).
   */
  private static final Pattern WHO = Pattern.compile("哪个(?=说|讲|出钱|管|负责|写的|拍的|带队|牵头|主持|提出)"
      + "|(?<=长|主席|书记|负责人|师傅|老师|记者|作者)(?:是)?哪个(?=[？?]?$)");

  /**
   * A question asked by the noun of what it wants alone, closing it, as a note or a chart's column
   * is headed ({@code 值守的核酸检测点，数量？}, {@code 4名干部，名单/姓名？}, {@code 热线，电话号码？},
   * {@code 总建筑面积（平方米）？}, {@code 宣传材料，列一下名称}): asked as 是多少, 是什么, 是什么时候 or
   * 在哪里 would ask it, so that the kind is known and a sentence that lacks it is no answer. Only in a
   * question with no question word of its own, and with a question mark or after a comma; an
   * alternative after a slash gives way to the last.
   * Stop 78, holdout-239 (a data journalist's telegraphic questions). A total ({@code 累计人次合计？},
   * {@code 总价值？}), a body ({@code 授课讲师所属机构？}) and a person by the part they played ({@code
   * 出资购买人？}) in stop 80, holdout-252 (an HR manager's terse questions); not 价值 alone (活动的意义和价值？)
   * nor 单位, which is also a unit of measure (计量单位？).
   */
  private static final Pattern NOUN_ASKED = Pattern.compile("(?:(?:请)?(?:列一下|列出|列举|说一下|给出)(?:一下)?)?"
      + "(?:(?<=^|[，,：:\\s])\\p{IsHan}{1,4}/)?(数量|人数|人次|数目|总数|件数|个数|次数|金额|总额|数额|面积|时长|单价|价格|费用|电话号码|电话|号码"
      + "|合计|总计|共计|总量|总价值|姓名|名单|名字|名称|全称|标题|题目|日期|时间|地点|地址|原因|理由|机构"
      + "|负责人|联系人|购买人|出资人|发起人|捐赠人|带队人)([（(][^）)]{1,8}[）)])?\\s*[？?]?\\s*$");

  /**
   * A list requested after what is listed, as a form asks it ({@code 分享的红色书目，请列明}):
   * which ones there are, in a question with no question word of its own ({@code 拨了多少慰问金，请列明}
   * still asks how much). Stop 80, holdout-252 (an HR manager's terse questions).
   */
  private static final Pattern LIST_REQUESTED = Pattern.compile("[，,：:]\\s*请?(?:逐一|分别)?(?:列明|列出|列举)(?:一下)?[。？?]?\\s*$");

  /**
   * A unit in brackets after the noun of a figure ({@code 献血总量（毫升）？}): the measure asked, as
   * {@code 是多少毫升} asks it, so that a figure in other units is no answer. Stop 80, holdout-252.
   */
  private static final Pattern UNIT_IN_BRACKETS = Pattern.compile(
      "[（(]([万亿千]?(?:元|人次|人|名|个|件|次|只|张|套|瓶|箱|毫升|升|吨|公斤|千克|平方米|立方米|米|公里|千米|小时|分钟|天|户|家|份|支|场|座|台|辆|所))[）)]");

  /** How each noun of {@link #NOUN_ASKED} is asked in words the rules read. */
  private static String askedAs(String noun) {
    return switch (noun) {
      case "姓名", "名单", "名字", "名称", "全称", "标题", "题目", "原因", "理由" -> "是什么？";
      case "日期", "时间" -> "是什么时候？";
      case "地点", "地址" -> "在哪里？";
      case "机构" -> "是哪个机构？";
      case "负责人", "联系人", "购买人", "出资人", "发起人", "捐赠人", "带队人" -> "是谁？";
      default -> "是多少？";
    };
  }

  private Wording() {}

  /**
   * {@code text} with the question words it asks in other ways written plainly: the south-western
   * and mistyped ones above when it has no other ({@link #ASKS}), {@link #WHO} in any question.
   */
  private static String questionWordsPlain(String text) {
    String t = WHO.matcher(text).replaceAll(m -> m.group().startsWith("是") ? "是谁" : "谁");
    if (ASKS.matcher(t).find()) {
      return t;
    }
    t = LIST_REQUESTED.matcher(t).replaceFirst("有哪些？");
    Matcher noun = NOUN_ASKED.matcher(t);
    if (noun.find() && (noun.group().matches(".*[？?]\\s*") || noun.start() == 0
        || "，,：: ".indexOf(t.charAt(noun.start() - 1)) >= 0)) {
      // a statement that ends with the noun (他们记下了每个人的姓名, 登记了住址、电话) asks nothing
      String asked = askedAs(noun.group(1));
      Matcher unit = noun.group(2) == null ? null : UNIT_IN_BRACKETS.matcher(noun.group(2));
      String before = t.substring(0, noun.start());
      t = before.endsWith("所属") && asked.startsWith("是哪个")
          // 授课讲师所属机构？ asks the body the 讲师 belongs to, as 讲师属于哪个机构 does
          ? before.substring(0, before.length() - 2) + "属于哪个" + noun.group(1) + "？"
          : unit != null && unit.matches() && asked.equals("是多少？")
          ? before + noun.group(1) + "是多少" + unit.group(1) + "？"
          : before + noun.group(1) + (noun.group(2) == null ? "" : noun.group(2)) + asked;
    }
    t = SO_LONG_WHEN.matcher(t).replaceAll("什么时候");
    t = t.replace("好久", "多久").replace("好多", "多少");
    t = SO_MUCH.matcher(t).replaceAll("多");
    return WHICH_TYPED_AS_THAT.matcher(t).replaceAll("哪");
  }

  /**
   * A request for the report's own words after the question ({@code 是为了解决什么问题？原文怎么说的}):
   * the answer quotes them anyway, and as keys {@code 原文} and {@code 怎么说} are words no sentence
   * has. Only after a question mark, so that a wording asked for itself ({@code 宣讲的题目，原文是怎样写的})
   * stays. Stop 77, holdout-232 (a newsletter editor).
   */
  private static final Pattern WORDING_REQUESTED = Pattern.compile(
      "(?<=[？?])\\s*(?:报上|文中|文章里|报道里)?的?(?:原文|原话)(?:是)?(?:怎么|怎样|如何)(?:说|写|讲)的?[？?。]?$");

  /** {@code text} with spoken and literary forms in plain words; other text unchanged. */
  static String plain(String text) {
    String t = FILLER.matcher(WORDING_REQUESTED.matcher(text).replaceFirst("")).replaceAll("");
    t = ASKING_OPENS.matcher(SELF_INTRODUCED.matcher(t).replaceFirst("")).replaceFirst("");
    t = WANTS_TO_ASK.matcher(PASSED_ON.matcher(t).replaceFirst("")).replaceAll("");
    t = HEARD_FROM.matcher(t).replaceFirst("");
    t = WORKED_OUT.matcher(t).replaceAll("");
    for (String[] w : WORDS) {
      t = t.replace(w[0], w[1]);
    }
    for (Map.Entry<Pattern, String> w : REGIONAL.entrySet()) {
      t = w.getKey().matcher(t).replaceAll(w.getValue());
    }
    t = UNIT_ASKED.matcher(t).replaceAll(m -> UNITS.get(m.group(1).toLowerCase(Locale.ROOT)));
    t = BUS_LINE.matcher(t).replaceAll(m -> {
      Integer n = Numerals.value(m.group(1));
      return n == null ? m.group() : n.toString();
    });
    t = questionWordsPlain(t);
    t = CheckedClaim.asked(Numerals.spokenNumbersInDigits(t));
    t = IS_WHAT.matcher(t).replaceAll("是什么");
    t = IS_BARE.matcher(t).replaceAll("是什么");
    t = IS_BARE_FIGURE.matcher(t).replaceAll("是多少");
    t = OPENING_NA.matcher(t).replaceAll("$1");
    return BARE_NA.matcher(t).replaceAll("的");
  }
}
