package org.baoku.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compact, validated payload of an inline button: {@code s:<answerKey>:<n>} opens source
 * {@code n} of a stored answer, {@code f:<answerKey>:u|d} records 👍 or 👎. Telegram allows 64
 * bytes; ours use about 15, and anything else a client sends (too long, malformed, forged) parses
 * to empty, never to an exception.
 */
record CallbackData(Action action, String answerKey, int n) {

  /** Telegram's limit on callback data, in UTF-8 bytes. */
  static final int MAX_BYTES = 64;

  /** What a button does. */
  enum Action {
    SOURCE('s'),
    UP('u'),
    DOWN('d');

    final char code;

    Action(char code) {
      this.code = code;
    }
  }

  private static final Pattern FORMAT =
      Pattern.compile("(?:s:([A-Za-z0-9_-]{" + AnswerStore.KEY_LENGTH + "}):([1-9][0-9]{0,2})"
          + "|f:([A-Za-z0-9_-]{" + AnswerStore.KEY_LENGTH + "}):([ud]))");

  static CallbackData source(String answerKey, int n) {
    return new CallbackData(Action.SOURCE, answerKey, n);
  }

  static CallbackData vote(String answerKey, boolean up) {
    return new CallbackData(up ? Action.UP : Action.DOWN, answerKey, 0);
  }

  /** The wire form; always within {@link #MAX_BYTES}. */
  String encode() {
    String s = action == Action.SOURCE ? "s:" + answerKey + ":" + n : "f:" + answerKey + ":" + action.code;
    if (s.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalStateException("callback data too long: " + s.length());
    }
    return s;
  }

  /** Empty for anything that is not exactly a payload we would have made. */
  static Optional<CallbackData> parse(String data) {
    if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(data);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(1) != null) {
      return Optional.of(source(m.group(1), Integer.parseInt(m.group(2))));
    }
    return Optional.of(vote(m.group(3), m.group(4).equals("u")));
  }
}
