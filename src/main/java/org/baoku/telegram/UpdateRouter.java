package org.baoku.telegram;

import java.util.concurrent.ThreadFactory;
import org.baoku.chat.ChatHandler;
import org.baoku.retrieve.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Sends each update to the part of the bot whose job it is: {@link TextMessages},
 * {@link Callbacks} or {@link InlineQueries}, all sending through one {@link Outbox}.
 * {@link #handle} never throws: a failure is logged (masked) and the next update goes on.
 */
final class UpdateRouter {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateRouter.class);

  /** Recent answers whose buttons still work; about a day of a busy group. */
  private static final int STORED_ANSWERS = 5000;

  private final TelegramApi api;
  private final ChatHandler handler;
  private final Archive archive;
  private final BotSettings settings;
  private final String composer;
  private final Renderer renderer = new Renderer();
  private final AnswerStore answers = new AnswerStore(STORED_ANSWERS);
  private final BotStats stats = new BotStats();
  private final FeedbackLog feedback;
  private final Outbox outbox;
  private final AdminCommands admin;
  private final Callbacks callbacks;
  private final InlineQueries inline;
  /** Set by {@link #start()}, which must know the bot's name before a message can be read. */
  private volatile TextMessages messages;

  UpdateRouter(TelegramApi api, ChatHandler handler, Archive archive, BotSettings settings, String composer,
      Reindexer reindexer) {
    this.api = api;
    this.handler = handler;
    this.archive = archive;
    this.settings = settings;
    this.composer = composer;
    this.feedback = new FeedbackLog(settings.botDir().resolve("feedback.jsonl"));
    this.outbox = new Outbox(api);
    this.admin = new AdminCommands(settings, outbox, stats, feedback, reindexer, api);
    this.callbacks = new Callbacks(settings, answers, feedback, renderer, outbox, handler);
    this.inline = new InlineQueries(api, settings, new InlineAnswers(archive));
  }

  /** Learns the bot's own name (for mentions) and registers the command menu. */
  void start() throws TelegramApiException {
    User me = api.call(new GetMe());
    String username = me.getUserName() == null ? "" : me.getUserName();
    messages = new TextMessages(new TextMessages.Me(me.getId(), username), handler, archive, settings, composer,
        renderer, outbox, answers, stats, admin);
    api.call(SetMyCommands.builder().commands(BotTexts.menu()).build());
    LOG.info("bot @{} ready", username);
  }

  /** The bot's @username, known after {@link #start()}. */
  String username() {
    return messages == null ? "" : messages.me().username();
  }

  /** The bot's own user id, known after {@link #start()}; the update ledger belongs to it. */
  long id() {
    return messages == null ? 0 : messages.me().id();
  }

  /** Stops background work; replies already being sent finish first. */
  void close() {
    outbox.close();
    admin.close();
  }

  /** Handles one update; never throws. */
  void handle(Update u) {
    try {
      if (u.hasMessage()) {
        messages.handle(u.getMessage());
      } else if (u.hasCallbackQuery()) {
        callbacks.handle(u.getCallbackQuery());
      } else if (u.hasInlineQuery()) {
        inline.handle(u.getInlineQuery());
      } else if (u.hasEditedMessage() && Outbox.isPrivate(u.getEditedMessage().getChat())) {
        outbox.say(u.getEditedMessage(), BotTexts.EDITED);
      }
    } catch (BotApiException e) {
      if (e.readerGone()) {
        LOG.info("update {}: the reader has blocked the bot or left ({})", u.getUpdateId(), api.mask(e.getMessage()));
      } else {
        LOG.error("update {} failed: {}", u.getUpdateId(), api.mask(e.getMessage()));
      }
    } catch (Exception e) {
      LOG.error("update {} failed: {}", u.getUpdateId(), api.mask(String.valueOf(e)));
    }
  }

  /**
   * The key whose updates must be handled in order: the chat, or the user for inline queries.
   * {@link Incoming} has checked that the fields read here are present.
   */
  static long orderingKey(Update u) {
    if (u.hasMessage()) {
      return u.getMessage().getChatId();
    }
    if (u.hasEditedMessage()) {
      return u.getEditedMessage().getChatId();
    }
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
      return u.getCallbackQuery().getMessage().getChatId();
    }
    if (u.hasCallbackQuery()) {
      return u.getCallbackQuery().getFrom().getId();
    }
    if (u.hasInlineQuery()) {
      return u.getInlineQuery().getFrom().getId();
    }
    return 0;
  }

  static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
