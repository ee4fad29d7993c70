package org.baoku.answer;

import java.util.List;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * A question that quotes the paper ({@code “大爷您好，请出示一下证件。”是哪位防疫志愿者说的}): the
 * sentence holding the quotation, and what names its source (the article's headline, or the
 * nearest sentence of the article that names what was asked). Answered ahead of the evidence
 * model: a quotation finds its sentence word for word, and who said it is often in another one.
 */
final class QuoteSource {

  /** Leading characters of a quotation that find the sentence it starts in. */
  private static final int QUOTE_START = 10;

  private QuoteSource() {}

  /**
   * A quotation's source: the sentence holding it, led by the article's headline when the headline
   * names what was asked ({@code 哪个区工会的干部} → 《朝阳区总工会机关干部…》), else followed by the
   * nearest sentence of the article that does (who said it). Refused when neither does.
   */
  static Answer quoteSource(Question q, Scored quote, List<Hit> hits, ArticlePassages articles) {
    if (AskedPhrases.fits(q, quote.span().text())) {
      return CitedReply.render(q, List.of(quote), "", hits);
    }
    String headline = quote.passage().headline().strip();
    if (!headline.isEmpty() && AskedPhrases.fits(q, headline)) {
      return CitedReply.render(q, List.of(quote), "《" + headline + "》：", hits);
    }
    Scored near = nearestFitting(q, quote, hits, articles);
    return near == null ? Replies.notFound(q, hits, CitedReply.COMPOSER, "")
        : CitedReply.render(q, List.of(quote, near), "", hits);
  }

  /** The sentence holding the question's quotation, from the best retrieved passage that has it. */
  static Scored quoted(Question q, List<Hit> hits) {
    for (Hit h : hits) {
      String passage = ChineseText.folded(h.passage().text());
      for (String quote : q.quotes()) {
        String nq = ChineseText.folded(quote);
        if (nq.isEmpty() || !passage.contains(nq)) {
          continue;
        }
        String start = nq.substring(0, Math.min(QUOTE_START, nq.length()));
        for (Sentences.Span s : Sentences.split(h.passage().text())) {
          if (ChineseText.folded(s.text()).contains(start)) {
            return new Scored(h, s, 1, 1, 1);
          }
        }
      }
    }
    return null;
  }

  /**
   * For a quotation: the sentence of the same article nearest to it that names what was asked
   * (who said it, which body).
   */
  private static Scored nearestFitting(Question q, Scored at, List<Hit> hits,
      ArticlePassages articles) {
    int origin = at.passage().start() + at.span().start();
    Scored best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Passage p : ArticleContext.articlePassages(at.passage(), hits, articles)) {
      for (Sentences.Span s : Sentences.split(p.text())) {
        int distance = Math.abs(p.start() + s.start() - origin);
        if (distance > 0 && distance < bestDistance && AskedPhrases.fits(q, s.text())) {
          best = new Scored(new Hit(p, at.hit().score(), at.hit().rank()), s, 0, 0, 0);
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
