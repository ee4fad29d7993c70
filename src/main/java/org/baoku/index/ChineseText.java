package org.baoku.index;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one place Chinese text is normalised and analysed, so index time and query time agree.
 *
 * <p>The Lucene analyzers neither fold traditional characters nor full-width forms, so {@link
 * #normalise} does it before analysis: readers paste traditional text and full-width digits.
 */
public final class ChineseText {

  /**
   * Longest text used for a query (BM25 terms and the embedding). A question is far shorter; the
   * cap keeps pasted pages from costing seconds or thousands of clauses.
   */
  public static final int MAX_QUERY_CHARS = 1_000;

  /**
   * SmartChinese word segmentation (0.962 R@1 on CMRC 2018 dev vs 0.902 for unigrams,
   * retrieval-notes.md) without SmartChineseAnalyzer's Porter stemmer: stemming English in a
   * Chinese paper buys little and turns acronyms into other words ("AED" became "a").
   */
  private static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new HMMChineseTokenizer();
      return new TokenStreamComponents(words,
          new StopFilter(words, SmartChineseAnalyzer.getDefaultStopSet()));
    }
  };

  private ChineseText() {}

  /** Shared and thread-safe (Lucene analyzers reuse per-thread token streams). */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /**
   * Control, format, private-use and unpaired surrogate characters become spaces; then NFKC
   * (full-width to half-width) and traditional to simplified. Never throws; null gives "".
   */
  public static String normalise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (Character.getType(cp)) {
        case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
            Character.UNASSIGNED -> clean.append(' ');
        default -> clean.appendCodePoint(cp);
      }
    });
    String nfkc = Normalizer.normalize(clean, Normalizer.Form.NFKC);
    return HanLP.convertToSimplifiedChinese(nfkc);
  }

  /**
   * Pinyin words of the Han runs in {@code text}: every two and three neighbouring syllables joined
   * without tones ("海淀区" gives {@code haidian, haidianqu, dianqu}). English text spells Chinese
   * names this way, so an English question naming "Haidian" can find the passage.
   */
  public static List<String> pinyinWords(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isIdeographic(text.charAt(i))) {
        i++;
      }
      if (i - start >= 2) {
        List<String> syllables = new ArrayList<>();
        for (Pinyin p : HanLP.convertToPinyinList(text.substring(start, i))) {
          syllables.add(p == Pinyin.none5 ? "" : p.getPinyinWithoutTone());
        }
        for (int s = 0; s + 1 < syllables.size(); s++) {
          String two = syllables.get(s) + syllables.get(s + 1);
          out.add(two);
          if (s + 2 < syllables.size()) {
            out.add(two + syllables.get(s + 2));
          }
        }
      }
      i = Math.max(i, start + 1);
    }
    return out;
  }

  /** At most {@code max} chars of {@code text}, never cutting a surrogate pair in half. */
  public static String cap(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  /** The analyzer's tokens for already normalised text, in order, duplicates kept. */
  public static List<String> terms(String field, String text) {
    return terms(ANALYZER, field, text);
  }

  /** The tokens {@code analyzer} makes of {@code text} in {@code field}, in order, duplicates kept. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * {@link #compact} of the {@link #normalise normalised} text: the form in which the archive
   * matches words, so that a question, a quotation or a passage in either script matches the
   * others. Questions are read in simplified characters, so a sentence of a traditional-script
   * page compared in {@link #compact} form alone matched none of their words.
   */
  public static String folded(String text) {
    return compact(normalise(text));
  }

  /**
   * The evaluation's comparison form: NFKC, no whitespace, no Unicode punctuation (P*), Latin
   * lower-cased. Two texts "say the same words" when their compact forms match.
   */
  public static String compact(String text) {
    String nfkc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isPunctuation(cp))
        .map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
            ? Character.toLowerCase(cp) : cp)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean isPunctuation(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
