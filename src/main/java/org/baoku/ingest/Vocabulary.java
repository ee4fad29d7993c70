package org.baoku.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one page, as character bigrams weighted by how rare they are on it. A story
 * repeats its own distinctive words ({@code 顺义}, {@code 坚强堡垒}); words every story on a union
 * paper shares ({@code 工会}, {@code 疫情}) weigh little. This tells which body a headline between
 * two bodies belongs to, and whether text at the end of an article continues it at all.
 */
final class Vocabulary {

  private final Map<String, Integer> df = new HashMap<>();
  private final int docs;

  /** @param paragraphs every paragraph of the page, the documents rarity is counted over */
  Vocabulary(List<String> paragraphs) {
    for (String p : paragraphs) {
      for (String g : bigrams(p).keySet()) {
        df.merge(g, 1, Integer::sum);
      }
    }
    this.docs = paragraphs.size();
  }

  private double weight(String bigram) {
    return Math.log(1.0 + (docs + 1.0) / (1.0 + df.getOrDefault(bigram, 0)));
  }

  /**
   * How much of {@code title} is found in {@code body}, in [0, 1]: the weighted share of the
   * title's bigrams that occur in the body; 0 when the title has none.
   */
  double affinity(String title, String body) {
    Map<String, Integer> inBody = bigrams(body);
    double total = 0;
    double found = 0;
    for (String g : bigrams(title).keySet()) {
      double w = weight(g);
      total += w;
      if (inBody.containsKey(g)) {
        found += w;
      }
    }
    return total == 0 ? 0 : found / total;
  }

  /** Cosine similarity of the weighted bigram vectors of {@code a} and {@code b}, in [0, 1]. */
  double cosine(String a, String b) {
    Map<String, Integer> va = bigrams(a);
    Map<String, Integer> vb = bigrams(b);
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Integer> e : va.entrySet()) {
      double w = weight(e.getKey());
      double x = e.getValue() * w;
      na += x * x;
      Integer y = vb.get(e.getKey());
      if (y != null) {
        dot += x * y * w;
      }
    }
    for (Map.Entry<String, Integer> e : vb.entrySet()) {
      double y = e.getValue() * weight(e.getKey());
      nb += y * y;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Bigram counts of letters and digits; punctuation and spaces break them. */
  static Map<String, Integer> bigrams(String s) {
    Map<String, Integer> out = new HashMap<>();
    int prev = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (prev >= 0) {
          out.merge(new StringBuilder().appendCodePoint(prev).appendCodePoint(c).toString(), 1,
              Integer::sum);
        }
        prev = c;
      } else {
        prev = -1;
      }
    }
    return out;
  }
}
