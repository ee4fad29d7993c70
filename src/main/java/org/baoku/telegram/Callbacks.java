package org.baoku.telegram;

import java.io.IOException;
import java.util.Optional;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Command;
import org.baoku.chat.Labels;
import org.baoku.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Button presses. Under an answer: a source button shows the cited passage, 👍/👎 is recorded in
 * the {@link FeedbackLog}. Under a day's paper: a page button turns the page in place, an article
 * button sends the article; both are commands the {@link ChatHandler} answers as if typed. The
 * callback data is read by {@link CallbackData}, so a forged or oversized payload, an expired
 * answer or a source number the answer lacks each gets its own polite toast instead of an error.
 */
final class Callbacks {

  private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);

  private final BotSettings settings;
  private final AnswerStore answers;
  private final FeedbackLog feedback;
  private final Renderer renderer;
  private final Outbox outbox;
  private final ChatHandler handler;

  Callbacks(BotSettings settings, AnswerStore answers, FeedbackLog feedback, Renderer renderer, Outbox outbox,
      ChatHandler handler) {
    this.handler = handler;
    this.settings = settings;
    this.answers = answers;
    this.feedback = feedback;
    this.renderer = renderer;
    this.outbox = outbox;
  }

  void handle(CallbackQuery q) throws TelegramApiException {
    Optional<CallbackData> data = CallbackData.parse(q.getData());
    if (data.isEmpty()) {
      outbox.toast(q, BotTexts.CALLBACK_FORGED);
      return;
    }
    MaybeInaccessibleMessage origin = q.getMessage();
    long chatId = origin == null ? q.getFrom().getId() : origin.getChatId();
    if (!settings.allows(chatId, q.getFrom().getId())) {
      outbox.toast(q, BotTexts.NOT_ALLOWED);
      return;
    }
    Optional<Command> command = data.get().command();
    if (command.isPresent()) {
      browse(q, origin, chatId, command.get());
      return;
    }
    Optional<AnswerStore.Entry> entry = answers.get(data.get().answerKey());
    if (entry.isEmpty()) {
      outbox.toast(q, BotTexts.CALLBACK_EXPIRED);
      return;
    }
    switch (data.get().action()) {
      case SOURCE -> source(q, origin, entry.get().answer(), data.get().n());
      case UP, DOWN -> vote(q, chatId, entry.get(), data.get());
    }
  }

  private void source(CallbackQuery q, MaybeInaccessibleMessage origin, Answer a, int n) throws TelegramApiException {
    Optional<Citation> c = a.citations().stream().filter(x -> x.n() == n).findFirst();
    if (c.isEmpty()) {
      outbox.toast(q, BotTexts.CALLBACK_NO_SOURCE);
      return;
    }
    if (origin == null || origin.getDate() == null || origin.getDate() == 0) {
      // the answer message is too old to reply to: show the supporting sentence in an alert
      outbox.alert(q, "[" + c.get().n() + "] “" + c.get().quote() + "”");
      return;
    }
    outbox.toast(q, "来源 [" + c.get().n() + "]");
    outbox.sendParts(origin.getChatId(), Outbox.isGroup(origin.getChat()), origin.getMessageId(),
        renderer.render(Reply.source(c.get())), null);
  }

  /**
   * A page turned (the message pressed on shows the new page) or an article opened (sent in reply
   * to it); a day the archive no longer holds, after a reindex, is said in an alert.
   */
  private void browse(CallbackQuery q, MaybeInaccessibleMessage origin, long chatId, Command command)
      throws TelegramApiException {
    boolean group = origin != null && Outbox.isGroup(origin.getChat());
    String conversation = group ? chatId + ":" + q.getFrom().getId() : String.valueOf(chatId);
    Reply reply = handler.handle(conversation, command);
    if (reply.kind() == Reply.Kind.MESSAGE) {
      outbox.alert(q, reply.text());
      return;
    }
    boolean live = origin != null && origin.getDate() != null && origin.getDate() != 0;
    String html = renderer.render(reply);
    if (reply.kind() == Reply.Kind.ISSUE && live) {
      outbox.toast(q, Labels.pageName(reply.issue(), reply.page()));
      outbox.edit(chatId, group, origin.getMessageId(), html, Renderer.keyboard(reply));
      return;
    }
    outbox.toast(q, Html.shorten(reply.title(), 60));
    outbox.sendParts(chatId, group, live ? origin.getMessageId() : null, html, Renderer.keyboard(reply));
  }

  private void vote(CallbackQuery q, long chatId, AnswerStore.Entry entry, CallbackData data)
      throws TelegramApiException {
    Answer a = entry.answer();
    try {
      feedback.record(chatId, q.getFrom().getId(), data.answerKey(), data.action() == CallbackData.Action.UP,
          entry.question(), a.grounded(), a.citations().stream().map(c -> c.passage().id()).toList());
      outbox.toast(q, BotTexts.VOTE_THANKS);
    } catch (IOException e) {
      LOG.error("feedback not saved: {}", e.toString());
      outbox.toast(q, BotTexts.VOTE_FAILED);
    }
  }
}
