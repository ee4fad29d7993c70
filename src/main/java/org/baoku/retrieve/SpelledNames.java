package org.baoku.retrieve;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.baoku.chat.Language;
import org.baoku.retrieve.EnglishWords.Token;

/**
 * The archive's own writing of the people an English question names in pinyin ("Shi Jian" → 施剑),
 * and of the places it names that no dictionary knows ("Huaweijingyuan community" → 华苇景苑).
 * No dictionary knows a reporter's or a volunteer's name, and a name's pinyin alone is ambiguous
 * (shijian is also 时间, 事件, 实践, words on every page), so the name is read off the passages a
 * first search found: a run of Han characters, one a syllable, whose toneless pinyin spells the
 * name and that is no word of HanLP's core dictionary, nor cuts one in two; when those passages
 * write none, off the passages whose pinyin holds the spelling. Thread-safe; never throws.
 */
public final class SpelledNames {

  /** A person's name is two or three syllables (石岳, 韩锋光); a longer run is a place or a body. */
  private static final int MIN_SYLLABLES = 2;
  private static final int MAX_SYLLABLES = 3;

  private SpelledNames() {}

  /**
   * The pinyin of each person an English question names (lower case, syllables joined, tone marks
   * dropped): a run of two or three capitalised pinyin words of two or three syllables in all
   * ("Shi Yue", "Shī Jiàn", "Han Fengguang"), or one word with a capital inside ("ShiYue"); not a
   * place before its kind of division ("Fengtai District"). Empty for Chinese.
   */
  public static List<String> spellings(String question) {
    if (question == null || Language.of(question) != Language.ENGLISH) {
      return List.of();
    }
    List<Token> tokens = EnglishWords.tokens(toneless(question));
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && nameWord(tokens.get(end), end == i)) {
        end++;
      }
      if (end == i) {
        i++;
        continue;
      }
      boolean place = end < tokens.size() && PinyinNames.DIVISIONS.containsKey(tokens.get(end).lower());
      List<Token> run = tokens.subList(i, end);
      String joined = String.join("", run.stream().map(Token::lower).toList());
      int syllables = EnglishWords.syllables(joined);
      boolean camel = run.size() == 1 && innerCapital(run.get(0).text());
      if (!place && (run.size() >= 2 || camel) && syllables >= MIN_SYLLABLES && syllables <= MAX_SYLLABLES) {
        out.add(joined);
      }
      i = end;
    }
    return List.copyOf(out);
  }

  /**
   * The names in {@code texts} that spell one of {@code spellings}, in the order found: each a run
   * of Han characters, one a syllable of the spelling, no core word itself, and with no core word
   * of two characters across either of its ends (是建 in 就是建设 cuts 建设).
   */
  public static List<String> names(List<String> spellings, List<String> texts) {
    if (spellings.isEmpty()) {
      return List.of();
    }
    Set<Integer> lengths = new TreeSet<>();
    // a spelling that is no pinyin (-1 syllables) spells nothing; one with a g written for two
    // (pangezhuang, 庞各庄) is also read with both, as long as the other
    spellings.stream().map(EnglishWords::syllables).filter(n -> n > 0).forEach(lengths::add);
    Set<String> spelled = new HashSet<>(spellings);
    spellings.forEach(sp -> spelled.add(PinyinNames.gDoubled(sp)));
    Set<String> out = new LinkedHashSet<>();
    for (String text : texts) {
      String t = text == null ? "" : text;
      for (int start = 0; start < t.length(); start++) {
        if (!Character.isIdeographic(t.charAt(start))) {
          continue;
        }
        for (int n : lengths) {
          if (start + n > t.length()) {
            continue;
          }
          String window = t.substring(start, start + n);
          if (window.chars().allMatch(Character::isIdeographic) && spelled.contains(pinyin(window))
              && whole(t, start, start + n)) {
            out.add(window);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean whole(String text, int start, int end) {
    String window = text.substring(start, end);
    if (CoreDictionary.contains(window)) {
      return false;
    }
    boolean cutsBefore = start > 0 && CoreDictionary.contains(text.substring(start - 1, start + 1));
    boolean cutsAfter = end < text.length() && CoreDictionary.contains(text.substring(end - 1, end + 1));
    return !cutsBefore && !cutsAfter;
  }

  private static String pinyin(String han) {
    StringBuilder out = new StringBuilder();
    for (Pinyin p : HanLP.convertToPinyinList(han)) {
      if (p == Pinyin.none5) {
        return "";
      }
      out.append(p.getPinyinWithoutTone());
    }
    return out.toString();
  }

  /** A word of a name: capitalised pinyin; its first may be a stop word when a capital mid-sentence shows it a name ("He Shaohua"). */
  private static boolean nameWord(Token t, boolean first) {
    if (!t.word() || !t.capital() || EnglishWords.syllables(t.lower()) < 1) {
      return false;
    }
    return !t.stop() || first && !t.initial();
  }

  private static boolean innerCapital(String word) {
    return word.chars().skip(1).anyMatch(Character::isUpperCase);
  }

  /** Kinds of place a name before them is one of ("Huaweijingyuan community"). */
  private static final Set<String> PLACE_KINDS = Set.of("community", "village", "town", "township", "subdistrict",
      "district", "county", "estate", "compound");
  /**
   * A place's name is three to five syllables when the dictionary does not know it (华苇景苑,
   * 兴隆庄村's 兴隆庄): two-syllable ones are the districts and towns it knows, or people's names.
   */
  private static final int PLACE_MIN_SYLLABLES = 3;
  private static final int PLACE_MAX_SYLLABLES = 5;

  /**
   * The pinyin of each place an English question names before its kind that CC-CEDICT does not
   * know ("Huaweijingyuan community" → huaweijingyuan): a residential compound or a village is
   * in no dictionary, and its pinyin, four syllables joined, is no word of the index's pinyin
   * field, which joins two and three. Empty for Chinese.
   */
  public static List<String> placeSpellings(String question) {
    if (question == null || Language.of(question) != Language.ENGLISH) {
      return List.of();
    }
    List<Token> tokens = EnglishWords.tokens(toneless(question));
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      int syllables = EnglishWords.syllables(t.lower());
      if (PLACE_KINDS.contains(tokens.get(i + 1).lower()) && PinyinNames.pinyinName(t)
          && syllables >= PLACE_MIN_SYLLABLES && syllables <= PLACE_MAX_SYLLABLES
          && Headwords.dictionary().pinyin(t.lower()).isEmpty() && !out.contains(t.lower())) {
        out.add(t.lower());
      }
    }
    return out;
  }

  /**
   * Passages read for a spelling the first search's passages name no one by: the best of those
   * whose pinyin holds it. "shijian" is also every 时间, 事件 and 实践, so a passage of 施剑 may rank
   * below them in a large archive; fifty is a bound on the cost (fifty stored texts, one term
   * query, paid only by an English question whose person the first search missed), not a tuned
   * figure: on the bundled pages the name's passages are among the first ten.
   */
  public static final int LOOKED_UP = 50;

  /**
   * What {@code search} finds for an English question's {@code chinese} terms; when the question
   * spells people, what it finds with their names too: a name's pinyin alone also matched every
   * 时间 and 事件, and the passage that tells of 施剑 was missed. The names are read off the first
   * search's passages, and a spelling none of them writes off the passages that {@code spelledIn}
   * gives for it (those whose pinyin holds it, at most {@link #LOOKED_UP}): "Who is Shi Jian?" has
   * no other word to find 施剑's report by. A question that spells no one is searched once.
   */
  public static Retrieval searched(String text, List<String> chinese, Function<List<String>, Retrieval> search,
      Function<String, List<String>> spelledIn) {
    Retrieval first = search.apply(chinese);
    List<String> spellings = spellings(text);
    List<String> places = placeSpellings(text);
    if (spellings.isEmpty() && places.isEmpty()) {
      return first;
    }
    List<String> found = first.hits().stream().map(h -> h.passage().text()).toList();
    Set<String> names = new LinkedHashSet<>(names(spellings, found));
    Set<String> written = names.stream().map(SpelledNames::pinyin).collect(Collectors.toSet());
    for (String s : spellings) {
      if (!written.contains(s)) {
        names.addAll(names(List.of(s), spelledIn.apply(s)));
      }
    }
    // a place the first search's passages write was found by its pinyin already: searched again
    // with it, the bundled pages among the synthetic paper lost two read answers to its copies
    Set<String> placesFound = names(places, found).stream().map(SpelledNames::pinyin).collect(Collectors.toSet());
    for (String p : places) {
      if (!placesFound.contains(p)) {
        // the index joins two syllables: the place's first two find the passages that may write it
        List<String> syllables = EnglishWords.split(p);
        names.addAll(names(List.of(p), spelledIn.apply(syllables.get(0) + syllables.get(1))));
      }
    }
    if (chinese.containsAll(names)) {
      return first;
    }
    List<String> named = new ArrayList<>(chinese);
    names.stream().filter(n -> !chinese.contains(n)).forEach(named::add);
    return search.apply(named);
  }

  /** {@code Shī Jiàn} as {@code Shi Jian}: pinyin's tone marks are accents on Latin letters. */
  static String toneless(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
