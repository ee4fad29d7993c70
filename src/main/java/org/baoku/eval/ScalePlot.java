package org.baoku.eval;

import java.awt.BasicStroke;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws {@code bench --scale}'s figures against archive size into one PNG: latency (with the
 * targets at a million passages), build rate, bytes a passage, peak heap, the time to add ten
 * pages, and needle recall. Rows with real and with stand-in vectors are separate series, since
 * only the index's own cost is comparable between them. Labels are English: a headless JVM may
 * have no CJK font.
 */
public final class ScalePlot {

  /** The issue's targets on 2 cores at a million passages, drawn as dashed lines. */
  static final double SEARCH_P50_TARGET = 25;
  static final double SEARCH_P99_TARGET = 100;
  static final double ASK_P50_TARGET = 40;

  private static final int WIDTH = 520;
  private static final int HEIGHT = 520;

  private ScalePlot() {}

  /** Writes the charts of {@code rows} to {@code png}, two rows of three. */
  public static void draw(List<ScaleBench.Row> rows, Path png) {
    System.setProperty("java.awt.headless", "true");
    List<XYChart> charts = new ArrayList<>();
    XYChart latency = chart("Query latency, 1 thread", "ms");
    latency.getStyler().setYAxisLogarithmic(true);
    series(latency, rows, "search p50", ScaleBench.Row::searchP50);
    series(latency, rows, "search p99", ScaleBench.Row::searchP99);
    series(latency, rows, "ask p50", ScaleBench.Row::askP50);
    series(latency, rows, "ask p99", ScaleBench.Row::askP99);
    target(latency, rows, "target search p50", SEARCH_P50_TARGET);
    target(latency, rows, "target ask p50", ASK_P50_TARGET);
    target(latency, rows, "target search p99", SEARCH_P99_TARGET);
    charts.add(latency);
    XYChart build = chart("Index build rate", "passages/s");
    build.getStyler().setYAxisLogarithmic(true);
    series(build, rows, "build", ScaleBench.Row::passagesPerSecond);
    charts.add(build);
    XYChart bytes = chart("Index size", "KB per passage");
    series(bytes, rows, "size", r -> r.bytesPerPassage() / 1024);
    charts.add(bytes);
    XYChart heap = chart("Peak heap (sum of pool peaks)", "MB");
    series(heap, rows, "heap", ScaleBench.Row::peakHeapMb);
    charts.add(heap);
    XYChart add = chart("Add 10 pages: write+commit, reopen", "s");
    series(add, rows, "add+commit", r -> r.addMillis() / 1000.0);
    series(add, rows, "reopen", r -> r.reopenMillis() / 1000.0);
    charts.add(add);
    XYChart recall = chart("Needle recall@5", "recall");
    series(recall, rows, "recall@5", ScaleBench.Row::recallAt5);
    series(recall, rows, "ask answered", r -> r.needles() == 0 ? Double.NaN : (double) r.answered() / r.needles());
    charts.add(recall);
    try {
      Path parent = png.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      BitmapEncoder.saveBitmap(charts, 2, 3, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plot " + png, e);
    }
  }

  private static XYChart chart(String title, String unit) {
    XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle("passages").yAxisTitle(unit).build();
    c.getStyler().setXAxisLogarithmic(true);
    // below the plot: inside, it hid the points of the smallest size
    c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    c.getStyler().setMarkerSize(7);
    c.getStyler().setYAxisDecimalPattern("#,##0.##");
    return c;
  }

  /** One series per kind of vectors that {@code rows} hold, named after both. */
  private static void series(XYChart c, List<ScaleBench.Row> rows, String name, ToDoubleFunction<ScaleBench.Row> y) {
    for (boolean standIn : new boolean[] {false, true}) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (ScaleBench.Row r : rows) {
        double v = y.applyAsDouble(r);
        if (r.vectors().equals(StandInVectors.NAME) == standIn && Double.isFinite(v) && v > 0) {
          xs.add((double) r.passages());
          ys.add(v);
        }
      }
      if (!xs.isEmpty()) {
        XYSeries s = c.addSeries(name + (standIn ? " (stand-in vectors)" : " (bge-small-zh)"), xs, ys);
        s.setMarker(standIn ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
      }
    }
  }

  private static void target(XYChart c, List<ScaleBench.Row> rows, String name, double ms) {
    double lo = rows.stream().mapToDouble(ScaleBench.Row::passages).min().orElse(1);
    double hi = Math.max(1_000_000, rows.stream().mapToDouble(ScaleBench.Row::passages).max().orElse(1));
    XYSeries s = c.addSeries(name + " (1M)", new double[] {lo, hi}, new double[] {ms, ms});
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
  }
}
