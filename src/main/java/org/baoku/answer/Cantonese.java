package org.baoku.answer;

import java.util.regex.Pattern;

/**
 * A question written in Cantonese, as a reader from Hong Kong types it ({@code 順義區總工會派咗幾多名工會幹部},
 * {@code 石岳係幾時下沉嘅}, {@code 施劍下沉去咗邊度}), in the Mandarin words the tagger and the rules
 * read: the archive is written in Mandarin, and {@code 幾多} asked no count, {@code 邊度} no place,
 * {@code 係} ran into the name before it. The function words that have one Mandarin reading are
 * replaced, and the few words only Cantonese writes ({@code 睇}, {@code 攞}); words Mandarin has
 * too with another sense ({@code 幫手}, {@code 飛髮}) only in a message that writes Cantonese
 * ({@link #SPOKEN_WORDS}); other content words are the same in both. Run on the question as
 * typed, before the conversion to simplified characters, which writes 係 as 系 (as in 关系) and
 * could no longer tell.
 */
public final class Cantonese {

  /**
   * Cantonese words and their Mandarin forms, longer first, in traditional and simplified script.
   * 係 only where it is not the 係 of 關係; 呢 only before a measure ({@code 呢句}, "this"), not as
   * the Mandarin particle closing a question.
   */
  private static final String[][] WORDS = {
      {"點解", "为什么"}, {"点解", "为什么"}, {"乜嘢", "什么"}, {"咩嘢", "什么"},
      {"幾多", "多少"}, {"几多", "多少"}, {"幾時", "什么时候"}, {"几时", "什么时候"}, {"邊度", "哪里"}, {"边度", "哪里"},
      {"邊間", "哪家"}, {"边间", "哪家"},
      {"佢哋", "他们"}, {"佢", "他"}, {"加埋", "加起来"}, {"同埋", "和"}, {"做嘢", "做事"},
      {"個鐘頭", "个小时"}, {"个钟头", "个小时"}, {"個鐘", "个小时"}, {"个钟", "个小时"}, {"幾耐", "多久"}, {"几耐", "多久"},
      {"幾久", "多久"}, {"几久", "多久"},
      {"咗", "了"}, {"嘅", "的"}, {"喺", "在"}, {"嗰", "那"}, {"𠮶", "那"}, {"啲", "些"}, {"咩", "什么"}, {"乜", "什么"},
      {"畀", "给"}, {"嚟", "来"}, {"睇", "看"}, {"攞", "拿"},
      {"冇", "没有"}, {"仲有", "还有"}, {"一齊", "一起"}, {"一齐", "一起"}};

  /**
   * Words of spoken Cantonese that a Mandarin text could hold in another sense or reading ({@code
   * 幫手} is a helper in Mandarin, helping in Cantonese; {@code 飛髮} a haircut; {@code 落}, {@code
   * 使} and {@code 著} before 咗): replaced only in a message that {@link #SPOKEN} shows is
   * Cantonese. {@code 蚊} is a dollar after a figure ({@link #DOLLARS}).
   */
  private static final String[][] SPOKEN_WORDS = {
      {"幫手", "帮忙"}, {"帮手", "帮忙"}, {"飛髮", "理发"}, {"飞发", "理发"}, {"落咗", "下了"}, {"後生", "年轻"},
      {"后生", "年轻"}, {"大細", "大小"}, {"大细", "大小"}, {"細細", "小小"}, {"细细", "小小"}, {"每朝", "每天早上"},
      {"使咗", "花了"}, {"著咗", "穿了"}, {"着咗", "穿了"}};
  /** The words only Cantonese writes: a message holding one is Cantonese. */
  private static final Pattern SPOKEN = Pattern.compile("[咗嘅喺嗰啲佢冇睇嚟攞畀乜咩]|[幾几]多|邊個|边个");
  /**
   * 蚊 after a figure or its question word ({@code 5萬蚊}, {@code 五蚊}, {@code 幾多蚊}): the Hong Kong
   * dollar of speech, the 元 of a report; not after 好多 (many mosquitoes).
   */
  private static final Pattern DOLLARS = Pattern.compile("(?<=[\\d一二两兩三四五六七八九十百千萬万億亿]|[幾几]多)蚊");

  /**
   * 邊個 before a noun, "which" ({@code 邊個社區}); before a verb, a preposition ({@code 邊個將自己張
   * 行軍床帶咗去一線}), an adverb or alone it is "who" ({@link #WHO}).
   */
  private static final Pattern WHICH_ONE = Pattern.compile(
      "[邊边][個个](?=[\\p{IsHan}&&[^是係系做講讲話话會会去來来啊呀嚟將将把被同跟帶带有喺在仲都就又先最已曾冇唔寫写捐送讀读拍]])");
  /** 邊個 as "who". */
  private static final Pattern WHO = Pattern.compile("[邊边][個个]");

  /** 係 as "is", not in 關係 / 联係 (relation). */
  private static final Pattern IS = Pattern.compile("(?<![關联聯关])係");
  /**
   * 邊 or 边 as "which" before a measure or a count ({@code 邊幾個街鎮}, {@code 邊間公司}, {@code
   * 邊本書}, {@code 邊篇報道}); not 旁邊, 這邊.
   */
  private static final Pattern WHICH = Pattern.compile("(?<![旁這这那東东西南北裏里外上下左右兩两身周半一])[邊边](?=[間间位只隻条條家处處幾几一本篇份種种款首部])");
  /**
   * 緊 marking a deed under way ({@code 張磊朗讀緊邊本書}, reading which book) before the question
   * word after it: Mandarin says it with 在 before the verb, and the glued 讀緊 matched no report.
   */
  private static final Pattern UNDER_WAY = Pattern.compile("緊(?=[邊边咩乜])");
  /**
   * 幾 as "how" before a measure of size ({@code 宣傳片有幾長}); Mandarin writes 几 before an adjective
   * only in a count ({@code 几大类}), so 大 and 多 are left alone.
   */
  private static final Pattern HOW = Pattern.compile("[幾几](?=[長长遠远高重闊阔深])");
  /** 呢 as "this", before a measure ({@code 呢句}, {@code 呢個}). */
  private static final Pattern THIS = Pattern.compile("呢(?=[句個个位間间條条篇次件份])");

  /**
   * 條 counting villages ({@code 兩條村}, {@code 嗰條村}), as Cantonese counts them: Mandarin counts a
   * village with 个, and 条 before 村 reads as no count of villages.
   */
  private static final Pattern VILLAGES = Pattern.compile("(?<=[一二两兩三四五六七八九十幾几多少\\d那这這哪邊边呢嗰])[條条](?=村)");

  private Cantonese() {}

  /** {@code text} with its Cantonese words in Mandarin; Mandarin text unchanged. */
  public static String mandarin(String text) {
    String t = text;
    if (SPOKEN.matcher(t).find()) {
      for (String[] w : SPOKEN_WORDS) {
        t = t.replace(w[0], w[1]);
      }
      t = DOLLARS.matcher(t).replaceAll("元");
    }
    t = IS.matcher(t).replaceAll("是");
    t = WHO.matcher(WHICH_ONE.matcher(t).replaceAll("哪个")).replaceAll("谁");
    for (String[] w : WORDS) {
      t = t.replace(w[0], w[1]);
    }
    t = UNDER_WAY.matcher(t).replaceAll("");
    t = WHICH.matcher(t).replaceAll("哪");
    t = HOW.matcher(t).replaceAll("多");
    t = VILLAGES.matcher(t).replaceAll("个");
    return THIS.matcher(t).replaceAll("这");
  }
}
