package org.baoku.retrieve;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import org.baoku.ingest.Article;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteFinder;
import org.baoku.quote.QuoteMatch;

/**
 * The searchable archive every front end talks to: the built index plus the articles behind it.
 * Implementations open (and if needed build) the on-disk index; see {@code HybridArchive}.
 */
public interface Archive extends Retriever, AutoCloseable {

  /** Counts and provenance, for {@code /about} and {@code baoku index}. */
  record Stats(int pages, int articles, int passages, Instant builtAt, String model, long buildMillis) {}

  Stats stats();

  /**
   * The retriever this archive's searches go to. An archive that must do more around a search
   * (take the live index, which a rebuild may replace) overrides the searches themselves.
   */
  Retriever retriever();

  @Override
  default List<Hit> retrieve(String query, int k) {
    return retriever().retrieve(query, k);
  }

  @Override
  default Retrieval search(String query, int k) {
    return retriever().search(query, k);
  }

  @Override
  default Retrieval search(String query, Scope scope, int k) {
    return retriever().search(query, scope, k);
  }

  /**
   * The first news article with a headline, for an example question a reader can try; read from
   * the index without loading the archive.
   */
  Optional<Article> firstArticle();

  /** Every passage in index order. */
  List<Passage> passages();

  Optional<Passage> passage(String id);

  /**
   * The opening passage of each article of the issue of {@code date} ({@code paper}: any when
   * null), by page number then position; empty when the archive holds no such issue.
   */
  default List<Passage> issue(LocalDate date, String paper) {
    return List.of();
  }

  /** Every issue (paper and date) the archive holds, oldest first; empty when nothing is dated. */
  default NavigableSet<Issue> issues() {
    return Collections.emptyNavigableSet();
  }

  /** The passages of {@code p}'s article in reading order, {@code p} among them. */
  List<Passage> article(Passage p);

  /**
   * Where {@code quotation} (or a close variant: re-punctuated, in the other script, a few
   * characters wrong, only part of a sentence) appears, earliest first ({@link QuoteFinder}).
   */
  default List<QuoteMatch> quote(Quotation quotation) {
    return List.of();
  }

  /**
   * Vectors of the sentences of {@code p} ({@link org.baoku.ingest.Sentences#split}, in order),
   * embedded when the archive was built, so answering need not embed them; empty when the archive
   * keeps none for this very passage (then the caller embeds them itself).
   */
  default Optional<List<float[]>> sentenceVectors(Passage p) {
    return Optional.empty();
  }

  @Override
  void close();
}
