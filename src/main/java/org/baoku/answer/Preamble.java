package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * What a reader tells around a question: who they are and what they already know before it
 * ({@code 我住在顺义，记得去年冬天疫情紧的时候…，我想知道他们当时参与的是哪个镇…？}), why they ask after
 * it ({@code …的主题是什么？我想找找有没有回放。}). Such a preamble is context, not the question: a date
 * it remembers ({@code 去年冬天}), a figure it has heard ({@code 听说一共补贴了40个基层单位}), a wish
 * ({@code 我想算算平均每个大概多少钱}) or the reader's own job was read as what is asked, and the
 * question refused or answered with an average no one asked for. On holdout-90, a reader who opens
 * every question so, ten of its 52 answerable questions were refused.
 *
 * <p>The question is what follows the last word that asks ({@code 请问}, {@code 我想知道}, {@code
 * 想确认一下}) at the head of a clause, in the sentences that end with a question mark when others do
 * not; when what follows names nothing it is asked of, the one clause before the word, which says
 * what, is asked too ({@code 胡家堡村的外来人口不少，请问登记在案的总共有多少人}). Retrieval still reads the
 * whole message: the preamble names what the reader is after.
 */
final class Preamble {

  /**
   * A preamble and what is asked; the preamble is empty when the message is all question.
   *
   * @param told what the reader tells before or after the question, its sentences in order
   * @param asked the question itself
   * @param aside what the reader tells of themselves inside the question ({@link #withoutAsides}),
   *     its clauses in order: told as well, but no name of it is what the question is about
   */
  record Split(String told, String asked, String aside) {
    Split(String told, String asked) {
      this(told, asked, "");
    }

    boolean hasPreamble() {
      return !told.isEmpty() || !aside.isEmpty();
    }

    /** Everything the reader tells: the preamble, then the asides. */
    String said() {
      return aside.isEmpty() ? told : (told + aside).strip();
    }
  }

  /** Words that open the question itself, in either script, at the head of a clause. */
  private static final String ASKING_WORDS = "(?:那么|所以|我|就)*(?:很|特别|主要)?(?:想|希望|要)"
      + "(?:知道|問|问|了解|瞭解|確認|确认|請教|请教|弄清楚|搞清楚|打听)"
      + "|請問|请问|麻烦问|麻煩問|請告訴我|请告诉我|能不能告诉我|能否告知";
  private static final Pattern ASKS = Pattern.compile("(?:^|[，,：:；;”」])\\s*(" + ASKING_WORDS + ")");
  /** The mark that closes a clause before the word that asks ({@code 外来人口不少，请问}). */
  private static final Pattern CLOSING_MARK = Pattern.compile("[，,：:；;]$");

  /** Whether {@code text} is one clause, closed by the mark before the word that asks or not. */
  private static boolean oneClause(String text) {
    String t = CLOSING_MARK.matcher(text.strip()).replaceFirst("");
    return !t.isEmpty() && cut(t, CLAUSE_ENDS).size() == 1;
  }

  /** The words that ask at the head of a question ({@code 请问}, {@code 我想知道}). */
  private static final Pattern ASKING_HEAD = Pattern.compile("^\\s*(?:" + ASKING_WORDS + ")");
  /** A noun that names a topic, not a question word. */
  private static final Pattern TOPIC_NATURE = Pattern.compile("n.*|vn|j|nz");

  /**
   * Whether {@code asked}, after its words that ask, names a topic of its own: a noun of two
   * characters or more that is no question word ({@code 目前登记在案的总共有多少人} names none).
   */
  private static boolean namesATopic(String asked) {
    return Tagger.tag(ASKING_HEAD.matcher(asked).replaceFirst("")).stream()
        .anyMatch(t -> t.word.length() >= 2 && TOPIC_NATURE.matcher(t.nature.toString()).matches()
            && !QUESTION_WORD.matcher(t.word).find());
  }

  /**
   * Words of a question that point back at words the reader gave: a quotation, not a preamble.
   * Not a stretch of time ({@code 他那段时间连夜应战}), which had kept a retired doctor's worry
   * after the question (作为老医生，我实在担心…) in what was asked.
   */
  private static final Pattern POINTS_BACK = Pattern.compile(
      "[这那此](?:一)?(?:句|段(?!时间|时期|日子|期间|岁月|经历)|番)|[这那此]话|出自|原话|谁说|谁讲|誰說|這句|這話|這段");
  private static final Pattern QUOTATION = Pattern.compile("[“「『\"]");
  /**
   * Words asking who said or wrote words, or where they were printed; not a report's account
   * ({@code 按报道的说法}), which asks what it says.
   */
  private static final Pattern SAID = Pattern.compile("说(?!法)|讲|写|提到|出现|哪篇|說(?!法)|講|寫");
  private static final String QUESTION_MARKS = "？?";
  private static final String SENTENCE_ENDS = "。！!？?";
  private static final String OPENING_QUOTES = "“「『《\"";
  private static final String CLOSING_QUOTES = "”」』》\"";

  private Preamble() {}

  /** {@code text} parted into what the reader tells and what they ask. */
  static Split split(String text) {
    List<String> sentences = sentences(text);
    int first = -1;
    int last = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (endsAsking(sentences.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      first = 0;
      last = sentences.size() - 1;
    }
    while (last + 1 < sentences.size() && asksOn(sentences.get(last + 1))) {
      // 还有，毛彩兰值守了多长时间。: a further question, though it ends with a full stop
      last++;
    }
    String leading = String.join("", sentences.subList(0, first));
    String asked = String.join("", sentences.subList(first, last + 1));
    // after the last question, what the reader adds is why they ask (我想让车队的同事也看看)
    // unless it asks on
    String trailing = String.join("", sentences.subList(last + 1, sentences.size()));
    int start = askingWords(asked);
    String told;
    if (start >= 0 && oneClause(asked.substring(0, start)) && !OWN_CLAUSE.matcher(asked).find()
        && !namesATopic(asked.substring(start))) {
      // 胡家堡村的外来人口应该不少，请问目前登记在案的总共有多少人: what is asked names nothing it is
      // asked of; the clause before the word that asks, in its sentence, says what. Not a story
      // retold in several clauses (顺义那篇报道里，区总工会先派了…，负责人又说…，请问他们接着要去的是
      // 哪个镇), which is the preamble: kept in the question, a read answer was refused among the
      // synthetic paper
      told = leading + trailing;
    } else if (start >= 0) {
      told = leading + asked.substring(0, start) + trailing;
      asked = asked.substring(start);
    } else if (READER.matcher(leading).find()) {
      // 我想给学生讲一个劳模带头的例子。…获得过什么荣誉？: the reader telling of themselves
      told = leading + trailing;
    } else {
      // without a word that asks, a sentence before the question may be part of it (顺义派了4名干部。朝阳比它多几名？)
      told = trailing;
      asked = leading + asked;
    }
    int askedAt = text.indexOf(asked);
    if (!told.isEmpty() && askedAt >= 0
        && AskedKind.whichMore(text).filter(m -> m.start() >= askedAt).isPresent()) {
      // 庞各庄镇和旧宫镇的总工会都送了慰问品，请问哪个镇送出的件数多一些: a comparison asked of what is
      // told, which names the two compared while what is asked names neither
      return new Split("", text.strip());
    }
    if (POINTS_BACK.matcher(asked).find() || QUOTATION.matcher(told).find() && SAID.matcher(asked).find()) {
      // 疫情就是命令，防控就是责任。这句话出自哪篇报道: what is told is the quotation asked about
      return new Split("", text.strip());
    }
    return withoutAsides(told.strip(), asked.strip());
  }

  /**
   * A clause in which the reader speaks of themselves or their own, inside the question ({@code
   * 邮政工会…想了好多法子，我老伴儿以前就在邮局干，挺关心这事。报上说的都有哪几种…}, {@code …北京红十字会来的讲师讲心脏骤停怎么抢救，
   * 我们车间以前有个老师傅就是心梗走的}): an aside, told and not asked, whose words (老伴儿, 邮局, 车间) no
   * report holds. Not the message's first clause, where the reader's own case is often the topic
   * ({@code 俺在工地上摔伤了，工伤认定得去哪儿办}); not what they recall of the paper ({@link #RECALLS});
   * not a clause that asks ({@code 我想知道…}, {@code 我们区拨了多少}).
   */
  private static final Pattern OWN_CLAUSE = Pattern.compile("^\\s*(?:我|俺|咱|本人)");
  /**
   * A clause in which the reader remarks on what they retell ({@code …自己拍防疫宣传片，这劲头真是没谁了。},
   * {@code …用大白话讲防疫流程，这招挺接地气的。}, {@code 毕竟工地上真出点事就是分秒必争嘛}): an aside like
   * {@link #OWN_CLAUSE}, whose words of praise or feeling (劲头, 接地气, 分秒必争) no report holds, and
   * which as keys had refused a question the report answers. It points back with 这 and says how
   * much it feels with an adverb of degree, or opens with a word that only comments.
   */
  private static final Pattern REMARK = Pattern.compile(
      "^\\s*(?:这[^，,。！!？?；;]{0,3}?(?:真是|挺|太|可真|蛮|够|确实|实在|简直)|毕竟|说实话|说真的|不得不说)");

  /**
   * The reader recalling what they read ({@code 我记得项目工会围绕一个竞赛主题搞活动}) or laying it out
   * ({@code 我剪了两篇：一篇是…}): the topic in their words, no aside.
   */
  private static final Pattern RECALLS =
      Pattern.compile("^\\s*(?:我|俺|咱)们?(?:就|也|还|只|好像)?(?:记得|记着|印象|听说|看到|读到|看过|读过|见过)|[：:“「]");
  /** A clause telling what the paper says ({@code 报上说他们火速拉起了三支支援队}): the topic again, no aside. */
  private static final Pattern PAPER_SAYS = Pattern.compile("^\\s*(?:报上|报纸上|报道|文章|新闻|那篇|上面)");
  /**
   * Han characters an aside has at least: fewer are the reader naming who they are before the
   * question ({@code 东城区总工会，我们环卫工人，每人能领多少补贴}), part of it. Set, not fitted: the
   * shortest aside of holdout-220 ({@code 我眼神不好没看清}) has 8.
   */
  private static final int OWN_CLAUSE_LENGTH = 7;
  /** A clause asking yes or no ({@code 我们单位的老张是不是也去了？}): asked, no aside. */
  private static final Pattern YES_OR_NO = Pattern.compile("吗|是不是|是否|有没有|[？?]\\s*$");
  /** Marks that close a clause; a dash sets a clause apart as a comma does ({@code 我想在节目里表扬他们——这四位叫什么}). */
  private static final String CLAUSE_ENDS = "，,；;—" + SENTENCE_ENDS;

  /**
   * {@code asked} without its asides ({@link #OWN_CLAUSE}), each with the clauses after it to the end
   * of its sentence that ask nothing ({@code 我老伴儿以前就在邮局干，挺关心这事。}) and do not turn back to
   * the paper ({@link #PAPER_SAYS}), which become the split's aside; unchanged when what would be
   * left asks nothing.
   */
  private static Split withoutAsides(String told, String asked) {
    StringBuilder kept = new StringBuilder();
    StringBuilder aside = new StringBuilder();
    boolean inAside = false;
    for (String clause : cut(asked, CLAUSE_ENDS)) {
      boolean asks = QUESTION_WORD.matcher(clause).find() || ASKS.matcher("，" + clause).find()
          || YES_OR_NO.matcher(clause).find();
      // 这劲头真是没谁了。: a remark closed by a full stop asks nothing, whatever its words
      boolean remark = !kept.isEmpty() && REMARK.matcher(clause).find() && clause.matches("(?s).*[。！!]\\s*");
      inAside = remark || !asks && (inAside && !PAPER_SAYS.matcher(clause).find()
          || !kept.isEmpty() && OWN_CLAUSE.matcher(clause).find() && !RECALLS.matcher(clause).find()
          && clause.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count()
              >= OWN_CLAUSE_LENGTH);
      (inAside ? aside : kept).append(clause);
      if (SENTENCE_ENDS.indexOf(clause.charAt(clause.length() - 1)) >= 0) {
        inAside = false;
      }
    }
    if (aside.isEmpty() || !QUESTION_WORD.matcher(kept).find()) {
      return new Split(told, asked);
    }
    return new Split(told, kept.toString().strip(), aside.toString().strip());
  }


  /** Where the last word that asks at the head of a clause of the first sentence of {@code asked} begins, or -1. */
  private static int askingWords(String asked) {
    List<String> s = sentences(asked);
    int end = s.isEmpty() ? 0 : s.get(0).length();
    Matcher m = ASKS.matcher(asked);
    int start = -1;
    while (m.find() && m.start(1) < end) {
      start = m.start(1);
    }
    return start;
  }

  /**
   * A sentence after a question that asks on: opening with a word that adds a question ({@code
   * 还有}, {@code 另外}), or holding a question word, unless it opens with the reader's own wish
   * ({@code 我想算算平均每个大概多少钱}).
   */
  private static boolean asksOn(String sentence) {
    String s = sentence.strip();
    return GOES_ON.matcher(s).find() || !s.startsWith("我") && QUESTION_WORD.matcher(s).find()
        || ADDED_UP.matcher(s).find();
  }

  /**
   * A request to add up the figures just asked ({@code …多少个村、多少个社区？麻烦帮我把村和社区加在一起，算一个准确的总数。}):
   * it asks on, though it has no question word; told, it left a question for two figures.
   */
  private static final Pattern ADDED_UP = Pattern.compile(
      "(?:把|将)[^。！!？?]{1,12}?(?:加在一起|加起来|加一块|合起来|相加)|算(?:一个|一下|个)?[^。！!？?]{0,4}?(?:总数|总和|合计|一共|总共)");

  /**
   * A clause that opens a question by pointing at a report ({@code 首发养护公司工会建防疫微信群那篇里，}),
   * the rest asking of it.
   */
  private static final Pattern REPORT_POINTED =
      Pattern.compile("^[^，,。？?]{2,40}?[这那](?:一)?[篇则条](?:报道|文章|稿子|消息|新闻|纪实|日记)?(?:里面|里头|里|中|上)[，,]");

  /**
   * Where the question of {@code asked} begins after a clause pointing at the report it asks of
   * ({@code 大兴区总工会下沉天宫院街道5个社区那篇里，先后抽了几名工会干部…}), or 0 when none opens it.
   * The clause names the report, not what is asked of it: its words are read at the preamble's
   * weight, and the question keeps its bodies.
   */
  static int reportPointed(String asked) {
    Matcher m = REPORT_POINTED.matcher(asked);
    return m.find() && QUESTION_WORD.matcher(asked.substring(m.end())).find() ? m.end() : 0;
  }

  /**
   * A statement, then 那 opening a question ({@code …拨了5万元慰问金，那西城区总工会…拨了多少}); not the
   * 那 of a word or a demonstrative ({@code 那时}, {@code 那两位理发师傅}, {@code 那拨人}: {@link
   * Wording#WITH_NA}).
   */
  private static final Pattern CONTRAST =
      Pattern.compile("^([^，,。？?]{4,}?)[，,]\\s*那(?![" + Wording.WITH_NA + "拨])");
  /**
   * A question that works with the statement's figure ({@code 那加上朝阳区的500万元一共多少}, {@code
   * 那和朝阳区总工会比谁多}): the statement is one of its parts, not what it sets aside.
   */
  private static final Pattern WITH_THE_STATEMENT =
      Pattern.compile("加上|加起来|合起来|一共|总共|合计|共计|相差|差多少|比|谁多|哪个多|更多|两者|两家|两边|多多少|少多少|再");

  /**
   * A message of one sentence whose statement tells what one body or place did and whose question,
   * after 那, asks it of another it names ({@code 东城区给每个街道拨了5万元慰问金，那西城区总工会…拨了多少},
   * {@code …78名党员上防控点位，那口子村有多少名党员}): the statement told, the question asked. Read
   * before the spoken 那 is dropped ({@link Wording}), since it is what sets the two apart. Not where
   * the question names no body of its own, or one the statement names by its core ({@code
   * 东城区…，那东城区总工会一共拨了多少}), or works with the statement's figure ({@link
   * #WITH_THE_STATEMENT}): then it asks on about the statement, which is part of it.
   */
  static Optional<Split> contrast(String text) {
    List<String> sentences = sentences(text);
    Matcher m = CONTRAST.matcher(text);
    if (sentences.size() != 1 || !m.find() || QUESTION_WORD.matcher(m.group(1)).find()) {
      return Optional.empty();
    }
    String statement = m.group(1);
    String question = text.substring(m.end());
    if (!QUESTION_WORD.matcher(question).find() || WITH_THE_STATEMENT.matcher(question).find()) {
      return Optional.empty();
    }
    boolean namesItsOwn = Tagger.tag(question).stream().anyMatch(t -> t.word.length() >= 2
        && t.nature.toString().matches("ns.*|nt.*") && !namedIn(statement, t.word));
    return namesItsOwn ? Optional.of(new Split(statement.strip(), question.strip())) : Optional.empty();
  }

  /** Whether {@code statement} names {@code name} or its core ({@code 东城区} for 东城区总工会). */
  private static boolean namedIn(String statement, String name) {
    String core = EntityCore.core(ChineseText.compact(name));
    return statement.contains(name) || !core.isEmpty() && statement.contains(core);
  }

  /** A sentence in the reader's own person ({@code 我想给学生讲一个例子。}): what they tell, not what they ask. */
  private static final Pattern READER = Pattern.compile("^\\s*(?:我|俺|本人)");
  private static final Pattern GOES_ON = Pattern.compile("^(?:还有|另外|此外|再问|顺便问?|以及|还想)");
  /**
   * Words that ask. Not the 几 of a few or of a degree ({@code 这倒和我们医院的“双人核对”有几分相似},
   * {@code 几乎}, {@code 好几次}, {@code 这几天}), which asks nothing.
   */
  private static final Pattern QUESTION_WORD =
      Pattern.compile("谁|哪|什么|(?<![好这那近前头])几(?!分(?!钟)|乎|经)|多少|多长|多久|怎么|为什么|为何");
  /**
   * A question that answers itself ({@code 这不正是我们传染病防治里常讲的“四早”么？}, {@code
   * 难道不是…吗？}): the reader's comment on what they asked, though it ends with a question mark.
   */
  private static final Pattern RHETORICAL = Pattern.compile("^\\s*(?:这|那|这样)?(?:不正是|不就是|不也是|岂不是|难道不是)");

  private static boolean endsAsking(String sentence) {
    String s = sentence.strip();
    return !s.isEmpty() && QUESTION_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0 && !RHETORICAL.matcher(s).find();
  }

  /** {@code text} cut after each mark that ends a sentence, outside quotation marks. */
  static List<String> sentences(String text) {
    return cut(text, SENTENCE_ENDS);
  }

  /** A dash alone ({@code 2021—2022年度}) joins; a clause is set apart by two ({@code 表扬他们——这四位叫什么}). */
  private static boolean singleDash(String text, int i) {
    return text.charAt(i) == '—' && (i == 0 || text.charAt(i - 1) != '—') && (i + 1 >= text.length() || text.charAt(i + 1) != '—');
  }

  /** {@code text} cut after each run of {@code ends}, outside quotation marks and book titles. */
  private static List<String> cut(String text, String ends) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        depth = depth > 0 ? depth - 1 : depth + 1;
      } else if (OPENING_QUOTES.indexOf(c) >= 0) {
        depth++;
      } else if (CLOSING_QUOTES.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && ends.indexOf(c) >= 0 && !singleDash(text, i)) {
        int j = i + 1;
        while (j < text.length() && ends.indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        out.add(text.substring(from, j));
        from = j;
        i = j - 1;
      }
    }
    if (from < text.length()) {
      out.add(text.substring(from));
    }
    return out;
  }
}
