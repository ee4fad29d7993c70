package org.baoku.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import com.hankcs.hanlp.HanLP;
import org.baoku.index.ChineseText;
import org.baoku.index.Embedder;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.EnglishQuery;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridQuery;

/**
 * Ranks the sentences of retrieved passages as answers to a question: embedding similarity
 * (bge-small-zh, the retrieval model) mixed with key-term overlap in the sentence and in its passage.
 *
 * <p>Only the sentences with the best lexical prospects are compared with the question. Their
 * vectors come from the archive, which embedded every sentence when it was built; a passage the
 * archive keeps none for (no archive, an index of other passages) has its sentences embedded here,
 * about 5 ms a sentence on 2 cores, and kept in a bounded cache keyed by passage id and offset.
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
  private static final int CACHE_SENTENCES = 50_000;
  /** A byline of the paper's credits ({@code 本报讯（通讯员 陈力宁）}, {@code 本报记者 边磊 摄影报道}). */
  private static final Pattern CREDIT_LINE = Pattern.compile("本报|记者|通讯员|摄影|新华社");

  private final Supplier<Embedder> embedder;
  private final Function<Passage, Optional<List<float[]>>> stored;
  private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHE_SENTENCES;
    }
  };

  /** @param stored the archive's vectors of a passage's sentences, when it has them */
  Evidence(Supplier<Embedder> embedder, Function<Passage, Optional<List<float[]>>> stored) {
    this.embedder = embedder;
    this.stored = stored;
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
    List<Question.Key> keys = idfWeighted(q, all);
    List<String> entities = CarriedSubject.folded(q);
    List<Scored> pre = new ArrayList<>();
    int next = 0;
    for (Hit h : hits) {
      Passage p = h.passage();
      String previous = previous(p, article);
      String context = ChineseText.folded(p.headline() + p.byline() + previous + p.text());
      double local = Math.pow(MISSING_ENTITY, missing(q, context));
      String contextPinyin = q.english() ? pinyin(p.headline() + p.text()) : "";
      double passageLex = Lexical.overlap(keys, context, contextPinyin);
      String headline = ChineseText.folded(p.headline());
      // a credit line alone (本报讯（通讯员 陈力宁）), not an author's line with a post (北京市服务工会主席 石岳)
      String byline = CREDIT_LINE.matcher(p.byline()).find() ? ChineseText.folded(p.byline()) : "";
      String before = entities.isEmpty() ? "" : ChineseText.folded(last(previous));
      for (Sentences.Span s : Sentences.split(p.text())) {
        String norm = folded.get(next++);
        String sentenceBefore = before;
        before = norm;
        // the headline and credit lines open a passage's text; they name the report and who wrote
        // it, which the source line shows and {@link Credits} answers
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
        pre.add(new Scored(h, s, lex * local, 0, lex * local + rankPrior(h)));
      }
    }
    pre.sort(ORDER);
    int embedded = q.english() ? ENGLISH_EMBEDDED : EMBEDDED;
    List<Scored> top = new ArrayList<>(pre.subList(0, Math.min(embedded, pre.size())));
    for (Hit h : hits.subList(0, Math.min(LEADING_HITS, hits.size()))) {
      pre.stream().filter(s -> s.hit() == h).findFirst().filter(s -> !top.contains(s)).ifPresent(top::add);
      if (q.english() && q.asks().typed()) {
        // an English question's keys are translations, and the sentence that gives what it asks
        // may share none of them (时长2分钟 for how long): a leading hit's best such sentence by
        // lexical prospects is embedded too
        // (the 278 answerable English questions of the read sets: containment 0.896 -> 0.910)
        pre.stream().filter(s -> s.hit() == h && KindCheck.holds(q, s.span().text()))
            .findFirst().filter(s -> !top.contains(s)).ifPresent(top::add);
      }
    }
    // the vector the retriever's dense leg embedded, or the same text embedded here
    float[] qv = vector.orElseGet(() -> embed(HybridQuery.embeddedText(q.raw())));
    List<float[]> vectors = vectors(top);
    List<Scored> out = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) {
      Scored s = top.get(i);
      double sim = dot(qv, vectors.get(i));
      out.add(new Scored(s.hit(), s.span(), s.lex(), sim, SIM_WEIGHT * sim + (1 - SIM_WEIGHT) * s.lex()));
    }
    out.sort(ORDER);
    return out;
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
      if (!SubjectCheck.mentions(normContext, SubjectCheck.core(ChineseText.compact(e)))) {
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

  /**
   * Weight of a join of two of an English question's translations found whole in a candidate
   * ({@link EnglishQuery#compounds}: 工会服务站 holds 服务站 for "service stations"), as against 0.6
   * for each translation: a noun's. On the 163 English questions of the read sets (153 answerable;
   * {@code eval --qa} on their English items) containment was 0.895 at 0, 0.922 at 0.6 and 1.0,
   * 0.908 at 2.0, with false refusals 1, 2, 1 and 1.
   */
  static final double COMPOUND_WEIGHT = 1.0;

  /**
   * Scales each key's weight by how rare it is among the candidate sentences: a term in every
   * sentence ({@code 工会}) tells them apart less than one in a single sentence ({@code AED}).
   * An English word no candidate has is dropped: it cannot tell them apart, and it would only
   * lower every score. An English question also gets the joins of two of its words' translations
   * that a candidate holds whole ({@link #COMPOUND_WEIGHT}).
   */
  static List<Question.Key> idfWeighted(Question q, List<String> normSentences) {
    List<Question.Key> out = new ArrayList<>(q.keys().size());
    for (Question.Key k : q.keys()) {
      String w = ChineseText.compact(k.word());
      long df = w.isEmpty() ? 0 : normSentences.stream().filter(t -> Lexical.match(w, t, t) > 0).count();
      if (df == 0 && q.english()) {
        continue;
      }
      double idf = Math.log(1 + (normSentences.size() + 1.0) / (df + 1.0));
      out.add(new Question.Key(k.word(), k.weight() * idf));
    }
    if (q.english()) {
      // 服务站 for "service stations": a join of two translations that a sentence has whole
      Set<String> words = q.keys().stream().map(Question.Key::word).collect(Collectors.toSet());
      for (String c : EnglishQuery.compounds(q.raw())) {
        long df = normSentences.stream().filter(t -> t.contains(c)).count();
        if (df > 0 && !words.contains(c)) {
          out.add(new Question.Key(c, COMPOUND_WEIGHT * Math.log(1 + (normSentences.size() + 1.0) / (df + 1.0))));
        }
      }
    }
    return out;
  }

  /** The question-side vector of {@code text} (zero for blank text). */
  float[] embed(String text) {
    return embedder.get().embed(text);
  }

  /** Vectors of several texts in one batch, not cached: claims of a generated answer. */
  List<float[]> embedAll(List<String> texts) {
    return texts.isEmpty() ? List.of() : embedder.get().embedAll(texts);
  }

  /** Vectors of sentences of {@code p}: the archive's where it has them, else from the cache. */
  List<float[]> sentenceVectors(Passage p, List<Sentences.Span> spans) {
    List<Scored> wrapped = new ArrayList<>(spans.size());
    Hit h = new Hit(p, 0, 1);
    for (Sentences.Span s : spans) {
      wrapped.add(new Scored(h, s, 0, 0, 0));
    }
    return vectors(wrapped);
  }

  private static final Comparator<Scored> ORDER = Comparator.comparingDouble(Scored::score).reversed()
      .thenComparing(s -> s.passage().id())
      .thenComparingInt(s -> s.span().start());

  /** A small nudge to the retriever's order, so equal sentences come from the better passage. */
  private static double rankPrior(Hit h) {
    return 0.05 / Math.max(1, h.rank());
  }

  /** Sentences this instance embedded itself and keeps cached: those without stored vectors. */
  int cachedSentences() {
    synchronized (cache) {
      return cache.size();
    }
  }

  private List<float[]> vectors(List<Scored> sentences) {
    List<float[]> out = new ArrayList<>(sentences.size());
    List<String> missing = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    Map<String, Map<Integer, float[]>> byPassage = new HashMap<>();
    for (Scored s : sentences) {
      out.add(byPassage.computeIfAbsent(s.passage().id(), id -> storedByStart(s.passage()))
          .get(s.span().start()));
    }
    synchronized (cache) {
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) == null) {
          out.set(i, cache.get(key(sentences.get(i))));
        }
        if (out.get(i) == null) {
          missing.add(sentences.get(i).span().text());
          slots.add(i);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = embedder.get().embedAll(missing);
      synchronized (cache) {
        for (int i = 0; i < fresh.size(); i++) {
          out.set(slots.get(i), fresh.get(i));
          cache.put(key(sentences.get(slots.get(i))), fresh.get(i));
        }
      }
    }
    return out;
  }

  /**
   * The archive's vectors of the sentences of {@code p} by start offset; empty when it has none.
   * It stores one vector per {@link Sentences#split} span in order; a count that differs means
   * other spans, so none is used.
   */
  private Map<Integer, float[]> storedByStart(Passage p) {
    List<float[]> vectors = stored.apply(p).orElse(List.of());
    List<Sentences.Span> spans = Sentences.split(p.text());
    Map<Integer, float[]> out = new HashMap<>();
    if (vectors.size() == spans.size()) {
      for (int i = 0; i < spans.size(); i++) {
        out.put(spans.get(i).start(), vectors.get(i));
      }
    }
    return out;
  }

  private static String key(Scored s) {
    return s.passage().id() + '@' + s.span().start() + ':' + s.span().text().hashCode();
  }

  static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  private static String pinyin(String text) {
    return HanLP.convertToPinyinString(text, "", false).toLowerCase(java.util.Locale.ROOT);
  }
}
