package org.baoku.retrieve;

import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The English side of {@link EnglishQuery}, with no dictionary: a question cut into tokens, the
 * base forms of an inflected word, and whether a capitalised word is spelled in pinyin. Pure
 * functions of their arguments; thread-safe.
 */
final class EnglishWords {

  /**
   * Words that alone translate to nothing useful: English function words, question words,
   * auxiliaries and light verbs ("give", "make"). Also dropped from BM25 (SmartChinese keeps them):
   * in an English question "the" and "of" matched the one English-heavy ad above the answer.
   */
  static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but",
      "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that",
      "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with", "s",
      "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did",
      "many", "much", "were", "has", "have", "had", "been", "being", "can", "could", "would",
      "should", "may", "might", "its", "his", "her", "hers", "our", "your", "my", "we", "you", "i",
      "he", "she", "them", "him", "us", "me", "from", "about", "than", "so", "very", "also", "any",
      "some", "all", "each", "those", "one", "get", "got", "give", "make", "take", "go", "come",
      "put", "let");

  /** Irregular past forms and plurals of everyday words, to their base forms. */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("grew", "grow"),
      Map.entry("grown", "grow"), Map.entry("held", "hold"), Map.entry("made", "make"),
      Map.entry("sent", "send"), Map.entry("took", "take"), Map.entry("taken", "take"),
      Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("paid", "pay"),
      Map.entry("built", "build"), Map.entry("led", "lead"), Map.entry("won", "win"),
      Map.entry("lost", "lose"), Map.entry("told", "tell"), Map.entry("said", "say"),
      Map.entry("brought", "bring"), Map.entry("bought", "buy"), Map.entry("taught", "teach"),
      Map.entry("thought", "think"), Map.entry("found", "find"), Map.entry("left", "leave"),
      Map.entry("met", "meet"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
      Map.entry("ran", "run"), Map.entry("wrote", "write"), Map.entry("written", "write"),
      Map.entry("chose", "choose"), Map.entry("chosen", "choose"), Map.entry("spoke", "speak"),
      Map.entry("spoken", "speak"), Map.entry("fell", "fall"), Map.entry("felt", "feel"),
      Map.entry("kept", "keep"), Map.entry("sold", "sell"), Map.entry("stood", "stand"),
      Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("drew", "draw"),
      Map.entry("drawn", "draw"), Map.entry("became", "become"), Map.entry("came", "come"),
      Map.entry("children", "child"), Map.entry("men", "man"), Map.entry("women", "woman"),
      Map.entry("sang", "sing"), Map.entry("sung", "sing"), Map.entry("ate", "eat"),
      Map.entry("eaten", "eat"), Map.entry("spent", "spend"), Map.entry("lent", "lend"),
      Map.entry("dealt", "deal"), Map.entry("fought", "fight"), Map.entry("sought", "seek"),
      Map.entry("caught", "catch"), Map.entry("heard", "hear"), Map.entry("shown", "show"),
      Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("did", "do"),
      Map.entry("done", "do"), Map.entry("was", "be"), Map.entry("were", "be"));

  private static final List<String> MONTHS = List.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /**
   * Words (with a possessive or contraction), Latin-digit mixes (KN95), numbers (1.8, 30%), and
   * the marks that end a sentence. Hyphens separate words: glosses are indexed with spaces.
   */
  private static final Pattern TOKEN =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:'[A-Za-z]+)?|\\d+(?:[.,]\\d+)*%?|[.?!;:]");

  /** Toneless pinyin syllables, from HanLP's table. */
  private static final Set<String> SYLLABLES = Arrays.stream(Pinyin.values())
      .filter(p -> p != Pinyin.none5).map(Pinyin::getPinyinWithoutTone)
      .collect(Collectors.toUnmodifiableSet());

  private EnglishWords() {}

  /**
   * A word or number of a question.
   *
   * @param capital a word starting with a capital letter
   * @param initial the first token of a sentence, whose capital says nothing about a name
   * @param word starts with a letter (not a number)
   */
  record Token(String text, boolean capital, boolean initial, boolean word) {

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    /** A stop word as written or, for an irregular verb, in its base form ("gave"). */
    boolean stop() {
      return STOP_WORDS.contains(lower())
          || STOP_WORDS.contains(IRREGULAR.getOrDefault(lower(), ""));
    }

    /** A capital that is not just a sentence's first letter. */
    boolean name() {
      return capital && !initial;
    }

    /** Two or more capitals and digits with a capital: AED, CPR, KN95. */
    boolean acronym() {
      return text.length() >= 2 && text.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
          && text.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
  }

  /** The words and numbers of {@code text}, in order; possessives cut ("union's" is "union"). */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean initial = true;
    while (m.find()) {
      String s = m.group();
      if (s.length() == 1 && ".?!;:".indexOf(s.charAt(0)) >= 0) {
        initial = true;
        continue;
      }
      int apostrophe = s.indexOf('\'');
      if (apostrophe > 0) {
        s = s.substring(0, apostrophe);
      }
      boolean word = Character.isLetter(s.charAt(0));
      out.add(new Token(s, word && Character.isUpperCase(s.charAt(0)), initial, word));
      initial = false;
    }
    return out;
  }

  /**
   * The archive's form of a date at token {@code i} ("March 4" → 3月4日, "2 June" → 6月2日, "June"
   * → 6月) and how many tokens it took from {@code i}; empty when token i is not a capitalised
   * month. "May" counts only beside a day, since it is also a verb.
   */
  static Date date(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    int month = t.capital() ? MONTHS.indexOf(t.lower()) + 1 : 0;
    boolean day = i + 1 < tokens.size() && tokens.get(i + 1).text().matches("\\d{1,2}");
    boolean dayBefore = i > 0 && tokens.get(i - 1).text().matches("\\d{1,2}");
    if (month == 0 || (month == 5 && !day && !dayBefore)) {
      return new Date("", 0);
    }
    if (day) {
      return new Date(month + "月" + tokens.get(i + 1).text() + "日", 2);
    }
    return dayBefore ? new Date(month + "月" + tokens.get(i - 1).text() + "日", 1) : new Date(month + "月", 1);
  }

  /** A date as the archive writes it, and the number of tokens it took (0: none). */
  record Date(String text, int tokens) {}

  /** The word as written, then its base forms: plural, past, -ing, irregular verbs. */
  static List<String> forms(String w) {
    Set<String> out = new LinkedHashSet<>();
    out.add(w);
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      out.add(irregular);
    }
    int n = w.length();
    if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
      out.add(w.substring(0, n - 3) + "y"); // subsidies, applied
    }
    if (n > 3 && w.endsWith("es")) {
      out.add(w.substring(0, n - 2)); // boxes
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      out.add(w.substring(0, n - 1));
    }
    for (String suffix : List.of("ed", "ing")) {
      int stem = n - suffix.length();
      if (stem >= 3 && w.endsWith(suffix)) {
        String base = w.substring(0, stem);
        out.add(base);
        out.add(base + "e"); // donated
        if (base.charAt(stem - 1) == base.charAt(stem - 2)) {
          out.add(base.substring(0, stem - 1)); // planned, running
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Verbs a noun may come from, for nouns no gloss says ("prevention" → prevent, "donation" →
   * donate, "investment" → invest): Chinese often has one word for both.
   */
  static List<String> verbs(String noun) {
    List<String> out = new ArrayList<>();
    String w = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    int n = w.length();
    if (n > 6 && w.endsWith("ation")) {
      out.add(w.substring(0, n - 5) + "ate"); // donation
      out.add(w.substring(0, n - 5) + "e"); // organisation
      out.add(w.substring(0, n - 5)); // consultation
    } else if (n > 5 && w.endsWith("ption")) {
      out.add(w.substring(0, n - 5) + "me"); // resumption
    } else if (n > 5 && w.endsWith("tion")) {
      out.add(w.substring(0, n - 3)); // prevention
    } else if (n > 6 && w.endsWith("ment")) {
      out.add(w.substring(0, n - 4)); // investment
    }
    return out;
  }

  /**
   * The fewest pinyin syllables that spell {@code w} (lower case), or -1: a syllable starting
   * with a vowel only at the start, as pinyin writes it (Xi'an takes an apostrophe), so that
   * "Dean" is English.
   */
  static int syllables(String w) {
    List<String> split = split(w);
    return split.isEmpty() && !w.isEmpty() ? -1 : split.size();
  }

  /** The fewest pinyin syllables that spell {@code w} (lower case), as {@link #syllables} counts them; empty when none do. */
  static List<String> split(String w) {
    int[] best = new int[w.length() + 1];
    int[] from = new int[w.length() + 1];
    Arrays.fill(best, -1);
    best[0] = 0;
    for (int end = 1; end <= w.length(); end++) {
      for (int start = Math.max(0, end - 6); start < end; start++) {
        if (best[start] >= 0 && SYLLABLES.contains(w.substring(start, end))
            && (start == 0 || "aeiouv".indexOf(w.charAt(start)) < 0)
            && (best[end] < 0 || best[start] + 1 < best[end])) {
          best[end] = best[start] + 1;
          from[end] = start;
        }
      }
    }
    List<String> out = new ArrayList<>();
    if (best[w.length()] < 0) {
      return out;
    }
    for (int end = w.length(); end > 0; end = from[end]) {
      out.add(0, w.substring(from[end], end));
    }
    return out;
  }
}
