package org.baoku.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Our own getUpdates loop. The library's long-polling session keeps its offset in memory and
 * advances it when updates arrive, not when they are handled; Telegram deletes every update below
 * the offset it is polled with, so a crash would lose the updates still being answered, and a
 * restart would not know where it stopped. Here every poll uses the {@link UpdateLedger}'s
 * watermark + 1: nothing is confirmed to Telegram before it is handled, and updates fetched again
 * while still in flight are recognised by the ledger and not handled twice.
 */
final class LongPoller {

  private static final Logger LOG = LoggerFactory.getLogger(LongPoller.class);

  /** Seconds Telegram holds a getUpdates open when there is nothing to deliver. */
  static final int POLL_SECONDS = 25;
  private static final long MAX_PAUSE_MILLIS = 30_000;
  private static final long IN_FLIGHT_PAUSE_MILLIS = 200;

  private final TelegramApi api;
  private final UpdateDispatcher dispatcher;
  private final int pollSeconds;
  private volatile boolean running = true;
  private volatile Thread thread;
  private final UpdateLedger ledger;

  LongPoller(TelegramApi api, UpdateDispatcher dispatcher, UpdateLedger ledger, int pollSeconds) {
    this.api = api;
    this.dispatcher = dispatcher;
    this.pollSeconds = pollSeconds;
    this.ledger = ledger;
  }

  /** Polls until {@link #stop}; a failing server is retried with a growing pause. */
  void run() throws TelegramApiException {
    thread = Thread.currentThread();
    api.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
    long pause = 1000;
    while (running) {
      try {
        List<Update> updates = api.call(GetUpdates.builder().offset(ledger.resumeOffset()).timeout(pollSeconds)
            .allowedUpdates(List.of("message", "edited_message", "callback_query", "inline_query",
                "channel_post", "my_chat_member"))
            .build());
        pause = 1000;
        boolean fresh = false;
        for (Update u : updates) {
          if (!running) {
            break;
          }
          fresh |= dispatcher.submit(u).isPresent();
        }
        if (!fresh && !updates.isEmpty()) {
          // only updates still in flight came back: Telegram answers at once while they are
          // unconfirmed, so wait a moment instead of spinning
          Thread.sleep(IN_FLIGHT_PAUSE_MILLIS);
        }
      } catch (InterruptedException e) {
        break;
      } catch (TelegramApiException | RuntimeException e) {
        if (!running) {
          break;
        }
        LOG.warn("getUpdates failed ({}); retrying in {} s", api.mask(e.getMessage()), pause / 1000);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          break;
        }
        pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
      }
    }
  }

  /** Ends the loop: an in-progress poll is abandoned; its updates are fetched again next time. */
  void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }
}
