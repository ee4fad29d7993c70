package org.baoku.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;

/** The passages of the article a passage belongs to, in order; empty when not known. */
@FunctionalInterface
interface ArticlePassages {

  ArticlePassages NONE = p -> List.of();

  List<Passage> of(Passage p);

  /** The passages of {@code p}'s article, or {@code p} alone when the article is not known. */
  default List<Passage> orOwn(Passage p) {
    List<Passage> known = of(p);
    return known.isEmpty() ? List.of(p) : known;
  }

  /** Reads an article's passages from the archive's index when asked. */
  static ArticlePassages of(Archive archive) {
    return archive::article;
  }

  /**
   * This one, reading each article once: an answer asks for the same few articles many times
   * (each candidate's context, each passage's predecessor). Made per answer and dropped with it.
   */
  default ArticlePassages once() {
    Map<String, List<Passage>> read = new HashMap<>();
    return p -> read.computeIfAbsent(key(p), k -> of(p));
  }

  private static String key(Passage p) {
    return p.page() + '#' + p.article();
  }
}
