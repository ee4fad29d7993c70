package org.baoku.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a quotation sits in a text, character by character: a local alignment (Smith-Waterman) of
 * the folded quotation against the folded text, so a quotation that is only part of a sentence, or
 * has a character misread, missing or added, still finds its words.
 *
 * <p>Scores: +1 a match, -1 a different character, -1 a character only one side has. With these a
 * stretch keeps growing across one or two wrong characters between matching runs, and a lone
 * matching character between mismatches does not start one.
 *
 * <p>A local alignment never begins or ends on a wrong character, so a quotation whose first or last
 * character was misread would be cut short. When at most {@value #EDGE} quotation characters are
 * left over at an end, they are paired with the text's neighbouring characters (changed, not
 * missing); a longer leftover is not in the text and counts as missing.
 *
 * <p>{@link #steps} account for every quotation character in order; {@link #similarity} is the
 * matched characters over the quotation's length plus the characters the text adds, 1 only for an
 * exact match, 0 when nothing matches.
 */
final class Alignment {

  /** Leftover quotation characters at an end that are paired with the text instead of dropped. */
  static final int EDGE = 2;

  private static final int MATCH = 1;
  private static final int MISMATCH = -1;
  private static final int GAP = -1;

  private static final byte STOP = 0;
  private static final byte DIAGONAL = 1;
  private static final byte UP = 2;
  private static final byte LEFT = 3;

  enum Op {
    /** The same character after folding. */
    MATCH,
    /** The text has another character where the quotation has this one. */
    CHANGE,
    /** A text character the quotation lacks. */
    EXTRA,
    /** A quotation character the text lacks. */
    MISSING
  }

  /** One column: {@code q} the quotation's folded index (-1 for EXTRA), {@code t} the text's (-1 for MISSING). */
  record Step(Op op, int q, int t) {}

  final List<Step> steps;
  final int matches;
  final int extra;
  final int quoteLength;
  /** Folded text index of the first text character in the alignment, -1 when there is none. */
  final int textStart;
  /** One past the last, -1 when there is none. */
  final int textEnd;
  /** Quotation characters missing before the first text character, and after the last. */
  final int missingBefore;
  final int missingAfter;

  private Alignment(List<Step> steps, int quoteLength) {
    this.steps = List.copyOf(steps);
    this.quoteLength = quoteLength;
    int m = 0;
    int x = 0;
    int first = -1;
    int last = -1;
    for (Step s : steps) {
      m += s.op() == Op.MATCH ? 1 : 0;
      x += s.op() == Op.EXTRA ? 1 : 0;
      if (s.t() >= 0) {
        first = first < 0 ? s.t() : first;
        last = s.t();
      }
    }
    this.matches = m;
    this.extra = x;
    this.textStart = first;
    this.textEnd = last < 0 ? -1 : last + 1;
    int before = 0;
    while (before < steps.size() && steps.get(before).op() == Op.MISSING) {
      before++;
    }
    int after = 0;
    while (after < steps.size() - before && steps.get(steps.size() - 1 - after).op() == Op.MISSING) {
      after++;
    }
    this.missingBefore = before;
    this.missingAfter = after;
  }

  double similarity() {
    return quoteLength + extra == 0 ? 0 : matches / (double) (quoteLength + extra);
  }

  /** The best local alignment of {@code q} in {@code t}; ties go to the one covering more of {@code q}, then the earliest. */
  static Alignment of(int[] q, int[] t) {
    int m = q.length;
    int n = t.length;
    int w = n + 1;
    byte[] dir = new byte[(m + 1) * w];
    int[] prev = new int[w];
    int[] cur = new int[w];
    int best = 0;
    int bi = 0;
    int bj = 0;
    for (int i = 1; i <= m; i++) {
      cur[0] = 0;
      int qc = q[i - 1];
      for (int j = 1; j <= n; j++) {
        int score = 0;
        byte d = STOP;
        int diagonal = prev[j - 1] + (qc == t[j - 1] ? MATCH : MISMATCH);
        if (diagonal > score) {
          score = diagonal;
          d = DIAGONAL;
        }
        int up = prev[j] + GAP;
        if (up > score) {
          score = up;
          d = UP;
        }
        int left = cur[j - 1] + GAP;
        if (left > score) {
          score = left;
          d = LEFT;
        }
        cur[j] = score;
        dir[i * w + j] = d;
        if (score > best || score == best && score > 0 && i > bi) {
          best = score;
          bi = i;
          bj = j;
        }
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    List<Step> steps = new ArrayList<>();
    int i = bi;
    int j = bj;
    while (i > 0 && j > 0 && dir[i * w + j] != STOP) {
      switch (dir[i * w + j]) {
        case DIAGONAL -> {
          i--;
          j--;
          steps.add(new Step(q[i] == t[j] ? Op.MATCH : Op.CHANGE, i, j));
        }
        case UP -> {
          i--;
          steps.add(new Step(Op.MISSING, i, -1));
        }
        default -> {
          j--;
          steps.add(new Step(Op.EXTRA, -1, j));
        }
      }
    }
    Collections.reverse(steps);
    if (best == 0) {
      steps.clear();
      i = 0;
      j = 0;
      bi = 0;
      bj = 0;
    }
    List<Step> all = new ArrayList<>();
    // Leftover at the start: paired with the text before when short, else missing.
    int pairedBefore = i <= EDGE ? Math.min(i, j) : 0;
    for (int k = 0; k < i - pairedBefore; k++) {
      all.add(new Step(Op.MISSING, k, -1));
    }
    for (int k = pairedBefore; k > 0; k--) {
      all.add(pair(q, t, i - k, j - k));
    }
    all.addAll(steps);
    int leftover = m - bi;
    int pairedAfter = leftover <= EDGE && best > 0 ? Math.min(leftover, n - bj) : 0;
    for (int k = 0; k < pairedAfter; k++) {
      all.add(pair(q, t, bi + k, bj + k));
    }
    for (int k = bi + pairedAfter; k < m; k++) {
      all.add(new Step(Op.MISSING, k, -1));
    }
    return new Alignment(all, m);
  }

  private static Step pair(int[] q, int[] t, int qi, int tj) {
    return new Step(q[qi] == t[tj] ? Op.MATCH : Op.CHANGE, qi, tj);
  }
}
