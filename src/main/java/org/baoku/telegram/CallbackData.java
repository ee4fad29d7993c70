package org.baoku.telegram;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.chat.Command;

/**
 * The compact, validated payload of an inline button. Under an answer: {@code s:<answerKey>:<n>}
 * opens source {@code n} of a stored answer, {@code f:<answerKey>:u|d} records 👍 or 👎. Under a
 * day's paper: {@code p:<yyyyMMdd>:<page>:<paper>} turns to a page and {@code r:<yyyyMMdd>:<n>:<paper>}
 * opens article {@code n}; these carry the whole command, so they keep working after a restart.
 * Telegram allows 64 bytes: the paper comes last and is cut to fit (a Chinese paper's name fits
 * whole up to 16 characters; a longer one is named by its start, which the handler resolves).
 * Anything else a client sends (too long, malformed, forged) parses to empty, never to an exception.
 *
 * @param answerKey the stored answer, for {@link Action#SOURCE}, {@link Action#UP}, {@link Action#DOWN}; else empty
 * @param n the source, page or article number; 0 for a vote
 * @param date the date for {@link Action#PAGE} and {@link Action#READ}; else null
 * @param paper the paper as it goes on the wire (possibly cut); empty for any or for an answer's button
 */
record CallbackData(Action action, String answerKey, int n, LocalDate date, String paper) {

  /** Telegram's limit on callback data, in UTF-8 bytes. */
  static final int MAX_BYTES = 64;

  /** What a button does. */
  enum Action {
    SOURCE('s'),
    UP('u'),
    DOWN('d'),
    PAGE('p'),
    READ('r');

    final char code;

    Action(char code) {
      this.code = code;
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Pattern FORMAT =
      Pattern.compile("(?:s:([A-Za-z0-9_-]{" + AnswerStore.KEY_LENGTH + "}):([1-9][0-9]{0,2})"
          + "|f:([A-Za-z0-9_-]{" + AnswerStore.KEY_LENGTH + "}):([ud])"
          + "|([pr]):([0-9]{8}):([1-9][0-9]{0,3}):([^\\n]*))");

  CallbackData {
    Objects.requireNonNull(action, "action");
    answerKey = Objects.requireNonNullElse(answerKey, "");
    paper = Objects.requireNonNullElse(paper, "");
  }

  static CallbackData source(String answerKey, int n) {
    return new CallbackData(Action.SOURCE, answerKey, n, null, "");
  }

  static CallbackData vote(String answerKey, boolean up) {
    return new CallbackData(up ? Action.UP : Action.DOWN, answerKey, 0, null, "");
  }

  /** The button for {@code command} when it is one a button can carry: a page or an article of a day's paper. */
  static Optional<CallbackData> of(Command command) {
    if (command instanceof Command.Day d) {
      return Optional.of(browse(Action.PAGE, d.date(), d.page(), d.paper()));
    }
    if (command instanceof Command.Read r) {
      return Optional.of(browse(Action.READ, r.date(), r.n(), r.paper()));
    }
    return Optional.empty();
  }

  private static CallbackData browse(Action action, LocalDate date, int n, String paper) {
    String head = action.code + ":" + date.format(DAY) + ":" + n + ":";
    int room = MAX_BYTES - head.getBytes(StandardCharsets.UTF_8).length;
    return new CallbackData(action, "", n, date, fit(paper, room));
  }

  /** The longest start of {@code text} of at most {@code bytes} UTF-8 bytes, never splitting a character. */
  static String fit(String text, int bytes) {
    int used = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return text.substring(0, end);
  }

  /** The command a page or article button asks for; empty for an answer's buttons. */
  Optional<Command> command() {
    return switch (action) {
      case PAGE -> Optional.of(new Command.Day(date, paper, n));
      case READ -> Optional.of(new Command.Read(date, paper, n));
      default -> Optional.empty();
    };
  }

  /** The wire form; always within {@link #MAX_BYTES}. */
  String encode() {
    String s = switch (action) {
      case SOURCE -> "s:" + answerKey + ":" + n;
      case UP, DOWN -> "f:" + answerKey + ":" + action.code;
      case PAGE, READ -> action.code + ":" + date.format(DAY) + ":" + n + ":" + paper;
    };
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
    if (m.group(3) != null) {
      return Optional.of(vote(m.group(3), m.group(4).equals("u")));
    }
    try {
      LocalDate date = LocalDate.parse(m.group(6), DAY);
      Action action = m.group(5).equals("p") ? Action.PAGE : Action.READ;
      return Optional.of(new CallbackData(action, "", Integer.parseInt(m.group(7)), date, m.group(8).strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
