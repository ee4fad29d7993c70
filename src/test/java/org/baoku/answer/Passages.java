package org.baoku.answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Article;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * The bundled corpus as passages, read once per test JVM, and a plain phrase lookup that stands in
 * for retrieval so composer tests see real passages in a known order.
 */
final class Passages {

  static final List<Passage> ALL = load();

  private Passages() {}

  private static List<Passage> load() {
    List<Passage> out = new ArrayList<>();
    for (Article a : Corpus.read(Path.of("corpus")).articles()) {
      out.addAll(Chunker.chunk(a));
    }
    return List.copyOf(out);
  }

  /**
   * Passages containing the most of {@code phrases} first (ties by id), at most {@code k}: like a
   * retriever, the answer passage comes with near misses.
   */
  static List<Hit> hits(int k, String... phrases) {
    record Counted(Passage p, int n) {}
    List<Counted> counted = new ArrayList<>();
    for (Passage p : ALL) {
      int n = 0;
      for (String ph : phrases) {
        if (ChineseText.compact(p.text()).contains(ChineseText.compact(ph))) {
          n++;
        }
      }
      if (n > 0) {
        counted.add(new Counted(p, n));
      }
    }
    counted.sort(Comparator.comparingInt((Counted c) -> -c.n()).thenComparing(c -> c.p().id()));
    List<Hit> out = new ArrayList<>();
    for (Counted c : counted.subList(0, Math.min(k, counted.size()))) {
      out.add(new Hit(c.p(), c.n(), out.size() + 1));
    }
    return out;
  }

  /** Article lookup over the whole corpus, as the archive gives it. */
  static List<Passage> article(Passage p) {
    return ALL.stream().filter(o -> o.page().equals(p.page()) && o.article() == p.article()).toList();
  }

  /** The sentence of the bundled pages that holds {@code phrase}, as evidence from its passage. */
  static Scored sentence(String phrase) {
    Hit hit = hits(1, phrase).get(0);
    org.baoku.ingest.Sentences.Span span = org.baoku.ingest.Sentences.split(hit.passage().text()).stream()
        .filter(s -> s.text().contains(phrase)).findFirst().orElseThrow();
    return new Scored(hit, span, 0, 0, 0);
  }
}
