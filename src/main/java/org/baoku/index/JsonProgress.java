package org.baoku.index;

import java.io.PrintStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@link Progress} as one JSON object a line, for scripts: see {@link Progress#json}. */
final class JsonProgress implements Progress {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PrintStream out;
  private final TextProgress.Rate rate = new TextProgress.Rate();
  private String phase;

  JsonProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized void note(String line) {
    out.println(JSON.createObjectNode().put("note", line));
    out.flush();
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    if (!phase.equals(this.phase)) {
      this.phase = phase;
      rate.start(done);
    }
    double r = rate.perSecond(done);
    double left = rate.secondsLeft(done, total);
    ObjectNode o = JSON.createObjectNode().put("phase", phase).put("done", done).put("total", total)
        .put("rate", Math.round(r * 100) / 100.0);
    if (left < 0) {
      o.putNull("eta_s");
    } else {
      o.put("eta_s", Math.round(left * 10) / 10.0);
    }
    out.println(o);
    out.flush();
  }
}
