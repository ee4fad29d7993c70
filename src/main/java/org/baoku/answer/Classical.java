package org.baoku.answer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A question in formal written Chinese with classical question words, as an editor or a gazette's
 * compiler writes it ({@code 专项资金总额几何}, {@code 系何年开工建设}, {@code 讲师系何机构所派}, {@code
 * 何者最多}), in the modern words the tagger and the rules read: {@code 几何} asked no count, {@code
 * 何年} no date and {@code 何机构} no organisation, so near misses were answered with any sentence
 * of the report. Only the question words are replaced, never the content words; the archive's
 * reports are written in the modern language. Words the rules already read ({@code 何时}, {@code
 * 何人}, {@code 何处}, {@code 何地}, {@code 为何}, {@code 如何}) stay. Run on simplified text.
 *
 * <p>何 is also a surname ({@code 何少花}, {@code 何区长}) and the first character of places ({@code
 * 何各庄村}), and idioms keep it ({@code 何等}, {@code 何谓}, {@code 原因何在}): a 何 before a noun is
 * read as a question word only after a verb or preposition that frames it ({@code 是何机构}, {@code
 * 至何处}, {@code 担任何职}). Quotations and titles are left as written, as their source is asked.
 */
public final class Classical {

  /**
   * 系 as "is" before the question word ({@code 系何机构}, {@code 系于何年}), not the 系 of a word
   * ({@code 关系}, {@code 联系}, {@code 体系}, {@code 中文系}).
   */
  private static final Pattern IS = Pattern.compile("(?<![关联体维派院文谱世水星父母直旁嫡科语干])系(?=于?何)");
  /**
   * 几何 as "how much" closing a question, or before its measure ({@code 总额几何}, {@code
   * 总量几何毫升}), not geometry ({@code 几何题}, {@code 立体几何}) nor the idiom {@code 曾几何时}.
   */
  private static final Pattern HOW_MUCH = Pattern.compile("(?<![曾立平解析])几何(?![题学图形体级])(?=\\p{IsHan}{0,2}(?:[？?]|$))");
  /** 若干 or 多寡 asking how many as the question ends ({@code 共计若干人？}), not "several" before a noun. */
  private static final Pattern HOW_MANY = Pattern.compile("(?:若干|多寡)(?=\\p{IsHan}?(?:[？?]|$))");
  /** Words that frame a 何 before a noun as a question word ({@code 是何机构}, {@code 至何处}, {@code 赴何村}). */
  private static final String FRAME = "(?<=[是于至在赴往自属由经向到了获])";
  /**
   * Question words with their modern forms, longer first: those with 何 framed ({@link #FRAME}:
   * {@code 系于何年何月}, not the name 何月华), and those no name holds.
   */
  private static final List<Map.Entry<Pattern, String>> FRAMED_WORDS = Stream.of(
      "何数种 哪几种", "何年何月何日 哪年几月几日", "何月何日 几月几日", "何年何月 哪年几月",
      "何年 哪一年", "何月 几月", "何日 哪一天", "何方 哪里")
      .map(w -> Map.entry(Pattern.compile(FRAME + w.split(" ")[0]), w.split(" ")[1])).toList();
  private static final String[][] WORDS = {{"何者", "哪个"}, {"几许", "多少"}, {"何种", "什么"}, {"何物", "什么"}};
  /** 何故, 缘何, 因何, 何以 asking why; not 因何 inside 原因何在 (where is the cause). */
  private static final Pattern WHY = Pattern.compile("何故|缘何|(?<![原病起诱成死基主内外])因何|何以");
  /** 孰 comparing ({@code 孰多}, {@code 孰先}), not 孰料 or 孰能无过. */
  private static final Pattern WHICH_MORE = Pattern.compile("孰(?=[多少大小高低先后早晚优])");
  /**
   * 何 before a noun of a body or a place, "which" ({@code 是何机构所派}, {@code 是何村}), and 何处
   * before a kind of place ({@code 下沉至何处集中隔离点}), read as 哪个, which the rules take for a body
   * or a place by the noun after it. A kind of place of one character before 所 is left ({@code
   * 何区所辖}): 哪个区所辖 is tagged 区所, an office.
   */
  private static final Pattern WHICH = Pattern.compile(FRAME
      + "何处?(?=机构|单位|部门|组织|公司|集团|企业|工会|协会|中心|医院|学校|街道|社区|项目|[村镇乡区县市省](?!所)"
      + "|\\p{IsHan}{0,4}(?:隔离点|检测点|采样点|卡口|公寓|酒店|小区))");
  /** 何 before a measure and what it counts, "which" ({@code 是何名护士}, {@code 是何位干部}): 哪. */
  private static final Pattern WHICH_ONE = Pattern.compile(FRAME + "何(?=[名位支批项场条件]\\p{IsHan})");
  /**
   * Any other framed 何 before a word, "what" ({@code 是何出身}); not the words that keep it ({@code
   * 何时}, {@code 何人}, {@code 何处}, {@code 何地}, {@code 何在}).
   */
  private static final Pattern WHAT = Pattern.compile(FRAME + "何(?![时人处地在]|[村镇乡区县市省]所)(?=\\p{IsHan})");
  /** 担任何职 ({@code 担任何职务}): the 任 of the post, not of 任何 (any), as in 承担任何费用. */
  private static final Pattern POST = Pattern.compile("(?<!承)担任何(?=职)");
  /** 何 closing a question after 是 ({@code 分别系何}): "what". */
  private static final Pattern WHAT_AT_THE_END = Pattern.compile("(?<=是)何(?=[？?]|$)");
  /** A quotation or a title ({@code “何以解忧”}, {@code 《何以中国》}): left as written. */
  private static final Pattern QUOTED = Pattern.compile("[“「『\"《][^”」』\"》]*[”」』\"》]");

  /** The rewrites in the order they run: 系 first, which frames the 何 after it; 何 alone last. */
  private static final List<Map.Entry<Pattern, String>> REWRITES = Stream.of(
      List.of(Map.entry(IS, "是"), Map.entry(HOW_MUCH, "多少"), Map.entry(HOW_MANY, "多少")),
      FRAMED_WORDS,
      Stream.of(WORDS).map(w -> Map.entry(Pattern.compile(Pattern.quote(w[0])), w[1])).toList(),
      List.of(Map.entry(WHY, "为什么"), Map.entry(WHICH_MORE, "哪个"), Map.entry(POST, "担任什么"),
          Map.entry(WHICH, "哪个"), Map.entry(WHICH_ONE, "哪"), Map.entry(WHAT, "什么"), Map.entry(WHAT_AT_THE_END, "什么")))
      .flatMap(List::stream).toList();

  private Classical() {}

  /** {@code text} with its classical question words in modern Chinese; modern text unchanged. */
  public static String modern(String text) {
    StringBuilder out = new StringBuilder();
    Matcher quoted = QUOTED.matcher(text);
    int from = 0;
    while (quoted.find()) {
      out.append(modernWords(text.substring(from, quoted.start()))).append(quoted.group());
      from = quoted.end();
    }
    return out.append(modernWords(text.substring(from))).toString();
  }

  private static String modernWords(String text) {
    String t = text;
    for (Map.Entry<Pattern, String> r : REWRITES) {
      t = r.getKey().matcher(t).replaceAll(r.getValue());
    }
    return t;
  }
}
