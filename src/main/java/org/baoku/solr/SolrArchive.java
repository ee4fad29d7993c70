package org.baoku.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.function.Function;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.baoku.index.Embedder;
import org.baoku.ingest.Article;
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
 * <p>This class owns the client's lifecycle (opening checks what was indexed) and states each
 * lookup's contract; the lookups themselves are {@link SolrReader}'s requests, and {@link
 * ReadCache} keeps the articles and sentence vectors they read. Neither calls back.
 *
 * <p>Every request has a timeout; a failed one throws {@link SolrUnavailableException}, whose
 * message is one line. Thread-safe; closing closes the client.
 */
public final class SolrArchive implements Archive, QuoteFinder.Source {

  private final CloudSolrClient client;
  private final String collection;
  private final SolrRetriever retriever;
  private final SolrReader reader;
  private final ReadCache cache;

  private SolrArchive(CloudSolrClient client, String collection, SolrRetriever retriever) {
    this.client = client;
    this.collection = collection;
    this.retriever = retriever;
    this.reader = new SolrReader(retriever);
    this.cache = new ReadCache(reader);
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
   * and that article is put together again from its passages ({@link SolrReader#assemble}). Empty
   * when there is none.
   */
  @Override
  public Optional<Article> firstArticle() {
    return reader.firstArticle();
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
    return reader.passage(id);
  }

  @Override
  public List<Passage> article(Passage p) {
    return cache.article(p);
  }

  @Override
  public List<Passage> article(String page, int article) {
    return reader.article(page, article);
  }

  @Override
  public List<Passage> issue(LocalDate date, String paper) {
    return reader.issue(date, paper);
  }

  /** Every paper and date the collection holds: one facet request, nested by paper. */
  @Override
  public NavigableSet<Issue> issues() {
    return reader.issues();
  }

  @Override
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    return cache.sentenceVectors(p);
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
    return reader.sharingGrams(grams, minShared, k);
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
