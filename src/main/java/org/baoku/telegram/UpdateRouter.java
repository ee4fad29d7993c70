package org.baoku.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Reply;
import org.baoku.retrieve.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * What the bot does with one update: decides whether a message is addressed to it, turns it into
 * a question or command for the {@link ChatHandler}, and renders the {@link Reply} as HTML
 * messages with source and feedback buttons. {@link #handle} never throws: a failure is logged
 * (masked) and, where a reader is waiting, answered with an apology.
 */
final class BaokuBot {

  private static final Logger LOG = LoggerFactory.getLogger(BaokuBot.class);

  /** Telegram shows "typing…" for about 5 s; renewing every 4 s keeps it on while composing. */
  private static final long TYPING_RENEW_SECONDS = 4;
  /** Recent answers whose buttons still work; about a day of a busy group. */
  private static final int STORED_ANSWERS = 5000;
  private static final int BUTTON_TITLE = 24;
  /** Inline queries allowed per question allowance: a typed query of a few words sends about this many. */
  private static final int INLINE_PER_QUESTION = 6;
  /** The sender Telegram shows for a group admin posting anonymously: a person, not a bot. */
  private static final String ANONYMOUS_ADMIN = "GroupAnonymousBot";
  /** Telegram cuts callback alerts at 200 characters. */
  private static final int ALERT_CHARS = 200;
  /** Commands this bot answers; in a group a bare command outside this set is for another bot. */
  private static final Set<String> OURS = Set.of(
      "start", "help", "ask", "search", "quote", "source", "reset", "about", "stats", "reindex");
  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+|$)(.*)$", Pattern.DOTALL);

  private final TelegramApi api;
  private final ChatHandler handler;
  private final Archive archive;
  private final BotSettings settings;
  private final String composer;
  private final Reindexer reindexer;
  private final Renderer renderer = new Renderer();
  private final MessageSplitter splitter = new MessageSplitter();
  private final AnswerStore answers = new AnswerStore(STORED_ANSWERS);
  private final FeedbackLog feedback;
  private final RateLimiter limiter;
  /** Telegram sends an inline query per keystroke, so inline search gets its own, wider allowance. */
  private final RateLimiter inlineLimiter;
  private final BotStats stats = new BotStats();
  private final InlineAnswers inline;
  private final ScheduledExecutorService typing = Executors.newSingleThreadScheduledExecutor(daemon("baoku-typing"));
  private final ExecutorService reindexing = Executors.newSingleThreadExecutor(daemon("baoku-reindex"));
  private final AtomicBoolean reindexRunning = new AtomicBoolean();
  private volatile long botId;
  private volatile String username = "";

  BaokuBot(TelegramApi api, ChatHandler handler, Archive archive, BotSettings settings, String composer,
      Reindexer reindexer) {
    this.api = api;
    this.handler = handler;
    this.archive = archive;
    this.settings = settings;
    this.composer = composer;
    this.reindexer = reindexer;
    this.feedback = new FeedbackLog(settings.botDir().resolve("feedback.jsonl"));
    this.limiter = new RateLimiter(settings.questionsPerMinute());
    this.inlineLimiter = new RateLimiter(settings.questionsPerMinute() * INLINE_PER_QUESTION);
    this.inline = new InlineAnswers(archive);
  }

  /** Learns the bot's own name (for mentions) and registers the command menu. */
  void start() throws TelegramApiException {
    User me = api.call(new GetMe());
    botId = me.getId();
    username = me.getUserName() == null ? "" : me.getUserName();
    api.call(SetMyCommands.builder().commands(BotTexts.menu()).build());
    LOG.info("bot @{} ready", username);
  }

  String username() {
    return username;
  }

  /** The bot's own user id, known after {@link #start()}; the update ledger belongs to it. */
  long id() {
    return botId;
  }

  /** Stops background work; replies already being sent finish first. */
  void close() {
    typing.shutdownNow();
    reindexing.shutdown();
  }

  /** Handles one update; never throws. */
  void handle(Update u) {
    try {
      if (u.hasMessage()) {
        onMessage(u.getMessage());
      } else if (u.hasCallbackQuery()) {
        onCallback(u.getCallbackQuery());
      } else if (u.hasInlineQuery()) {
        onInline(u.getInlineQuery());
      } else if (u.hasEditedMessage() && isPrivate(u.getEditedMessage().getChat())) {
        say(u.getEditedMessage(), BotTexts.EDITED);
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

  // ---- messages -------------------------------------------------------------------------------

  private void onMessage(Message m) throws TelegramApiException {
    Chat chat = m.getChat();
    boolean isPrivate = isPrivate(chat);
    if (!isPrivate && !isGroup(chat)) {
      return;
    }
    User from = m.getFrom();
    if (from != null && Boolean.TRUE.equals(from.getIsBot()) && !ANONYMOUS_ADMIN.equals(from.getUserName())) {
      return;
    }
    if (m.getText() == null) {
      if (isPrivate) {
        say(m, BotTexts.NON_TEXT);
      }
      return;
    }
    Html.Cleaned cleaned = Html.clean(m.getText());
    if (cleaned.dropped() > 0) {
      LOG.info("dropped {} control characters from a message in chat {}", cleaned.dropped(), chat.getId());
    }
    Optional<String> addressed = addressed(cleaned.text(), m, isPrivate);
    if (addressed.isEmpty()) {
      return;
    }
    long userId = from == null ? chat.getId() : from.getId();
    if (!allowed(chat.getId(), userId)) {
      say(m, BotTexts.NOT_ALLOWED);
      return;
    }
    String conversation = isPrivate ? String.valueOf(chat.getId()) : chat.getId() + ":" + userId;
    String text = addressed.get().strip();
    Matcher c = COMMAND.matcher(text);
    if (!c.matches()) {
      ask(m, userId, conversation, text);
      return;
    }
    String name = c.group(1).toLowerCase(Locale.ROOT);
    String args = c.group(3).strip();
    switch (name) {
      case "start" -> sayHtml(m, BotTexts.start(username, archive.articles()), null);
      case "ask" -> {
        if (args.isEmpty()) {
          // The conversation handler owns the usage text, as it does for the console.
          sayHtml(m, renderer.render(handler.handle(conversation, "/ask"), null), null);
        } else {
          ask(m, userId, conversation, args);
        }
      }
      case "help" -> {
        Reply r = handler.handle(conversation, "/help");
        sayHtml(m, renderer.render(r, null) + BotTexts.helpExtras(username), null);
      }
      case "about" -> sayHtml(m, BotTexts.about(archive.stats(), composer), null);
      case "stats" -> {
        if (isAdmin(userId)) {
          sayHtml(m, BotTexts.stats(stats.snapshot(), feedback.ups(), feedback.downs()), null);
        } else {
          say(m, BotTexts.ADMINS_ONLY);
        }
      }
      case "reindex" -> reindex(m, userId);
      case "search", "quote" -> {
        if (withinLimit(m, userId)) {
          respond(m, userId, conversation, "/" + name + (args.isEmpty() ? "" : " " + args), args);
        }
      }
      default -> respond(m, userId, conversation, "/" + name + (args.isEmpty() ? "" : " " + args), args);
    }
  }

  /**
   * The text meant for the bot, or empty when a group message is not addressed to it. In a group
   * the bot answers commands (bare or {@code /cmd@thisbot}), mentions (the mention is stripped)
   * and replies to its own messages; a command for another bot is never ours.
   */
  private Optional<String> addressed(String text, Message m, boolean isPrivate) {
    Matcher c = COMMAND.matcher(text.strip());
    if (c.matches()) {
      String target = c.group(2);
      if (target != null && !target.equalsIgnoreCase(username)) {
        return Optional.empty();
      }
      if (!isPrivate && target == null && !OURS.contains(c.group(1).toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      return Optional.of("/" + c.group(1) + (c.group(3).isBlank() ? "" : " " + c.group(3)));
    }
    if (!username.isEmpty()) {
      Pattern mention = Pattern.compile("@" + Pattern.quote(username) + "\\b", Pattern.CASE_INSENSITIVE);
      Matcher mm = mention.matcher(text);
      if (mm.find()) {
        return Optional.of(mm.replaceAll(" ").strip());
      }
    }
    if (isPrivate) {
      return Optional.of(text);
    }
    Message replied = m.getReplyToMessage();
    if (replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId) {
      return Optional.of(text);
    }
    return Optional.empty();
  }

  private void ask(Message m, long userId, String conversation, String question) throws TelegramApiException {
    if (question.isBlank()) {
      sayHtml(m, BotTexts.start(username, archive.articles()), null);
      return;
    }
    if (withinLimit(m, userId)) {
      respond(m, userId, conversation, question, question);
    }
  }

  private boolean withinLimit(Message m, long userId) throws TelegramApiException {
    long wait = limiter.acquire(userId);
    if (wait > 0) {
      say(m, BotTexts.tooFast(wait));
      return false;
    }
    return true;
  }

  /** Passes text to the handler while showing "typing…", then sends the rendered reply. */
  private void respond(Message m, long userId, String conversation, String text, String emphasis)
      throws TelegramApiException {
    long started = System.nanoTime();
    Reply reply;
    try {
      reply = whileTyping(m, () -> handler.handle(conversation, text));
    } catch (RuntimeException e) {
      LOG.error("handler failed in chat {}: {}", m.getChatId(), api.mask(String.valueOf(e)));
      say(m, BotTexts.INTERNAL_ERROR);
      return;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    InlineKeyboardMarkup keyboard = null;
    if (reply.kind() == Reply.Kind.ANSWER && reply.answer() != null) {
      Answer a = reply.answer();
      stats.answered(a.grounded(), millis);
      String key = answers.put(new AnswerStore.Entry(text, a, m.getChatId(), userId));
      keyboard = keyboard(key, a);
    }
    sayHtml(m, renderer.render(reply, emphasis), keyboard);
  }

  private Reply whileTyping(Message m, Supplier<Reply> work) {
    SendChatAction action = SendChatAction.builder().chatId(m.getChatId()).action(ActionType.TYPING.toString()).build();
    ScheduledFuture<?> renew = typing.scheduleAtFixedRate(() -> {
      try {
        api.once(action);
      } catch (TelegramApiException | RuntimeException e) {
        LOG.debug("typing action failed: {}", api.mask(e.getMessage()));
      }
    }, 0, TYPING_RENEW_SECONDS, TimeUnit.SECONDS);
    try {
      return work.get();
    } finally {
      renew.cancel(false);
    }
  }

  /** One button per cited source, then 👍/👎. */
  private static InlineKeyboardMarkup keyboard(String key, Answer a) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (Citation c : a.citations()) {
      rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
          .text("[" + c.n() + "] " + Html.shorten(Html.clean(Renderer.headline(c.passage())).text(), BUTTON_TITLE))
          .callbackData(CallbackData.source(key, c.n()).encode())
          .build()));
    }
    rows.add(new InlineKeyboardRow(
        InlineKeyboardButton.builder().text("👍").callbackData(CallbackData.vote(key, true).encode()).build(),
        InlineKeyboardButton.builder().text("👎").callbackData(CallbackData.vote(key, false).encode()).build()));
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private void reindex(Message m, long userId) throws TelegramApiException {
    if (!isAdmin(userId)) {
      say(m, BotTexts.ADMINS_ONLY);
      return;
    }
    if (!reindexRunning.compareAndSet(false, true)) {
      say(m, BotTexts.REINDEX_BUSY);
      return;
    }
    say(m, BotTexts.REINDEX_STARTED);
    reindexing.submit(() -> {
      long started = System.nanoTime();
      String result;
      try {
        Archive.Stats s = reindexer.rebuild();
        result = BotTexts.reindexed(s, (System.nanoTime() - started) / 1_000_000);
      } catch (Exception e) {
        LOG.error("reindex failed: {}", api.mask(String.valueOf(e)));
        result = BotTexts.reindexFailed(String.valueOf(e.getMessage()));
      } finally {
        reindexRunning.set(false);
      }
      try {
        sayHtml(m, result, null);
      } catch (TelegramApiException e) {
        LOG.warn("could not report reindex result: {}", api.mask(e.getMessage()));
      }
    });
  }

  // ---- callbacks and inline -------------------------------------------------------------------

  private void onCallback(CallbackQuery q) throws TelegramApiException {
    Optional<CallbackData> data = CallbackData.parse(q.getData());
    if (data.isEmpty()) {
      toast(q, BotTexts.CALLBACK_FORGED);
      return;
    }
    MaybeInaccessibleMessage origin = q.getMessage();
    long chatId = origin == null ? q.getFrom().getId() : origin.getChatId();
    if (!allowed(chatId, q.getFrom().getId())) {
      toast(q, BotTexts.NOT_ALLOWED);
      return;
    }
    Optional<AnswerStore.Entry> entry = answers.get(data.get().answerKey());
    if (entry.isEmpty()) {
      toast(q, BotTexts.CALLBACK_EXPIRED);
      return;
    }
    Answer a = entry.get().answer();
    switch (data.get().action()) {
      case SOURCE -> {
        Optional<Citation> c = a.citations().stream().filter(x -> x.n() == data.get().n()).findFirst();
        if (c.isEmpty()) {
          toast(q, BotTexts.CALLBACK_NO_SOURCE);
          return;
        }
        if (origin == null || origin.getDate() == null || origin.getDate() == 0) {
          // the answer message is too old to reply to: show the supporting sentence in an alert
          api.call(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).showAlert(true)
              .text(Html.shorten("[" + c.get().n() + "] “" + c.get().quote() + "”", ALERT_CHARS)).build());
          return;
        }
        toast(q, "来源 [" + c.get().n() + "]");
        sendParts(origin.getChatId(), isGroup(origin.getChat()), origin.getMessageId(),
            renderer.passage(c.get()), null);
      }
      case UP, DOWN -> {
        boolean up = data.get().action() == CallbackData.Action.UP;
        try {
          feedback.record(chatId, q.getFrom().getId(), data.get().answerKey(), up, entry.get().question(),
              a.grounded(), a.citations().stream().map(c -> c.passage().id()).toList());
          toast(q, BotTexts.VOTE_THANKS);
        } catch (IOException e) {
          LOG.error("feedback not saved: {}", e.toString());
          toast(q, BotTexts.VOTE_FAILED);
        }
      }
    }
  }

  private void onInline(InlineQuery q) throws TelegramApiException {
    long userId = q.getFrom().getId();
    String query = Html.clean(q.getQuery()).text().strip();
    boolean ok = allowed(userId, userId) && (query.isEmpty() || inlineLimiter.acquire(userId) == 0);
    api.call(AnswerInlineQuery.builder()
        .inlineQueryId(q.getId())
        .results(ok ? inline.results(query) : List.of())
        .cacheTime(60)
        .isPersonal(false)
        .build());
  }

  // ---- sending --------------------------------------------------------------------------------

  private void toast(CallbackQuery q, String text) throws TelegramApiException {
    api.call(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(text).build());
  }

  private void say(Message m, String plain) throws TelegramApiException {
    sayHtml(m, Html.escape(plain), null);
  }

  private void sayHtml(Message m, String html, InlineKeyboardMarkup keyboard) throws TelegramApiException {
    sendParts(m.getChatId(), isGroup(m.getChat()), m.getMessageId(), html, keyboard);
  }

  /** Sends the HTML in as many parts as needed: the first replies to the asker, the last carries the buttons. */
  private void sendParts(long chatId, boolean group, Integer replyTo, String html, InlineKeyboardMarkup keyboard)
      throws TelegramApiException {
    List<String> parts = splitter.split(html);
    for (int i = 0; i < parts.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
          .chatId(chatId)
          .text(parts.get(i))
          .parseMode(ParseMode.HTML)
          .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
      if (i == 0 && replyTo != null) {
        b.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
      }
      if (i == parts.size() - 1 && keyboard != null) {
        b.replyMarkup(keyboard);
      }
      api.send(chatId, group, b.build());
    }
  }

  // ---- who may talk to the bot ----------------------------------------------------------------

  private boolean allowed(long chatId, long userId) {
    return settings.allowedChats().isEmpty()
        || settings.allowedChats().contains(chatId)
        || settings.allowedChats().contains(userId);
  }

  private boolean isAdmin(long userId) {
    return settings.admins().contains(userId);
  }

  private static boolean isPrivate(Chat chat) {
    return chat != null && "private".equals(chat.getType());
  }

  private static boolean isGroup(Chat chat) {
    return chat != null && ("group".equals(chat.getType()) || "supergroup".equals(chat.getType()));
  }

  static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
