package org.baoku.solr;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.baoku.index.Embedder;
import org.baoku.index.IndexSchema;
import org.baoku.index.Progress;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;

/**
 * {@code baoku index --solr}: writes a corpus to the collection, page by page. A page whose hash
 * (of everything indexed for it: ids, texts, headlines, imprints, kinds, the model, the schema)
 * the collection already holds is skipped; a changed page is deleted and written again; a page
 * gone from the corpus is deleted. Embedding happens here, in batches, as for the local index.
 *
 * <p>Nothing is visible to readers until the one commit at the end (the configset opens no
 * searcher on its own), so a search sees the collection before or after the update, never half
 * of it; shards commit one after another, so for a moment one shard may serve the new pages and
 * another the old.
 */
public final class SolrIndexer {

  /**
   * What one run did.
   *
   * @param pagesWritten pages written, new ones ({@code pagesAdded}) and changed ones
   */
  public record Report(int pages, int articles, int passages, int pagesWritten, int pagesAdded,
      int pagesSkipped, int pagesDeleted, int passagesWritten, long millis, List<String> problems) {
    public Report {
      problems = List.copyOf(problems);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private SolrIndexer() {}

  /**
   * Brings {@code collection} in line with {@code corpus} and commits.
   *
   * @throws SolrUnavailableException when the cluster fails a request (nothing is committed then;
   *     a later run redoes the pages not committed)
   */
  public static Report index(SolrClient client, String collection, Corpus.Report corpus, Progress progress) {
    return index(client, collection, corpus, progress, false);
  }

  /**
   * Brings {@code collection} in line with {@code corpus} and commits; with {@code full}, every
   * page is written again, unchanged ones too ({@code baoku index --solr --full}).
   *
   * @throws SolrUnavailableException when the cluster fails a request
   */
  public static Report index(SolrClient client, String collection, Corpus.Report corpus,
      Progress progress, boolean full) {
    long t0 = System.nanoTime();
    Map<String, ArticleKind> kinds = new HashMap<>();
    Map<String, List<Passage>> byPage = new LinkedHashMap<>();
    for (Article a : corpus.articles()) {
      kinds.put(a.page() + "#" + a.ordinal(), a.kind());
      byPage.computeIfAbsent(a.page(), p -> new ArrayList<>()).addAll(Chunker.chunk(a));
    }
    int total = byPage.values().stream().mapToInt(List::size).sum();
    try {
      Map<String, String> held = pageHashes(client, collection);
      List<Passage> toWrite = new ArrayList<>();
      Map<String, Integer> ords = new HashMap<>();
      Map<String, String> hashes = new HashMap<>();
      int ord = 0;
      int written = 0;
      int added = 0;
      int skipped = 0;
      for (Map.Entry<String, List<Passage>> page : byPage.entrySet()) {
        String hash = hash(page.getValue(), kinds, Embedder.MODEL_NAME);
        for (Passage p : page.getValue()) {
          ords.put(p.id(), ord++);
        }
        if (!full && hash.equals(held.get(page.getKey()))) {
          skipped++;
          continue;
        }
        if (held.containsKey(page.getKey())) {
          client.deleteByQuery(collection, SolrFields.term(SolrFields.PAGE, page.getKey()));
        } else {
          added++;
        }
        hashes.put(page.getKey(), hash);
        toWrite.addAll(page.getValue());
        written++;
      }
      int deleted = 0;
      for (String page : held.keySet()) {
        if (!byPage.containsKey(page)) {
          client.deleteByQuery(collection, SolrFields.term(SolrFields.PAGE, page));
          deleted++;
        }
      }
      write(client, collection, toWrite, kinds, ords, hashes, progress);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      Report r = new Report(byPage.size(), corpus.articles().size(), total, written, added, skipped,
          deleted, toWrite.size(), millis, corpus.problems());
      client.add(collection, meta(r, Embedder.MODEL_NAME));
      client.commit(collection, true, true);
      return r;
    } catch (Exception e) {
      throw SolrUnavailableException.of("indexing into " + collection, e);
    }
  }

  private static void write(SolrClient client, String collection, List<Passage> passages,
      Map<String, ArticleKind> kinds, Map<String, Integer> ords, Map<String, String> hashes,
      Progress progress) throws Exception {
    if (passages.isEmpty()) {
      return;
    }
    // The model loads only when a page needs writing: an unchanged corpus is checked without it.
    SolrWriter w = new SolrWriter(client, collection, texts -> Embedder.shared().embedAll(texts));
    String phase = "写入 Solr / indexing " + passages.size() + " passages into Solr";
    progress.update(phase, 0, passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      w.add(p, kind(p, kinds), ords.get(p.id()), hashes.get(p.page()));
      if ((i + 1) % SolrWriter.EMBED_BATCH == 0) {
        progress.update(phase, i + 1, passages.size());
      }
    }
    w.flush();
    progress.update(phase, passages.size(), passages.size());
  }

  private static ArticleKind kind(Passage p, Map<String, ArticleKind> kinds) {
    return kinds.getOrDefault(p.articleKey(), ArticleKind.ARTICLE);
  }

  /** Each page the collection holds, with its hash; read with one facet request. */
  static Map<String, String> pageHashes(SolrClient client, String collection) throws Exception {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", "*:*");
    q.set("fq", SolrFields.term(SolrFields.DOC_TYPE, SolrFields.PASSAGE_TYPE));
    q.set("rows", 0);
    q.set("json.facet", "{pages:{type:terms,field:page,limit:-1,facet:{h:{type:terms,field:page_hash,limit:1}}}}");
    NamedList<?> facets = (NamedList<?>) new QueryRequest(q, SolrRequest.METHOD.POST)
        .process(client, collection).getResponse().get("facets");
    Map<String, String> out = new HashMap<>();
    NamedList<?> pages = facets == null ? null : (NamedList<?>) facets.get("pages");
    if (pages == null) {
      return out;
    }
    for (Object b : (List<?>) pages.get("buckets")) {
      NamedList<?> bucket = (NamedList<?>) b;
      List<?> h = (List<?>) ((NamedList<?>) bucket.get("h")).get("buckets");
      out.put((String) bucket.get("val"), h.isEmpty() ? "" : (String) ((NamedList<?>) h.get(0)).get("val"));
    }
    return out;
  }

  /** SHA-256 of everything indexed for a page's passages, with the model and the schema. */
  static String hash(List<Passage> passages, Map<String, ArticleKind> kinds, String model) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      StringBuilder s = new StringBuilder().append(model).append('\u0000')
          .append(IndexSchema.SCHEMA).append('\u0000').append(SCHEMA_VERSION).append('\u0000');
      for (Passage p : passages) {
        s.append(p).append('\u0000').append(kind(p, kinds)).append('\u0000');
      }
      return HexFormat.of().formatHex(md.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Bump when the configset's fields or what is sent to them change: every page is rewritten. */
  static final int SCHEMA_VERSION = 1;

  /** The collection's record of what was written last, and with which model. */
  static SolrInputDocument meta(Report r, String model) throws Exception {
    SolrInputDocument d = new SolrInputDocument();
    d.addField(SolrFields.ID, SolrFields.META_ID);
    d.addField(SolrFields.DOC_TYPE, SolrFields.META_TYPE);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pages", r.pages());
    m.put("articles", r.articles());
    m.put("passages", r.passages());
    m.put("builtAt", Instant.now().toString());
    m.put("model", model);
    m.put("buildMillis", r.millis());
    m.put("problems", r.problems());
    d.addField(SolrFields.META_JSON, JSON.writeValueAsString(m));
    return d;
  }
}
