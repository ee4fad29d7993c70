package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/** Cuts an article into passages. PLACEHOLDER: one passage per paragraph until the real chunker lands. */
public final class Chunker {

  private Chunker() {}

  public static List<Passage> chunk(Article a) {
    List<Passage> out = new ArrayList<>();
    String text = a.text();
    int start = 0;
    int seq = 0;
    for (String p : a.paragraphs()) {
      int s = text.indexOf(p, start);
      out.add(new Passage(a.page() + "#" + a.ordinal() + "." + (++seq), a.page(), a.ordinal(),
          a.headline(), a.byline(), p, s, s + p.length()));
      start = s + p.length();
    }
    return out;
  }
}
