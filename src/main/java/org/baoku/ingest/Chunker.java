package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages on sentence boundaries, never across articles. Each passage is an
 * exact span of {@link Article#text()} ({@code text == article.text().substring(start, end)}), so
 * a citation can point into the article.
 *
 * <p>Passages grow sentence by sentence up to the target size and never past the maximum; a
 * sentence longer than the maximum is cut after a comma or enumeration mark, or hard at the maximum
 * when it has none. A short last passage is balanced against the one before it. There is no
 * overlap: a citation names one passage, and repeated sentences would make two passages compete for
 * the same hit.
 *
 * <p>Banners get no passages: a page slogan answers no question, and a citation of one would tell
 * the reader nothing. Ads, captions and fragments are real content (an ad's phone number is asked
 * for) and are cut like articles.
 */
public final class Chunker {

  /**
   * Default target size in characters. On the dev set ({@code baoku eval --qa seed-dev.jsonl}, 23
   * answerable items) 250/400 gave R@1 0.783 and MRR@10 0.871, against 0.696/0.841 at 150/250 and
   * 0.739/0.862 at 350/500; a small set, so re-measure on a larger one.
   */
  public static final int DEFAULT_TARGET = 250;

  /** Default maximum size in characters; also keeps passages well under bge's ~510-token cut. */
  public static final int DEFAULT_MAX = 400;

  private static final Chunker DEFAULT = new Chunker(DEFAULT_TARGET, DEFAULT_MAX);

  private final int target;
  private final int max;

  private Chunker(int target, int max) {
    this.target = target;
    this.max = max;
  }

  /**
   * A chunker aiming at {@code targetChars} per passage and never exceeding {@code maxChars}.
   *
   * @throws IllegalArgumentException unless {@code 0 < targetChars <= maxChars}
   */
  public static Chunker of(int targetChars, int maxChars) {
    if (targetChars <= 0 || maxChars < targetChars) {
      throw new IllegalArgumentException(
          "need 0 < target <= max, got target " + targetChars + ", max " + maxChars);
    }
    return new Chunker(targetChars, maxChars);
  }

  /** Passages of {@code article} at the default sizes ({@value #DEFAULT_TARGET}/{@value #DEFAULT_MAX}). */
  public static List<Passage> chunk(Article article) {
    return DEFAULT.passages(article);
  }

  /** Passages of {@code article}, in text order, ids {@code page#ordinal.seq} from 1. */
  public List<Passage> passages(Article article) {
    if (article.kind() == ArticleKind.BANNER) {
      return List.of();
    }
    String text = article.text();
    List<int[]> spans = pack(pieces(text));
    List<Passage> out = new ArrayList<>();
    for (int[] s : spans) {
      int start = s[0];
      int end = s[1];
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        out.add(new Passage(article.page() + "#" + article.ordinal() + "." + (out.size() + 1),
            article.page(), article.ordinal(), article.headline(), article.byline(),
            text.substring(start, end), start, end, article.imprint()));
      }
    }
    return out;
  }

  /** Sentence spans, with sentences longer than the maximum cut into clauses. */
  private List<int[]> pieces(String text) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int end : Sentences.ends(text)) {
      int s = from;
      while (end - s > max) {
        int cut = clauseCut(text, s, s + max);
        out.add(new int[] {s, cut});
        s = cut;
      }
      if (end > s) {
        out.add(new int[] {s, end});
      }
      from = end;
    }
    return out;
  }

  /**
   * Where to cut an over-long sentence starting at {@code from} before {@code limit}: after the
   * last comma-like mark past the target, else after the last one at all, else at the limit (never
   * inside a surrogate pair).
   */
  private int clauseCut(String text, int from, int limit) {
    int best = -1;
    for (int i = limit; i > from; i--) {
      char c = text.charAt(i - 1);
      if (c == '，' || c == '、' || c == ',' || c == '：' || c == ':') {
        best = i;
        break;
      }
    }
    if (best > from) {
      return best;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }

  /** Greedy packing of pieces into passages near the target size, none above the maximum. */
  private List<int[]> pack(List<int[]> pieces) {
    List<List<int[]>> groups = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    int length = 0;
    for (int[] p : pieces) {
      int len = p[1] - p[0];
      if (!current.isEmpty() && (length + len > max || length >= target
          || length + len > target && length >= target / 2)) {
        groups.add(current);
        current = new ArrayList<>();
        length = 0;
      }
      current.add(p);
      length += len;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    balanceTail(groups);
    List<int[]> spans = new ArrayList<>();
    for (List<int[]> g : groups) {
      spans.add(new int[] {g.get(0)[0], g.get(g.size() - 1)[1]});
    }
    return spans;
  }

  /**
   * A last passage under a third of the target is merged into the one before if the two fit the
   * maximum, else the two are re-cut at the sentence boundary that makes them most even.
   */
  private void balanceTail(List<List<int[]>> groups) {
    int n = groups.size();
    if (n < 2 || size(groups.get(n - 1)) >= target / 3) {
      return;
    }
    List<int[]> both = new ArrayList<>(groups.get(n - 2));
    both.addAll(groups.get(n - 1));
    groups.remove(n - 1);
    groups.remove(n - 2);
    if (size(both) <= max) {
      groups.add(both);
      return;
    }
    int total = size(both);
    int bestCut = 1;
    int bestDiff = Integer.MAX_VALUE;
    for (int cut = 1; cut < both.size(); cut++) {
      int left = size(both.subList(0, cut));
      if (left <= max && total - left <= max && Math.abs(total - 2 * left) < bestDiff) {
        bestDiff = Math.abs(total - 2 * left);
        bestCut = cut;
      }
    }
    groups.add(new ArrayList<>(both.subList(0, bestCut)));
    groups.add(new ArrayList<>(both.subList(bestCut, both.size())));
  }

  private static int size(List<int[]> group) {
    return group.get(group.size() - 1)[1] - group.get(0)[0];
  }
}
