package org.baoku.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.baoku.index.VectorStore;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.EnglishQuery;
import org.baoku.retrieve.FilteringRetriever;
import org.baoku.retrieve.Fusion;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridQuery;
import org.baoku.retrieve.HybridRetriever;
import org.baoku.retrieve.HybridSettings;
import org.baoku.retrieve.Retrieval;
import org.baoku.retrieve.Scope;
import org.baoku.retrieve.SpelledNames;

/**
 * {@link HybridRetriever}'s search over a SolrCloud collection: the same BM25 clauses ({@link
 * HybridQuery#bm25Terms}), the same common-term cutoff, the same dense leg and the same fusion
 * ({@link Fusion}), so the two rank alike (Solr 9.10 has no rank fusion of its own).
 *
 * <p>Per search: the document frequencies of the query's terms (one facet request, while the query
 * is embedded), then two requests at once: BM25, whose candidates carry their exact dense score
 * ({@code vectorSimilarity}), and a kNN search for the neighbours BM25 misses. A scope becomes
 * filter queries, which also pre-filter kNN. Requests are POSTs: a 512-d vector is 5 KB of text.
 * Thread-safe.
 */
final class SolrRetriever implements FilteringRetriever {

  /** Runs a search's df and kNN requests beside the caller's embedding and BM25 request. */
  private static final ExecutorService LEGS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "baoku-solr");
    t.setDaemon(true);
    return t;
  });

  private final SolrClient client;
  private final String collection;
  private final Function<String, float[]> embedder;
  private final HybridSettings settings;

  /**
   * Embeds queries with {@code embedder}, which must be what gave the collection its vectors
   * (bge-small-zh, or {@code bench --scale}'s stand-in).
   */
  SolrRetriever(SolrClient client, String collection, Function<String, float[]> embedder,
      HybridSettings settings) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Retrieval search(String query, Scope scope, int k) {
    String text = HybridQuery.clean(query);
    if (text.isEmpty() || k <= 0) {
      return Retrieval.of(text, List.of());
    }
    return SpelledNames.searched(text, EnglishQuery.terms(text), chinese -> search(text, chinese, scope, k),
        spelling -> spelledIn(spelling, scope));
  }

  /** The texts of the best passages of {@code scope} whose pinyin holds {@code spelling}, as the local index gives them. */
  private List<String> spelledIn(String spelling, Scope scope) {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", SolrFields.term(SolrFields.PINYIN, spelling));
    q.set("fl", SolrFields.TEXT);
    q.set("rows", SpelledNames.LOOKED_UP);
    q.set("sort", "score desc," + SolrFields.ORD + " asc");
    filters(scope).forEach(f -> q.add("fq", f));
    return query(q, "looking up a spelled name").getResults().stream()
        .map(d -> (String) d.getFirstValue(SolrFields.TEXT)).toList();
  }

  private Retrieval search(String text, List<String> chinese, Scope scope, int k) {
    int n = Math.max(settings.candidates(), k);
    double w = settings.denseWeight();
    List<String> filters = filters(scope);
    Map<String, Candidate> found = new ConcurrentHashMap<>();
    Map<String, Double> fused = new HashMap<>();
    if (w == 1) {
      float[] v = embed(text, chinese);
      Fusion.addScaled(fused, neighbours(v, n, filters, found), 1);
      return new Retrieval(text, Optional.of(v), ranked(fused, found, k));
    }
    CompletableFuture<Map<Term, Float>> clauses = async(() -> kept(HybridQuery.bm25Terms(text, chinese, settings)));
    if (w == 0) {
      Fusion.addScaled(fused, bm25(join(clauses), null, n, filters, found, null), 1);
      return Retrieval.of(text, ranked(fused, found, k));
    }
    float[] v = embed(text, chinese);
    CompletableFuture<Map<String, Double>> knn = async(() -> neighbours(v, Math.max(settings.neighbours(), k), filters, found));
    Map<String, Double> exact = new HashMap<>();
    Map<String, Double> bm25 = bm25(join(clauses), v, n, filters, found, exact);
    Map<String, Double> dense = new HashMap<>(join(knn));
    bm25.keySet().stream().filter(id -> !dense.containsKey(id) && exact.containsKey(id))
        .forEach(id -> dense.put(id, exact.get(id)));
    Fusion.addScaled(fused, bm25, 1 - w);
    Fusion.addScaled(fused, dense, w);
    return new Retrieval(text, Optional.of(v), ranked(fused, found, k));
  }

  private float[] embed(String text, List<String> chinese) {
    return embedder.apply(HybridQuery.embeddingInput(HybridQuery.denseText(text, chinese), settings));
  }

  /**
   * The clauses the collection holds in at most {@link HybridSettings#COMMON_SHARE} of its
   * passages, as the local index keeps them: one request counts every term's passages.
   */
  private Map<Term, Float> kept(Map<Term, Float> terms) {
    if (terms.isEmpty()) {
      return terms;
    }
    List<Term> order = new ArrayList<>(terms.keySet());
    Map<String, Object> facets = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      Term t = order.get(i);
      facets.put("t" + i, Map.of("type", "query", "q", SolrFields.term(SolrFields.solrField(t.field()), t.text())));
    }
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", "*:*");
    q.set("fq", SolrFields.term(SolrFields.DOC_TYPE, SolrFields.PASSAGE_TYPE));
    q.set("rows", 0);
    q.set("json.facet", SolrFields.json(facets));
    QueryResponse r = query(q, "counting terms");
    long maxDocFreq = (long) Math.floor(HybridSettings.COMMON_SHARE * r.getResults().getNumFound());
    NamedList<?> counts = (NamedList<?>) r.getResponse().get("facets");
    Map<Term, Float> out = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      NamedList<?> c = counts == null ? null : (NamedList<?>) counts.get("t" + i);
      long df = c == null ? 0 : ((Number) c.get("count")).longValue();
      if (df > 0 && df <= maxDocFreq) {
        out.put(order.get(i), terms.get(order.get(i)));
      }
    }
    return out;
  }

  /**
   * BM25 over {@code clauses}, the top {@code n}, with raw scores; each candidate's exact dense
   * score against {@code v} goes into {@code exact} (when {@code v} is given).
   */
  private Map<String, Double> bm25(Map<Term, Float> clauses, float[] v, int n, List<String> filters,
      Map<String, Candidate> found, Map<String, Double> exact) {
    if (clauses.isEmpty()) {
      return new HashMap<>();
    }
    ModifiableSolrParams q = new ModifiableSolrParams();
    StringBuilder bool = new StringBuilder("{!bool");
    int i = 0;
    for (Map.Entry<Term, Float> e : clauses.entrySet()) {
      String term = SolrFields.term(SolrFields.solrField(e.getKey().field()), e.getKey().text());
      if (e.getValue() == 1f) {
        q.set("c" + i, term);
      } else {
        q.set("c" + i, "{!boost b=" + e.getValue() + " v=$c" + i + "t}");
        q.set("c" + i + "t", term);
      }
      bool.append(" should=$c").append(i);
      i++;
    }
    q.set("q", bool.append('}').toString());
    String fl = SolrFields.PASSAGE_FL + ",score";
    if (v != null) {
      q.set("qv", vector(v));
      fl += ",dense:vectorSimilarity(" + SolrFields.VECTOR + ",$qv)";
    }
    q.set("fl", fl);
    return ranking(q, n, filters, found, exact, "searching BM25");
  }

  /** The {@code n} approximate nearest neighbours of {@code v} in scope, with kNN scores. */
  private Map<String, Double> neighbours(float[] v, int n, List<String> filters, Map<String, Candidate> found) {
    ModifiableSolrParams q = new ModifiableSolrParams();
    // The local index's kNN search quantizes the question as it quantized the passages.
    q.set("qv", vector(VectorStore.asStored(v)));
    q.set("q", "{!knn f=" + SolrFields.VECTOR + " topK=" + n + " v=$qv}");
    q.set("fl", SolrFields.PASSAGE_FL + ",score");
    return ranking(q, n, filters, found, null, "searching vectors");
  }

  private Map<String, Double> ranking(ModifiableSolrParams q, int n, List<String> filters,
      Map<String, Candidate> found, Map<String, Double> exact, String doing) {
    q.set("rows", n);
    q.set("sort", "score desc," + SolrFields.ORD + " asc");
    filters.forEach(f -> q.add("fq", f));
    Map<String, Double> out = new LinkedHashMap<>();
    for (SolrDocument d : query(q, doing).getResults()) {
      Passage p = SolrFields.passage(d);
      found.putIfAbsent(p.id(), new Candidate(p, SolrFields.ord(d)));
      out.put(p.id(), ((Number) d.getFieldValue("score")).doubleValue());
      if (exact != null && d.getFieldValue("dense") instanceof Number dense) {
        exact.put(p.id(), dense.doubleValue());
      }
    }
    return out;
  }

  /**
   * The filter queries admitting the passages of {@code scope}, with the undated passages that
   * meet its other limits.
   */
  static List<String> filters(Scope scope) {
    List<String> fq = new ArrayList<>();
    if (scope.limitsDates()) {
      // as the Lucene index does: a passage without a date may be of any day
      fq.add(SolrFields.DATE + ":[" + SolrFields.day(scope.from()) + " TO " + SolrFields.day(scope.to())
          + "] OR (*:* -" + SolrFields.DATE + ":[* TO *])");
    }
    if (scope.paper() != null) {
      fq.add(SolrFields.term(SolrFields.PAPER, scope.paper()));
    }
    if (scope.pageNo() != null) {
      fq.add(SolrFields.PAGE_NO + ":" + scope.pageNo());
    }
    return fq;
  }

  private record Candidate(Passage passage, int ord) {}

  /** Best first, ties by corpus position (the local index's doc order), capped per article when set. */
  private List<Hit> ranked(Map<String, Double> scores, Map<String, Candidate> found, int k) {
    List<Map.Entry<String, Double>> order = new ArrayList<>(scores.entrySet());
    order.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(e -> found.get(e.getKey()).ord())
        .thenComparing(Map.Entry::getKey));
    List<Hit> hits = new ArrayList<>(Math.min(k, order.size()));
    Map<String, Integer> perArticle = new HashMap<>();
    for (Map.Entry<String, Double> e : order) {
      if (hits.size() == k) {
        break;
      }
      Passage p = found.get(e.getKey()).passage();
      if (settings.perArticle() > 0
          && perArticle.merge(p.articleKey(), 1, Integer::sum) > settings.perArticle()) {
        continue;
      }
      hits.add(new Hit(p, e.getValue(), hits.size() + 1));
    }
    return hits;
  }

  static String vector(float[] v) {
    StringBuilder s = new StringBuilder(v.length * 12).append('[');
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : ",").append(v[i]);
    }
    return s.append(']').toString();
  }

  QueryResponse query(ModifiableSolrParams q, String doing) {
    return query(client, collection, q, doing);
  }

  /** One POSTed request; a failure is a {@link SolrUnavailableException} saying what was {@code doing}. */
  static QueryResponse query(SolrClient client, String collection, ModifiableSolrParams q, String doing) {
    try {
      return new QueryRequest(q, SolrRequest.METHOD.POST).process(client, collection);
    } catch (Exception e) {
      throw SolrUnavailableException.of(doing, e);
    }
  }

  private static <T> CompletableFuture<T> async(Supplier<T> s) {
    return CompletableFuture.supplyAsync(s, LEGS);
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
