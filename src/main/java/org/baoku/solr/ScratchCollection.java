package org.baoku.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Passage;

/**
 * {@code baoku bench --scale --solr}: fills a scratch collection with a synthetic archive whose
 * vectors come from a stand-in, through the writer {@code baoku index --solr} uses ({@link
 * SolrWriter}, the same documents and the same record of what was written), so that {@link
 * SolrArchive} serves it as it serves a real archive.
 *
 * <p>Replacing deletes the collection's contents. Only a collection that is empty, or that a
 * replace with the same model wrote, is cleared: one that {@code baoku index --solr} filled, or
 * that holds documents baoku did not write, is refused before anything is deleted. A check of the
 * name would protect too little: a real archive may live in a collection of any name ({@code
 * BAOKU_SOLR_COLLECTION}), and what is in it is what must not be lost.
 */
public final class ScratchCollection {

  /** A collection that holds something else than a replace of the same model wrote; its message is one line. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /** How a collection is laid out: its shards, and the replicas of each (the most any shard has). */
  public record Shape(int shards, int replicas) {}

  private ScratchCollection() {}

  /**
   * {@code collection}'s shape, as the cluster state says.
   *
   * @throws SolrUnavailableException when the cluster cannot be reached or has no such collection
   */
  public static Shape shape(CloudSolrClient client, String collection) {
    try {
      DocCollection c = client.getClusterStateProvider().getCollection(collection);
      if (c == null) {
        throw new IllegalStateException("no collection " + collection);
      }
      return new Shape(c.getSlices().size(), c.getSlices().stream().mapToInt(s -> s.getReplicas().size()).max().orElse(0));
    } catch (IOException | RuntimeException e) {
      throw SolrUnavailableException.of("reading the shape of " + collection, e);
    }
  }

  /**
   * Replaces everything {@code collection} holds with {@code passages} (a page's passages together,
   * all of kind article), embedded by {@code vectors} and recorded as model {@code model}, and
   * commits. The passages are read as they are written, never all in memory. The record of the
   * model is committed with the cleared collection, so a replace that fails half-way can be run
   * again.
   *
   * @return what was written; {@code millis} from the cleared collection to the final commit
   *     (visible to searches)
   * @throws Refused when the collection holds another archive (nothing is changed)
   * @throws SolrUnavailableException when the cluster fails a request
   */
  public static SolrIndexer.Report replace(SolrClient client, String collection, Iterator<Passage> passages,
      Function<List<String>, List<float[]>> vectors, String model) {
    Optional<String> refusal;
    try {
      refusal = refusal(client, collection, model);
    } catch (RuntimeException e) {
      throw SolrUnavailableException.of("checking what " + collection + " holds", e);
    }
    if (refusal.isPresent()) {
      throw new Refused(refusal.get());
    }
    try {
      client.deleteByQuery(collection, "*:*");
      client.add(collection, SolrIndexer.meta(new SolrIndexer.Report(0, 0, 0, 0, 0, 0, 0, 0, 0, List.of()), model));
      client.commit(collection, true, true);
      long t0 = System.nanoTime();
      SolrWriter w = new SolrWriter(client, collection, vectors);
      List<Passage> page = new ArrayList<>();
      int pages = 0;
      int articles = 0;
      int ord = 0;
      while (passages.hasNext() || !page.isEmpty()) {
        Passage p = passages.hasNext() ? passages.next() : null;
        if (p != null && (page.isEmpty() || page.get(0).page().equals(p.page()))) {
          page.add(p);
          continue;
        }
        String hash = SolrIndexer.hash(page, Map.of(), model);
        for (int i = 0; i < page.size(); i++) {
          Passage x = page.get(i);
          articles += i == 0 || page.get(i - 1).article() != x.article() ? 1 : 0;
          w.add(x, ArticleKind.ARTICLE, ord++, hash);
        }
        pages++;
        page.clear();
        if (p != null) {
          page.add(p);
        }
      }
      w.flush();
      SolrIndexer.Report r = new SolrIndexer.Report(pages, articles, ord, pages, pages, 0, 0, ord,
          (System.nanoTime() - t0) / 1_000_000, List.of());
      client.add(collection, SolrIndexer.meta(r, model));
      client.commit(collection, true, true);
      return r;
    } catch (Exception e) {
      throw SolrUnavailableException.of("replacing the contents of " + collection, e);
    }
  }

  /**
   * Why {@code collection} must not be cleared for an archive of {@code model} (one line); empty
   * when it is empty or holds such an archive already. {@code bench} asks before it measures
   * anything, so a refusal costs no time.
   *
   * @throws SolrUnavailableException when the cluster cannot be reached or has no such collection
   */
  public static Optional<String> refusal(SolrClient client, String collection, String model) {
    ModifiableSolrParams all = new ModifiableSolrParams();
    all.set("q", "*:*");
    all.set("rows", 0);
    long held = SolrRetriever.query(client, collection, all, "counting documents").getResults().getNumFound();
    if (held == 0) {
      return Optional.empty();
    }
    ModifiableSolrParams meta = new ModifiableSolrParams();
    meta.set("q", SolrFields.term(SolrFields.ID, SolrFields.META_ID));
    meta.set("fl", SolrFields.META_JSON);
    SolrDocumentList docs = SolrRetriever.query(client, collection, meta, "reading what was indexed").getResults();
    Object json = docs.isEmpty() ? null : docs.get(0).getFirstValue(SolrFields.META_JSON);
    Object recorded = json == null ? null : SolrFields.fromJson((String) json, Map.class).get("model");
    if (model.equals(recorded)) {
      return Optional.empty();
    }
    return Optional.of("collection " + collection + " holds " + held + " documents "
        + (recorded == null ? "that baoku did not write" : "indexed with model " + recorded)
        + ", which the bench would delete: name a scratch collection (baoku solr-setup --solr-collection NAME)");
  }
}
