package org.baoku.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.baoku.index.Embedder;
import org.baoku.index.IndexSchema;
import org.baoku.index.PassageSearcher;

/**
 * BM25 and dense scores on every query, fused by weighted min-max: each ranking's scores are
 * scaled to [0, 1] over its candidates, then {@code (1 - w) * bm25 + w * dense}. BM25 brings the
 * candidates and each gets its exact dense score; a shallow approximate kNN search adds the
 * passages BM25 misses (paraphrases, English questions). The legs run at once: BM25 on a helper
 * thread while the caller embeds the query, which is most of a search's time.
 *
 * <p>What a question becomes is {@link HybridQuery}'s, the legs themselves are {@link
 * HybridLegs}', the figures {@link HybridSettings}'; this class runs the legs, rescores, fuses and
 * ranks. Any string gives a (possibly empty) list, never an exception. Immutable and thread-safe.
 */
public final class HybridRetriever implements FilteringRetriever {

  /**
   * Runs a query's BM25 leg while the caller embeds the query. One thread: when it is busy, the
   * caller runs its own leg after the embedding. On CMRC 2018 dev (848 paragraphs, systems run
   * in turn on each question, both embedding the query the same way) the hybrid's p50 was 0.5 to
   * 0.75 ms above dense-only retrieval with the legs in sequence and 0.25 to 0.35 ms above it in
   * parallel (0.03 ms once the leg was made cheaper with {@link HybridSettings#COMMON_SHARE} and
   * 20 candidates): not nothing, because the model's own second thread wants the other core too,
   * and in about one query in ten the scheduler runs the woken helper on the caller's core first
   * (submitting then takes 0.6 ms at the 90th percentile against 0.013 ms at the median).
   */
  private static final ExecutorService LEXICAL = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "baoku-bm25");
    t.setDaemon(true);
    return t;
  });

  private final PassageSearcher index;
  private final Function<String, float[]> embedder;
  private final HybridSettings settings;
  private final HybridLegs legs;

  public HybridRetriever(PassageSearcher index, Embedder embedder) {
    this(index, embedder, HybridSettings.DEFAULT);
  }

  public HybridRetriever(PassageSearcher index, Embedder embedder, HybridSettings settings) {
    this(index, Objects.requireNonNull(embedder, "embedder")::embed, settings);
  }

  /**
   * Embeds queries with {@code embedder}, which must be what gave the index its vectors: {@code
   * bench --scale} searches archives whose vectors come from a cheap stand-in.
   */
  public HybridRetriever(PassageSearcher index, Function<String, float[]> embedder, HybridSettings settings) {
    this.index = Objects.requireNonNull(index, "index");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.legs = new HybridLegs(index, settings);
  }

  public HybridSettings settings() {
    return settings;
  }

  /**
   * The hybrid search inside {@code scope}: both legs filter in the index (BM25 as a filter clause,
   * kNN with Lucene's pre-filter), so the best passages of a date are found however many other
   * dates outrank them.
   */
  @Override
  public Retrieval search(String query, Scope scope, int k) {
    Query filter = HybridLegs.filter(scope);
    String text = HybridQuery.clean(query);
    if (text.isEmpty() || k <= 0) {
      return Retrieval.of(text, List.of());
    }
    return SpelledNames.searched(text, EnglishQuery.terms(text), chinese -> search(text, chinese, filter, k),
        spelling -> spelledIn(spelling, filter));
  }

  /** The texts of the best passages inside {@code filter} whose pinyin holds {@code spelling}. */
  private List<String> spelledIn(String spelling, Query filter) {
    Query holding = new TermQuery(new Term(IndexSchema.PINYIN, spelling));
    Query q = filter == null ? holding
        : new BooleanQuery.Builder().add(holding, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    return Arrays.stream(index.search(q, SpelledNames.LOOKED_UP).scoreDocs).map(d -> index.passage(d.doc).text()).toList();
  }

  private Retrieval search(String text, List<String> chinese, Query filter, int k) {
    int n = Math.max(settings.candidates(), k);
    double w = settings.denseWeight();
    Map<Integer, Double> fused = new HashMap<>();
    if (w == 0) {
      Fusion.addScaled(fused, legs.bm25(text, chinese, n, filter), 1);
      return Retrieval.of(text, ranked(fused, k));
    }
    if (w == 1) {
      float[] v = embed(HybridQuery.denseText(text, chinese));
      Fusion.addScaled(fused, legs.neighbours(v, n, filter), 1);
      return new Retrieval(text, Optional.of(v), ranked(fused, k));
    }
    FutureTask<Map<Integer, Double>> lexical = new FutureTask<>(() -> legs.bm25(text, chinese, n, filter));
    LEXICAL.execute(lexical);
    float[] v = embed(HybridQuery.denseText(text, chinese));
    Map<Integer, Double> dense = legs.neighbours(v, Math.max(settings.neighbours(), k), filter);
    lexical.run(); // a no-op when the helper has taken it; otherwise the caller does it now
    Map<Integer, Double> bm25 = joined(lexical);
    List<Integer> unscored = bm25.keySet().stream().filter(d -> !dense.containsKey(d)).toList();
    dense.putAll(index.vectorScores(v, unscored));
    Fusion.addScaled(fused, bm25, 1 - w);
    Fusion.addScaled(fused, dense, w);
    return new Retrieval(text, Optional.of(v), ranked(fused, k));
  }

  /** Pure BM25 ranking with raw BM25 scores (a baseline). */
  public List<Hit> bm25(String query, int k) {
    String text = HybridQuery.clean(query);
    return text.isEmpty() || k <= 0 ? List.of()
        : ranked(legs.bm25(text, EnglishQuery.terms(text), k, null), k);
  }

  /** Pure dense ranking with kNN scores {@code (1 + cos) / 2}: the top k of k neighbours. */
  public List<Hit> dense(String query, int k) {
    String text = HybridQuery.clean(query);
    return text.isEmpty() || k <= 0 ? List.of()
        : dense(embed(HybridQuery.denseText(text, EnglishQuery.terms(text))), k, k);
  }

  /**
   * Pure dense ranking for a query vector: the top {@code k} of {@code depth} approximate
   * neighbours. Only the top k passages are read. For the dense-only baseline, which embeds the
   * query its own way.
   */
  public List<Hit> dense(float[] queryVector, int k, int depth) {
    return k <= 0 ? List.of() : ranked(legs.neighbours(queryVector, Math.max(k, depth), null), k);
  }

  private float[] embed(String text) {
    return embedder.apply(HybridQuery.embeddingInput(text, settings));
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
