package org.baoku.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import com.hankcs.hanlp.HanLP;
import org.baoku.index.ChineseText;
import org.baoku.index.Embedder;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridQuery;

/**
 * Ranks the sentences of retrieved passages as answers to a question: embedding similarity
 * (bge-small-zh, the retrieval model) mixed with key-term overlap in the sentence and in its passage.
 *
 * <p>Only the sentences with the best lexical prospects are compared with the question; their
 * vectors come from {@link SentenceEmbeddings} (the archive's, else embedded and cached). The
 * key terms are weighted for the candidates at hand by {@link KeyWeights}.
 */
final class Evidence {

  /** Weight of embedding similarity against lexical overlap; see {@link ExtractiveComposer}. */
  static final double SIM_WEIGHT = 0.5;
  /** Share of the lexical score taken from the whole passage (the subject is often a sentence earlier). */
  static final double PASSAGE_LEX = 0.3;
  /**
   * Factor on the lexical score per named entity of the question missing from the sentence's
   * passage and the one before it: the sentence is likely about someone else.
   */
  static final double MISSING_ENTITY = 0.85;
  /** Characters a sentence must add to the question's words to count as a possible answer. */
  static final int MIN_NEW_CHARS = 4;
  /**
   * Folded characters from which a sentence that repeats another is read once ({@link #once}). Set,
   * not fitted: the caption that crowded the synthetic paper has 36, a byline or a photo's label
   * fewer than twelve. With it, among the synthetic paper, never-read containment 0.9177 → 0.9320 over
   * the 207 sets; the pages and the dated pages unchanged.
   */
  static final int MIN_REPEATED = 12;
  /** Sentences embedded per question: the best by lexical prospects. */
  static final int EMBEDDED = 8;
  /**
   * The same for an English question, whose keys are dictionary translations that rank a
   * passage's sentences less surely: on the 41 English questions of the seed-format sets,
   * containment 0.829 with 8, 0.854 with 12 and with 16 (citation precision 0.607, 0.636, 0.614).
   */
  static final int ENGLISH_EMBEDDED = 12;
  /**
   * The retriever's best passages, each of which gives its best sentence to the embedded ones even
   * when its lexical prospects rank below {@link #EMBEDDED} others: the question's words may be
   * generic ({@code 活动}, {@code 举行}) where the passage's are not ({@code 献血}). Two changed no
   * answer of the seven seed-format sets ({@code baoku eval --qa}) and brought that sentence in.
   */
  static final int LEADING_HITS = 2;

  private final SentenceEmbeddings embeddings;

  /** @param stored the archive's vectors of a passage's sentences, when it has them */
  Evidence(Supplier<Embedder> embedder, Function<Passage, Optional<List<float[]>>> stored) {
    this.embeddings = new SentenceEmbeddings(embedder, stored);
  }

  /** The vectors this ranking compares, shared with the check of a generated answer's citations. */
  SentenceEmbeddings embeddings() {
    return embeddings;
  }

  /**
   * Sentences of {@code hits}, best answer first; ties by passage id and offset. The passage part
   * of the lexical score also reads the passage before it in the article, when {@code article}
   * knows it: the subject of a sentence ({@code 李桥镇总工会4名工会工作者}) is often named there.
   * Only sentences {@code keep} accepts are ranked (how {@link EvidenceTrainer} asks a question of
   * an article without the sentence that answers it); they are compared with {@code vector}, the
   * retriever's query vector, when it is given, else with the question embedded here.
   */
  List<Scored> rank(Question q, List<Hit> hits, ArticlePassages article, Predicate<String> keep,
      Optional<float[]> vector) {
    // Folding converts the script, so each sentence is folded once, here, in the order read below.
    List<String> folded = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Hit h : hits) {
      for (Sentences.Span s : Sentences.split(h.passage().text())) {
        folded.add(ChineseText.folded(s.text()));
        all.add(folded.get(folded.size() - 1) + (q.english() ? " " + pinyin(s.text()) : ""));
      }
    }
    List<Question.Key> keys = KeyWeights.idfWeighted(q, all);
    List<String> entities = CarriedSubject.folded(q);
    List<Scored> pre = new ArrayList<>();
    // by identity: a record's hash would walk its hit and passage for every sentence of the hot path
    Map<Scored, String> foldedOf = new IdentityHashMap<>();
    int next = 0;
    for (Hit h : hits) {
      Passage p = h.passage();
      String previous = previous(p, article);
      String context = ChineseText.folded(p.headline() + p.byline() + previous + p.text());
      double local = Math.pow(MISSING_ENTITY, missing(q, context));
      String contextPinyin = q.english() ? pinyin(p.headline() + p.text()) : "";
      double passageLex = Lexical.overlap(keys, context, contextPinyin);
      String headline = ChineseText.folded(p.headline());
      // the byline says who wrote the report (本报讯（通讯员 陈力宁）), which Credits answers, unless
      // it gives the author's post (北京市服务工会主席 石岳), which a question may ask
      String byline = PostAsked.givesAPost(p.byline()) ? "" : ChineseText.folded(p.byline());
      String before = entities.isEmpty() ? "" : ChineseText.folded(last(previous));
      for (Sentences.Span s : Sentences.split(p.text())) {
        String norm = folded.get(next++);
        String sentenceBefore = before;
        before = norm;
        // the headline and byline open a passage's text; they name the report and who wrote it,
        // which the source line shows
        if (!saysMore(q, norm) || q.english() && !mostlyChinese(s.text()) || !keep.test(s.text())
            || !headline.isEmpty() && norm.equals(headline) || !byline.isEmpty() && norm.equals(byline)) {
          continue;
        }
        String pin = q.english() ? pinyin(s.text()) : "";
        // a sentence without a subject is about the person or body the sentence before it opens with
        // and one in the first person is about the person the passage names as its speaker
        String about = entities.isEmpty() ? "" : CarriedSubject.namedBefore(entities, norm, sentenceBefore)
            .or(() -> CarriedSubject.speaker(entities, norm, context)).orElse("");
        double lex = (1 - PASSAGE_LEX) * Lexical.overlap(keys, about + norm, pin)
            + PASSAGE_LEX * passageLex;
        Scored scored = new Scored(h, s, lex * local, 0, lex * local + rankPrior(h));
        pre.add(scored);
        foldedOf.put(scored, norm);
      }
    }
    pre.sort(ORDER);
    pre = once(pre, foldedOf);
    int embedded = q.english() ? ENGLISH_EMBEDDED : EMBEDDED;
    List<Scored> top = new ArrayList<>(pre.subList(0, Math.min(embedded, pre.size())));
    for (Hit h : hits.subList(0, Math.min(LEADING_HITS, hits.size()))) {
      pre.stream().filter(s -> s.hit() == h).findFirst().filter(s -> !top.contains(s)).ifPresent(top::add);
      if (q.english() && q.asks().typed()) {
        // an English question's keys are translations, and the sentence that gives what it asks
        // may share none of them (时长2分钟 for how long): a leading hit's best such sentence by
        // lexical prospects is embedded too
        // (the 278 answerable English questions of the read sets: containment 0.896 -> 0.910)
        pre.stream().filter(s -> s.hit() == h && SentenceCheck.holds(q, s.span().text()))
            .findFirst().filter(s -> !top.contains(s)).ifPresent(top::add);
      }
    }
    List<Scored> candidates = pre;
    for (String part : summedParts(q)) {
      // 门头沟区总工会的志愿应急服务队、机关抽调的下沉干部…加起来有多少人: each part's figure is
      // needed, and the sentence of 12人组成的疫情防控志愿应急服务队 shares few of the other parts' words
      // the first that gives a figure of the kind asked, else the first naming the part (朝阳区总工会
      // is named by a whole report on its cadres before the sentence of its 500万元)
      candidates.stream().filter(s -> ChineseText.compact(s.span().text()).contains(part)
              && SentenceCheck.holds(q, s.span().text())).findFirst()
          .or(() -> candidates.stream().filter(s -> ChineseText.compact(s.span().text()).contains(part)).findFirst())
          .filter(s -> !top.contains(s)).ifPresent(top::add);
    }
    // the vector the retriever's dense leg embedded, or the same text embedded here
    float[] qv = vector.orElseGet(() -> embeddings.embed(HybridQuery.embeddedText(q.raw())));
    List<float[]> vectors = embeddings.vectors(top);
    List<Scored> out = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) {
      Scored s = top.get(i);
      double sim = SentenceEmbeddings.dot(qv, vectors.get(i));
      out.add(new Scored(s.hit(), s.span(), s.lex(), sim, SIM_WEIGHT * sim + (1 - SIM_WEIGHT) * s.lex()));
    }
    out.sort(ORDER);
    return out;
  }

  /**
   * {@code ranked} with the sentences that repeat another read once: the same words, or words that
   * hold another's whole. A reprinted report, or a caption copied into another page and run on into
   * its next sentence, is one piece of evidence, and its copies would otherwise fill the places
   * whose kind of answer is checked ({@link EvidenceFeatures#CHECKED}) ahead of the sentence that
   * answers. The copy kept is the shortest, at the best place any of them had: the words run on are
   * another report's. Compared folded, from {@value #MIN_REPEATED} characters: shorter sentences
   * ({@code 记者 王伟}, {@code 图为活动现场}) repeat without being one report's.
   */
  private static List<Scored> once(List<Scored> ranked, Map<Scored, String> folded) {
    List<Scored> out = new ArrayList<>(ranked.size());
    List<String> kept = new ArrayList<>();
    for (Scored s : ranked) {
      String text = folded.get(s);
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0 && text.length() >= MIN_REPEATED; i++) {
        String k = kept.get(i);
        same = k.length() >= MIN_REPEATED && (k.contains(text) || text.contains(k)) ? i : -1;
      }
      if (same < 0) {
        out.add(s);
        kept.add(text);
      } else if (text.length() < kept.get(same).length()) {
        out.set(same, s);
        kept.set(same, text);
      }
    }
    return out;
  }

  /** The parts a question sums or subtracts, as written, when it names two or more. */
  static List<String> summedParts(Question q) {
    boolean summed = ArithmeticQuestion.asked(q)
        .filter(op -> op == ArithmeticOp.SUM || op == ArithmeticOp.DIFFERENCE).isPresent();
    List<String> parts = summed ? ArithmeticQuestion.parts(q) : List.of();
    return parts.size() < 2 ? List.of() : parts.stream().map(ChineseText::compact).toList();
  }

  /**
   * Whether a sentence holds anything beyond the question's own words: a signature line
   * ({@code 北京市服务工会主席石岳}) or a headline that only repeats them answers nothing.
   */
  static boolean saysMore(Question q, String foldedSentence) {
    String rest = foldedSentence;
    for (Question.Key k : q.keys()) {
      String w = ChineseText.compact(k.word());
      if (!w.isEmpty()) {
        rest = rest.replace(w, "");
      }
    }
    return rest.length() >= MIN_NEW_CHARS;
  }

  /**
   * Whether at least a third of a sentence's letters are Chinese. An English question is answered
   * from the Chinese text; Latin-only lines in this archive are advertising copy, which the
   * embedding model finds close to any English question.
   */
  static boolean mostlyChinese(String sentence) {
    long han = sentence.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    long letters = sentence.codePoints().filter(Character::isLetter).count();
    return letters > 0 && han * 3 >= letters;
  }

  /** How many of the question's named entities {@code context} lacks. */
  private static int missing(Question q, String normContext) {
    int n = 0;
    for (String e : q.entities()) {
      if (!EntityCore.mentions(normContext, EntityCore.core(ChineseText.compact(e)))) {
        n++;
      }
    }
    return n;
  }

  /** The last sentence of {@code text}, or empty. */
  private static String last(String text) {
    List<Sentences.Span> spans = Sentences.split(text);
    return spans.isEmpty() ? "" : spans.get(spans.size() - 1).text();
  }

  private static String previous(Passage p, ArticlePassages article) {
    String before = "";
    for (Passage o : article.of(p)) {
      if (o.id().equals(p.id())) {
        return before;
      }
      before = o.text();
    }
    return "";
  }

  private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
      .thenComparing(s -> s.passage().id())
      .thenComparingInt(s -> s.span().start());

  /** A small nudge to the retriever's order, so equal sentences come from the better passage. */
  private static double rankPrior(Hit h) {
    return 0.05 / Math.max(1, h.rank());
  }

  private static String pinyin(String text) {
    return HanLP.convertToPinyinString(text, "", false).toLowerCase(java.util.Locale.ROOT);
  }
}
