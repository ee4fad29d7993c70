package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits a page into articles. PLACEHOLDER: one article per page until the real segmenter lands. */
public final class Segmenter {

  private Segmenter() {}

  public static List<Article> segment(Page page) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : page.text().split("\\n\\s*\\n")) {
      String p = block.replaceAll("\\s+", "");
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return List.of(new Article(page.id(), 1, ArticleKind.ARTICLE, List.of(), "", "", paragraphs));
  }
}
