package org.baoku.telegram;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.baoku.retrieve.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * {@code /stats} and {@code /reindex}, for the user ids in {@code BAOKU_ADMINS}; anyone else is
 * told so. A rebuild runs on its own thread, one at a time, while the bot keeps answering from
 * the old index, and reports back in the chat that asked for it.
 */
final class AdminCommands {

  private static final Logger LOG = LoggerFactory.getLogger(AdminCommands.class);

  private final BotSettings settings;
  private final Outbox outbox;
  private final BotStats stats;
  private final FeedbackLog feedback;
  private final Reindexer reindexer;
  private final TelegramApi api;
  private final ExecutorService reindexing = Executors.newSingleThreadExecutor(UpdateRouter.daemon("baoku-reindex"));
  private final AtomicBoolean reindexRunning = new AtomicBoolean();

  AdminCommands(BotSettings settings, Outbox outbox, BotStats stats, FeedbackLog feedback, Reindexer reindexer,
      TelegramApi api) {
    this.settings = settings;
    this.outbox = outbox;
    this.stats = stats;
    this.feedback = feedback;
    this.reindexer = reindexer;
    this.api = api;
  }

  void stats(Message m, long userId) throws TelegramApiException {
    if (!settings.isAdmin(userId)) {
      outbox.say(m, BotTexts.ADMINS_ONLY);
      return;
    }
    outbox.sayHtml(m, BotTexts.stats(stats.snapshot(), feedback.ups(), feedback.downs()), null);
  }

  void reindex(Message m, long userId) throws TelegramApiException {
    if (!settings.isAdmin(userId)) {
      outbox.say(m, BotTexts.ADMINS_ONLY);
      return;
    }
    if (!reindexRunning.compareAndSet(false, true)) {
      outbox.say(m, BotTexts.REINDEX_BUSY);
      return;
    }
    outbox.say(m, BotTexts.REINDEX_STARTED);
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
        outbox.sayHtml(m, result, null);
      } catch (TelegramApiException e) {
        LOG.warn("could not report reindex result: {}", api.mask(e.getMessage()));
      }
    });
  }

  /** Lets a rebuild in progress finish; takes no new one. */
  void close() {
    reindexing.shutdown();
  }
}
