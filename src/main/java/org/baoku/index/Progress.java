package org.baoku.index;

import java.io.PrintStream;

/**
 * Reports how far a long job (an index build) has come. Implementations must be cheap: they are
 * called once per batch.
 */
@FunctionalInterface
public interface Progress {

  /** {@code done} of {@code total} units of {@code phase} are finished; {@code done == total} ends it. */
  void update(String phase, int done, int total);

  /** One line the user should read before a job starts, such as why an index is rebuilt. */
  default void note(String line) {}

  /** Reports nothing (tests, the eval harness). */
  static Progress none() {
    return (phase, done, total) -> {};
  }

  /**
   * A redrawn bar on {@code out} when the process has a terminal; otherwise one line at the start
   * and one at the end of each phase, so logs and pipes stay short.
   */
  static Progress to(PrintStream out) {
    return System.console() != null ? new TextProgress(out, true) : new TextProgress(out, false);
  }

  /**
   * One JSON object a line on {@code out}: {@code {"phase", "done", "total", "rate", "eta_s"}} for
   * each update ({@code rate} in units a second, {@code eta_s} null until there is a rate), and
   * {@code {"note"}} for a note.
   */
  static Progress json(PrintStream out) {
    return new JsonProgress(out);
  }
}
