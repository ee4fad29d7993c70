package org.baoku.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.baoku.index.Embedder;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteFinder;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.HybridSettings;
import org.baoku.retrieve.Retriever;

/**
 * The {@link Archive} over a SolrCloud collection written by {@link SolrIndexer}: the same hybrid
 * search ({@link SolrRetriever}), issues, articles, sentence vectors and citation lookup as the
 * local index, so every front end works on either. Nothing is read from the local disk.
 *
 * <p>Every request has a timeout; a failed one throws {@link SolrUnavailableException}, whose
 * message is one line. Thread-safe; closing closes the client.
 */
public final class SolrArchive implements Archive, QuoteFinder.Source {

  /** A page's passages read at most, for an article or an issue's day: far above a real page. */
  private static final int MAX_ROWS = 10_000;

  /**
   * Articles and sentence vectors kept read, as the local archive keeps its articles: an answer
   * reads the articles of its hits and the sentence vectors of their passages, and readers ask
   * about the same few reports. An entry serves only a passage equal to the one it was read with
   * (same id and text), so a page rewritten by `baoku index` is read again.
   */
  private static final int CACHED = 512;

  private final Map<String, List<Passage>> articles = lru();
  private final Map<String, SentenceVectors> sentences = lru();

  private record SentenceVectors(String text, List<float[]> vectors) {}

  private static <V> Map<String, V> lru() {
    return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > CACHED;
      }
    });
  }

  private final CloudSolrClient client;
  private final String collection;
  private final SolrRetriever retriever;

  private SolrArchive(CloudSolrClient client, String collection, SolrRetriever retriever) {
    this.client = client;
    this.collection = collection;
    this.retriever = retriever;
  }

  /**
   * Connects to {@code target}'s collection and reads what `baoku index` recorded there.
   *
   * @throws SolrUnavailableException when the cluster cannot be reached, or the collection is
   *     missing, was never indexed, or was indexed with another model
   */
  public static SolrArchive open(SolrTarget target) {
    Embedder embedder = Embedder.shared();
    return open(target.connect(), target.collection(), embedder::embed, Embedder.MODEL_NAME,
        HybridSettings.DEFAULT);
  }

  /**
   * Over an open client (which the archive then owns and closes), embedding queries with {@code
   * embedder}, which must be the model named {@code model} that gave the collection its vectors:
   * {@code bench --scale} serves collections written with a cheap stand-in.
   *
   * @throws SolrUnavailableException when the collection is missing, was never indexed, or was
   *     indexed with another model than {@code model}
   */
  public static SolrArchive open(CloudSolrClient client, String collection, Function<String, float[]> embedder,
      String model, HybridSettings settings) {
    try {
      Stats stats = readStats(client, collection);
      if (!model.equals(stats.model())) {
        throw new IllegalStateException("collection " + collection + " was indexed with model "
            + stats.model() + ", not " + model + ": run baoku index --solr again");
      }
      return new SolrArchive(client, collection, new SolrRetriever(client, collection, embedder, settings));
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw SolrUnavailableException.of("opening collection " + collection, e);
    }
  }

  private static void closeQuietly(CloudSolrClient client) {
    try {
      client.close();
    } catch (Exception ignored) {
      // the client failed already; its close loses nothing
    }
  }

  private static Stats readStats(CloudSolrClient client, String collection) {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", SolrFields.term(SolrFields.ID, SolrFields.META_ID));
    q.set("fl", SolrFields.META_JSON);
    QueryResponse r = SolrRetriever.query(client, collection, q, "reading what was indexed");
    if (r.getResults().isEmpty()) {
      throw new IllegalStateException("collection " + collection + " holds no index yet: run baoku index --solr");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = SolrFields.fromJson((String) r.getResults().get(0).getFirstValue(SolrFields.META_JSON), Map.class);
    return new Stats(((Number) m.get("pages")).intValue(), ((Number) m.get("articles")).intValue(),
        ((Number) m.get("passages")).intValue(), Instant.parse((String) m.get("builtAt")),
        (String) m.get("model"), ((Number) m.get("buildMillis")).longValue());
  }

  /** What `baoku index --solr` counted when it last wrote the collection (read anew each call). */
  @Override
  public Retriever retriever() {
    return retriever;
  }

  @Override
  public Stats stats() {
    return readStats(client, collection);
  }

  /**
   * The first news article with a headline, in collection order (the bot's greeting asks about
   * it): passages of news articles are read a batch at a time, by ord, until one has a headline,
   * and that article is put together again from its passages. Empty when there is none.
   */
  @Override
  public Optional<Article> firstArticle() {
    List<String> fq = List.of(SolrFields.term(SolrFields.KIND, ArticleKind.ARTICLE.name()));
    for (int start = 0; ; start += FIRST_ARTICLE_BATCH) {
      List<Passage> batch = passages(fq, start, FIRST_ARTICLE_BATCH, "reading the first article");
      for (Passage p : batch) {
        if (!p.headline().isBlank()) {
          return Optional.of(assemble(article(p.page(), p.article())));
        }
      }
      if (batch.size() < FIRST_ARTICLE_BATCH) {
        return Optional.empty();
      }
    }
  }

  /** Passages of news articles read per request while looking for the first with a headline. */
  private static final int FIRST_ARTICLE_BATCH = 200;

  /**
   * An article from its passages in reading order. Each passage is a span of the article's text
   * with the whitespace between two of them left out, which is a line break in cleaned text, so a
   * gap is filled with line breaks; the lines before the byline (or up to the headline, when there
   * is no byline) are its titles, the rest its paragraphs.
   */
  static Article assemble(List<Passage> passages) {
    Passage first = passages.get(0);
    StringBuilder text = new StringBuilder();
    int end = first.start();
    for (Passage p : passages) {
      if (p.start() >= end) {
        text.append("\n".repeat(text.length() == 0 ? 0 : p.start() - end)).append(p.text());
      } else if (p.end() > end) {
        text.append(p.text(), Math.min(p.text().length(), end - p.start()), p.text().length());
      }
      end = Math.max(end, p.end());
    }
    List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
    int header = first.byline().isEmpty() ? lines.indexOf(first.headline()) + 1 : lines.indexOf(first.byline());
    if (header <= 0) {
      header = lines.indexOf(first.headline()) + 1;
    }
    List<String> titles = new ArrayList<>(lines.subList(0, Math.max(0, header)));
    List<String> paragraphs = new ArrayList<>(lines.subList(Math.max(0, header), lines.size()));
    if (!first.byline().isEmpty() && !paragraphs.isEmpty() && paragraphs.get(0).equals(first.byline())) {
      paragraphs.remove(0);
    }
    return new Article(first.page(), first.article(), ArticleKind.ARTICLE, titles, first.headline(),
        first.byline(), paragraphs, first.imprint());
  }

  /** Not read from a collection: it may hold millions of passages. Always empty. */
  @Override
  public List<Passage> passages() {
    return List.of();
  }

  @Override
  public Optional<Passage> passage(String id) {
    if (id == null) {
      return Optional.empty();
    }
    List<Passage> found = passages(List.of(SolrFields.term(SolrFields.ID, id)), 1, "reading a passage");
    return found.stream().findFirst();
  }

  @Override
  public List<Passage> article(Passage p) {
    String key = p.page() + '#' + p.article();
    List<Passage> cached = articles.get(key);
    if (cached != null && cached.contains(p)) {
      return cached;
    }
    List<Passage> read = List.copyOf(article(p.page(), p.article()));
    articles.put(key, read);
    return read;
  }

  @Override
  public List<Passage> article(String page, int article) {
    List<Passage> out = new ArrayList<>(passages(List.of(SolrFields.term(SolrFields.PAGE, page),
        SolrFields.ARTICLE + ":" + article), MAX_ROWS, "reading an article"));
    out.sort(Comparator.comparingInt(Passage::start));
    return out;
  }

  @Override
  public List<Passage> issue(LocalDate date, String paper) {
    // that day's own pages: unlike a search's scope, an issue's listing never takes undated pages
    List<String> fq = new ArrayList<>(List.of(SolrFields.DATE + ":" + SolrFields.day(date)));
    if (paper != null) {
      fq.add(SolrFields.term(SolrFields.PAPER, paper));
    }
    Map<String, Passage> first = new LinkedHashMap<>();
    for (Passage p : passages(fq, MAX_ROWS, "reading an issue")) {
      first.merge(p.articleKey(), p, (a, b) -> a.start() <= b.start() ? a : b);
    }
    List<Passage> out = new ArrayList<>(first.values());
    out.sort(Comparator.comparing((Passage p) -> p.imprint().pageNo(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Passage::page).thenComparingInt(Passage::article));
    return out;
  }

  /** Every paper and date the collection holds: one facet request, nested by paper. */
  @Override
  public NavigableSet<Issue> issues() {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", "*:*");
    q.set("fq", SolrFields.term(SolrFields.DOC_TYPE, SolrFields.PASSAGE_TYPE));
    q.set("rows", 0);
    q.set("json.facet", "{dates:{type:terms,field:date,limit:-1,facet:{papers:{type:terms,field:paper,limit:-1,missing:true}}}}");
    NamedList<?> facets = (NamedList<?>) retriever.query(q, "listing issues").getResponse().get("facets");
    NavigableSet<Issue> out = new TreeSet<>();
    NamedList<?> dates = facets == null ? null : (NamedList<?>) facets.get("dates");
    if (dates == null) {
      return Collections.unmodifiableNavigableSet(out);
    }
    for (Object b : (List<?>) dates.get("buckets")) {
      NamedList<?> bucket = (NamedList<?>) b;
      LocalDate day = LocalDate.ofInstant(((Date) bucket.get("val")).toInstant(), ZoneOffset.UTC);
      NamedList<?> papers = (NamedList<?>) bucket.get("papers");
      for (Object pb : (List<?>) papers.get("buckets")) {
        out.add(new Issue((String) ((NamedList<?>) pb).get("val"), day));
      }
      NamedList<?> missing = (NamedList<?>) papers.get("missing");
      if (missing != null && ((Number) missing.get("count")).longValue() > 0) {
        out.add(new Issue(null, day));
      }
    }
    return Collections.unmodifiableNavigableSet(out);
  }

  @Override
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    SentenceVectors cached = sentences.get(p.id());
    if (cached == null || !cached.text().equals(p.text())) {
      cached = readSentenceVectors(p).orElse(null);
      if (cached == null) {
        return Optional.empty();
      }
      sentences.put(p.id(), cached);
    }
    if (!cached.text().equals(p.text())) {
      return Optional.empty();
    }
    List<float[]> copy = new ArrayList<>(cached.vectors().size());
    cached.vectors().forEach(v -> copy.add(v.clone()));
    return Optional.of(copy);
  }

  private Optional<SentenceVectors> readSentenceVectors(Passage p) {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", SolrFields.term(SolrFields.ID, p.id()));
    q.set("fl", SolrFields.TEXT + "," + SolrFields.SENTENCES);
    q.set("rows", 1);
    var docs = retriever.query(q, "reading sentence vectors").getResults();
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    SolrDocument d = docs.get(0);
    Object bytes = d.getFirstValue(SolrFields.SENTENCES);
    if (!(bytes instanceof byte[] b)) {
      return Optional.empty();
    }
    return Optional.of(new SentenceVectors((String) d.getFirstValue(SolrFields.TEXT), SolrFields.unpack(b)));
  }

  @Override
  public List<QuoteMatch> quote(Quotation quotation) {
    return new QuoteFinder(this, QuoteFinder.Settings.DEFAULT).find(quotation);
  }

  /**
   * Passages holding at least {@code minShared} of the distinct {@code grams}, most shared first
   * (BM25 over the grams field ranks them, where the local index counts them: the order only
   * decides which candidates are aligned when more than {@code k} qualify).
   */
  @Override
  public List<Passage> sharingGrams(Collection<String> grams, int minShared, int k) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(grams));
    if (distinct.isEmpty() || k <= 0) {
      return List.of();
    }
    ModifiableSolrParams q = new ModifiableSolrParams();
    StringBuilder bool = new StringBuilder("{!bool mm=" + Math.max(1, Math.min(minShared, distinct.size())));
    for (int i = 0; i < distinct.size(); i++) {
      q.set("g" + i, SolrFields.term(SolrFields.GRAMS, distinct.get(i)));
      bool.append(" should=$g").append(i);
    }
    q.set("q", bool.append('}').toString());
    q.set("fl", SolrFields.PASSAGE_FL);
    q.set("rows", k);
    q.set("sort", "score desc," + SolrFields.ORD + " asc");
    List<Passage> out = new ArrayList<>();
    for (SolrDocument d : retriever.query(q, "looking up a quotation").getResults()) {
      out.add(SolrFields.passage(d));
    }
    return out;
  }

  private List<Passage> passages(List<String> filters, int rows, String doing) {
    return passages(filters, 0, rows, doing);
  }

  private List<Passage> passages(List<String> filters, int start, int rows, String doing) {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("start", start);
    q.set("q", "*:*");
    filters.forEach(f -> q.add("fq", f));
    q.add("fq", SolrFields.term(SolrFields.DOC_TYPE, SolrFields.PASSAGE_TYPE));
    q.set("fl", SolrFields.PASSAGE_FL);
    q.set("rows", rows);
    q.set("sort", SolrFields.ORD + " asc");
    List<Passage> out = new ArrayList<>();
    for (SolrDocument d : retriever.query(q, doing).getResults()) {
      out.add(SolrFields.passage(d));
    }
    return out;
  }

  /** The collection's name. */
  public String collection() {
    return collection;
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      // closing a client sends nothing; a failure loses nothing
    }
  }
}
