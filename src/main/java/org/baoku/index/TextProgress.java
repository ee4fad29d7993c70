package org.baoku.index;

import java.io.PrintStream;

/** {@link Progress} as text: a bar redrawn with {@code \r} on a terminal, plain lines elsewhere. */
final class TextProgress implements Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
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
    boolean last = done >= total;
    if (terminal) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
      out.print("\r" + phase + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
          + done + "/" + total + (last ? "\n" : ""));
      out.flush();
    } else if (first || last) {
      out.println(phase + ": " + done + "/" + total);
    }
  }
}
