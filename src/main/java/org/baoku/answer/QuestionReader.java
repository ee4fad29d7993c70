package org.baoku.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.answer.AskedKind.Kind;
import org.baoku.answer.Question.Asked;
import org.baoku.chat.Language;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.EnglishQuery;

/**
 * Reads a question once into its {@link Question}: normalised by {@link #clean} (and, for Chinese,
 * folded to simplified characters with full-width marks), tagged by {@link Tagger}, its language
 * decided by {@link Language#of}.
 *
 * <p>Parts read by classes of their own: what is asked by {@link AskedKind}, the nouns a question
 * word points at by {@link AskedNouns}, the count of a number question by {@link AskedCount}, an
 * English question by {@link EnglishQuestion}, the key terms by {@link KeyTerms}.
 */
final class QuestionReader {

  /**
   * Key weights, as {@link KeyTerms#NAMED_WEIGHT} and {@link KeyTerms#OTHER_WEIGHT} give them: names
   * identify the subject; verbs are everywhere.
   */
  static final double NAMED_WEIGHT = KeyTerms.NAMED_WEIGHT;
  static final double OTHER_WEIGHT = KeyTerms.OTHER_WEIGHT;

  /** Which of the things named a comparison favours: {@link AskedKind#WHICH_MORE}. */
  static final Pattern WHICH_MORE = AskedKind.WHICH_MORE;

  /** The measures of units asked in English (毫升, 平方米, …): {@link EnglishQuestion#UNIT_MEASURES}. */
  static final Set<String> UNIT_MEASURES = EnglishQuestion.UNIT_MEASURES;

  /** Longest question text analysed; a longer message is cut there rather than slowing every step. */
  static final int MAX_CHARS = 400;

  /**
   * Words that ask for a quotation's source ({@code “…”这句话是谁说的}, {@code 出自哪篇报道}). Without
   * them the quotation marks name something ({@code “互助保障，祝您安康”主题培训请的是哪家机构}), and the
   * question is answered as any other, its quoted name a strong key.
   */
  private static final Pattern SOURCE_ASKED = Pattern.compile("说|讲的|出自|出处|原话|这句|这话|写道|引用");
  private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{4,})[”\"」』]");
  /**
   * Words of a question that asks across several reports: reports counted or pointed at in the
   * plural ({@code 两篇大兴防疫报道}, {@code 这些报道中}), or parts asked each ({@code 分别}, {@code
   * 各自}). One report named as the source ({@code 根据报道}, {@code 那篇报道里}) is not several.
   */
  private static final Pattern ACROSS = Pattern.compile(
      "(?:[两几多各三四]篇|这些|那些|不同|同一批)[^，。？?]{0,10}?(?:报道|文章|稿件|剪报)|分别|不同时期|各自|各有|各是|各为");
  /**
   * What the place recogniser misreads as a name: a word starting with a particle ({@code 的村} in
   * {@code 走访慰问的村和社区}), one holding a demonstrative ({@code 1路那部宣传片} → 路那部) or
   * starting with one ({@code 那各镇街} → 那各镇) or with a count of two ({@code 这俩村} → 俩村), a span of time ({@code 一个月里}, {@code
   * 一个来月里} → 来月里), 一 and one character ({@code 坚守一站}; {@code 四厂} is a name), or a body's kind before
   * any name ({@code 总工会派人}: a 总工会 comes after its name), a division's kind alone ({@code
   * 替区里拨}: the district spoken of, not named) or after a verb of going ({@code 抽进区防控专班} →
   * 进区), a locative before 全 or 各 ({@code 一个月内全区职工} → 内全区), a count of things
   * ({@code 三支支援队}), or the adverb 都 glued to the verb after it ({@code 都种上/nr}; 都江堰 and the
   * like excepted).
   */
  static final Pattern MISREAD_PLACE =
      Pattern.compile("^[的了着和与及在那这俩]|^两\\p{IsHan}$|[那这][部个次位场家]|[月年天周][里内]$|^[一二两三四五六七八九十\\d]+(?:个月|个星期|个小时|天|年|周)[里内来]?$"
          + "|^(?:干部|职工|党员|人员|员工)[下到去进回赴派]|^一\\p{IsHan}$|^一[站次个名位批场天趟遍]|^图[里中上内]$|^[区市县镇乡村][里内上]$|^[进到去回往入出][区市县镇乡村]$|^[内外里中][全各本该此]|^[二两三四五六七八九十\\d]+[支个名位批项]|^都(?![江匀昌兰安])|^总工会\\p{IsHan}");
  /**
   * What a question sets aside ({@code 除了在检测点和卡口值守，还…}): the reader knows it already, so
   * its words are not keys, or the sentence that repeats them outranks the one that answers.
   */
  private static final Pattern EXCEPT = Pattern.compile("除了[^，。？！]{1,40}?(?:以外|之外)?[，]?(?=还|也|又|另|更)");
  private static final Pattern TIME_WORD = Pattern.compile("哪|什么时|几|何时");
  /** Verbs that frame an event rather than name it ({@code 是哪天举行的}). */
  private static final Set<String> LIGHT_VERBS = Set.of("是", "有", "举行", "举办", "开展", "进行", "参加", "参与",
      "组织", "开始", "发生", "召开", "作为", "成为", "来到", "到达", "前往");
  private static final String ASCII_MARKS = "?!,;:()";
  private static final String FULL_MARKS = "？！，；：（）";

  private QuestionReader() {}

  /** The reading of {@code raw}; null reads as the empty question. Never throws. */
  static Question read(String raw) {
    String asked = raw == null ? "" : raw;
    String cleaned = clean(asked);
    Language language = Language.of(cleaned);
    if (language == Language.ENGLISH) {
      Kind kind = EnglishQuestion.englishKind(cleaned);
      return new Question(asked, cleaned, language, Question.Script.LATIN, kind.asks(), kind.count(), List.of(),
          List.of(), List.of(), EnglishQuestion.englishKeys(cleaned, EnglishQuery.terms(asked)), List.of(),
          quotes(cleaned), false, Optional.empty());
    }
    String simplified = HanLP.convertToSimplifiedChinese(cleaned);
    Question.Script script = simplified.equals(cleaned) ? Question.Script.SIMPLIFIED : Question.Script.TRADITIONAL;
    String text = Wording.plain(fullWidthPunctuation(simplified));
    List<Term> terms = Tagger.tag(text);
    List<String> quoted = quotes(text);
    Kind kind = AskedKind.kind(text, terms);
    // 除了在检测点值守，还用什么办法: what is set aside is not what the answer says
    String besides = EXCEPT.matcher(text).replaceAll("");
    List<Term> sought = besides.equals(text) ? terms : Tagger.tag(besides);
    return new Question(asked, text, language, script, kind.asks(), kind.count(), kind.heads(), kind.roles(),
        kind.asks() == Asked.DATE ? events(terms) : List.of(), KeyTerms.keys(sought, quoted),
        entities(sought),
        SOURCE_ASKED.matcher(text).find() ? quoted : List.of(),
        ACROSS.matcher(text).find(), Optional.empty());
  }

  /**
   * The verbs after the question's time word, of two characters or more, that name what happened
   * rather than that it did: the predicate of {@code 是哪一年开工的}.
   */
  private static List<String> events(List<Term> terms) {
    List<String> out = new ArrayList<>();
    boolean asked = false;
    for (Term t : terms) {
      asked |= TIME_WORD.matcher(t.word).find();
      if (asked && t.nature.toString().matches("v|vn") && t.word.length() >= 2 && !LIGHT_VERBS.contains(t.word)) {
        out.add(ChineseText.folded(t.word));
      }
    }
    return out;
  }

  /**
   * NFKC, control, format, private-use and surrogate characters as spaces (line breaks kept),
   * stripped, cut at {@value #MAX_CHARS} characters.
   */
  static String clean(String raw) {
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

  private static List<String> quotes(String t) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(t);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * Kinds of place a tagger may leave as a word of its own after an unknown name ({@code 光明/n
   * 街道/n}, {@code 小关/nz 街道/n}): the two together name a place as {@code 永定镇/ns} does.
   */
  private static final Set<String> PLACE_KINDS = Set.of("街道", "镇", "乡", "村");
  /** Words before a kind of place that name no place: {@code 乡镇街道} is every one of them. */
  private static final Set<String> NO_PLACE = Set.of("乡镇", "城乡", "社区", "农村", "村镇", "街乡", "镇街", "基层", "城市", "城镇");
  /** Natures of a word that can be a place's name before its kind: nouns, not verbs or pronouns. */
  private static final Pattern NAME_NATURE = Pattern.compile("^(?:n|nz|nr|ns|j|nrf|nrj)$");

  /** Measures of people, events and bodies that a count's question word may carry on to a noun. */
  private static final String COUNT_MEASURES = "场次个名位批项支家所户";
  /** A count's question word, which a measure follows: {@code 几}, {@code 多少}. */
  private static final Pattern COUNTED_BY = Pattern.compile("(?:几|多少)$");

  private static List<String> entities(List<Term> terms) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String nature = t.nature.toString();
      String w = t.word;
      if (i > 0 && COUNTED_BY.matcher(terms.get(i - 1).word).find()
          && (AskedCount.MEASURE_CHARS + COUNT_MEASURES).indexOf(w.charAt(0)) >= 0) {
        // 几/m 场急救培训/nt: the count's measure glued to what it counts, no name
        continue;
      }
      if (i + 1 < terms.size() && PLACE_KINDS.contains(terms.get(i + 1).word) && w.length() >= 2
          && NAME_NATURE.matcher(nature).matches() && !KeyTerms.NOT_KEYS.contains(w) && !NO_PLACE.contains(w)
          && !MISREAD_PLACE.matcher(w).find()) {
        out.add(w + terms.get(i + 1).word);
        i++;
        continue;
      }
      // not a verb glued to a surname-like character (钱买/nr in 花了多少钱买的)
      boolean named = nature.startsWith("ns") || nature.startsWith("nt")
          || nature.startsWith("nr") && Tagger.personName(t);
      if (named && w.length() >= 2 && !w.contains("哪") && !w.contains("几") && !w.contains("什么")
          && !KeyTerms.NOT_KEYS.contains(w) && !MISREAD_PLACE.matcher(w).find()) {
        out.addAll(nature.startsWith("nt") ? personAndBody(w) : List.of(w));
      }
    }
    return out;
  }

  /**
   * An organisation the tagger found that starts with a person's name is the person and the body
   * after the word that links them ({@code 郑默杰代表市总工会} → 郑默杰, 市总工会): whole, its
   * core ({@code 郑默杰代表}) is in no sentence about the body, and every mention of the body reads
   * as another one. Read again without organisation recognition to find the name.
   */
  private static List<String> personAndBody(String organisation) {
    List<Term> parts = Tagger.tagPlaces(organisation);
    if (parts.size() < 3 || !parts.get(0).nature.toString().startsWith("nr") || parts.get(0).word.length() < 2) {
      return List.of(organisation);
    }
    String person = parts.get(0).word;
    String body = organisation.substring(person.length() + parts.get(1).word.length());
    return body.length() >= 2 ? List.of(person, body) : List.of(person);
  }
}
