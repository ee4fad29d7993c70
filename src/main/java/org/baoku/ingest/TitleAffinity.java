package org.baoku.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How strongly a title line belongs to a body: the share of the title's character bigrams found in
 * the body, each weighted by how rare it is on the page. A headline repeats the distinctive words
 * of its own story ({@code 顺义}, {@code 坚强堡垒}); words every story on a union paper shares ({@code
 * 工会}, {@code 疫情}) weigh little. This is what tells, where headlines sit between two bodies,
 * which body each belongs to.
 */
final class TitleAffinity {

  private final Map<String, Integer> df = new HashMap<>();
  private final int docs;

  /** @param bodies the texts of every body on the page, the documents rarity is counted over */
  TitleAffinity(List<String> bodies) {
    for (String b : bodies) {
      for (String g : bigrams(b)) {
        df.merge(g, 1, Integer::sum);
      }
    }
    this.docs = bodies.size();
  }

  /** Affinity in [0, 1] of {@code title} to {@code body}; 0 when the title has no bigram. */
  double of(String title, String body) {
    Set<String> inBody = bigrams(body);
    double total = 0;
    double found = 0;
    for (String g : bigrams(title)) {
      double w = Math.log(1.0 + (docs + 1.0) / (1.0 + df.getOrDefault(g, 0)));
      total += w;
      if (inBody.contains(g)) {
        found += w;
      }
    }
    return total == 0 ? 0 : found / total;
  }

  /** Bigrams of letters and digits; punctuation and spaces break them. */
  static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    int prev = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (prev >= 0) {
          out.add(new StringBuilder().appendCodePoint(prev).appendCodePoint(c).toString());
        }
        prev = c;
      } else {
        prev = -1;
      }
    }
    return out;
  }
}
