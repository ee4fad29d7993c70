package org.baoku.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.baoku.index.ChineseText;
import org.baoku.index.Embedder;
import org.baoku.index.IndexSchema;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Queries;

/**
 * BM25 and dense scores on every query, fused by weighted min-max: each ranking's scores are
 * scaled to [0, 1] over its candidates, then {@code (1 - w) * bm25 + w * dense}. BM25 brings the
 * candidates and each gets its exact dense score; a shallow approximate kNN search adds the
 * passages BM25 misses (paraphrases, English questions). The legs run at once: BM25 on a helper
 * thread while the caller embeds the query, which is most of a search's time.
 *
 * <p>The query text is never parsed as Lucene syntax: it is normalised ({@link
 * ChineseText#normalise}), capped, analysed, and its distinct terms become SHOULD clauses (those
 * the index holds, in at most {@link #COMMON_SHARE} of the passages). An English question
 * ({@link EnglishQuery}) also searches its Chinese terms, and the dense leg embeds those; its stop
 * words are dropped (SmartChinese keeps them): "the" and "of" matched the one English-heavy ad
 * above the answer. Any string gives a (possibly empty) list, never an exception. Immutable and
 * thread-safe.
 */
public final class HybridRetriever implements FilteringRetriever {

  /**
   * Tunables, all with measured defaults.
   *
   * @param denseWeight w in the fusion; 0 is pure BM25, 1 pure dense
   * @param candidates how many BM25 hits enter the fusion, each with its exact dense score
   * @param neighbours how many approximate nearest neighbours the dense leg adds to them
   * @param perArticle at most this many passages of one article in a result; 0 for no cap
   * @param queryInstruction prefix BGE's retrieval instruction to the query before embedding
   * @param headlineBoost weight of headline matches relative to body matches; 0 ignores headlines
   * @param gramsWeight weight of character-bigram matches; 0 leaves them out
   */
  public record Settings(double denseWeight, int candidates, int neighbours, int perArticle,
      boolean queryInstruction, float headlineBoost, float gramsWeight) {

    /** The measured choices below. */
    public static final Settings DEFAULT = new Settings(DENSE_WEIGHT, CANDIDATES, NEIGHBOURS,
        PER_ARTICLE, USE_QUERY_INSTRUCTION, HEADLINE_BOOST, GRAMS_WEIGHT);

    public Settings {
      if (denseWeight < 0 || denseWeight > 1) {
        throw new IllegalArgumentException("dense weight must be in [0, 1]: " + denseWeight);
      }
      if (candidates <= 0 || neighbours <= 0 || perArticle < 0 || headlineBoost < 0
          || gramsWeight < 0) {
        throw new IllegalArgumentException("bad retrieval settings " + candidates + "/"
            + neighbours + "/" + perArticle + "/" + headlineBoost + "/" + gramsWeight);
      }
    }
  }

  /**
   * Dense weight in the fusion. CMRC 2018 dev (848 paragraphs, 3,219 questions) R@1 / R@5 /
   * MRR@10 with BM25's candidates rescored exactly: w=0.2 0.977 / 0.999 / 0.987, w=0.3 0.979 /
   * 0.999 / 0.988, w=0.4 0.981 / 0.999 / 0.989, w=0.5 0.982 / 0.999 / 0.989; seed-dev and our
   * held-out set are the same at 0.3 and 0.4, and 0.5 lowers seed-dev MRR. (Before rescoring,
   * with both legs' top 50: w=0.3 0.980 / 0.999 / 0.989. RRF k=60 fell below BM25 alone on CMRC,
   * retrieval-notes.md.)
   */
  public static final double DENSE_WEIGHT = 0.4;

  /**
   * BM25 hits brought to the fusion, each with its exact dense score. CMRC 2018 dev R@1 / R@5 /
   * MRR@10: 50 candidates 0.9814 / 0.9991 / 0.9891, 30 0.9807 / 0.9991 / 0.9888, 20 0.9811 /
   * 0.9991 / 0.9890; seed-dev and our held-out set are the same at 20. Fewer candidates make the
   * BM25 leg and the rescoring cheaper.
   */
  public static final int CANDIDATES = 20;

  /**
   * Approximate nearest neighbours the dense leg adds to BM25's candidates, for the passages BM25
   * misses. BM25's candidates get exact dense scores, so a deep search buys nothing: CMRC R@1 /
   * R@5 / MRR@10 are 0.981 / 0.999 / 0.989 whether 5, 10 or 20 neighbours are added. Scoring the
   * candidates exactly costs less than the HNSW depth it saves (search for 50 neighbours: about
   * 0.3 ms on CMRC; for 10: 0.15 ms; rescoring 50 candidates: 0.07 ms).
   */
  public static final int NEIGHBOURS = 10;

  /**
   * No cap on passages per article: capping at 1 dropped seed-dev R@5 from 0.952 to 0.76 (list
   * and why-questions need several passages of one article), capping at 2 changed nothing.
   */
  public static final int PER_ARTICLE = 0;

  /**
   * BGE's query instruction stays off: with it CMRC R@1 at w=0.3 was unchanged (0.977), dense
   * alone fell from 0.935 to 0.928, seed-dev did not improve, and it costs query time.
   */
  public static final boolean USE_QUERY_INSTRUCTION = false;

  /**
   * Headline-and-byline matches count like body matches: without that field seed-dev R@5 fell
   * from 0.952 to 0.905 (a diary signed only in its byline); boosts 0.5 and 2 were no better.
   */
  public static final float HEADLINE_BOOST = 1.0f;

  /**
   * Weight of character-bigram matches (the {@link IndexSchema#GRAMS} field) next to the
   * SmartChinese word matches: bigrams catch names and terms the word segmenter cuts differently
   * in question and passage. CMRC 2018 dev R@1 / MRR@10: BM25 words 0.963 / 0.978, words +
   * bigrams 0.976 / 0.986; hybrid (w=0.3) 0.977 / 0.987 without, 0.982 / 0.989 at 0.5, 0.982 /
   * 0.990 at 1. Leaving out bigrams with Latin letters (see {@code bm25Docs}) gives 0.980 / 0.989.
   */
  public static final float GRAMS_WEIGHT = 1.0f;

  /**
   * Query terms found in more than this share of the passages are left out of BM25 ({@link
   * PassageSearcher#anyOf}). CMRC 2018 dev R@1 / R@5 / MRR@10 are 0.981 / 0.999 / 0.989 with them
   * and at 0.3, and fall at 0.1 (0.980 / 0.999 / 0.988); seed-dev and our held-out set are the same
   * at 0.3. Fewer clauses to score make the BM25 leg cheaper beside the query embedding.
   */
  public static final double COMMON_SHARE = 0.3;

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
   * Runs a query's BM25 leg while the caller embeds the query. One thread: when it is busy, the
   * caller runs its own leg after the embedding. On CMRC 2018 dev (848 paragraphs, systems run
   * in turn on each question, both embedding the query the same way) the hybrid's p50 was 0.5 to
   * 0.75 ms above dense-only retrieval with the legs in sequence and 0.25 to 0.35 ms above it in
   * parallel (0.03 ms once the leg was made cheaper with {@link #COMMON_SHARE} and 20
   * candidates): not nothing, because the model's own second thread wants the other core too, and in about one query in ten the
   * scheduler runs the woken helper on the caller's core first (submitting then takes 0.6 ms at
   * the 90th percentile against 0.013 ms at the median).
   */
  private static final ExecutorService LEXICAL = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "baoku-bm25");
    t.setDaemon(true);
    return t;
  });

  private final PassageSearcher index;
  private final Function<String, float[]> embedder;
  private final Settings settings;

  public HybridRetriever(PassageSearcher index, Embedder embedder) {
    this(index, embedder, Settings.DEFAULT);
  }

  public HybridRetriever(PassageSearcher index, Embedder embedder, Settings settings) {
    this(index, Objects.requireNonNull(embedder, "embedder")::embed, settings);
  }

  /**
   * Embeds queries with {@code embedder}, which must be what gave the index its vectors: {@code
   * bench --scale} searches archives whose vectors come from a cheap stand-in.
   */
  public HybridRetriever(PassageSearcher index, Function<String, float[]> embedder, Settings settings) {
    this.index = Objects.requireNonNull(index, "index");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Settings settings() {
    return settings;
  }

  /**
   * The hybrid search inside {@code scope}: both legs filter in the index (BM25 as a filter clause,
   * kNN with Lucene's pre-filter), so the best passages of a date are found however many other
   * dates outrank them.
   */
  @Override
  public Retrieval search(String query, Scope scope, int k) {
    Query filter = filter(scope);
    String text = clean(query);
    if (text.isEmpty() || k <= 0) {
      return Retrieval.of(text, List.of());
    }
    List<String> chinese = EnglishQuery.terms(text);
    int n = Math.max(settings.candidates(), k);
    double w = settings.denseWeight();
    Map<Integer, Double> fused = new HashMap<>();
    if (w == 0) {
      addScaled(fused, bm25Docs(text, chinese, n, filter), 1);
      return Retrieval.of(text, ranked(fused, k));
    }
    if (w == 1) {
      float[] v = embed(denseText(text, chinese));
      addScaled(fused, neighbours(v, n, filter), 1);
      return new Retrieval(text, Optional.of(v), ranked(fused, k));
    }
    FutureTask<Map<Integer, Double>> lexical = new FutureTask<>(() -> bm25Docs(text, chinese, n, filter));
    LEXICAL.execute(lexical);
    float[] v = embed(denseText(text, chinese));
    Map<Integer, Double> dense = neighbours(v, Math.max(settings.neighbours(), k), filter);
    lexical.run(); // a no-op when the helper has taken it; otherwise the caller does it now
    Map<Integer, Double> bm25 = joined(lexical);
    List<Integer> unscored = bm25.keySet().stream().filter(d -> !dense.containsKey(d)).toList();
    dense.putAll(index.vectorScores(v, unscored));
    addScaled(fused, bm25, 1 - w);
    addScaled(fused, dense, w);
    return new Retrieval(text, Optional.of(v), ranked(fused, k));
  }

  /** Pure BM25 ranking with raw BM25 scores (a baseline). */
  public List<Hit> bm25(String query, int k) {
    String text = clean(query);
    return text.isEmpty() || k <= 0 ? List.of()
        : ranked(bm25Docs(text, EnglishQuery.terms(text), k, null), k);
  }

  /** Pure dense ranking with kNN scores {@code (1 + cos) / 2}: the top k of k neighbours. */
  public List<Hit> dense(String query, int k) {
    String text = clean(query);
    return text.isEmpty() || k <= 0 ? List.of()
        : dense(embed(denseText(text, EnglishQuery.terms(text))), k, k);
  }

  /**
   * Pure dense ranking for a query vector: the top {@code k} of {@code depth} approximate
   * neighbours. Only the top k passages are read. For the dense-only baseline, which embeds the
   * query its own way.
   */
  public List<Hit> dense(float[] queryVector, int k, int depth) {
    return k <= 0 ? List.of() : ranked(neighbours(queryVector, Math.max(k, depth), null), k);
  }

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
    String text = ChineseText.cap(ChineseText.normalise(raw).strip(), ChineseText.MAX_QUERY_CHARS).strip();
    return text.codePoints().anyMatch(Character::isLetterOrDigit) ? text : "";
  }

  /**
   * BM25 over the words and bigrams of {@code text} and of each of the {@code chinese} terms of an
   * English question; each term gives its own bigrams, so that joining two terms makes none.
   */
  private Map<Integer, Double> bm25Docs(String text, List<String> chinese, int n, Query filter) {
    Map<Term, Float> terms = bm25Terms(text, chinese, settings);
    if (terms.isEmpty()) {
      return Map.of();
    }
    Query q = index.anyOf(terms, COMMON_SHARE);
    if (filter != null) {
      q = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST)
          .add(filter, BooleanClause.Occur.FILTER).build();
    }
    return scores(index.search(q, n).scoreDocs);
  }

  /**
   * The BM25 clauses of a search for {@code text} (already {@link #clean cleaned}) with the
   * {@code chinese} terms of an English question, each field's term with its boost: the same
   * clauses whichever index runs them (the common-term cutoff, {@link #COMMON_SHARE}, is the
   * index's to apply).
   */
  public static Map<Term, Float> bm25Terms(String text, List<String> chinese, Settings settings) {
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
        terms.put(new Term(IndexSchema.PINYIN, w), 1f);
      }
    }
    if (settings.gramsWeight() > 0) {
      // No bigrams with Latin letters: words already cover Latin, and the letter pairs of an
      // English question ("th", "he") matched any English text.
      pieces.stream().flatMap(p -> IndexSchema.bigramsOf(p).stream()).distinct()
          .filter(g -> g.codePoints().noneMatch(HybridRetriever::isLatin)).limit(MAX_TERMS)
          .forEach(g -> terms.put(new Term(IndexSchema.GRAMS, g), settings.gramsWeight()));
    }
    return terms;
  }

  /**
   * What the dense leg embeds: the question, or for an English question its Chinese terms.
   * bge-small-zh places an English question far from the Chinese passage that answers it: on the
   * 12 English dev items the dense leg alone had R@1 / R@5 1 / 6 with the question, 6 / 10 with
   * its terms, and 5 / 9 with the question followed by its terms.
   */
  /**
   * The text the dense leg embeds for {@code query}: the cleaned question, or for an English one
   * its Chinese terms. The answer stage compares sentences with the same vector.
   */
  public static String embeddedText(String query) {
    String text = clean(query);
    return denseText(text, EnglishQuery.terms(text));
  }

  public static String denseText(String text, List<String> chinese) {
    return chinese.isEmpty() ? text : String.join(" ", chinese);
  }

  private float[] embed(String text) {
    return embedder.apply(embeddingInput(text, settings));
  }

  /** What the model is given for the dense text of a query: with BGE's instruction when set. */
  public static String embeddingInput(String denseText, Settings settings) {
    return settings.queryInstruction() ? QUERY_INSTRUCTION + denseText : denseText;
  }

  /**
   * The {@code n} approximate nearest neighbours of {@code v} among the passages {@code filter}
   * admits (all when null), with their kNN scores; mutable.
   */
  private Map<Integer, Double> neighbours(float[] v, int n, Query filter) {
    int k = Math.max(1, Math.min(n, index.size()));
    return scores(index.search(Queries.nearest(v, k, filter), k).scoreDocs);
  }

  /** The index query admitting exactly the passages of {@code scope}; null for the whole archive. */
  static Query filter(Scope scope) {
    return Queries.scope(scope.from(), scope.to(), scope.paper(), scope.pageNo());
  }

  private static Map<Integer, Double> joined(FutureTask<Map<Integer, Double>> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("search interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static boolean isLatin(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  private static Map<Integer, Double> scores(ScoreDoc[] docs) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    for (ScoreDoc d : docs) {
      out.put(d.doc, (double) d.score);
    }
    return out;
  }

  private static void addScaled(Map<Integer, Double> into, Map<Integer, Double> scores, double weight) {
    Fusion.addScaled(into, scores, weight);
  }

  /** Best first, ties by doc id (= build order), capped per article when set. */
  private List<Hit> ranked(Map<Integer, Double> scores, int k) {
    List<Map.Entry<Integer, Double>> order = new ArrayList<>(scores.entrySet());
    order.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    List<Hit> hits = new ArrayList<>(Math.min(k, order.size()));
    Map<String, Integer> perArticle = new HashMap<>();
    for (Map.Entry<Integer, Double> e : order) {
      if (hits.size() == k) {
        break;
      }
      var p = index.passage(e.getKey());
      if (settings.perArticle() > 0
          && perArticle.merge(p.articleKey(), 1, Integer::sum) > settings.perArticle()) {
        continue;
      }
      hits.add(new Hit(p, e.getValue(), hits.size() + 1));
    }
    return hits;
  }
}
