package org.baoku.cli;

import java.util.Map;

/**
 * How the console may mark text: the phrase that answers the question in bold when standard
 * output is a terminal that shows it, plain everywhere else, so a pipe or a file never receives
 * escape codes.
 */
final class Terminal {

  private Terminal() {}

  /** The emphasis for this process's standard output and environment. */
  static PlainText.Emphasis emphasis() {
    return emphasis(System.console() != null, System.getenv());
  }

  /**
   * Bold when {@code interactive} (a console is attached), unless {@code TERM} is {@code dumb} or
   * {@code NO_COLOR} is set to anything but the empty string (no-color.org).
   */
  static PlainText.Emphasis emphasis(boolean interactive, Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    boolean plain = !interactive || "dumb".equals(env.get("TERM")) || noColor != null && !noColor.isEmpty();
    return plain ? PlainText.Emphasis.NONE : PlainText.Emphasis.BOLD;
  }
}
