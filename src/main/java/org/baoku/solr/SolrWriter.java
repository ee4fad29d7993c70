package org.baoku.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * Passages on their way into a collection: embedded {@value #EMBED_BATCH} at a time (each
 * passage's text, then its sentences, as the local index embeds them), sent {@value #ADD_BATCH}
 * documents a request. Nothing is committed here; {@link #flush} sends what is left. One thread.
 */
final class SolrWriter {

  /** Texts embedded per call, as the local index does. */
  static final int EMBED_BATCH = 32;
  /** Documents per update request: each carries 512 floats and its sentences' 4-bit vectors. */
  static final int ADD_BATCH = 100;

  /** A passage waiting for its vectors, with what its document needs besides. */
  private record Pending(Passage passage, ArticleKind kind, int ord, String pageHash) {}

  private final SolrClient client;
  private final String collection;
  private final Function<List<String>, List<float[]>> vectors;
  private final List<Pending> pending = new ArrayList<>(EMBED_BATCH);
  private final List<SolrInputDocument> docs = new ArrayList<>(ADD_BATCH + EMBED_BATCH);
  private int written;

  /**
   * @param vectors texts in, one unit vector of {@link org.baoku.index.Embedder#DIMENSIONS} each
   *     out, in order: the model named in the collection's record
   */
  SolrWriter(SolrClient client, String collection, Function<List<String>, List<float[]>> vectors) {
    this.client = Objects.requireNonNull(client, "client");
    this.collection = Objects.requireNonNull(collection, "collection");
    this.vectors = Objects.requireNonNull(vectors, "vectors");
  }

  /** Queues {@code p}; may embed and send the queue. */
  void add(Passage p, ArticleKind kind, int ord, String pageHash) throws Exception {
    pending.add(new Pending(p, kind, ord, pageHash));
    if (pending.size() == EMBED_BATCH) {
      embed();
    }
    if (docs.size() >= ADD_BATCH) {
      send();
    }
  }

  /** Embeds and sends everything queued. */
  void flush() throws Exception {
    embed();
    send();
  }

  /** Passages sent so far. */
  int written() {
    return written;
  }

  private void embed() {
    if (pending.isEmpty()) {
      return;
    }
    List<float[]> passageVectors = vectors.apply(pending.stream().map(x -> x.passage().text()).toList());
    List<String> sentences = new ArrayList<>();
    int[] counts = new int[pending.size()];
    for (int i = 0; i < pending.size(); i++) {
      List<Sentences.Span> spans = Sentences.split(pending.get(i).passage().text());
      counts[i] = spans.size();
      spans.forEach(s -> sentences.add(s.text()));
    }
    List<float[]> sentenceVectors = sentences.isEmpty() ? List.of() : vectors.apply(sentences);
    int next = 0;
    for (int i = 0; i < pending.size(); i++) {
      Pending x = pending.get(i);
      docs.add(SolrFields.document(x.passage(), x.kind(), x.ord(), x.pageHash(), passageVectors.get(i),
          sentenceVectors.subList(next, next + counts[i])));
      next += counts[i];
    }
    pending.clear();
  }

  private void send() throws Exception {
    if (docs.isEmpty()) {
      return;
    }
    client.add(collection, docs);
    written += docs.size();
    docs.clear();
  }
}
