package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the doubled-glyph artifact: PDF extraction of bold display type emits every glyph twice
 * ({@code 众众志志成成城城} for {@code 众志成城}).
 *
 * <p>Chinese has genuine doubles ({@code 千千万万}, {@code 人人}, {@code 纷纷}), so only a run of at
 * least {@value #MIN_PAIRS} consecutive doubled glyphs, of at least two different glyphs and none of
 * them ASCII, counts as the artifact: a reduplicated word has at most two pairs ({@code AABB}), and
 * {@code 哈哈哈哈哈哈} or {@code 112233} are text. The run must also start or end its line, as
 * display type does: two reduplicated words in a row inside a sentence ({@code
 * 高高兴兴明明白白地}) are text.
 */
final class Undoubler {

  /** Fewest doubled glyphs in a row taken as the artifact; {@code AABB} words have two. */
  static final int MIN_PAIRS = 3;

  private Undoubler() {}

  /** A piece of a line: running text, or display text that was doubled and is now undone. */
  record Segment(String text, boolean doubled) {}

  /**
   * Undoes doubled runs at the start or end of {@code line}. A run glued to other text is returned
   * as its own segment, since it is a separate display element ({@code ...沟通会众众志志...} is a
   * headline followed by a banner). A line whose runs touch neither end is returned as it is.
   */
  static List<Segment> split(String line) {
    int[] cp = line.codePoints().toArray();
    List<int[]> runs = runs(cp);
    if (runs.isEmpty()) {
      return List.of(new Segment(line, false));
    }
    int first = runs.get(0)[0];
    int last = runs.get(runs.size() - 1)[1];
    String before = new String(cp, 0, first).strip();
    String after = new String(cp, last, cp.length - last).strip();
    boolean atStart = before.isEmpty();
    boolean atEnd = after.isEmpty();
    if (!atStart && !atEnd) {
      return List.of(new Segment(line, false));
    }
    List<Segment> out = new ArrayList<>();
    if (!before.isEmpty()) {
      out.add(new Segment(before, false));
    }
    out.add(new Segment(undo(cp, runs, first, last), true));
    if (!after.isEmpty()) {
      out.add(new Segment(after, false));
    }
    return out;
  }

  /** Runs of doubled glyphs as [start, end) code point offsets; runs split only by spaces merge. */
  private static List<int[]> runs(int[] cp) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i + 1 < cp.length) {
      int j = i;
      while (j + 1 < cp.length && cp[j] == cp[j + 1] && eligible(cp[j])) {
        j += 2;
      }
      int pairs = (j - i) / 2;
      if (pairs >= MIN_PAIRS && distinct(cp, i, j)) {
        if (!runs.isEmpty() && onlySpaces(cp, runs.get(runs.size() - 1)[1], i)) {
          runs.get(runs.size() - 1)[1] = j;
        } else {
          runs.add(new int[] {i, j});
        }
        i = j;
      } else {
        i++;
      }
    }
    return runs;
  }

  private static boolean eligible(int c) {
    return c > 0x7f && !Chars.isSpace(c);
  }

  private static boolean distinct(int[] cp, int from, int to) {
    for (int k = from + 2; k < to; k += 2) {
      if (cp[k] != cp[from]) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlySpaces(int[] cp, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Chars.isSpace(cp[k])) {
        return false;
      }
    }
    return true;
  }

  /** Text of [from, to) with every run inside it halved. */
  private static String undo(int[] cp, List<int[]> runs, int from, int to) {
    StringBuilder sb = new StringBuilder();
    int k = from;
    for (int[] r : runs) {
      if (r[1] <= from || r[0] >= to) {
        continue;
      }
      sb.append(new String(cp, k, r[0] - k));
      for (int m = r[0]; m < r[1]; ) {
        sb.appendCodePoint(cp[m]);
        m += (m + 1 < r[1] && cp[m] == cp[m + 1] && !Chars.isSpace(cp[m])) ? 2 : 1;
      }
      k = r[1];
    }
    sb.append(new String(cp, k, to - k));
    return sb.toString();
  }
}
