package org.baoku.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Command;
import org.baoku.chat.Reply;
import org.baoku.chat.Verb;
import org.baoku.retrieve.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What the bot does with a message: decides whether it is addressed to the bot, parses it once
 * into a {@link Command}, answers the bot's own commands ({@code /start}, {@code /about}, the
 * admin ones) and passes everything else to the {@link ChatHandler}, sending the rendered
 * {@link Reply} with source and feedback buttons.
 */
final class TextMessages {

  private static final Logger LOG = LoggerFactory.getLogger(TextMessages.class);

  /** The sender Telegram shows for a group admin posting anonymously: a person, not a bot. */
  private static final String ANONYMOUS_ADMIN = "GroupAnonymousBot";

  /** Who the bot is, learned from getMe: its user id and its @username (without the @). */
  record Me(long id, String username) {}

  private final Me me;
  private final ChatHandler handler;
  private final Archive archive;
  private final BotSettings settings;
  private final String composer;
  private final Renderer renderer;
  private final Outbox outbox;
  private final AnswerStore answers;
  private final BotStats stats;
  private final AdminCommands admin;
  private final RateLimiter limiter;
  private final Pattern mention;

  TextMessages(Me me, ChatHandler handler, Archive archive, BotSettings settings, String composer,
      Renderer renderer, Outbox outbox, AnswerStore answers, BotStats stats, AdminCommands admin) {
    this.me = me;
    this.handler = handler;
    this.archive = archive;
    this.settings = settings;
    this.composer = composer;
    this.renderer = renderer;
    this.outbox = outbox;
    this.answers = answers;
    this.stats = stats;
    this.admin = admin;
    this.limiter = new RateLimiter(settings.questionsPerMinute());
    this.mention = me.username().isEmpty() ? null
        : Pattern.compile("@" + Pattern.quote(me.username()) + "\\b", Pattern.CASE_INSENSITIVE);
  }

  Me me() {
    return me;
  }

  void handle(Message m) throws TelegramApiException {
    Chat chat = m.getChat();
    boolean isPrivate = Outbox.isPrivate(chat);
    if (!isPrivate && !Outbox.isGroup(chat)) {
      return;
    }
    User from = m.getFrom();
    if (from != null && Boolean.TRUE.equals(from.getIsBot()) && !ANONYMOUS_ADMIN.equals(from.getUserName())) {
      return;
    }
    if (m.getText() == null) {
      if (isPrivate) {
        outbox.say(m, BotTexts.NON_TEXT);
      }
      return;
    }
    Html.Cleaned cleaned = Html.clean(m.getText());
    if (cleaned.dropped() > 0) {
      LOG.info("dropped {} control characters from a message in chat {}", cleaned.dropped(), chat.getId());
    }
    Optional<Command> command = addressed(cleaned.text(), m, isPrivate);
    if (command.isEmpty()) {
      return;
    }
    long userId = from == null ? chat.getId() : from.getId();
    if (!settings.allows(chat.getId(), userId)) {
      outbox.say(m, BotTexts.NOT_ALLOWED);
      return;
    }
    String conversation = isPrivate ? String.valueOf(chat.getId()) : chat.getId() + ":" + userId;
    route(m, userId, conversation, command.get());
  }

  /**
   * The command meant for the bot, or empty when a group message is not addressed to it. In a
   * group the bot answers commands of its table (bare or {@code /cmd@thisbot}), mentions (the
   * mention is stripped) and replies to its own messages; a command for another bot is never
   * ours. A mention with nothing after it is a greeting.
   */
  private Optional<Command> addressed(String text, Message m, boolean isPrivate) {
    Optional<Command.Line> line = Command.Line.of(text);
    if (line.isPresent()) {
      String target = line.get().bot();
      if (!target.isEmpty() && !target.equalsIgnoreCase(me.username())) {
        return Optional.empty();
      }
      if (!isPrivate && target.isEmpty() && !ours(line.get())) {
        return Optional.empty();
      }
      return Optional.of(line.get().command());
    }
    if (mention != null) {
      Matcher mm = mention.matcher(text);
      if (mm.find()) {
        return Optional.of(spoken(mm.replaceAll(" ")));
      }
    }
    Message replied = m.getReplyToMessage();
    boolean toMe = replied != null && replied.getFrom() != null && replied.getFrom().getId() == me.id();
    return isPrivate || toMe ? Optional.of(spoken(text)) : Optional.empty();
  }

  /** What was said to the bot; saying nothing (a bare mention) is met with the greeting. */
  private static Command spoken(String text) {
    Command c = Command.parse(text);
    return c.equals(new Command.Malformed(Verb.ASK)) ? new Command.Start() : c;
  }

  /** A bare command in a group is ours when our table has it for Telegram; else it is for another bot. */
  private static boolean ours(Command.Line line) {
    return line.verb().filter(v -> v.where() != Verb.Where.CONSOLE).isPresent();
  }

  /** The bot's own commands here; the conversation's to the handler. Java 17 has no pattern switch. */
  private void route(Message m, long userId, String conversation, Command command) throws TelegramApiException {
    if (command instanceof Command.Start) {
      outbox.sayHtml(m, BotTexts.start(me.username(), archive.firstArticle()), null);
    } else if (command instanceof Command.Help) {
      Reply help = handler.handle(conversation, command);
      outbox.sayHtml(m, renderer.render(help) + BotTexts.helpExtras(me.username()), null);
    } else if (command instanceof Command.About) {
      outbox.sayHtml(m, BotTexts.about(archive.stats(), composer), null);
    } else if (command instanceof Command.Stats) {
      admin.stats(m, userId);
    } else if (command instanceof Command.Reindex) {
      admin.reindex(m, userId);
    } else if (costly(command)) {
      long wait = limiter.acquire(userId);
      if (wait > 0) {
        outbox.say(m, BotTexts.tooFast(wait));
      } else {
        respond(m, userId, conversation, command);
      }
    } else {
      respond(m, userId, conversation, command);
    }
  }

  /** Commands that search the archive count against the reader's allowance; the rest are cheap. */
  private static boolean costly(Command c) {
    return c instanceof Command.Ask || c instanceof Command.Search || c instanceof Command.Quote
        || c instanceof Command.Day || c instanceof Command.Read;
  }

  /** Passes the command to the handler while showing "typing…", then sends the rendered reply. */
  private void respond(Message m, long userId, String conversation, Command command) throws TelegramApiException {
    long started = System.nanoTime();
    Reply reply;
    try {
      reply = outbox.whileTyping(m.getChatId(), () -> handler.handle(conversation, command));
    } catch (RuntimeException e) {
      LOG.error("handler failed in chat {}: {}", m.getChatId(), outbox.mask(String.valueOf(e)));
      outbox.say(m, BotTexts.INTERNAL_ERROR);
      return;
    }
    InlineKeyboardMarkup keyboard = null;
    if (reply.kind() == Reply.Kind.ANSWER) {
      stats.answered(reply.answer().grounded(), (System.nanoTime() - started) / 1_000_000);
      String question = command instanceof Command.Ask a ? a.question() : "";
      String key = answers.put(new AnswerStore.Entry(question, reply.answer(), m.getChatId(), userId));
      keyboard = Renderer.keyboard(key, reply);
    } else {
      keyboard = Renderer.keyboard(reply);
    }
    outbox.sayHtml(m, renderer.render(reply), keyboard);
  }
}
