package org.baoku.retrieve;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.baoku.retrieve.EnglishWords.Token;

/**
 * The Chinese headwords CC-CEDICT gives for an English word or phrase, and which of them {@link
 * EnglishQuery} keeps: the glosses of the word as written and of its base forms, the longest
 * dictionary phrase from a word, and the {@link #PER_WORD} best headwords, ranked by newspaper
 * frequency and the weights below. Holds the dictionary, which loads on first use; thread-safe.
 */
final class Headwords {

  /**
   * Headwords kept per English word or phrase, and per name spelled in pinyin. On the 278
   * answerable English questions of the read sets ({@code eval --qa}, every set), 2, 3, 4 and 5
   * gave containment 0.910, 0.924, 0.910, 0.928 and R@5 0.914, 0.946, 0.942, 0.939, every other
   * kind of question identical: 3 has the best R@5 and refuses every near miss 2 refused. A third
   * reading finds the word a report uses where the first two miss it ("register": 登记, 立案, then
   * 注册, as in 通过二维码注册); the extra keys cost citation precision (mean over the sets 0.841 →
   * 0.834).
   */
  static final int PER_WORD = 3;

  /** The shortest part of a closed compound tried ({@link #closedCompound}): "at", "in" make too many. */
  private static final int MIN_PART = 3;

  /** Longest dictionary phrase tried, in words; the derived index keeps keys up to this length. */
  private static final int MAX_PHRASE = 4;

  /*
   * A headword's score is ln(1 + its frequency in HanLP's core dictionary, counted in People's
   * Daily text) plus the weights below. They were set by reading the choices for the words of the
   * English dev questions and of 20 more written to probe them, not fitted: the English sets are
   * too small to fit four weights on.
   */

  /** The gloss is the entry's first: what the headword mainly means (工人 is first a worker). */
  private static final double FIRST_SENSE = 2.0;

  /** The entry has no other gloss (口罩 is only a mask; 隐藏 has 13 meanings). */
  private static final double SOLE_SENSE = 1.0;

  /** A capitalised word meeting a capitalised gloss, or a lower-case word a lower-case one. */
  private static final double NAME_MATCH = 3.0;

  /** One-character headwords: most are bound forms, or ambiguous alone (会 for "union"). */
  private static final double ONE_CHARACTER = 1.0;

  /**
   * The dictionary, loaded when an English question first needs it: a process that only ever sees
   * Chinese questions never spends the 0.2 s and 17 MB of heap it takes.
   */
  private static final class Loaded {
    static final Cedict DICTIONARY = Cedict.load();
  }

  private Headwords() {}

  /** The dictionary, loading it if no question has yet. */
  static Cedict dictionary() {
    return Loaded.DICTIONARY;
  }

  /** Words of the longest dictionary phrase from token {@code i} (0: none), adding its terms. */
  static int phrase(List<Token> tokens, int i, Set<String> out) {
    for (int n = Math.min(MAX_PHRASE, tokens.size() - i); n >= 2; n--) {
      List<Token> words = tokens.subList(i, i + n);
      if (!words.stream().allMatch(Token::word) || words.stream().allMatch(Token::stop)) {
        continue;
      }
      List<Cedict.Candidate> c = phraseCandidates(words);
      if (!c.isEmpty()) {
        out.addAll(best(c, words.get(0).name()));
        return n;
      }
    }
    return 0;
  }

  /**
   * The {@link #PER_WORD} best headwords of the verb at {@code i} with its object, when another
   * word of the question is one the dictionary pairs it with ("how much money was raised" → 筹措,
   * 集资, where "raised" alone is 增加, 提高); the nearest such word counts. Empty when none is,
   * and for a word the dictionary knows as written ({@link #candidates}): a noun.
   */
  static List<String> withObject(List<Token> tokens, int i) {
    if (knownAsWritten(tokens.get(i).lower())) {
      return List.of(); // "first aid training" is 培训, no verb that trains people
    }
    List<String> verbs = EnglishWords.forms(tokens.get(i).lower());
    for (int d = 1; d < tokens.size(); d++) {
      for (int j : new int[] {i + d, i - d}) {
        if (j < 0 || j >= tokens.size() || !tokens.get(j).word() || tokens.get(j).stop()) {
          continue;
        }
        for (String verb : verbs) {
          for (String object : EnglishWords.forms(tokens.get(j).lower())) {
            String key = verb + " " + object;
            if (Loaded.DICTIONARY.verbObject(key)) {
              return best(Loaded.DICTIONARY.english(key), false);
            }
          }
        }
      }
    }
    return List.of();
  }

  /** The dictionary's candidates for {@code words} as one phrase: as written, then in base forms; empty if none. */
  private static List<Cedict.Candidate> phraseCandidates(List<Token> words) {
    for (String key : keys(words)) {
      List<Cedict.Candidate> c = Loaded.DICTIONARY.english(key);
      if (!c.isEmpty()) {
        return c;
      }
    }
    return List.of();
  }

  /**
   * Every headword the dictionary gives for {@code words} read as one phrase, not only the best
   * (a named thing may be written in any of them: "May Day" is 国际劳动节 and 五一); empty when
   * it has no such phrase.
   */
  static List<String> phraseHeads(List<Token> words) {
    return phraseCandidates(words).stream().filter(x -> !x.partial()).map(Cedict.Candidate::head).distinct().toList();
  }

  /** The phrase as written, then with each word in its base forms, in that order. */
  private static List<String> keys(List<Token> words) {
    List<String> keys = new ArrayList<>(List.of(""));
    for (Token w : words) {
      List<String> next = new ArrayList<>();
      for (String prefix : keys) {
        for (String form : EnglishWords.forms(w.lower())) {
          next.add(prefix.isEmpty() ? form : prefix + " " + form);
        }
      }
      keys = next;
    }
    return keys;
  }

  /**
   * The headwords of the word as written and of its base forms (a headword may come more than
   * once, through two forms). An -ing or -ed word the dictionary knows as written, by a headword a
   * newspaper uses (one HanLP's core dictionary counts), is taken as written: "training" is 培训, not
   * a train; "testing" is a test, not 联调联试 (joint debugging), which no newspaper word count
   * knows. A plural is read in the singular too, since glosses are mostly singular. A noun no
   * gloss says is tried as the verb it comes from ("prevention" → 预防), and only then are the
   * kinds of it taken ("site" → 工地, a construction site): a kind ranked beside the word's own
   * glosses won too often ("district" gave 保护区, a nature reserve).
   */
  static List<Cedict.Candidate> candidates(Token t) {
    String w = t.lower();
    boolean asWritten = knownAsWritten(w);
    List<Cedict.Candidate> all = new ArrayList<>();
    for (String key : asWritten ? List.of(w) : EnglishWords.forms(w)) {
      all.addAll(Loaded.DICTIONARY.english(key));
    }
    List<Cedict.Candidate> own = all.stream().filter(c -> !c.partial()).toList();
    if (own.isEmpty()) {
      own = EnglishWords.verbs(w).stream().flatMap(v -> Loaded.DICTIONARY.english(v).stream())
          .filter(c -> !c.partial()).toList();
    }
    if (all.isEmpty()) {
      return closedCompound(w);
    }
    return own.isEmpty() ? all : own;
  }

  /** An -ing or -ed word the dictionary glosses as written, by a headword a newspaper uses. */
  private static boolean knownAsWritten(String w) {
    return (w.endsWith("ing") || w.endsWith("ed")) && Loaded.DICTIONARY.english(w).stream()
        .anyMatch(c -> !c.partial() && CoreDictionary.getTermFrequency(c.head()) > 0);
  }

  /**
   * The glosses of a word written closed that the dictionary knows open ("frontline" is its "front
   * line", 一线; "healthcare", "health care"): the first split, from the left, that is a phrase
   * the dictionary glosses. Empty when none is.
   */
  private static List<Cedict.Candidate> closedCompound(String w) {
    for (int k = MIN_PART; k <= w.length() - MIN_PART; k++) {
      List<Cedict.Candidate> c = Loaded.DICTIONARY.english(w.substring(0, k) + " " + w.substring(k));
      if (!c.isEmpty()) {
        return c;
      }
    }
    return List.of();
  }

  /** The {@link #PER_WORD} best headwords (see {@link EnglishQuery}), best first, ties in order. */
  static List<String> best(List<Cedict.Candidate> candidates, boolean name) {
    List<Cedict.Candidate> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingDouble((Cedict.Candidate c) -> -score(c, name)));
    return ranked.stream().map(Cedict.Candidate::head).distinct().limit(PER_WORD).toList();
  }

  private static double score(Cedict.Candidate c, boolean name) {
    double s = Math.log1p(Math.max(0, CoreDictionary.getTermFrequency(c.head())));
    s += c.sense() == 0 ? FIRST_SENSE : 0;
    s += c.senses() == 1 ? SOLE_SENSE : 0;
    s += c.proper() == name ? NAME_MATCH : 0;
    s -= c.head().codePointCount(0, c.head().length()) == 1 ? ONE_CHARACTER : 0;
    return s;
  }
}
