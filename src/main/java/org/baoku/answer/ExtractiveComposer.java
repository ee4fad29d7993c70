package org.baoku.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.baoku.index.ChineseText;
import org.baoku.index.Embedder;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: answers with the archive's own sentences, each followed by its citation
 * {@code [n]}, and says "not in the archive" when no retrieved sentence holds what was asked.
 *
 * <p>Sentences of the top passages are pre-ranked by {@link Evidence}; the {@link EvidenceModel}
 * then gives each of them a probability of holding the answer from {@link EvidenceFeatures} (does
 * it hold the kind of thing asked, is its article about the question's named bodies, how close is
 * it …). The answer is the most probable sentence, unless even that one is below the model's
 * refusal threshold; lists, explanations and open questions take further sentences that are
 * nearly as probable, up to about {@value AnswerChoice#MAX_CHARS} characters. Needs no key, server
 * or network.
 *
 * <p>This class runs the stages in order and reads the candidates and the model's scores of them
 * (what {@link EvidenceTrainer} fits on); the stages are classes of their own: {@link QuoteSource}
 * answers a quotation, {@link Credits} a byline, {@link ArticleContext} gives the article around
 * each candidate, {@link AnswerChoice} chooses the sentences after the model ({@link Captions} for
 * display blocks and captions), {@link CitedReply} writes the reply.
 */
public final class ExtractiveComposer implements Composer {

  /** The name its answers carry ({@link CitedReply#COMPOSER}), for callers outside the package. */
  public static final String NAME = CitedReply.COMPOSER;

  /**
   * Passages read per question (the retriever's top ones). An English question reads every hit:
   * retrieval ranks Chinese passages for it poorly.
   */
  static final int PASSAGES = 6;

  private static final Logger LOG = LoggerFactory.getLogger(ExtractiveComposer.class);

  private final Evidence evidence;
  private final ArticlePassages article;
  /** Loaded on first use, so that {@code baoku train} can read features a shipped model lacks. */
  private final Supplier<EvidenceModel> model;

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

  /**
   * Reads the sentence vectors an index of unrelated passages keeps (the evaluation's SQuAD
   * paragraphs): no article around a passage.
   */
  public ExtractiveComposer(Function<Passage, Optional<List<float[]>>> storedSentences) {
    this(Embedder::shared, ArticlePassages.NONE, storedSentences);
  }

  ExtractiveComposer(Supplier<Embedder> embedder, ArticlePassages article,
      Function<Passage, Optional<List<float[]>>> storedSentences) {
    this(embedder, article, storedSentences, EvidenceModel::bundled);
  }

  ExtractiveComposer(Supplier<Embedder> embedder, ArticlePassages article,
      Function<Passage, Optional<List<float[]>>> storedSentences, EvidenceModel model) {
    this(embedder, article, storedSentences, () -> model);
    Objects.requireNonNull(model, "model");
  }

  private ExtractiveComposer(Supplier<Embedder> embedder, ArticlePassages article,
      Function<Passage, Optional<List<float[]>>> storedSentences, Supplier<EvidenceModel> model) {
    this.evidence = new Evidence(embedder, storedSentences);
    this.article = Objects.requireNonNull(article, "article");
    this.model = Objects.requireNonNull(model, "model");
  }

  Evidence evidence() {
    return evidence;
  }

  @Override
  public Answer compose(String question, List<Hit> hits) {
    return compose(question, hits, Optional.empty());
  }

  /** Reads the retriever's query vector instead of embedding the question again. */
  @Override
  public Answer compose(String question, Retrieval retrieval) {
    return compose(question, retrieval.hits(), retrieval.vector());
  }

  private Answer compose(String question, List<Hit> hits, Optional<float[]> vector) {
    List<Hit> safeHits = hits == null ? List.of() : hits;
    Question q = Question.read(question);
    if (q.isBlank()) {
      return Replies.emptyQuestion(NAME);
    }
    if (safeHits.isEmpty()) {
      return Replies.notFound(q, safeHits, NAME, "");
    }
    try {
      Question named = q.english() ? SpelledPeople.named(q, safeHits)
          : SurnamePosts.named(Homophones.corrected(q, safeHits), safeHits);
      Answer whole = answer(named, safeHits, vector, article.once());
      return whole.grounded() || q.english() ? whole : inParts(question, safeHits, vector).orElse(whole);
    } catch (RuntimeException e) {
      // a bug must not cost the reader an answer: say so briefly, log the kind for the operator
      LOG.warn("extractive composer failed: {}", e.toString());
      return Replies.notFound(q, safeHits, NAME, "内部错误，未能作答 (internal error: " + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * A message of several questions that the archive does not answer read whole, answered a
   * question at a time ({@link QuestionParts}), when none asks yes or no and each is answered.
   */
  private Optional<Answer> inParts(String question, List<Hit> hits, Optional<float[]> vector) {
    List<QuestionParts.Part> parts = QuestionParts.of(question);
    List<Answer> answers = new ArrayList<>();
    for (QuestionParts.Part part : parts) {
      if (part.asksYesOrNo()) {
        // 有没有写冬奥会志愿服务？由谁牵头？: the second asks after what the first asks exists
        return Optional.empty();
      }
      // alone first: the other question, told before it, may pull its evidence away
      Optional<Answer> answered = Stream.of(part.alone(), part.withTheRest())
          .map(text -> {
            Question asked = Question.read(text);
            List<Hit> own = ownHits(asked, hits);
            return answer(Homophones.corrected(asked, own), own, vector, article.once());
          })
          .filter(Answer::grounded).findFirst();
      if (answered.isEmpty()) {
        return Optional.empty();
      }
      answers.add(answered.get());
    }
    return answers.isEmpty() ? Optional.empty() : Optional.of(QuestionParts.joined(answers, hits));
  }

  /**
   * The message's hits in the order one of its questions would have them: by the weight of that
   * question's keys each passage holds, the message's order breaking ties. The search ranked them
   * for the whole message, and a part's evidence may rank below the other part's, where the
   * answer model, which reads a passage's rank, doubts it.
   */
  private static List<Hit> ownHits(Question part, List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    Map<Hit, Double> weight = new HashMap<>();
    for (Hit h : hits) {
      String text = ChineseText.normalise(h.passage().text());
      weight.put(h, part.keys().stream().filter(k -> text.contains(k.word())).mapToDouble(Question.Key::weight).sum());
    }
    sorted.sort(Comparator.comparingDouble((Hit h) -> -weight.get(h)));
    List<Hit> out = new ArrayList<>();
    for (Hit h : sorted) {
      out.add(new Hit(h.passage(), h.score(), out.size() + 1));
    }
    return out;
  }

  private Answer answer(Question q, List<Hit> hits, Optional<float[]> vector, ArticlePassages articles) {
    List<Hit> top = read(q, hits);
    Scored quote = q.quotes().isEmpty() ? null : QuoteSource.quoted(q, top);
    if (quote != null) {
      return QuoteSource.quoteSource(q, quote, hits, articles);
    }
    if (QuoteSource.unknownQuotation(q, hits)) {
      return Replies.notFound(q, hits, NAME, "");
    }
    List<Scored> reports = Credits.reports(q, hits, articles);
    if (!reports.isEmpty()) {
      return CitedReply.render(q, reports, "", hits);
    }
    Optional<Scored> credit = Credits.line(q, top, articles);
    if (credit.isPresent()) {
      return CitedReply.render(q, List.of(credit.get()), "", hits);
    }
    Optional<List<Scored>> titles = HeadlineLines.asked(q, top, articles);
    if (titles.isPresent()) {
      return titles.get().isEmpty() ? Replies.notFound(q, hits, NAME, "")
          : CitedReply.render(q, titles.get(), "", hits);
    }
    Optional<Scored> dated = DateLine.line(q, top, articles);
    if (dated.isPresent()) {
      return CitedReply.render(q, List.of(dated.get()), "", hits);
    }
    if (Credits.namedCreditAsked(q)) {
      // 那张照片是谁拍的, of a report that credits no photographer: no one else in it took it
      return Replies.notFound(q, hits, NAME, "");
    }
    if (q.english() ? AbsentTopic.absentName(q, hits) : AbsentTopic.absent(q, hits)) {
      return Replies.notFound(q, hits, NAME, "");
    }
    Optional<SameDay.Asked> sameDay = SameDay.asked(q);
    if (sameDay.isPresent()) {
      return sameDay(q, sameDay.get(), hits, top, articles);
    }
    List<Scored> chosen =
        AnswerChoice.choose(q, scored(unscored(q, top, sentence -> true, vector, articles)), top, articles,
            model.get());
    if (chosen.isEmpty()) {
      return Replies.notFound(q, hits, NAME, "");
    }
    return CitedReply.render(q, AnswerFirst.ordered(q, chosen), "", hits);
  }

  /**
   * The hits {@code q} reads: the top {@value #PASSAGES}, every hit for an English question, and
   * for a question that adds up or subtracts the figures of parts it names ({@link
   * Evidence#summedParts}) also the later hits of the best one's article: a report gives each
   * district's figure in its own paragraph ({@code 朝阳区总工会和丰台区总工会的专项资金差多少}: 朝阳's
   * 500万元 ranked ninth, below another report on 朝阳). Of every top report's later hits, one
   * read answer was lost and a read near miss answered among the synthetic paper (stop 74).
   */
  private static List<Hit> read(Question q, List<Hit> hits) {
    if (q.english() || hits.size() <= PASSAGES) {
      return hits;
    }
    List<Hit> top = hits.subList(0, PASSAGES);
    if (Evidence.summedParts(q).isEmpty()) {
      return top;
    }
    String best = top.get(0).passage().articleKey();
    List<Hit> out = new ArrayList<>(top);
    hits.subList(PASSAGES, hits.size()).stream().filter(h -> h.passage().articleKey().equals(best)).forEach(out::add);
    return out;
  }

  /**
   * A question dated by another event, answered as its second part asks when a report of the event
   * gives the answer's day, that report cited first ({@link SameDay}).
   */
  private Answer sameDay(Question q, SameDay.Asked asked, List<Hit> hits, List<Hit> top, ArticlePassages articles) {
    Question rest = asked.rest();
    List<Scored> chosen = AnswerChoice.choose(rest, scored(unscored(rest, top, sentence -> true, Optional.empty(),
        articles)), top, articles, model.get());
    Optional<Scored> setting = chosen.isEmpty() ? Optional.empty() : SameDay.setting(asked, chosen, top, articles);
    if (setting.isEmpty()) {
      return Replies.notFound(q, hits, NAME, "");
    }
    List<Scored> cited = new ArrayList<>(List.of(setting.get()));
    chosen.stream().filter(s -> !s.sameSentence(setting.get())).forEach(cited::add);
    return CitedReply.render(rest, cited, "", hits);
  }

  /**
   * The candidates of {@code question} over {@code hits}, as {@link #compose} reads them, from the
   * sentences {@code keep} accepts; what {@link EvidenceTrainer} fits on.
   */
  Candidates candidates(String question, List<Hit> hits, Predicate<String> keep) {
    return scored(unscored(question, hits, keep));
  }

  /**
   * {@link #candidates} before the model reads them (probabilities and {@code answered} zero): what
   * {@link EvidenceTrainer} fits on, so that fitting never needs the model it replaces.
   */
  Candidates unscored(String question, List<Hit> hits, Predicate<String> keep) {
    Question q = Question.read(question);
    List<Hit> top = read(q, hits);
    return unscored(q, top, keep, Optional.empty(), article.once());
  }

  private Candidates unscored(Question q, List<Hit> top, Predicate<String> keep, Optional<float[]> vector,
      ArticlePassages articles) {
    List<Scored> ranked = evidence.rank(q, top, articles, keep, vector);
    // one context an article (folding it converts the script), read by the features and the check
    Map<String, String> contexts = new HashMap<>();
    Function<Passage, String> context =
        p -> contexts.computeIfAbsent(p.articleKey(), key -> ArticleContext.articleContext(p, top, articles));
    List<double[]> features = EvidenceFeatures.of(q, ranked, context,
        s -> CarriedSubject.checked(s, CarriedSubject.of(q, s, articles)));
    return new Candidates(ranked, features, ArticleContext.aboutBodies(q, ranked, context), new double[ranked.size()],
        0, open(q));
  }

  private Candidates scored(Candidates c) {
    EvidenceModel m = model.get();
    double[] probability = new double[c.ranked().size()];
    for (int i = 0; i < probability.length; i++) {
      probability[i] = m.probability(c.features().get(i));
    }
    double answered = c.ranked().isEmpty() ? 0 : m.answered(c.features(), probability);
    return new Candidates(c.ranked(), c.features(), c.about(), probability, answered, c.open());
  }

  /**
   * Whether more than one sentence may answer: anything but a number, name, place or date (a list,
   * a reason, a comparison, an open question), or a question across reports.
   */
  private static boolean open(Question q) {
    return !q.asks().typed() || q.acrossArticles();
  }
}
