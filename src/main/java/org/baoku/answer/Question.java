package org.baoku.answer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.retrieve.EnglishQuery;

/**
 * What a question asks, read once per question: its key terms for lexical matching, the named
 * places, organisations and people it is about, the kind of answer it expects ({@code 多少} wants a
 * number, {@code 谁} a person …) and any quotation it carries.
 *
 * <p>Traditional characters are converted to simplified with HanLP (the archive is simplified), and
 * segmentation and tagging use HanLP with person, place and organisation recognition, because an
 * answer check is only as good as the tags it compares.
 */
final class Question {

  /** The kind of answer the question wants; drives the check that refuses near misses. */
  enum Expect { NUMBER, PERSON, PLACE_ORG, DATE, LIST, REASON, OTHER }

  /** A key term and its weight in the lexical overlap. */
  record Key(String word, double weight) {}

  /** Key weights: names identify the subject; verbs ({@code 要求}, {@code 开展}) are everywhere. */
  static final double NAMED_WEIGHT = 2.0;
  static final double OTHER_WEIGHT = 0.6;

  /** Longest phrase taken as the kind of place asked for. */
  private static final int MAX_HEAD_CHARS = 6;

  /** Longest question text analysed; a longer message is cut there rather than slowing every step. */
  static final int MAX_CHARS = 400;
  /** Longest question quoted back in a refusal. */
  static final int ASKED_CHARS = 60;

  private static final Segment SEGMENT = HanLP.newSegment()
      .enableNameRecognize(true)
      .enablePlaceRecognize(true)
      .enableOrganizationRecognize(true)
      .enableOffset(true);

  private static final Set<String> PERSON_WORDS =
      Set.of("谁", "哪位", "何人", "什么人", "叫什么", "哪名", "哪个人", "名字", "哪些人");
  private static final Set<String> DATE_WORDS = Set.of(
      "什么时候", "哪天", "何时", "哪一天", "哪年", "哪一年", "几月", "几号", "什么时间", "几点", "哪月");
  private static final Set<String> PLACE_WORDS = Set.of("哪里", "哪儿", "什么地方", "何地", "何处", "什么单位");
  private static final Set<String> REASON_WORDS =
      Set.of("为什么", "为何", "怎样", "怎么", "如何", "怎么样", "原因", "为啥", "做法", "方式");
  /** Question words and words about the newspaper itself: never evidence of an answer. */
  private static final Set<String> NOT_KEYS = Set.of(
      "多少", "几", "第几", "谁", "哪", "哪个", "哪位", "哪些", "哪里", "哪儿", "哪家", "什么", "怎样", "怎么",
      "如何", "为什么", "为何", "何时", "是否", "吗", "呢", "一共", "总共", "共", "具体", "分别", "这次", "此次",
      "这些", "那些", "报道", "文章", "文中", "文末", "本报", "报纸", "报上", "提到", "讲到", "写", "说",
      "请问", "哪种", "哪项", "哪一", "了", "是", "有", "的");
  private static final Set<String> TIME_UNITS = Set.of(
      "小时", "天", "年", "月", "日", "分钟", "周", "岁", "公里", "米", "平方米", "万元", "元", "人次", "倍",
      "次", "户", "人", "家", "项", "场", "批", "支", "条", "件", "份", "名", "个", "位", "所", "辆", "吨");
  /** A count question word, alone or glued to its measure word by the segmenter ({@code 几支}). */
  private static final Pattern COUNT = Pattern.compile("(第)?(几|多少)(\\p{IsHan}{0,2})");
  /** {@code 有多长}, {@code 多久}: a measure, answered by a number with a unit. */
  /** Stands for any unit of time or length ({@code 多长}, {@code 多久}). */
  static final String DURATION = "时长";
  private static final Pattern HOW_MUCH = Pattern.compile("[有是]多[长久大高远重宽深]|多长时间|多久");
  private static final Pattern MONEY = Pattern.compile(".*(金|款|钱|费|资金|经费|奖金|捐款)$");
  private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{4,})[”\"」』]");
  /** Citation-like markers, kept out of a refusal that quotes the question back. */
  private static final Pattern MARKERS = Pattern.compile("[\\[［【]\\s*\\^?\\s*[0-9０-９]+[^\\]］】]{0,12}[\\]］】]");
  private static final Pattern ACROSS = Pattern.compile("报道|文章|稿件|分别|不同时期|各自");
  private static final Pattern LIST_WORDS = Pattern.compile("哪些|哪几|哪[两二三四五六七八九十]|有几[种项个类]");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'’.-]*|[0-9]+");
  private static final Set<String> ENGLISH_STOP = Set.of(
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "was", "were", "is", "are",
      "which", "what", "who", "whom", "how", "when", "where", "why", "did", "does", "do", "with", "by",
      "from", "that", "this", "these", "those", "many", "much", "shown", "their", "its", "it", "be",
      "been", "as", "about", "into", "had", "has", "have", "they", "them", "workers", "worker");

  private static final String ASCII_MARKS = "?!,;:()";
  private static final String FULL_MARKS = "？！，；：（）";

  final String raw;
  final String text;
  final boolean english;
  final List<Term> terms;
  final List<Key> keys;
  final List<String> entities;
  final Expect expect;
  /** For {@link Expect#NUMBER}: the measure word the number must carry ({@code 名}), or null. */
  final String measure;
  /**
   * For {@link Expect#NUMBER}: what is counted ({@code 多少名党员} → 党员), or null; a number of
   * something else ({@code 32名干部职工}) does not answer it.
   */
  final String counted;
  /** For {@link Expect#NUMBER}: {@code 第几} asks for an ordinal. */
  final boolean ordinal;
  /**
   * For {@link Expect#PLACE_ORG}: the nouns after {@code 哪个} ({@code 社区}), empty for {@code 哪里}.
   */
  final List<String> heads;
  /**
   * The question asks across several reports ({@code 这些报道中}, {@code 分别}, {@code 不同时期}):
   * the answer may draw on several articles and names each one.
   */
  final boolean acrossArticles;
  /**
   * Who or what the asked name belongs to ({@code 哪位防疫志愿者} → 志愿者, {@code 哪里的讲师} → 讲师):
   * the answering sentence must mention one, or any name in the article would do.
   */
  final List<String> roles;
  /** Quotations the question carries ({@code “…”这句话是谁说的}). */
  final List<String> quotes;

  private Question(String raw) {
    this.raw = raw;
    String cleaned = clean(raw);
    this.english = isEnglish(cleaned);
    this.text = english ? cleaned : fullWidthPunctuation(HanLP.convertToSimplifiedChinese(cleaned));
    this.terms = english ? List.of() : SEGMENT.seg(text);
    this.quotes = quotes(text);
    List<String> heads = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    String[] measure = {null};
    boolean[] ordinal = {false};
    String[] counted = {null};
    this.expect = english ? Expect.OTHER : expect(text, terms, heads, roles, measure, ordinal, counted);
    this.roles = List.copyOf(roles);
    this.counted = counted[0];
    this.heads = List.copyOf(heads);
    this.measure = measure[0];
    this.ordinal = ordinal[0];
    this.keys = english ? englishKeys(text, EnglishQuery.terms(raw)) : keys(terms, quotes);
    this.entities = english ? List.of() : entities(terms);
    this.acrossArticles = !english && ACROSS.matcher(text).find();
  }

  static Question of(String raw) {
    return new Question(raw == null ? "" : raw);
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** The question as it was asked, shortened for quoting back in a refusal. */
  String asked() {
    String t = MARKERS.matcher(clean(raw)).replaceAll("").replaceAll("[？?。！!\\s]+$", "");
    return t.codePointCount(0, t.length()) > ASKED_CHARS
        ? t.substring(0, t.offsetByCodePoints(0, ASKED_CHARS)) + "…" : t;
  }

  private static String clean(String raw) {
    String t = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    t = t.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}&&[^\\n]]", " ").strip();
    return t.codePointCount(0, t.length()) > MAX_CHARS ? t.substring(0, t.offsetByCodePoints(0, MAX_CHARS)) : t;
  }

  /**
   * NFKC turns {@code ？} into {@code ?}, which HanLP then glues to the word before it
   * ({@code 社区?}); Chinese text gets its full-width marks back.
   */
  private static String fullWidthPunctuation(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (char c : t.toCharArray()) {
      int i = ASCII_MARKS.indexOf(c);
      b.append(i >= 0 ? FULL_MARKS.charAt(i) : c);
    }
    return b.toString();
  }

  private static boolean isEnglish(String t) {
    long cjk = t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    long latin = t.codePoints().filter(c -> c < 128 && Character.isLetter(c)).count();
    return cjk == 0 ? latin > 0 : latin > cjk * 3;
  }

  private static List<String> quotes(String t) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(t);
    while (m.find()) {
      out.add(m.group(1));
    }
    return List.copyOf(out);
  }

  private static Expect expect(String t, List<Term> terms, List<String> heads, List<String> roles,
      String[] measure, boolean[] ordinal, String[] counted) {
    for (String w : PERSON_WORDS) {
      if (t.contains(w)) {
        role(terms, roles);
        return Expect.PERSON;
      }
    }
    for (String w : DATE_WORDS) {
      if (t.contains(w)) {
        return Expect.DATE;
      }
    }
    if (LIST_WORDS.matcher(t).find()) {
      return Expect.LIST;
    }
    Matcher howMuch = HOW_MUCH.matcher(t);
    if (howMuch.find()) {
      measure[0] = howMuch.group().endsWith("长") || howMuch.group().endsWith("久") || howMuch.group().endsWith("时间")
          ? DURATION : null;
      return Expect.NUMBER;
    }
    for (int i = 0; i < terms.size(); i++) {
      Matcher count = COUNT.matcher(terms.get(i).word);
      if (!count.matches()) {
        continue;
      }
      ordinal[0] = count.group(1) != null || i > 0 && terms.get(i - 1).word.equals("第");
      String unit = count.group(3) == null ? "" : count.group(3);
      int after = i + 1;
      if (unit.isEmpty() && after < terms.size()) {
        String next = terms.get(after).word;
        if (TIME_UNITS.contains(next) || terms.get(after).nature.toString().startsWith("q") && next.length() <= 2) {
          unit = next;
          after++;
        }
      }
      if (unit.equals("钱") || unit.isEmpty() && money(terms, after)) {
        measure[0] = "元";
      } else if (!unit.isEmpty()) {
        measure[0] = unit;
        if (after < terms.size() && terms.get(after).nature.toString().matches("n.*|vn|j")) {
          counted[0] = terms.get(after).word;
        }
      }
      return Expect.NUMBER;
    }
    for (String w : PLACE_WORDS) {
      if (t.contains(w)) {
        int at = t.indexOf(w + "的");
        if (at >= 0) {
          nounAt(terms, at + w.length() + 1, roles);
        }
        return Expect.PLACE_ORG;
      }
    }
    for (int i = 0; i < terms.size(); i++) {
      String w = terms.get(i).word;
      if (w.startsWith("哪") && !w.equals("哪些")) {
        if (w.length() > 2) {
          heads.add(w.substring(2));
        }
        nounsAfter(terms, i + 1, heads);
        return Expect.PLACE_ORG;
      }
    }
    for (String w : REASON_WORDS) {
      if (t.contains(w)) {
        return Expect.REASON;
      }
    }
    return Expect.OTHER;
  }

  /** Whether a money noun follows within two words ({@code 多少专项资金}, {@code 多少慰问金}). */
  private static boolean money(List<Term> terms, int from) {
    for (int j = from; j < Math.min(terms.size(), from + 2); j++) {
      if (MONEY.matcher(terms.get(j).word).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind of place asked for after {@code 哪个}: the phrase up to the next function word or
   * verb ({@code 哪个集中隔离点} → 集中隔离点, {@code 哪个街道工委} → 街道工委), and its last noun when
   * that differs ({@code 工委}), since the archive may name the kind shorter.
   */
  private static void nounsAfter(List<Term> terms, int from, List<String> heads) {
    StringBuilder phrase = new StringBuilder();
    String lastNoun = null;
    for (int j = from; j < terms.size() && phrase.length() < MAX_HEAD_CHARS; j++) {
      String nature = terms.get(j).nature.toString();
      boolean noun = nature.startsWith("n") || nature.equals("j") || nature.equals("vn");
      if (nature.matches("[wupcdry].*") || nature.startsWith("v") && !noun && lastNoun != null) {
        break;
      }
      if (nature.startsWith("q") && phrase.length() == 0) {
        continue;
      }
      phrase.append(terms.get(j).word);
      if (noun) {
        lastNoun = terms.get(j).word;
      }
    }
    if (lastNoun == null) {
      return;
    }
    heads.add(phrase.toString());
    if (!lastNoun.equals(phrase.toString()) && lastNoun.length() >= 2) {
      heads.add(lastNoun);
    }
  }

  /** The first noun starting at character {@code offset} of the question, if any. */
  private static void nounAt(List<Term> terms, int offset, List<String> out) {
    for (Term t : terms) {
      if (t.offset >= offset && t.nature.toString().matches("n.*|j")) {
        out.add(t.word);
        return;
      }
      if (t.offset >= offset + 4) {
        return;
      }
    }
  }

  /**
   * The role a person question names ({@code 哪位防疫志愿者} → 志愿者, {@code 讲师叫什么} → 讲师):
   * the name in the answer must come with it, or any name in the article would do.
   */
  private static void role(List<Term> terms, List<String> heads) {
    for (int i = 0; i < terms.size(); i++) {
      String w = terms.get(i).word;
      if (w.equals("哪位") || w.equals("哪名") || w.equals("哪个人")) {
        String last = null;
        for (int j = i + 1; j < terms.size() && terms.get(j).nature.toString().matches("n.*|vn|j"); j++) {
          last = terms.get(j).word;
        }
        if (last != null) {
          heads.add(last);
        }
        return;
      }
      if (w.equals("叫")) {
        for (int j = i - 1; j >= 0; j--) {
          String n = terms.get(j).nature.toString();
          if (n.startsWith("n") && !n.startsWith("nr") && terms.get(j).word.length() >= 2) {
            heads.add(terms.get(j).word);
            return;
          }
          if (!n.startsWith("u") && !n.startsWith("d")) {
            return;
          }
        }
        return;
      }
    }
  }

  private static List<Key> keys(List<Term> terms, List<String> quotes) {
    List<Key> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Term t : terms) {
      String w = t.word.strip();
      String nature = t.nature.toString();
      if (w.isEmpty() || nature.startsWith("w") || NOT_KEYS.contains(w) || w.startsWith("哪")
          || CoreStopWordDictionary.contains(w) || !seen.add(w)) {
        continue;
      }
      boolean named = nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt")
          || nature.startsWith("nz") || nature.equals("nx") || nature.equals("nis")
          || w.chars().anyMatch(Character::isDigit);
      boolean noun = nature.startsWith("n") || nature.equals("vn") || nature.equals("j");
      double weight = named ? NAMED_WEIGHT : w.length() == 1 ? 0.5 : noun ? 1.0 : OTHER_WEIGHT;
      out.add(new Key(w.toLowerCase(Locale.ROOT), weight));
    }
    for (String q : quotes) {
      out.add(new Key(q, 3.0));
    }
    return List.copyOf(out);
  }

  /**
   * Words of an English question. Most cannot match Chinese text and are dropped per question by
   * {@link Evidence} when no candidate sentence has them; names match through a sentence's pinyin
   * ({@code Pinggu} finds {@code 平谷}), and Latin words through Latin in the text ({@code app}).
   */
  /**
   * An English question's keys: its own words and figures (they match names, numbers and pinyin)
   * and the Chinese terms the dictionary gives for them, which match the archive's sentences.
   */
  private static List<Key> englishKeys(String t, List<String> chinese) {
    List<Key> out = new ArrayList<>();
    for (String c : chinese) {
      if (c.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
        out.add(new Key(c, OTHER_WEIGHT));
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = LATIN_WORD.matcher(t);
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "").replaceAll("[.'’-]+$", "");
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() < 2 || ENGLISH_STOP.contains(lower) || !seen.add(lower)) {
        continue;
      }
      boolean named = Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit);
      out.add(new Key(lower, named ? NAMED_WEIGHT : 1.0));
    }
    return List.copyOf(out);
  }

  private static List<String> entities(List<Term> terms) {
    List<String> out = new ArrayList<>();
    for (Term t : terms) {
      String nature = t.nature.toString();
      String w = t.word;
      boolean named = nature.startsWith("ns") || nature.startsWith("nt") || nature.startsWith("nr");
      if (named && w.length() >= 2 && !w.contains("哪") && !w.contains("几") && !w.contains("什么")
          && !NOT_KEYS.contains(w)) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }
}
