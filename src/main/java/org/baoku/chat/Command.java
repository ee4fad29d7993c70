package org.baoku.chat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader asked for, parsed once from what they typed: the console and the Telegram bot
 * call {@link #parse} (the bot after deciding the message is addressed to it, with {@link Line})
 * and hand the typed value on, so no adapter re-reads the text. Every command name comes from
 * the table in {@link Verb}.
 *
 * <p>Records check their fields: an {@code Ask} without a question or a {@code Source} of 0
 * cannot be built; input that would make one is {@link Malformed} and answered with the usage.
 */
public sealed interface Command {

  /** A question, typed plainly or after {@code /ask}. */
  record Ask(String question) implements Command {
    public Ask {
      if (Objects.requireNonNull(question, "question").isBlank()) {
        throw new IllegalArgumentException("a question cannot be blank");
      }
    }
  }

  /** {@code /source N}: citation {@code n} (from 1) of the last answer. */
  record Source(int n) implements Command {
    public Source {
      if (n < 1) {
        throw new IllegalArgumentException("citations are numbered from 1: " + n);
      }
    }
  }

  /** {@code /quote TEXT}: where a quotation comes from; {@code text} has no surrounding quote marks. */
  record Quote(String text) implements Command {
    public Quote {
      if (Objects.requireNonNull(text, "text").isBlank()) {
        throw new IllegalArgumentException("a quotation cannot be blank");
      }
    }
  }

  /** {@code /search TERMS}: articles for keywords. */
  record Search(String terms) implements Command {
    public Search {
      if (Objects.requireNonNull(terms, "terms").isBlank()) {
        throw new IllegalArgumentException("search terms cannot be blank");
      }
    }
  }

  /**
   * {@code /day 2020-03-05 [paper]}: one day's paper; {@code paper} is empty for every paper, or
   * the start of a paper's name. {@code page} is the page (from 1, in the order the issue lists
   * them) that a one-page view shows: Telegram's page buttons ask for another; typed, it is 1.
   */
  record Day(LocalDate date, String paper, int page) implements Command {
    public Day {
      Objects.requireNonNull(date, "date");
      paper = Objects.requireNonNull(paper, "paper").strip();
      if (page < 1) {
        throw new IllegalArgumentException("pages are numbered from 1: " + page);
      }
    }

    /** The issue from its first page. */
    public Day(LocalDate date, String paper) {
      this(date, paper, 1);
    }
  }

  /**
   * {@code /read 2020-03-05 [paper] N}: article {@code n} (from 1) of that day's issue, numbered
   * through the issue as {@code /day} lists it, so one number names an article on any page.
   */
  record Read(LocalDate date, String paper, int n) implements Command {
    public Read {
      Objects.requireNonNull(date, "date");
      paper = Objects.requireNonNull(paper, "paper").strip();
      if (n < 1) {
        throw new IllegalArgumentException("articles are numbered from 1: " + n);
      }
    }
  }

  /** {@code /reset}: forget the conversation. */
  record Reset() implements Command {}

  /** {@code /help}. */
  record Help() implements Command {}

  /** {@code /start}: Telegram's greeting; the console shows the help. */
  record Start() implements Command {}

  /** {@code /about}: what the archive holds. */
  record About() implements Command {}

  /** {@code /stats}: the bot's running figures, for its admins. */
  record Stats() implements Command {}

  /** {@code /reindex}: rebuild the index while serving, for the bot's admins. */
  record Reindex() implements Command {}

  /** {@code /exit}, {@code /quit}, {@code /q}: leave the console. */
  record Exit() implements Command {}

  /** A slash command not in {@link Verb}; {@code name} is as typed, without the slash. */
  record Unknown(String name) implements Command {
    public Unknown {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A known command with missing or unreadable arguments, answered with {@link Verb#usage()}. */
  record Malformed(Verb verb) implements Command {
    public Malformed {
      Objects.requireNonNull(verb, "verb");
    }

    public String usage() {
      return verb.usage();
    }
  }

  /**
   * The command in {@code text}: a slash command by {@link Line}, anything else a question.
   * The text is cleaned first ({@link UserText}); blank text is a {@code Malformed} ask. Never
   * throws, never null.
   */
  static Command parse(String text) {
    String cleaned = UserText.clean(text).text();
    if (cleaned.isEmpty()) {
      return new Malformed(Verb.ASK);
    }
    return Line.of(cleaned).map(Line::command).orElseGet(() -> new Ask(cleaned));
  }

  /**
   * A slash command split into its parts, before its arguments are read: {@code /ask@baoku_bot
   * 问题} is name {@code ask}, bot {@code baoku_bot}, args {@code 问题}. The bot reads {@link #bot}
   * to tell whether a group message is addressed to it; then {@link #command()} types it.
   * The full-width slash {@code ／} of a Chinese keyboard counts as a slash.
   *
   * @param name the command name as typed, without the slash; may be empty ({@code "/"})
   * @param bot the bot named after {@code @}, empty when none
   * @param args the rest, stripped; empty when none
   */
  record Line(String name, String bot, String args) {

    private static final Pattern FORM = Pattern.compile("^[/／]([^\\s@]*)(?:@(\\S*))?(?:\\s+(.*))?$", Pattern.DOTALL);
    /** Quote marks a reader puts around a quotation; they are not part of it. */
    private static final Pattern QUOTE_MARKS =
        Pattern.compile("^[“”\"「」『』‘’'《》]+|[“”\"「」『』‘’'《》]+$");
    /** Brackets a reader may copy around a citation number: {@code /source [2]}, {@code 【2】}. */
    private static final Pattern NUMBER_DECOR = Pattern.compile("[\\[\\]【】［］\\s]");
    /** {@code 2020-03-05}, {@code 2020/3/5}, {@code 2020.3.5}, {@code 2020年3月5日}; full-width digits too. */
    private static final Pattern DATE = Pattern.compile(
        "^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:\\s+(.*))?$",
        Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    /** What follows the date of {@code /read}: an optional paper, then the number. */
    private static final Pattern NUMBERED = Pattern.compile("^(.*?)\\s*(\\d+)$",
        Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

    public Line {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(bot, "bot");
      args = Objects.requireNonNull(args, "args").strip();
    }

    /**
     * The parts of {@code text} when it is a slash command; empty for anything else. The text is
     * cleaned first, as {@link Command#parse} cleans it, so the bot and the console read the same
     * command from the same keystrokes. Never throws.
     */
    public static Optional<Line> of(String text) {
      Matcher m = FORM.matcher(UserText.clean(text).text());
      if (!m.matches()) {
        return Optional.empty();
      }
      return Optional.of(new Line(m.group(1), Objects.requireNonNullElse(m.group(2), ""),
          Objects.requireNonNullElse(m.group(3), "")));
    }

    /** The table's verb for this name, if it has one. */
    public Optional<Verb> verb() {
      return Verb.named(name);
    }

    /** The typed command, its arguments read; never throws. */
    public Command command() {
      Optional<Verb> verb = verb();
      if (verb.isEmpty()) {
        return new Unknown(name);
      }
      return switch (verb.get()) {
        case ASK -> args.isEmpty() ? new Malformed(Verb.ASK) : new Ask(args);
        case SOURCE -> source();
        case QUOTE -> {
          String quotation = QUOTE_MARKS.matcher(args).replaceAll("").strip();
          yield quotation.isEmpty() ? new Malformed(Verb.QUOTE) : new Quote(quotation);
        }
        case SEARCH -> args.isEmpty() ? new Malformed(Verb.SEARCH) : new Search(args);
        case DAY -> day();
        case READ -> read();
        case RESET -> new Reset();
        case HELP -> new Help();
        case START -> new Start();
        case ABOUT -> new About();
        case STATS -> new Stats();
        case REINDEX -> new Reindex();
        case EXIT -> new Exit();
      };
    }

    /** No number means the first citation, the one a reader most often wants. */
    private Command source() {
      String digits = NUMBER_DECOR.matcher(args).replaceAll("");
      if (digits.isEmpty()) {
        return new Source(1);
      }
      try {
        int n = Integer.parseInt(digits); // reads full-width digits too
        return n >= 1 ? new Source(n) : new Malformed(Verb.SOURCE);
      } catch (NumberFormatException e) {
        return new Malformed(Verb.SOURCE);
      }
    }

    private Command day() {
      Matcher m = DATE.matcher(args);
      Optional<LocalDate> date = date(m);
      return date.isEmpty() ? new Malformed(Verb.DAY) : new Day(date.get(), Objects.requireNonNullElse(m.group(4), ""));
    }

    /** The date, then an optional paper, then the article's number: the number is the last word. */
    private Command read() {
      Matcher m = DATE.matcher(args);
      Optional<LocalDate> date = date(m);
      Matcher rest = date.isEmpty() ? null : NUMBERED.matcher(Objects.requireNonNullElse(m.group(4), ""));
      if (rest == null || !rest.matches()) {
        return new Malformed(Verb.READ);
      }
      try {
        int n = Integer.parseInt(rest.group(2)); // reads full-width digits too
        return n >= 1 ? new Read(date.get(), rest.group(1), n) : new Malformed(Verb.READ);
      } catch (NumberFormatException e) {
        return new Malformed(Verb.READ);
      }
    }

    /** The date {@code m} holds when it matches {@link #DATE} and names a real day. */
    private static Optional<LocalDate> date(Matcher m) {
      if (!m.matches()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      } catch (DateTimeException | NumberFormatException e) {
        return Optional.empty();
      }
    }
  }
}
