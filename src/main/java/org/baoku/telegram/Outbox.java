package org.baoku.telegram;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Everything the bot sends: replies split into messages of at most 4,096 characters (the first
 * replying to the asker, the last carrying the buttons), callback toasts and alerts, and the
 * "typing…" indicator while an answer is composed. Pacing and retries are {@link TelegramApi}'s.
 */
final class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  /** Telegram shows "typing…" for about 5 s; renewing every 4 s keeps it on while composing. */
  private static final long TYPING_RENEW_SECONDS = 4;
  /** Telegram cuts callback alerts at 200 characters. */
  private static final int ALERT_CHARS = 200;

  private final TelegramApi api;
  private final MessageSplitter splitter = new MessageSplitter();
  private final ScheduledExecutorService typing =
      Executors.newSingleThreadScheduledExecutor(UpdateRouter.daemon("baoku-typing"));

  Outbox(TelegramApi api) {
    this.api = api;
  }

  /** Plain text in reply to {@code m}; escaped here. */
  void say(Message m, String plain) throws TelegramApiException {
    sayHtml(m, Html.escape(plain), null);
  }

  /** Our HTML in reply to {@code m}, with {@code keyboard} (may be null) under the last part. */
  void sayHtml(Message m, String html, InlineKeyboardMarkup keyboard) throws TelegramApiException {
    sendParts(m.getChatId(), isGroup(m.getChat()), m.getMessageId(), html, keyboard);
  }

  /** Sends the HTML in as many parts as needed: the first replies to {@code replyTo}, the last carries the buttons. */
  void sendParts(long chatId, boolean group, Integer replyTo, String html, InlineKeyboardMarkup keyboard)
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

  /**
   * Replaces the text and buttons of message {@code messageId} (a page turned under a day's
   * paper), or sends it anew when it does not fit one message. A press that would change nothing
   * (a double tap) is Telegram's "message is not modified" and is let be.
   */
  void edit(long chatId, boolean group, int messageId, String html, InlineKeyboardMarkup keyboard)
      throws TelegramApiException {
    List<String> parts = splitter.split(html);
    if (parts.size() > 1) {
      sendParts(chatId, group, messageId, html, keyboard);
      return;
    }
    try {
      api.send(chatId, group, EditMessageText.builder().chatId(chatId).messageId(messageId).text(html)
          .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
          .replyMarkup(keyboard).build());
    } catch (BotApiException e) {
      if (e.code() != 400 || !String.valueOf(e.getMessage()).contains("not modified")) {
        throw e;
      }
    }
  }

  /** A short notice over the chat, answering a button press. */
  void toast(CallbackQuery q, String text) throws TelegramApiException {
    api.call(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(text).build());
  }

  /** A dialog the reader closes, for text that cannot go in the chat; cut to Telegram's limit. */
  void alert(CallbackQuery q, String text) throws TelegramApiException {
    api.call(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).showAlert(true)
        .text(Html.shorten(text, ALERT_CHARS)).build());
  }

  /** Runs {@code work} while the chat shows "typing…"; the indicator is worth nothing late, so it is never retried. */
  <T> T whileTyping(long chatId, Supplier<T> work) {
    SendChatAction action = SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build();
    Runnable show = () -> {
      try {
        api.once(action);
      } catch (TelegramApiException | RuntimeException e) {
        LOG.debug("typing action failed: {}", api.mask(e.getMessage()));
      }
    };
    // The first on this thread, so it always goes out before the reply, however fast the answer.
    show.run();
    ScheduledFuture<?> renew = typing.scheduleAtFixedRate(show, TYPING_RENEW_SECONDS, TYPING_RENEW_SECONDS,
        TimeUnit.SECONDS);
    try {
      return work.get();
    } finally {
      renew.cancel(false);
    }
  }

  /** {@code text} with the bot token replaced, for anything that may reach a log. */
  String mask(String text) {
    return api.mask(text);
  }

  void close() {
    typing.shutdownNow();
  }

  static boolean isPrivate(Chat chat) {
    return chat != null && "private".equals(chat.getType());
  }

  static boolean isGroup(Chat chat) {
    return chat != null && ("group".equals(chat.getType()) || "supergroup".equals(chat.getType()));
  }
}
