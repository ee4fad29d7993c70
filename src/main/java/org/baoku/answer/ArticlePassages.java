package org.baoku.answer;

import java.util.ArrayList;
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

  /** Groups the archive's passages by article once, on first use. */
  static ArticlePassages of(Archive archive) {
    return new ArticlePassages() {
      private Map<String, List<Passage>> byArticle;

      @Override
      public synchronized List<Passage> of(Passage p) {
        if (byArticle == null) {
          Map<String, List<Passage>> m = new HashMap<>();
          for (Passage o : archive.passages()) {
            m.computeIfAbsent(key(o), k -> new ArrayList<>()).add(o);
          }
          byArticle = m;
        }
        return byArticle.getOrDefault(key(p), List.of());
      }
    };
  }

  private static String key(Passage p) {
    return p.page() + '#' + p.article();
  }
}
