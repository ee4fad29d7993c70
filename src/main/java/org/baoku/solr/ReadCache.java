package org.baoku.solr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoku.ingest.Passage;

/**
 * {@link SolrArchive}'s articles and sentence vectors kept read, as the local archive keeps its
 * articles, so that a second look at the same report costs no request. What is not kept is read
 * by {@link SolrReader}, which never calls back. Thread-safe.
 */
final class ReadCache {

  /**
   * Articles and sentence vectors kept read, as the local archive keeps its articles: an answer
   * reads the articles of its hits and the sentence vectors of their passages, and readers ask
   * about the same few reports. An entry serves only a passage equal to the one it was read with
   * (same id and text), so a page rewritten by `baoku index` is read again.
   */
  private static final int CACHED = 512;

  private final Map<String, List<Passage>> articles = lru();
  private final Map<String, SentenceVectors> sentences = lru();
  private final SolrReader reader;

  ReadCache(SolrReader reader) {
    this.reader = reader;
  }

  private static <V> Map<String, V> lru() {
    return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > CACHED;
      }
    });
  }

  /** The passages of {@code p}'s article, kept read while they still hold {@code p}. */
  List<Passage> article(Passage p) {
    String key = p.page() + '#' + p.article();
    List<Passage> cached = articles.get(key);
    if (cached != null && cached.contains(p)) {
      return cached;
    }
    List<Passage> read = List.copyOf(reader.article(p.page(), p.article()));
    articles.put(key, read);
    return read;
  }

  /** A copy of {@code p}'s sentence vectors, kept read while {@code p}'s text is the same. */
  Optional<List<float[]>> sentenceVectors(Passage p) {
    SentenceVectors cached = sentences.get(p.id());
    if (cached == null || !cached.text().equals(p.text())) {
      cached = reader.sentenceVectors(p).orElse(null);
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
}
