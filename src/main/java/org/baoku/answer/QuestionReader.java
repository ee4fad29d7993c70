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
import org.baoku.answer.Question.Key;
import org.baoku.chat.Language;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.EnglishQuery;

/**
 * Reads a question once into its {@link Question}: normalised by {@link #clean} (and, for Chinese,
 * folded to simplified characters with full-width marks), tagged by {@link Tagger}, its language
 * decided by {@link Language#of}.
 *
 * <p>Each part is read by a class of its own: what is asked by {@link AskedKind} (the count of a
 * number question by {@link AskedCount}, the nouns its question word points at by {@link
 * AskedNouns}), the key terms by {@link KeyTerms}, the named bodies by {@link QuestionEntities}, an
 * English question by {@link EnglishQuestion}. What is read here: the text, its quotations, the
 * events of a date question and whether the question asks across reports.
 */
final class QuestionReader {

  /** Longest question text analysed; a longer message is cut there rather than slowing every step. */
  static final int MAX_CHARS = 400;

  /**
   * Words that ask who said a quotation ({@code “…”这句话是谁说的}); those that ask the report it is
   * in ({@code 出自哪篇报道}) are {@link QuoteSource#PIECE_ASKED}. Without either the quotation marks
   * name something ({@code “互助保障，祝您安康”主题培训请的是哪家机构}), and the question is answered as
   * any other, its quoted name a strong key.
   */
  private static final Pattern SOURCE_ASKED = Pattern.compile("说|讲的|原话|这句|这话|写道|引用|出自(?:哪位|谁)|(?i)who said");
  /**
   * A quotation given without quotation marks, before the words that point back at it ({@code
   * 两点一线非必要不出区，这句倡议…}, {@code 有句话叫疫情就是命令防控就是责任，出自哪里}): group 1 or 2.
   */
  private static final Pattern UNMARKED = Pattern.compile(
      "^(?:有句话|有一句话|我记得一句|记得有句话)(?:叫|说)?([^，,？?“”\"]{6,60})[，,]|^([^，,？?“”\"]{6,60})[，,]?(?:这句|这话|这一句|这段话)");
  private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{4,})[”\"」』]");
  /**
   * Words of a question that asks across several reports: reports counted or pointed at in the
   * plural ({@code 两篇大兴防疫报道}, {@code 这些报道中}), or parts asked each ({@code 分别}, {@code
   * 各自}). One report named as the source ({@code 根据报道}, {@code 那篇报道里}) is not several.
   */
  private static final Pattern ACROSS = Pattern.compile(
      "(?:[两几多各三四]篇|这些|那些|不同|同一批)[^，。？?]{0,10}?(?:报道|文章|稿件|剪报)|分别|不同时期|各自|各有|各是|各为");
  /**
   * What a question sets aside ({@code 除了在检测点和卡口值守，还…}): the reader knows it already, so
   * its words are not keys, or the sentence that repeats them outranks the one that answers.
   */
  private static final Pattern EXCEPT = Pattern.compile("除了[^，。？！]{1,40}?(?:以外|之外)?[，]?(?=还|也|又|另|更)"
      // 讲课的不是集团内部人员，而是从哪个单位请来的讲师: what is ruled out is set aside too
      + "|(?:并不是|不是|并非)[^，。？！]{1,20}?[，,]?(?=而是)"
      // 除区总工会拨付的以外，各镇街筹集了多少: 除 closed by 以外 sets aside without a 还 after it (stop 77, holdout-228)
      + "|除了?[^，。？！]{1,40}?(?:以外|之外)[，,]?");
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
      // its entities are the places it spells in pinyin that the dictionary names one way only
      // (Haidian District → 海淀区); a homophone's several names would each be asked for
      Kind kind = EnglishQuestion.englishKind(cleaned);
      return new Question(asked, cleaned, "", language, Question.Script.LATIN, kind.asks(), kind.count(),
          kind.asks() == Asked.PLACE ? EnglishQuestion.placeHeads(cleaned) : kind.heads(), List.of(), List.of(), EnglishQuestion.englishKeys(cleaned, EnglishQuery.terms(asked)),
          EnglishQuery.places(cleaned).stream().filter(p -> p.named().size() == 1).map(p -> p.named().get(0)).toList(),
          quotes(cleaned), false, Optional.empty(), List.of());
    }
    Question.Script script = HanLP.convertToSimplifiedChinese(cleaned).equals(cleaned)
        ? Question.Script.SIMPLIFIED : Question.Script.TRADITIONAL;
    String simplified = Mandarin.of(cleaned);
    String spelled = fullWidthPunctuation(simplified);
    String whole = Wording.plain(spelled);
    Preamble.Split split = Preamble.contrast(spelled)
        .map(c -> new Preamble.Split(Wording.plain(c.told()), Wording.plain(c.asked())))
        .orElseGet(() -> Preamble.split(whole));
    List<Term> told = split.told().isEmpty() ? List.of() : Tagger.tag(split.told());
    // an aside's words weigh as the preamble's, but it names nothing the question is about
    List<Term> said = split.said().equals(split.told()) ? told : Tagger.tag(split.said());
    String text = split.asked();
    List<Term> terms = Tagger.tag(text);
    String carried = carriedName(split, told, terms);
    if (!carried.isEmpty()) {
      text = carried + " " + text;
      terms = Tagger.tag(text);
    }
    List<String> quoted = quotes(whole);
    Kind kind = AskedKind.asked(text, terms);
    // 除了在检测点值守，还用什么办法: what is set aside is not what the answer says, nor what 不是…而是 rules out
    String besides = EXCEPT.matcher(text).replaceAll("");
    List<Term> sought = besides.equals(text) ? terms : Tagger.tag(besides);
    int pointed = Preamble.reportPointed(besides);
    List<Term> pointedAsked = from(sought, pointed);
    List<Key> keys = pointed == 0 ? KeyTerms.keys(sought, quoted) : KeyTerms.withPreamble(KeyTerms.keys(pointedAsked, quoted),
        KeyTerms.keys(sought.subList(0, sought.size() - pointedAsked.size()), quoted));
    return new Question(asked, text, split.said(), language, script, kind.asks(), kind.count(), kind.heads(), kind.roles(),
        kind.asks() == Asked.DATE ? events(terms) : List.of(), EnglishInChinese.keys(split.hasPreamble()
        ? KeyTerms.withPreamble(keys, KeyTerms.keys(said, List.of()))
        : keys, whole),
        QuestionEntities.entities(sought),
        SOURCE_ASKED.matcher(text).find() || QuoteSource.PIECE_ASKED.matcher(text).find()
            || QuoteSource.PART_OF_ASKED.matcher(text).find() ? quoted : List.of(),
        ACROSS.matcher(whole).find(), Optional.empty(), List.of());
  }

  /** The terms of {@code terms} from the one that holds character {@code at} of their text on. */
  private static List<Term> from(List<Term> terms, int at) {
    int end = 0;
    for (int i = 0; i < terms.size(); i++) {
      end += terms.get(i).word.length();
      if (end > at) {
        return terms.subList(i, terms.size());
      }
    }
    return List.of();
  }

  /**
   * The place, body or person the preamble of {@code split} names first, with the names written
   * right after it ({@code 大兴区黄村镇}), to be read before what it asks ({@code 我在首发养护公司做保洁协作…，请问公司工会下辖一共有几个分会}) as a follow-up carries its
   * subject on; empty when there is no preamble, it names none, or the question names its own.
   *
   * @param told the preamble, tagged
   * @param asked what is asked, tagged
   */
  private static String carriedName(Preamble.Split split, List<Term> told, List<Term> asked) {
    if (split.told().isEmpty() || !QuestionEntities.entities(asked).isEmpty()) {
      return "";
    }
    // the first it names, where the reader says whose story it is (我爱人在北辰集团下属单位上班): the
    // rest of a long preamble holds the tagger's misreadings too (工会组了个理发小分队 → 工会组)
    List<String> named = QuestionEntities.entities(told);
    if (named.isEmpty()) {
      return "";
    }
    // 大兴区黄村镇总工会…: the town within the district, a name written right after the first
    String toldText = split.told();
    StringBuilder carried = new StringBuilder(named.get(0));
    for (String next : named.subList(1, named.size())) {
      if (!toldText.contains(carried + next)) {
        break;
      }
      carried.append(next);
    }
    return carried.toString();
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
   * stripped, a question typed word by word without its spaces ({@link WordSpacing}), cut at
   * {@value #MAX_CHARS} characters.
   */
  static String clean(String raw) {
    String t = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    t = t.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}&&[^\\n]]", " ").strip();
    t = WordSpacing.joined(t);
    if (t.codePointCount(0, t.length()) <= MAX_CHARS) {
      return t;
    }
    return ASKS_LAST.matcher(t).find() ? tail(t) : t.substring(0, t.offsetByCodePoints(0, MAX_CHARS));
  }

  /** A message that ends with a question mark: it asks last. */
  private static final Pattern ASKS_LAST = Pattern.compile("[？?]\\s*$");

  /**
   * The end of a message too long to read whole that asks last, from the first sentence that
   * starts within its last {@value #MAX_CHARS} characters: such a message tells its background
   * first ({@code 我是…，去年…。…，我想知道…？}), so its head is what can go. One that asks first
   * keeps its head.
   */
  private static String tail(String t) {
    int from = t.offsetByCodePoints(t.length(), -MAX_CHARS);
    for (int i = from - 1; i < t.length() - 1; i++) {
      if (SENTENCE_END.indexOf(t.charAt(i)) >= 0) {
        String rest = t.substring(i + 1).strip();
        if (!rest.isEmpty()) {
          return rest;
        }
      }
    }
    return t.substring(from);
  }

  /** Marks that end a sentence, before NFKC's ASCII marks are made full-width again. */
  private static final String SENTENCE_END = "。！？!?；;\n";

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
    Matcher unmarked = UNMARKED.matcher(t);
    if (out.isEmpty() && unmarked.find()) {
      out.add(unmarked.group(1) != null ? unmarked.group(1) : unmarked.group(2));
    }
    return out;
  }
}
