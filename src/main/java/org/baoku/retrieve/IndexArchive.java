package org.baoku.retrieve;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import org.baoku.index.Manifest;
import org.baoku.index.PassageSearcher;
import org.baoku.ingest.Article;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteFinder;
import org.baoku.quote.QuoteMatch;

/**
 * One open index served as an archive, with its retriever and a bounded cache of the articles
 * answers read. {@link HybridArchive} serves one of these at a time and swaps it on an update;
 * {@code bench --scale} and tests serve one directly.
 */
public final class IndexArchive implements Archive {

  /**
   * Articles kept read: a few MB at most. Reading them from the index on every answer made
   * {@code bench}'s ask/search p50 ratio 1.70–1.76 against 1.30–1.35 with all passages in memory.
   */
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

  /** {@code retriever} must search {@code index}. */
  public IndexArchive(PassageSearcher index, HybridRetriever retriever) {
    this.index = Objects.requireNonNull(index, "index");
    this.retriever = Objects.requireNonNull(retriever, "retriever");
  }

  public PassageSearcher index() {
    return index;
  }

  @Override
  public HybridRetriever retriever() {
    return retriever;
  }

  @Override
  public Stats stats() {
    Manifest m = index.manifest();
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
  public List<Passage> issue(LocalDate date, String paper) {
    return index.issue(date, paper);
  }

  @Override
  public NavigableSet<Issue> issues() {
    return index.issues();
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
  public List<QuoteMatch> quote(Quotation quotation) {
    return new QuoteFinder(index).find(quotation);
  }

  @Override
  public void close() {
    index.close();
  }
}
