package org.baoku.answer;

import java.util.regex.Pattern;

/**
 * A question written in Wu, as a reader from Shanghai or Suzhou types it ({@code 侬晓得伊拉派了几个人伐},
 * {@code 迭个活动啥辰光开始额}, {@code 王敏买水壶花了几钿}), in the Mandarin words the tagger and the rules
 * read: the archive is written in Mandarin, and {@code 啥辰光} asked no time, {@code 几钿} no sum,
 * {@code 伊拉} was read as a name. Only in a message that {@link #SPOKEN} shows is Wu: most of these
 * characters stand in Mandarin names and words too ({@code 伊利}, {@code 阿拉伯}, {@code 金额},
 * {@code 步伐}). Run with {@link Cantonese} before the conversion to simplified characters.
 */
final class Wu {

  /**
   * Words only Wu writes: a message holding one is Wu. Not 阿拉伯 or 伊拉克; 伐 only closing a
   * question, where Mandarin writes 吗.
   */
  private static final Pattern SPOKEN = Pattern.compile(
      "侬|儂|阿拉(?![伯斯])|伊拉(?!克)|哪能|辰光|几钿|幾鈿|几化|幾化|迭个|迭個|搿|覅|啥人|侪|儕|阿是|勒海|辣海|阿里搭|物事"
          + "|伐\\s*(?:[？?]|$)|哪搭|只(?=村|社区|社區|街道|镇|鎮|单位|單位)");

  /** Wu words and their Mandarin forms, longer first, in either script. */
  private static final String[][] WORDS = {
      {"几化辰光", "多久"}, {"幾化辰光", "多久"}, {"多少辰光", "多久"}, {"啥辰光", "什么时候"}, {"辰光", "时候"},
      {"回屋里", "回家"}, {"屋里厢", "家里"}, {"屋裏廂", "家里"}, {"阿里搭", "哪里"}, {"哪搭", "哪里"},
      {"啥地方", "哪里"}, {"啥场化", "什么地方"}, {"哪能样", "怎么样"}, {"哪能", "怎么"}, {"几钿", "多少钱"},
      {"幾鈿", "多少钱"}, {"几化", "多少"}, {"幾化", "多少"}, {"啥人", "谁"}, {"啥個", "什么"}, {"啥个", "什么"},
      {"物事", "东西"}, {"迭个", "这个"}, {"迭個", "这个"}, {"搿个", "这个"}, {"搿個", "这个"}, {"埃个", "那个"},
      {"埃個", "那个"}, {"真个", "真的"}, {"真個", "真的"}, {"下头", "下面"}, {"下頭", "下面"}, {"阿是", "是不是"},
      {"勒海", "在"}, {"辣海", "在"}, {"覅", "不要"}, {"侬", "你"}, {"儂", "你"}, {"侪", "都"}, {"儕", "都"}};

  /** 伊拉, "they", not 伊拉克; 阿拉, "we", not 阿拉伯. */
  private static final Pattern THEY = Pattern.compile("伊拉(?!克)");
  private static final Pattern WE = Pattern.compile("阿拉(?![伯斯])");
  /** 迭 or 搿 before a measure, "this" ({@code 迭位}, {@code 搿趟}). */
  private static final Pattern THIS = Pattern.compile("[迭搿](?=[位趟次篇件张張条條家只隻份些句段种種批])");
  /** 只, Wu's measure for most things, counting ({@code 几只村}, {@code 两只村}, {@code 几只口罩}): Mandarin's 个. */
  private static final Pattern MEASURE = Pattern.compile("(?<=[几幾两兩一二三四五六七八九十百千\\d哪这那這])只(?=\\p{IsHan})");
  /**
   * 个 written for 的 ({@code 啥人送过去个？}): closing the question after a word that counts nothing
   * (not {@code 多少个？}, {@code 哪个？}).
   */
  private static final Pattern OF_CLOSING = Pattern.compile(
      "(?<=\\p{IsHan})(?<![几幾两兩一二三四五六七八九十百千这那這哪每各某整单單半第少边邊个個])[个個](?=\\s*(?:[？?。！!，,]|$|[啊呀啦哦]))");
  /** 搭, "and", between two things ({@code 香河园个人次搭居住地个人次}); not a word of Mandarin ({@code 搭建}, {@code 搭配}). */
  private static final Pattern AND = Pattern.compile("(?<![哪里裏])搭(?![建配乘车車档檔桥橋设設载載起理把])");
  /** 伊 as "he" or "she": not in a name or word of Mandarin ({@code 伊利}, {@code 伊春}, {@code 木乃伊}). */
  private static final Pattern HE = Pattern.compile("(?<![乃])伊(?![利春犁斯朗拉甸万萬妹])");
  /** 勿 as "not" before a verb ({@code 勿晓得}); {@code 请勿} means the same in Mandarin. */
  private static final Pattern NOT = Pattern.compile("(?<![请請])勿");
  /** 伐 closing a question: Mandarin's 吗. */
  private static final Pattern QUESTION_END = Pattern.compile("伐(?=\\s*(?:[？?]|$))");
  /**
   * 额 written for 的 ({@code 伊额名字}); not in a word of amounts and quotas ({@code 金额}, {@code 名额},
   * {@code 额外}, {@code 额度}).
   */
  private static final Pattern OF = Pattern.compile("(?<![金名总總余餘差份数數定超配限面巨全])[额額](?![外度头頭定])");

  private Wu() {}

  /** {@code text} with its Wu words in Mandarin; text that writes no Wu unchanged. */
  static String mandarin(String text) {
    if (!SPOKEN.matcher(text).find()) {
      return text;
    }
    String t = QUESTION_END.matcher(text).replaceAll("吗");
    t = WE.matcher(THEY.matcher(t).replaceAll("他们")).replaceAll("我们");
    for (String[] w : WORDS) {
      t = t.replace(w[0], w[1]);
    }
    t = THIS.matcher(t).replaceAll("这");
    t = MEASURE.matcher(t).replaceAll("个");
    t = OF_CLOSING.matcher(t).replaceAll("的");
    t = AND.matcher(t).replaceAll("和");
    t = HE.matcher(t).replaceAll("他");
    t = NOT.matcher(t).replaceAll("不");
    return OF.matcher(t).replaceAll("的");
  }
}
