package org.baoku.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the glyphs of a PDF page back into reading order, columns apart, as text lines in the shape
 * of the text pages {@link PageCleaner} reads: a line a printed line, a blank line between blocks
 * and before an indented paragraph.
 *
 * <p>The page is cut recursively (the XY-cut of Nagy and Seth): its glyphs are grouped into rows
 * (runs of glyphs whose vertical extents overlap), then
 * <ol>
 *   <li>when a vertical band at least {@value #GUTTER} em wide is empty in every row and at least
 *       {@value #COLUMN_ROWS} rows hold text on each side of it, that band is a gutter: the region
 *       is cut into the columns left and right of it, read one after the other;
 *   <li>else, where two rows are further apart than {@value #BLOCK_GAP} em, the region is cut
 *       there into blocks above and below;
 *   <li>else, when some run of rows shares a gutter (columns under a headline that spans them,
 *       set close to it), the region is cut above and below the longest such run, which step 1
 *       then divides;
 *   <li>else the region is one block, read row by row.
 * </ol>
 * Cutting columns before blocks keeps each column's headline, byline and body together when the
 * columns' rows stand on the same baselines.
 * </ol>
 * Sorting all glyphs by position instead (PDFBox's {@code setSortByPosition}) reads across the
 * gutter and interleaves the lines of neighbouring columns.
 */
final class ReadingOrder {

  /**
   * Narrowest gutter between columns, in em. Chinese papers set columns about one character apart;
   * a word space in Latin text is about a quarter em, and justified text does not line its word
   * spaces up down a column, so it is not cut.
   */
  static final double GUTTER = 0.8;

  /**
   * Widest gap between the rows of one block, in em. Body text is set with leading of 0.2–0.5 em
   * between rows; a headline, a rule or a new story stands further off.
   */
  static final double BLOCK_GAP = 0.8;

  /** A row starting this far right of its block's left edge, in em, opens a paragraph (两字缩进). */
  static final double INDENT = 1.0;

  /** A gap between two glyphs of a row wider than this, in em, is a space. */
  static final double SPACE = 0.25;

  /** Fewest rows that make a column: one row with a wide space in it is a line, not two columns. */
  private static final int COLUMN_ROWS = 2;

  /**
   * One glyph as placed on the page, in page units with y growing downwards.
   *
   * @param text the character(s) it shows
   * @param x left edge
   * @param baseline the baseline's y
   * @param width advance width
   * @param size font size, the glyph's em
   */
  record Glyph(String text, double x, double baseline, double width, double size) {
    double right() {
      return x + width;
    }

    /** Top of the em box: CJK faces put about 0.88 em above the baseline. */
    double top() {
      return baseline - 0.88 * size;
    }

    double bottom() {
      return baseline + 0.12 * size;
    }
  }

  private final double em;

  private ReadingOrder(double em) {
    this.em = em;
  }

  /** The page's text in reading order; empty when it has no visible glyph. */
  static String text(List<Glyph> glyphs) {
    List<Glyph> visible = glyphs.stream()
        .filter(g -> !g.text().isBlank() && g.size() > 0 && g.width() >= 0).toList();
    if (visible.isEmpty()) {
      return "";
    }
    double[] sizes = visible.stream().mapToDouble(Glyph::size).sorted().toArray();
    ReadingOrder order = new ReadingOrder(sizes[sizes.length / 2]);
    List<String> blocks = new ArrayList<>();
    order.cut(visible, blocks);
    return String.join("\n\n", blocks);
  }

  /** A row: glyphs whose vertical extents overlap, left to right. */
  private record Row(List<Glyph> glyphs, double top, double bottom, double left, double right) {
    static Row of(List<Glyph> glyphs) {
      List<Glyph> sorted = new ArrayList<>(glyphs);
      sorted.sort(Comparator.comparingDouble(Glyph::x));
      return new Row(sorted, sorted.stream().mapToDouble(Glyph::top).min().orElseThrow(),
          sorted.stream().mapToDouble(Glyph::bottom).max().orElseThrow(),
          sorted.get(0).x(), sorted.stream().mapToDouble(Glyph::right).max().orElseThrow());
    }
  }

  /** An empty vertical band {@code [from, to]}. */
  private record Band(double from, double to) {
    double width() {
      return to - from;
    }
  }

  private void cut(List<Glyph> region, List<String> out) {
    List<Row> rows = rows(region);
    if (rows.size() >= COLUMN_ROWS) {
      Band gutter = common(rows, 0, rows.size());
      if (gutter != null) {
        double middle = (gutter.from() + gutter.to()) / 2;
        cut(region.stream().filter(g -> g.x() + g.width() / 2 < middle).toList(), out);
        cut(region.stream().filter(g -> g.x() + g.width() / 2 >= middle).toList(), out);
        return;
      }
    }
    int gap = widestGap(rows);
    if (gap > 0 && rows.get(gap).top() - rows.get(gap - 1).bottom() > BLOCK_GAP * em) {
      cut(glyphs(rows.subList(0, gap)), out);
      cut(glyphs(rows.subList(gap, rows.size())), out);
      return;
    }
    int[] run = longestColumnRun(rows);
    if (run != null) {
      for (int[] part : new int[][] {{0, run[0]}, {run[0], run[1]}, {run[1], rows.size()}}) {
        if (part[1] > part[0]) {
          cut(glyphs(rows.subList(part[0], part[1])), out);
        }
      }
      return;
    }
    out.add(block(rows));
  }

  /** The region's rows, top to bottom. */
  private static List<Row> rows(List<Glyph> region) {
    List<Glyph> byTop = new ArrayList<>(region);
    byTop.sort(Comparator.comparingDouble(Glyph::top).thenComparingDouble(Glyph::x));
    List<Row> rows = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    double bottom = Double.NEGATIVE_INFINITY;
    for (Glyph g : byTop) {
      if (!current.isEmpty() && g.top() >= bottom) {
        rows.add(Row.of(current));
        current = new ArrayList<>();
        bottom = Double.NEGATIVE_INFINITY;
      }
      current.add(g);
      bottom = Math.max(bottom, g.bottom());
    }
    rows.add(Row.of(current));
    return rows;
  }

  /** Index of the row after the widest gap between rows, or 0 when there is one row. */
  private static int widestGap(List<Row> rows) {
    int best = 0;
    double widest = 0;
    for (int i = 1; i < rows.size(); i++) {
      double gap = rows.get(i).top() - rows.get(i - 1).bottom();
      if (gap > widest) {
        widest = gap;
        best = i;
      }
    }
    return best;
  }

  /**
   * The widest gutter that rows {@code from} to {@code to} (exclusive) all leave empty, with at
   * least {@value #COLUMN_ROWS} of them holding text on each side of it, or null. Rows on both
   * sides are what tell a gutter from the hole between a paragraph's short last line and the next
   * one's indent.
   */
  private Band common(List<Row> rows, int from, int to) {
    double left = Double.POSITIVE_INFINITY;
    double right = Double.NEGATIVE_INFINITY;
    for (Row r : rows.subList(from, to)) {
      left = Math.min(left, r.left());
      right = Math.max(right, r.right());
    }
    List<Band> open = List.of(new Band(left, right));
    for (Row r : rows.subList(from, to)) {
      open = without(open, r);
    }
    return gutter(open, rows.subList(from, to));
  }

  /** The widest of {@code open} (bands {@code rows} leave empty) with columns of text either side. */
  private Band gutter(List<Band> open, List<Row> rows) {
    Band widest = null;
    for (Band b : open) {
      if (b.width() < GUTTER * em || widest != null && b.width() <= widest.width()) {
        continue;
      }
      long leftRows = rows.stream().filter(r -> r.left() < b.from()).count();
      long rightRows = rows.stream().filter(r -> r.right() > b.to()).count();
      if (leftRows >= COLUMN_ROWS && rightRows >= COLUMN_ROWS) {
        widest = b;
      }
    }
    return widest;
  }

  /** The parts of {@code bands} no glyph of {@code row} covers, at least a gutter wide. */
  private List<Band> without(List<Band> bands, Row row) {
    List<Band> out = new ArrayList<>();
    for (Band b : bands) {
      double from = b.from();
      for (Glyph g : row.glyphs()) {
        if (g.right() <= from || g.x() >= b.to()) {
          continue;
        }
        if (g.x() - from >= GUTTER * em) {
          out.add(new Band(from, g.x()));
        }
        from = Math.max(from, g.right());
      }
      if (b.to() - from >= GUTTER * em) {
        out.add(new Band(from, b.to()));
      }
    }
    return out;
  }

  /**
   * The longest run of consecutive rows that shares a gutter, as {@code {from, to}}, or null when
   * there is none or it is every row (step 1 would have cut it). Each start extends its run row by
   * row, narrowing the bands left empty.
   */
  private int[] longestColumnRun(List<Row> rows) {
    double left = rows.stream().mapToDouble(Row::left).min().orElseThrow();
    double right = rows.stream().mapToDouble(Row::right).max().orElseThrow();
    int[] best = null;
    for (int from = 0; from + COLUMN_ROWS <= rows.size(); from++) {
      List<Band> open = List.of(new Band(left, right));
      int end = -1;
      for (int to = from; to < rows.size() && !open.isEmpty(); to++) {
        open = without(open, rows.get(to));
        if (gutter(open, rows.subList(from, to + 1)) != null) {
          end = to + 1;
        }
      }
      if (end > 0 && (best == null || end - from > best[1] - best[0])) {
        best = new int[] {from, end};
      }
    }
    return best == null || best[1] - best[0] == rows.size() ? null : best;
  }

  private static List<Glyph> glyphs(List<Row> rows) {
    return rows.stream().flatMap(r -> r.glyphs().stream()).toList();
  }

  /** A block's text: a line a printed line, a blank line before each indented one. */
  private String block(List<Row> rows) {
    double left = rows.stream().mapToDouble(Row::left).min().orElseThrow();
    StringBuilder sb = new StringBuilder();
    for (Row r : rows) {
      for (List<Glyph> line : lines(r)) {
        if (sb.length() > 0) {
          sb.append(line.get(0).x() - left >= INDENT * em ? "\n\n" : "\n");
        }
        sb.append(lineText(line));
      }
    }
    return sb.toString();
  }

  /**
   * A row's printed lines: glyphs on one baseline (within half an em), top line first. A row
   * usually is one line; a large glyph that overlaps two lines of smaller ones joins them into a
   * row, and they are parted here so their characters do not interleave.
   */
  private List<List<Glyph>> lines(Row r) {
    List<Glyph> byBaseline = new ArrayList<>(r.glyphs());
    byBaseline.sort(Comparator.comparingDouble(Glyph::baseline));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    for (Glyph g : byBaseline) {
      if (!current.isEmpty() && g.baseline() - current.get(0).baseline() > em / 2) {
        lines.add(current);
        current = new ArrayList<>();
      }
      current.add(g);
    }
    lines.add(current);
    lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
    return lines;
  }

  private String lineText(List<Glyph> line) {
    StringBuilder sb = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : line) {
      if (previous != null && g.x() - previous.right() > SPACE * em) {
        sb.append(' ');
      }
      sb.append(g.text());
      previous = g;
    }
    return sb.toString();
  }
}
