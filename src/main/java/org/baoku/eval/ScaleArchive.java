package org.baoku.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.baoku.index.PassageSearcher;
import org.baoku.ingest.Article;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.HybridRetriever;
import org.baoku.retrieve.Retriever;

/**
 * An open index served as the archive serves it, for {@code bench --scale}: its own retriever
 * (whose query vectors must be what gave the index its vectors) and the same bounded cache of
 * articles read for answers as {@code HybridArchive}. No corpus behind it: its passages belong to
 * no input file, so {@link #firstArticle()} finds no article record and is empty.
 */
final class ScaleArchive implements Archive {

  /** As {@code HybridArchive}'s cache. */
  private static final int CACHED_ARTICLES = 512;

  private final PassageSearcher index;
  private final HybridRetriever retriever;
  private final Map<String, List<Passage>> articles = Collections.synchronizedMap(
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Passage>> eldest) {
          return size() > CACHED_ARTICLES;
        }
      });

  ScaleArchive(PassageSearcher index, HybridRetriever retriever) {
    this.index = Objects.requireNonNull(index, "index");
    this.retriever = Objects.requireNonNull(retriever, "retriever");
  }

  @Override
  public Retriever retriever() {
    return retriever;
  }

  @Override
  public Stats stats() {
    var m = index.manifest();
    return new Stats(m.pages(), m.articles(), m.passages(), m.builtAt(), m.model(), m.buildMillis());
  }

  @Override
  public Optional<Article> firstArticle() {
    return index.firstArticle();
  }

  @Override
  public List<Passage> passages() {
    return index.passages();
  }

  @Override
  public Optional<Passage> passage(String id) {
    return id == null ? Optional.empty() : index.byId(id);
  }

  @Override
  public List<Passage> article(Passage p) {
    return articles.computeIfAbsent(p.page() + '#' + p.article(), k -> index.article(p.page(), p.article()));
  }

  @Override
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    return index.sentenceVectors(p);
  }

  @Override
  public void close() {
    index.close();
  }
}
