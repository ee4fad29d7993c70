package org.baoku.cli;

import java.util.Map;
import org.baoku.chat.PlainText;
import org.baoku.chat.Reply;

/**
 * Replies as the console prints them: the phrase that answers the question in bold when standard
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

  /** An answer rendered again from its structure with {@code e}; any other reply as its text. */
  static String text(Reply reply, PlainText.Emphasis e) {
    return reply.kind() == Reply.Kind.ANSWER && reply.answer() != null
        ? PlainText.answer(reply.answer(), e) : reply.text();
  }
}
