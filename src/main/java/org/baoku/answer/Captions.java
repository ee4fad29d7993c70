package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Sentences;

/**
 * Display lines among the chosen sentences: a short line of an advertisement or a notice quoted
 * with its whole block, and the caption that answers a question about a picture. The evidence
 * model reads such lines poorly (they have no sentence's closing mark, no headline, few words), so
 * they are found by their layout once the model has ranked the candidates.
 */
final class Captions {

  /** Longest block of display lines quoted whole (an advertisement, a notice): the bundled ad is 110. */
  private static final int BLOCK_CHARS = 160;
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
  /**
   * Longest line read as a fragment of its block ({@code 中国探月工程官方合作伙伴}, 12): a caption
   * of a block of captions (25 to 40 characters here) says what it shows on its own.
   */
  private static final int FRAGMENT_CHARS = 20;

  /** Words by which a question asks about a picture on the page rather than a report. */
  private static final Pattern PICTURE = Pattern.compile("照片|图片|配图|图中|图里|图上|画面|合影");

  private Captions() {}

  /**
   * {@code chosen}, a short line of a short block of display lines (an advertisement, a notice:
   * lines without a sentence's closing mark) replaced by the whole block: {@code 中国探月工程官方合作伙伴}
   * means nothing without the brand on the line above it.
   */
  static List<Scored> wholeBlocks(List<Scored> chosen) {
    List<Scored> out = new ArrayList<>();
    for (Scored s : chosen) {
      String text = s.passage().text();
      String block = text.strip();
      Scored whole = s;
      if (s.span().text().strip().length() <= FRAGMENT_CHARS && block.length() <= BLOCK_CHARS && block.contains("\n")
          && !SENTENCE_END.matcher(block).find()) {
        int start = text.indexOf(block);
        whole = new Scored(s.hit(), new Sentences.Span(start, start + block.length(), block), s.lex(), s.sim(),
            s.score());
      }
      if (!out.contains(whole)) {
        out.add(whole);
      }
    }
    return out;
  }

  /**
   * Share of a caption's character pairs that a report's sentence holds for it to say the same: the
   * 施剑 caption shares 0.79 of its pairs with the report's sentence, 0.03 with the next sentence
   * about him. Stop 81: read +5 on the pages, none lost.
   */
  private static final double RESTATED = 0.6;

  /**
   * {@code chosen}, each caption among it followed by the sentence of a report on its page that
   * says the same, fuller ({@code 施剑下沉到集中隔离点担任团组长统筹防疫工作} under the picture, {@code
   * …迅速下沉到榆垓镇兴安健康公寓集中隔离点，担任二组组长，统筹各项防疫工作} in the report): the model
   * ranks the short caption first, and the report's wording is the one a reader quotes. That
   * sentence holds what is asked, when a kind of phrase is. Not for a question about the picture
   * itself. Stop 81: holdout-259 and nearmiss-41 asked his post and his group, both answered by
   * the caption's 团组长.
   */
  static List<Scored> withTheReport(Question q, List<Scored> chosen, List<Scored> candidates) {
    if (PICTURE.matcher(q.text()).find()) {
      return chosen;
    }
    List<Scored> out = new ArrayList<>(chosen);
    for (Scored s : chosen) {
      if (!s.passage().headline().isBlank() || SENTENCE_END.matcher(s.span().text()).find()) {
        continue;
      }
      candidates.stream()
          .filter(r -> !r.passage().headline().isBlank() && r.passage().page().equals(s.passage().page())
              && !out.contains(r) && restates(s.span().text(), r.span().text())
              && (!q.asks().typed() || AskedPhrases.fits(q, r.span().text())))
          .findFirst().ifPresent(r -> out.add(out.indexOf(s) + 1, r));
    }
    return out;
  }

  /** Whether {@code sentence} holds at least {@link #RESTATED} of {@code caption}'s character pairs. */
  private static boolean restates(String caption, String sentence) {
    String c = ChineseText.compact(ChineseText.normalise(caption));
    return c.length() > FRAGMENT_PAIRS
        && Lexical.pairShare(c, ChineseText.compact(ChineseText.normalise(sentence))) >= RESTATED;
  }

  /** Fewest character pairs of a caption read as saying something of its own (not a label). */
  private static final int FRAGMENT_PAIRS = 4;

  /**
   * For a question about a picture ({@code 那张照片拍的是哪个街道总工会的人}): the most probable
   * caption among the candidates (a block without a headline), when it holds what is asked (for a
   * number, name, place or date) or names every body the question names. The model ranks a
   * caption low, short and headline-less as it is, below the reports around the picture.
   */
  static Optional<Scored> caption(Question q, Candidates c, List<String> texts) {
    if (!PICTURE.matcher(q.text()).find()) {
      return Optional.empty();
    }
    for (int i : CandidatePick.best(c.probability(), texts.size())) {
      Scored s = c.ranked().get(i);
      if (!s.passage().headline().isBlank()) {
        continue;
      }
      String folded = ChineseText.folded(texts.get(i));
      boolean holds = q.asks().typed() ? AskedPhrases.fits(q, texts.get(i))
          : !q.entities().isEmpty() && q.entities().stream().allMatch(e -> folded.contains(ChineseText.folded(e)));
      if (holds) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
