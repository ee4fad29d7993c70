package org.baoku.index;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@link Progress} as text: on a terminal a bar redrawn with {@code \r}, with the rate and the time
 * left at that rate; elsewhere one line at the start and one at the end of each phase, so logs and
 * pipes stay short.
 */
final class TextProgress implements Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final Rate rate = new Rate();
  private String phase;

  TextProgress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void note(String line) {
    out.println(line);
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    boolean first = !phase.equals(this.phase);
    this.phase = phase;
    if (first) {
      rate.start(done);
    }
    boolean last = done >= total;
    if (terminal) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
      out.print("\r" + phase + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
          + done + "/" + total + rate.describe(done, total) + (last ? "\n" : ""));
      out.flush();
    } else if (first || last) {
      out.println(phase + ": " + done + "/" + total + (last ? rate.describe(done, total) : ""));
    }
  }

  /** Units per second since a phase started, and the time left at that rate. */
  static final class Rate {
    private long startNanos;
    private int startDone;

    void start(int done) {
      startNanos = System.nanoTime();
      startDone = done;
    }

    double perSecond(int done) {
      double seconds = (System.nanoTime() - startNanos) / 1e9;
      return seconds <= 0 ? 0 : (done - startDone) / seconds;
    }

    /** Seconds left at the rate so far; -1 when there is no rate yet. */
    double secondsLeft(int done, int total) {
      double r = perSecond(done);
      return r <= 0 ? -1 : (total - done) / r;
    }

    String describe(int done, int total) {
      double r = perSecond(done);
      if (r <= 0) {
        return "";
      }
      double left = secondsLeft(done, total);
      return String.format(Locale.ROOT, " %.1f/s%s", r,
          done >= total ? "" : String.format(Locale.ROOT, " ETA %d:%02d", (long) left / 60, (long) left % 60));
    }
  }
}
