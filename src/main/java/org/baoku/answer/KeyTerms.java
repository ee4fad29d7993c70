package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.answer.Question.Key;

/**
 * The key terms of a Chinese question and their weights ({@link Key}): the words a sentence that
 * answers it is likely to share, a name weighing more than a plain noun and a noun more than a
 * verb. Its own class because lexical matching ranks sentences by these terms alone, so which words
 * count and how much is decided here in one place; {@link EnglishQuestion} weighs English keys by
 * the same weights.
 */
final class KeyTerms {

  /** Key weights: names identify the subject; verbs ({@code 要求}, {@code 开展}) are everywhere. */
  static final double NAMED_WEIGHT = 2.0;
  static final double OTHER_WEIGHT = 0.6;
  /** A plain noun, between a name and a verb. */
  static final double NOUN_WEIGHT = 1.0;
  /** The share of its weight a word of the question's preamble keeps: a name's 2.0 falls below 1. */
  static final double TOLD_SHARE = 0.4;
  /** One character: a measure word or a bound form, in most sentences. */
  private static final double ONE_CHARACTER_WEIGHT = 0.5;
  /** A quotation the question carries: the surest key there is. */
  private static final double QUOTE_WEIGHT = 3.0;

  /**
   * Question words (and {@code 长时间}, which the tagger cuts from {@code 有多/长时间}), words about
   * the newspaper itself, forms of address ({@code 石岳同志}, {@code 李童那哥们儿}) and the words of
   * someone asking for others ({@code 听众朋友…想问问}): never evidence of an answer.
   */
  static final Set<String> NOT_KEYS = Set.of(
      "多少", "几", "第几", "谁", "哪", "哪个", "哪位", "哪些", "哪里", "哪儿", "哪家", "什么", "怎样", "怎么",
      "如何", "为什么", "为何", "何时", "是否", "吗", "呢", "一共", "总共", "共", "合计", "共计", "总计", "加起来", "合起来", "加在一起", "具体", "分别", "这次", "此次",
      "这些", "那些", "报道", "文章", "文中", "文末", "本报", "报纸", "报上", "提到", "讲到", "写", "说",
      "请问", "哪种", "哪项", "哪一", "了", "是", "有", "的", "同志", "哥们儿", "姐们儿", "长时间",
      "听众", "网友", "读者", "观众", "想问", "问问", "想知道",
      // the tagger reads 菜地有多大 as 有/v 多大/nt, a name
      "多大", "多长", "多高", "多远", "多重", "多宽", "多深", "多久",
      // 献血那天是几号: the day asked, framed, not a word of the report's
      "那天", "这天", "号");
  /**
   * Words that frame an event rather than name it ({@code 献血的活动是哪天举行的}): a report names
   * what was done (献血), seldom that it was an 活动 held (举行). Weighed as one character is.
   */
  private static final Set<String> EVENT_FRAME = Set.of("活动", "举行", "举办", "开展", "进行");

  private KeyTerms() {}

  /**
   * Runs of single characters the segmenter left unjoined, joined again: it knows neither {@code
   * 下沉} nor {@code 防控} (下/f 沉/v, 防/v 控/v), and a key of one character matches almost any
   * sentence. Function words and stop words stay apart.
   */
  private static List<Term> rejoined(List<Term> terms) {
    List<Term> out = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      int j = i;
      StringBuilder run = new StringBuilder();
      while (j < terms.size() && joinable(terms, j)) {
        run.append(terms.get(j).word);
        j++;
      }
      if (j - i >= 2) {
        Term joined = new Term(run.toString(), Nature.v);
        joined.offset = t.offset;
        out.add(joined);
        i = j - 1;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A single character of a word, not of a name beside it ({@code 北房/nz 镇/n}, {@code 御/vg 华园/ns})
   * nor what a count asks ({@code 多少 钱/n 搞/v 慰问} made the key 钱搞).
   */
  private static boolean joinable(List<Term> terms, int k) {
    Term t = terms.get(k);
    String n = t.nature.toString();
    if (k > 0 && isName(terms.get(k - 1)) || k + 1 < terms.size() && isName(terms.get(k + 1))) {
      return false;
    }
    if (k > 0 && Tagger.asksACount(terms.get(k - 1).word)) {
      return false;
    }
    return t.word.length() == 1 && Character.UnicodeScript.of(t.word.codePointAt(0)) == Character.UnicodeScript.HAN
        && n.matches("v|vg|f|a|ag|ng|n") && FUNCTION_CHARACTERS.indexOf(t.word.charAt(0)) < 0 && !NOT_KEYS.contains(t.word);
  }

  /** A name the tagger found, not a question word it took for one ({@code 哪天/nz}). */
  private static boolean isName(Term t) {
    String n = t.nature.toString();
    return !t.word.startsWith("哪") && !t.word.startsWith("什么") && (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nz") || n.equals("nis"));
  }

  /** Characters that join clauses and words rather than make them: never part of a rejoined word. */
  private static final String FUNCTION_CHARACTERS = "的地得了着过是在和与及或到把被给对从向于也都就还又很再才将让使为以之其这那此有";

  /**
   * The keys of what a question asks, then those of its {@link Preamble} at {@value #TOLD_SHARE} of
   * their weight: the preamble names what the reader is after ({@code 听说…拍了一部疫情防控宣传片，…请问这部片子有多长}),
   * but a word of it that no report holds ({@code 我老公是顺丰的快递员}) is the reader's life, not the
   * topic, and weighing below {@value #NOUN_WEIGHT} it is not counted as a topic word left unanswered.
   */
  static List<Key> withPreamble(List<Key> asked, List<Key> told) {
    List<Key> out = new ArrayList<>(asked);
    Set<String> seen = new LinkedHashSet<>();
    asked.forEach(k -> seen.add(k.word()));
    for (Key k : told) {
      if (seen.add(k.word())) {
        out.add(new Key(k.word(), k.weight() * TOLD_SHARE));
      }
    }
    return out;
  }

  static List<Key> keys(List<Term> tagged, List<String> quotes) {
    List<Term> terms = rejoined(tagged);
    List<Key> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Term t : terms) {
      String w = t.word.strip();
      String nature = t.nature.toString();
      if (w.isEmpty() || nature.startsWith("w") || NOT_KEYS.contains(w) || w.startsWith("哪")
          || CoreStopWordDictionary.contains(w) || !seen.add(w)) {
        continue;
      }
      // a word the place recogniser misread (那部, 一个月里) names nothing and weighs as a plain word
      boolean misread = MisreadNames.PLACE.matcher(w).find();
      boolean named = !misread && (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt")
          || nature.startsWith("nz") || nature.equals("nx") || nature.equals("nis")
          || w.chars().anyMatch(Character::isDigit));
      boolean noun = !misread && (nature.startsWith("n") || nature.equals("vn") || nature.equals("j"));
      double weight = named ? NAMED_WEIGHT : w.length() == 1 || EVENT_FRAME.contains(w) ? ONE_CHARACTER_WEIGHT
          : noun ? NOUN_WEIGHT : OTHER_WEIGHT;
      out.add(new Key(w.toLowerCase(Locale.ROOT), weight));
    }
    for (String q : quotes) {
      out.add(new Key(q, QUOTE_WEIGHT));
    }
    return out;
  }
}
