package org.baoku.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.baoku.index.ChineseText;
import org.baoku.index.IndexSchema;
import org.baoku.ingest.Numerals;

/**
 * What a question becomes before either leg of the hybrid search runs: its cleaned text, its BM25
 * clauses and the text its dense leg embeds. Kept apart from the searching so that every index
 * behind the {@link Archive} seam (the local {@link HybridRetriever} and SolrCloud's) asks the same
 * clauses and embeds the same text.
 *
 * <p>The query text is never parsed as Lucene syntax: it is normalised ({@link
 * ChineseText#normalise}), capped, analysed, and its distinct terms become SHOULD clauses (those
 * the index holds, in at most {@link HybridSettings#COMMON_SHARE} of the passages). An English
 * question ({@link EnglishQuery}) also searches its Chinese terms, and the dense leg embeds those;
 * its stop words are dropped (SmartChinese keeps them): "the" and "of" matched the one
 * English-heavy ad above the answer.
 */
public final class HybridQuery {

  /** BGE v1.5's instruction for short queries against passages. */
  static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  /**
   * Distinct query words kept, and as many bigrams. A word makes up to three clauses (text,
   * headline, pinyin), so at most 1,000 clauses: below Lucene's limit of 1,024.
   */
  private static final int MAX_TERMS = 250;

  /**
   * Shortest Latin word looked up as pinyin: two syllables at least ("Haidian", "Pinggu"); shorter
   * English words are too often a syllable pair by chance.
   */
  private static final int MIN_PINYIN_WORD = 4;

  /**
   * Weight of a pinyin word of three syllables or more on the pinyin field ({@code hanfengguang}
   * for "Han Fengguang"): a person's full name, or a place's, the most particular thing an English
   * question says, which its many dictionary terms (大兴, 部门, 工会) outweighed at 1. Over the 98
   * sets in stop 42: at 2, one answer more on the never-read sets; at 3 and at 5, two more there and
   * two more on the read sets, one read English near miss answered; 3 is the lower end of that.
   */
  private static final float NAME_BOOST = 3f;

  private HybridQuery() {}

  /**
   * Normalised, capped, trimmed query text; "" when no letter or digit is left, since the vector of
   * bare punctuation or emoji is near random and would return arbitrary passages.
   */
  public static String clean(String query) {
    if (query == null) {
      return "";
    }
    // Cap before and after normalising: NFKC can lengthen text, and normalising 10 MB costs time.
    String raw = ChineseText.cap(query, 4 * ChineseText.MAX_QUERY_CHARS);
    // a count spoken in numerals (三十九名) searches as the report writes it (39名)
    String text = Numerals.spokenNumbersInDigits(ChineseText.cap(ChineseText.normalise(raw).strip(), ChineseText.MAX_QUERY_CHARS).strip());
    return text.codePoints().anyMatch(Character::isLetterOrDigit) ? text : "";
  }

  /**
   * The BM25 clauses of a search for {@code text} (already {@link #clean cleaned}) with the
   * {@code chinese} terms of an English question, each field's term with its boost: the same
   * clauses whichever index runs them (the common-term cutoff, {@link
   * HybridSettings#COMMON_SHARE}, is the index's to apply). Each term gives its own bigrams, so
   * that joining two terms makes none.
   */
  public static Map<Term, Float> bm25Terms(String text, List<String> chinese, HybridSettings settings) {
    Set<String> words = new LinkedHashSet<>(ChineseText.terms(IndexSchema.TEXT, text));
    List<String> pieces = new ArrayList<>(List.of(text));
    for (String term : chinese) {
      words.addAll(ChineseText.terms(IndexSchema.TEXT, term));
      pieces.add(term);
    }
    words.removeAll(EnglishWords.STOP_WORDS);
    Map<Term, Float> terms = new LinkedHashMap<>();
    for (String w : words.stream().limit(MAX_TERMS).toList()) {
      terms.put(new Term(IndexSchema.TEXT, w), 1f);
      if (settings.headlineBoost() > 0) {
        terms.put(new Term(IndexSchema.HEADLINE, w), settings.headlineBoost());
      }
      if (w.length() >= MIN_PINYIN_WORD && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        terms.put(new Term(IndexSchema.PINYIN, w), EnglishWords.syllables(w) >= 3 ? NAME_BOOST : 1f);
      }
    }
    if (settings.gramsWeight() > 0) {
      // No bigrams with Latin letters: words already cover Latin, and the letter pairs of an
      // English question ("th", "he") matched any English text.
      pieces.stream().flatMap(p -> IndexSchema.bigramsOf(p).stream()).distinct()
          .filter(g -> g.codePoints().noneMatch(HybridQuery::isLatin)).limit(MAX_TERMS)
          .forEach(g -> terms.put(new Term(IndexSchema.GRAMS, g), settings.gramsWeight()));
    }
    return terms;
  }

  /**
   * The text the dense leg embeds for {@code query}: the cleaned question, or for an English one
   * its Chinese terms. The answer stage compares sentences with the same vector.
   */
  public static String embeddedText(String query) {
    String text = clean(query);
    return denseText(text, EnglishQuery.terms(text));
  }

  /**
   * What the dense leg embeds: the question, or for an English question its Chinese terms.
   * bge-small-zh places an English question far from the Chinese passage that answers it: on the
   * 12 English dev items the dense leg alone had R@1 / R@5 1 / 6 with the question, 6 / 10 with
   * its terms, and 5 / 9 with the question followed by its terms.
   */
  public static String denseText(String text, List<String> chinese) {
    return chinese.isEmpty() ? text : String.join(" ", chinese);
  }

  /** What the model is given for the dense text of a query: with BGE's instruction when set. */
  public static String embeddingInput(String denseText, HybridSettings settings) {
    return settings.queryInstruction() ? QUERY_INSTRUCTION + denseText : denseText;
  }

  private static boolean isLatin(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }
}
