package org.baoku.retrieve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.baoku.chat.Language;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.EnglishWords.Token;

/**
 * The Chinese words of an English question, found without a language model, so that BM25, the
 * embedding and the evidence scorer can meet a Chinese archive on its own terms: an English
 * question shares no word with the page, and bge-small-zh places English text far from Chinese.
 *
 * <p>How: the question is cut into words, numbers and acronyms. Dictionary phrases are matched
 * longest first (up to four words: "trade unions" → 工会, "donated blood" → 献血, "this year" →
 * 今年), then single words; each word is tried as written and in its base forms (plural, -ed, -ing
 * and common irregular verbs), since CC-CEDICT glosses use base forms; a verb whose object the
 * dictionary names takes the pair's headwords wherever the object stands ("how much money was
 * raised" → 筹措, where "raised" alone is 增加, 提高). Stop and question words
 * alone give nothing. Of a key's headwords, {@link Headwords#PER_WORD} are kept, ranked by whether
 * the gloss is the entry's first (what the word mainly means), how common the headword is in
 * HanLP's newspaper-trained core dictionary, and whether a capitalised word meets a capitalised
 * gloss (a name). A capitalised word the glosses do not know is read as pinyin: a proper name of CC-CEDICT
 * ("Haidian" → 海淀) or else kept, lower case, with a run of such words joined ("Zhang Lei" →
 * {@code zhanglei}), which the index's pinyin field matches. Numbers and Latin acronyms stay as
 * written; a month and day become the archive's form ("March 4" → 3月4日).
 *
 * <p>The dictionary loads once per process, on the first English question (about 0.2 s and 17 MB
 * of heap for its 95,000 English and 18,000 pinyin keys); a question then takes about 1 ms. Any
 * string gives a list, never an exception; thread-safe.
 *
 * <p>This class walks the question word by word; {@link Headwords} looks words and phrases up in
 * the dictionary and ranks their headwords, {@link PinyinNames} reads the names spelled in pinyin.
 * Neither calls back.
 */
public final class EnglishQuery {

  private EnglishQuery() {}

  /**
   * The Chinese terms of {@code question} in the order its words come, without duplicates: each
   * word's or phrase's headwords, the pinyin words of names CC-CEDICT does not know (lower case),
   * numbers, Latin acronyms and dates. Empty unless the question, once normalised (full-width
   * letters are letters), is English ({@link Language#of}); never null, never throws.
   */
  public static List<String> terms(String question) {
    if (question == null) {
      return List.of();
    }
    String text = ChineseText.normalise(ChineseText.cap(question, 4 * ChineseText.MAX_QUERY_CHARS));
    return Language.of(text) == Language.ENGLISH ? translate(text) : List.of();
  }

  /**
   * The Chinese headwords of English words written inside a Chinese question ({@code condolence
   * money} → 电唁, 货币, 金钱, 钱), as {@link #terms} reads them in an English question; numbers,
   * acronyms and names spelled in pinyin give none. Empty when the dictionary knows no word of
   * {@code words}; never null.
   */
  public static List<String> chinese(String words) {
    if (words == null || words.isBlank()) {
      return List.of();
    }
    return translate(ChineseText.normalise(ChineseText.cap(words, ChineseText.MAX_QUERY_CHARS))).stream()
        .filter(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
        .toList();
  }

  /** Milliseconds this process spent loading the dictionary (once; loads it if no question has). */
  public static long loadMillis() {
    return Headwords.dictionary().loadMillis();
  }

  /**
   * Chinese compounds the adjacent words of {@code question} may stand for, each a join of one
   * headword of each of two words in a row ("service stations" → 服务站, 服务台, 业务站, …):
   * Chinese writes as one word what English says in two. Most joins are no word at all; a reader
   * keeps only those its sentences hold. Empty for Chinese; never null.
   */
  public static List<String> compounds(String question) {
    if (question == null) {
      return List.of();
    }
    String text = ChineseText.normalise(ChineseText.cap(question, 4 * ChineseText.MAX_QUERY_CHARS));
    if (Language.of(text) != Language.ENGLISH) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    List<List<String>> previous = new ArrayList<>(List.of(List.of()));
    translate(text, heads -> {
      for (String a : previous.get(0)) {
        for (String b : heads) {
          out.add(a + b);
        }
      }
      previous.set(0, heads);
    });
    return List.copyOf(out);
  }

  /**
   * Every Chinese headword of each dictionary phrase an English question writes in capitals, two
   * words or more ("Winter Olympics" → 冬奥会; "Communist Youth League" → 共青团, …): a named
   * event or body, as specific as a place. Not a phrase whose first word only opens the sentence,
   * nor a holiday.
   * Empty for Chinese; never null.
   */
  public static List<List<String>> namedPhrases(String question) {
    if (question == null) {
      return List.of();
    }
    String text = ChineseText.normalise(ChineseText.cap(question, 4 * ChineseText.MAX_QUERY_CHARS));
    if (Language.of(text) != Language.ENGLISH) {
      return List.of();
    }
    List<Token> tokens = EnglishWords.tokens(text);
    List<List<String>> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int n = 0;
      while (i + n < tokens.size() && tokens.get(i + n).word() && tokens.get(i + n).name()) {
        n++;
      }
      List<String> heads = n >= 2 ? Headwords.phraseHeads(tokens.subList(i, i + n)) : List.of();
      // a holiday is a day, which a report may write by its date (五一 for "May Day", 国际劳动节)
      if (!heads.isEmpty() && heads.stream().noneMatch(h -> h.endsWith("节") || h.endsWith("日"))) {
        out.add(heads);
      }
      i += Math.max(n, 1);
    }
    return out;
  }

  /** {@link #terms} of normalised English text. */
  private static List<String> translate(String text) {
    return translate(text, heads -> {});
  }

  /**
   * {@link #terms} of normalised English text, telling {@code step} the Chinese headwords of each
   * word or dictionary phrase in turn, and an empty list for anything else (a stop word, number,
   * date, name or acronym), which ends a run of words in a row.
   */
  private static List<String> translate(String text, Consumer<List<String>> step) {
    List<Token> tokens = EnglishWords.tokens(text);
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      EnglishWords.Date date = t.word() ? EnglishWords.date(tokens, i) : null;
      Set<String> heads = new LinkedHashSet<>();
      int used;
      if (!t.word() && FIGURE.matcher(t.text()).matches()) {
        boolean scaled = i + 1 < tokens.size() && SCALES.containsKey(tokens.get(i + 1).lower());
        out.add(asWritten(t.text(), scaled ? SCALES.get(tokens.get(i + 1).lower()) : 1));
        used = scaled ? 2 : 1;
      } else if (!t.word() || t.acronym()) {
        out.add(t.text());
        used = 1;
      } else if (date.tokens() > 0) {
        out.add(date.text());
        used = date.tokens();
      } else if (t.lower().equals("per") && i + 1 < tokens.size() && tokens.get(i + 1).word()
          && !tokens.get(i + 1).stop()) {
        // "per hour" is 每小时, one word in the archive (单道每小时检测量约160人)
        List<String> unit = Headwords.best(Headwords.candidates(tokens.get(i + 1)), false);
        heads.addAll(unit);
        unit.forEach(u -> heads.add("每" + u));
        used = 2;
      } else if (NUMBERS.containsKey(t.lower())) {
        // "twelve officials": the archive writes 12名
        out.add(NUMBERS.get(t.lower()));
        used = 1;
      } else if ((used = Headwords.phrase(tokens, i, heads)) == 0
          && (used = PinyinNames.name(tokens, i, out)) == 0) {
        if (!t.stop()) {
          List<String> paired = t.name() ? List.of() : Headwords.withObject(tokens, i);
          heads.addAll(paired.isEmpty() ? Headwords.best(Headwords.candidates(t), t.name()) : paired);
        }
        used = 1;
      }
      out.addAll(heads);
      step.accept(List.copyOf(heads));
      i += used;
    }
    return List.copyOf(out);
  }

  /** A figure in digits, with thousands separated by commas or not ({@code 600,000}, {@code 1.1}). */
  private static final Pattern FIGURE = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  /** Words that multiply the figure before them ({@code 1.1 million}). */
  private static final java.util.Map<String, Long> SCALES = java.util.Map.of(
      "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  /** The units a Chinese report counts large figures in: 亿 from a hundred million, 万 from ten thousand. */
  private static final List<java.util.Map.Entry<BigDecimal, String>> CHINESE_UNITS = List.of(
      java.util.Map.entry(BigDecimal.valueOf(100_000_000L), "亿"), java.util.Map.entry(BigDecimal.valueOf(10_000L), "万"));

  /**
   * A figure as a Chinese report writes it: {@code 600,000} as 60万 ({@code 已筹措60余万元资金}),
   * {@code 1.1 million} as 110万, {@code 500 million} as 5亿, {@code 5,000} as 5000; a figure that
   * takes more than two decimals in its unit as its digits. As written by the reader, "600,000"
   * matched no word of the archive, and the report that gives the sum was not found.
   */
  static String asWritten(String figure, long scale) {
    BigDecimal value = new BigDecimal(figure.replace(",", "")).multiply(BigDecimal.valueOf(scale));
    for (java.util.Map.Entry<BigDecimal, String> unit : CHINESE_UNITS) {
      if (value.compareTo(unit.getKey()) >= 0) {
        BigDecimal inUnit = value.divide(unit.getKey()).stripTrailingZeros();
        if (inUnit.scale() <= 2) {
          return inUnit.toPlainString() + unit.getValue();
        }
      }
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /** Numbers written as English words, as the archive writes them: in digits. */
  private static final java.util.Map<String, String> NUMBERS = java.util.Map.ofEntries(
      java.util.Map.entry("two", "2"), java.util.Map.entry("three", "3"), java.util.Map.entry("four", "4"),
      java.util.Map.entry("five", "5"), java.util.Map.entry("six", "6"), java.util.Map.entry("seven", "7"),
      java.util.Map.entry("eight", "8"), java.util.Map.entry("nine", "9"), java.util.Map.entry("ten", "10"),
      java.util.Map.entry("eleven", "11"), java.util.Map.entry("twelve", "12"), java.util.Map.entry("thirteen", "13"),
      java.util.Map.entry("fourteen", "14"), java.util.Map.entry("fifteen", "15"), java.util.Map.entry("sixteen", "16"),
      java.util.Map.entry("seventeen", "17"), java.util.Map.entry("eighteen", "18"), java.util.Map.entry("nineteen", "19"),
      java.util.Map.entry("twenty", "20"), java.util.Map.entry("thirty", "30"), java.util.Map.entry("forty", "40"),
      java.util.Map.entry("fifty", "50"), java.util.Map.entry("hundred", "100"));

  /**
   * A place an English question names in pinyin before a kind of division ("Yongding Town",
   * "Fangshan District").
   *
   * @param syllables the name's pinyin syllables ({@code fang}, {@code shan})
   * @param headwords what the dictionary writes for it, with its division ({@code 房山区}) and
   *     without ({@code 房山})
   * @param named what the dictionary writes for the name with its division only ({@code 房山区}):
   *     the place as the question's subject
   */
  public record Place(List<String> syllables, List<String> headwords, List<String> named) {}

  /**
   * The places an English question names in pinyin before a kind of division: a place is as
   * specific as a Chinese name, where a capitalised word alone may be English ("June", "Route").
   */
  public static List<Place> places(String text) {
    List<Token> tokens = EnglishWords.tokens(text);
    List<Place> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      String division = PinyinNames.DIVISIONS.get(tokens.get(i + 1).lower());
      if (division != null && PinyinNames.pinyinName(t) && EnglishWords.syllables(t.lower()) >= 2) {
        List<String> named = Headwords.dictionary().pinyin(t.lower() + division);
        List<String> headwords = new ArrayList<>(named);
        headwords.addAll(Headwords.dictionary().pinyin(t.lower()));
        out.add(new Place(EnglishWords.split(t.lower()), headwords, named));
      }
    }
    return out;
  }
}
