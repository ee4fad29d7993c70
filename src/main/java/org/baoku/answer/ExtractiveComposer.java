package org.baoku.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.baoku.index.ChineseText;
import org.baoku.index.Embedder;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: answers with the archive's own sentences, each followed by its citation
 * {@code [n]}, and says "not in the archive" when no retrieved sentence holds what was asked.
 *
 * <p>Sentences of the top passages are ranked by {@link Evidence}. The answer starts from the best
 * sentence that holds the kind of thing asked for ({@link AnswerCheck}: a number for {@code 多少},
 * a name for {@code 谁} …) and is about the question's named places and bodies; a few more sentences
 * join for lists, explanations and open questions, up to about {@value #MAX_CHARS} characters.
 * Needs no key, server or network.
 */
public final class ExtractiveComposer implements Composer {

  public static final String NAME = "extractive";

  /**
   * Passages read per question (the retriever's top ones). An English question reads every hit:
   * retrieval ranks Chinese passages for it poorly.
   */
  static final int PASSAGES = 6;
  /** Below this mixed score the best sentence does not answer the question. */
  static final double MIN_SCORE = 0.45;
  /**
   * The same for an English question: only its names and figures can match Chinese words, so its
   * scores run lower.
   */
  static final double MIN_SCORE_ENGLISH = 0.3;
  /** A checked sentence may rank this far below the best one and still be the answer. */
  static final double FIT_RATIO = 0.75;
  /** Sentences considered for the typed check, best first. */
  static final int FIT_CANDIDATES = 5;
  /** An added sentence must score this share of the first one (this passage / another passage). */
  static final double SAME_PASSAGE_RATIO = 0.85;
  static final double OTHER_PASSAGE_RATIO = 0.95;
  /**
   * For a question over several reports ({@code 这些报道中写了哪两项活动}): a sentence of another
   * article may join at this share of the first one's score (seed-dev synthesis items).
   */
  static final double ACROSS_RATIO = 0.8;
  static final int MAX_SENTENCES = 3;
  /** Leading characters of a quotation that find the sentence it starts in. */
  static final int QUOTE_START = 10;
  static final int MAX_CHARS = 300;

  private static final Logger LOG = LoggerFactory.getLogger(ExtractiveComposer.class);

  private final Evidence evidence;
  private final ArticlePassages article;

  /**
   * Sees only the retrieved passages: an article's other passages are unknown, so a question's
   * named entity must appear in the retrieved part of the article.
   */
  public ExtractiveComposer() {
    this(Embedder::shared, ArticlePassages.NONE, p -> Optional.empty());
  }

  /**
   * Reads whole articles from {@code archive}, so the checks see the article around a retrieved
   * passage (who said a quotation, the district named two paragraphs earlier), and the vectors
   * of its sentences embedded when the archive was built.
   */
  public ExtractiveComposer(Archive archive) {
    this(Embedder::shared, ArticlePassages.of(archive), archive::sentenceVectors);
  }

  ExtractiveComposer(Supplier<Embedder> embedder, ArticlePassages article,
      Function<Passage, Optional<List<float[]>>> storedSentences) {
    this.evidence = new Evidence(embedder, storedSentences);
    this.article = Objects.requireNonNull(article, "article");
  }

  Evidence evidence() {
    return evidence;
  }

  @Override
  public Answer compose(String question, List<Hit> hits) {
    List<Hit> safeHits = hits == null ? List.of() : hits;
    Question q = Question.of(question);
    if (q.isBlank()) {
      return Replies.emptyQuestion(NAME);
    }
    if (safeHits.isEmpty()) {
      return Replies.notFound(q, safeHits, NAME, "");
    }
    try {
      return answer(q, safeHits);
    } catch (RuntimeException e) {
      // a bug must not cost the reader an answer: say so briefly, log the kind for the operator
      LOG.warn("extractive composer failed: {}", e.toString());
      return Replies.notFound(q, safeHits, NAME, "内部错误，未能作答 (internal error: " + e.getClass().getSimpleName() + ")");
    }
  }

  private Answer answer(Question q, List<Hit> hits) {
    List<Hit> top = q.english ? hits : hits.subList(0, Math.min(PASSAGES, hits.size()));
    Evidence.Scored quote = q.quotes.isEmpty() ? null : quoted(q, top);
    if (quote != null) {
      return quoteSource(q, quote, hits);
    }
    List<Evidence.Scored> ranked = evidence.rank(q, top, article);
    List<Evidence.Scored> chosen = choose(q, ranked, top);
    if (chosen.isEmpty()) {
      return Replies.notFound(q, hits, NAME, "");
    }
    return render(q, chosen, "", hits);
  }

  private List<Evidence.Scored> choose(Question q, List<Evidence.Scored> ranked, List<Hit> hits) {
    Evidence.Scored first = null;
    List<Evidence.Scored> out = new ArrayList<>();
    if (ranked.isEmpty() || ranked.get(0).score() < (q.english ? MIN_SCORE_ENGLISH : MIN_SCORE)) {
      return List.of();
    }
    double best = ranked.get(0).score();
    boolean typed = q.expect != Question.Expect.LIST && q.expect != Question.Expect.REASON
        && q.expect != Question.Expect.OTHER;
    for (int i = 0; i < Math.min(FIT_CANDIDATES, ranked.size()) && first == null; i++) {
      Evidence.Scored s = ranked.get(i);
      if (s.score() >= best * FIT_RATIO && AnswerCheck.fits(q, s.span().text())
          && AnswerCheck.aboutEntities(q, articleContext(s.passage(), hits))
          && !(typed && AnswerCheck.aboutAnother(q, s.span().text()))) {
        first = s;
      }
    }
    if (first == null) {
      return List.of();
    }
    out.add(first);
    if (q.expect != Question.Expect.LIST && q.expect != Question.Expect.REASON
        && q.expect != Question.Expect.OTHER) {
      return out;
    }
    boolean open = q.expect != Question.Expect.OTHER;
    int chars = first.span().text().length();
    for (Evidence.Scored s : ranked) {
      if (out.size() >= MAX_SENTENCES) {
        break;
      }
      boolean same = s.passage().id().equals(first.passage().id());
      boolean newArticle = out.stream().noneMatch(o -> sameArticle(o.passage(), s.passage()));
      double ratio = same ? SAME_PASSAGE_RATIO : q.acrossArticles && newArticle ? ACROSS_RATIO : OTHER_PASSAGE_RATIO;
      if (out.contains(s) || !same && !open || s.score() < first.score() * ratio
          || chars + s.span().text().length() > MAX_CHARS) {
        continue;
      }
      out.add(s);
      chars += s.span().text().length();
    }
    return out;
  }

  /**
   * A quotation's source: the sentence holding it, led by the article's headline when the headline
   * names what was asked ({@code 哪个区工会的干部} → 《朝阳区总工会机关干部…》), else followed by the
   * nearest sentence of the article that does (who said it). Refused when neither does.
   */
  private Answer quoteSource(Question q, Evidence.Scored quote, List<Hit> hits) {
    if (AnswerCheck.fits(q, quote.span().text())) {
      return render(q, List.of(quote), "", hits);
    }
    String headline = quote.passage().headline().strip();
    if (!headline.isEmpty() && AnswerCheck.fits(q, headline)) {
      return render(q, List.of(quote), "《" + headline + "》：", hits);
    }
    Evidence.Scored near = nearestFitting(q, quote, hits);
    return near == null ? Replies.notFound(q, hits, NAME, "") : render(q, List.of(quote, near), "", hits);
  }

  /** The sentence holding the question's quotation, from the best retrieved passage that has it. */
  private static Evidence.Scored quoted(Question q, List<Hit> hits) {
    for (Hit h : hits) {
      String passage = ChineseText.folded(h.passage().text());
      for (String quote : q.quotes) {
        String nq = ChineseText.folded(quote);
        if (nq.isEmpty() || !passage.contains(nq)) {
          continue;
        }
        String start = nq.substring(0, Math.min(QUOTE_START, nq.length()));
        for (Sentences.Span s : Sentences.split(h.passage().text())) {
          if (ChineseText.folded(s.text()).contains(start)) {
            return new Evidence.Scored(h, s, 1, 1, 1);
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
  private Evidence.Scored nearestFitting(Question q, Evidence.Scored at, List<Hit> hits) {
    int origin = at.passage().start() + at.span().start();
    Evidence.Scored best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Passage p : articlePassages(at.passage(), hits)) {
      for (Sentences.Span s : Sentences.split(p.text())) {
        int distance = Math.abs(p.start() + s.start() - origin);
        if (distance > 0 && distance < bestDistance && AnswerCheck.fits(q, s.text())) {
          best = new Evidence.Scored(new Hit(p, at.hit().score(), at.hit().rank()), s, 0, 0, 0);
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  private static boolean sameArticle(Passage a, Passage b) {
    return a.page().equals(b.page()) && a.article() == b.article();
  }

  /** The passages of {@code p}'s article: all of them when known, else the retrieved ones. */
  private List<Passage> articlePassages(Passage p, List<Hit> hits) {
    List<Passage> known = article.of(p);
    if (!known.isEmpty()) {
      return known;
    }
    List<Passage> out = new ArrayList<>();
    for (Hit h : hits) {
      Passage o = h.passage();
      if (o.page().equals(p.page()) && o.article() == p.article() && !out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  /** The normalised headline, byline and text of {@code p}'s article, as far as it is known. */
  private String articleContext(Passage p, List<Hit> hits) {
    StringBuilder b = new StringBuilder(p.headline()).append(p.byline()).append(p.text());
    for (Passage o : articlePassages(p, hits)) {
      b.append(o.text());
    }
    return ChineseText.folded(b.toString());
  }

  /**
   * Passages in the order of their best sentence, sentences of one passage in reading order, each
   * sentence followed by its citation.
   */
  private static Answer render(Question q, List<Evidence.Scored> chosen, String lead, List<Hit> hits) {
    Map<String, List<Evidence.Scored>> byPassage = new LinkedHashMap<>();
    for (Evidence.Scored s : chosen) {
      byPassage.computeIfAbsent(s.passage().id(), id -> new ArrayList<>()).add(s);
    }
    CitationList citations = new CitationList(q);
    StringBuilder text = new StringBuilder();
    if (q.english) {
      text.append(Replies.EN_LEAD).append('\n');
    }
    text.append(lead);
    for (List<Evidence.Scored> group : byPassage.values()) {
      int n = citations.cite(group.get(0).passage(), group.get(0).span());
      group.sort(Comparator.comparingInt(s -> s.span().start()));
      String headline = group.get(0).passage().headline().strip();
      if (q.acrossArticles && !headline.isEmpty()) {
        text.append('《').append(headline).append("》：");
      }
      for (Evidence.Scored s : group) {
        text.append(s.span().text()).append('[').append(n).append(']');
      }
    }
    return new Answer(text.toString(), citations.citations(), true, NAME, "", hits);
  }
}
