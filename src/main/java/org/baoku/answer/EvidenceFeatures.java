package org.baoku.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.baoku.ingest.Passage;

/**
 * What the evidence model reads of each candidate sentence, in one fixed order that the fitted
 * weights follow ({@link #NAMES}). Each feature is something a reader could check by hand: how
 * close the sentence is to the question (embedding and key terms), how it ranks among the other
 * candidates, whether it holds the kind of thing asked ({@link AskedPhrases}), whether its article
 * is about the question's named bodies, and where it stands in the retrieved passages. Serving and
 * fitting ({@link EvidenceTrainer}) both call {@link #of}, so they cannot drift apart.
 */
final class EvidenceFeatures {

  static final List<String> NAMES = List.of(
      "sim", "lex", "mixed", "sim_gap", "lex_gap", "mixed_gap", "candidate_rank", "sim_rank", "lex_rank",
      "fits", "typed", "fits_typed", "about_entities", "about_another_typed",
      "passage_rank", "first_in_passage", "length", "english", "english_sim", "list_or_reason",
      "article_coverage", "article_missing");
  private static final int SIM = NAMES.indexOf("sim");
  private static final int LEX = NAMES.indexOf("lex");
  private static final int FITS = NAMES.indexOf("fits");
  private static final int TYPED = NAMES.indexOf("typed");
  private static final int ABOUT = NAMES.indexOf("about_entities");
  private static final int ENGLISH = NAMES.indexOf("english");
  private static final int COVERAGE = NAMES.indexOf("article_coverage");
  private static final int MISSING = NAMES.indexOf("article_missing");

  /**
   * What the refusal reads of a question's candidates once the sentence model has scored them:
   * how probable the best sentence is and how clearly it leads, how close it is to the question,
   * and whether it holds the kind of thing asked and is about the question's named bodies.
   */
  static final List<String> QUESTION_NAMES = List.of(
      "best_p", "second_p", "best_sim", "best_lex", "best_fits", "fits_in_top3", "typed",
      "typed_best_fits", "typed_fits_in_top3", "typed_best_p", "best_about_entities", "english",
      "best_article_coverage", "best_article_missing", "no_candidates");

  /**
   * Candidates (by pre-score) whose kind of answer is checked; the rest count as not holding it.
   * All are checked when the body of a role the question names is asked ({@code 请来的讲师是哪个单位的}):
   * few sentences hold the role, and the one naming the body ranked fourth (seed-format sets, never
   * read and read: 4 more answers, none lost).
   * Cross-validated containment is the same with three as with five (CMRC 0.779 against 0.778,
   * seed 0.949 both); five made an answer 15 % slower than the rules before the model, three 6 %
   * (bench ask p50), all eight 25 %.
   */
  static final int CHECKED = 3;

  private EvidenceFeatures() {}

  /** Question-level features from the candidates' features and sentence probabilities. */
  static double[] question(List<double[]> features, double[] probability) {
    if (probability.length == 0) {
      return new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    }
    Integer[] order = new Integer[probability.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(probability[b], probability[a]));
    double[] best = features.get(order[0]);
    double fitsTop3 = 0;
    for (int r = 0; r < Math.min(3, order.length); r++) {
      fitsTop3 = Math.max(fitsTop3, features.get(order[r])[FITS]);
    }
    double typed = best[TYPED];
    return new double[] {
        probability[order[0]], order.length > 1 ? probability[order[1]] : 0, best[SIM], best[LEX], best[FITS],
        fitsTop3, typed, typed * best[FITS], typed * fitsTop3, typed * probability[order[0]], best[ABOUT],
        best[ENGLISH], best[COVERAGE], best[MISSING], 0};
  }

  /**
   * Features of every candidate of {@code ranked} (best pre-score first).
   *
   * @param context the folded text of a passage's article, as far as it is known
   */
  static List<double[]> of(Question q, List<Scored> ranked, Function<Passage, String> context,
      Function<Scored, String> checkedText) {
    double maxSim = ranked.stream().mapToDouble(Scored::sim).max().orElse(0);
    double maxLex = ranked.stream().mapToDouble(Scored::lex).max().orElse(0);
    double maxMixed = ranked.stream().mapToDouble(Scored::score).max().orElse(0);
    boolean typed = q.asks().typed();
    boolean open = q.asks() == Question.Asked.LIST || q.asks() == Question.Asked.REASON;
    // one article context per article: folding it converts the script, and candidates share
    // articles (the context of any of an article's passages holds the whole article when it is known)
    Map<String, double[]> articles = new HashMap<>();
    int[] simRank = ranks(ranked, Scored::sim);
    int[] lexRank = ranks(ranked, Scored::lex);
    int checked = q.asks().placeOrBody() && !q.roles().isEmpty() ? ranked.size() : CHECKED;
    List<double[]> out = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      Scored s = ranked.get(i);
      String text = s.span().text();
      // the typed check tags the sentence (HanLP), the dearest step of an answer: the best few only
      // a person question reads a sentence with the subject it carries over (李童：在得知…后，…)
      String read = i < checked ? checkedText.apply(s) : text;
      boolean fits = i < checked && AskedPhrases.fits(q, read);
      double[] article = articles.computeIfAbsent(s.passage().articleKey(),
          id -> article(q, context.apply(s.passage())));
      boolean another = typed && i < checked && OtherBodies.aboutAnother(q, read);
      out.add(new double[] {
          s.sim(), s.lex(), s.score(), s.sim() - maxSim, s.lex() - maxLex, s.score() - maxMixed,
          1.0 / (1 + i), 1.0 / (1 + simRank[i]), 1.0 / (1 + lexRank[i]),
          bit(fits), bit(typed), bit(fits && typed), article[0], bit(another),
          1.0 / Math.max(1, s.hit().rank()), bit(s.span().start() == 0),
          Math.log1p(text.length()) / 5, bit(q.english()), q.english() ? s.sim() : 0, bit(open),
          article[1], article[2]});
    }
    return out;
  }

  /** What a candidate's article says of the question: about its bodies, key-term coverage, terms lacked. */
  private static double[] article(Question q, String article) {
    boolean about = q.entities().isEmpty() || SubjectCheck.aboutEntities(q, article);
    return new double[] {bit(about), Lexical.overlap(q.keys(), article, ""), missing(q, article)};
  }

  /**
   * How many of the question's key terms of two or more characters its article lacks entirely: a
   * near miss often asks about something the report never mentions ({@code 毫升}, {@code 党员}).
   */
  private static double missing(Question q, String article) {
    int n = 0;
    for (Question.Key k : q.keys()) {
      String w = org.baoku.index.ChineseText.compact(k.word());
      if (w.length() >= 2 && Lexical.match(w, article, "") == 0) {
        n++;
      }
    }
    return n;
  }

  /** Each candidate's place (0 = best) when ordered by {@code key}, ties in list order. */
  private static int[] ranks(List<Scored> ranked, ToDoubleFunction<Scored> key) {
    Integer[] order = new Integer[ranked.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(key.applyAsDouble(ranked.get(b)), key.applyAsDouble(ranked.get(a))));
    int[] rank = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  private static double bit(boolean b) {
    return b ? 1 : 0;
  }
}
