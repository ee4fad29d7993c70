package org.baoku.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;

/**
 * Our own getUpdates loop. The library's long-polling session confirms updates to Telegram when
 * they arrive, not when they are answered, so a crash would lose the ones still being answered.
 * Here the offset starts as Telegram's own (none: its oldest unconfirmed update) and moves only
 * past updates that are answered: while an update is being answered, polls start at it, and the
 * {@link UpdateLedger} recognises the ones fetched again. Two things keep that from stalling the
 * bot: every call has a deadline, so an answer always ends; and when a whole batch comes back
 * with nothing new (more than a batch of updates above one still being answered), the offset
 * moves past it anyway, which only a crash before it is answered could cost.
 */
final class LongPoller {

  private static final Logger LOG = LoggerFactory.getLogger(LongPoller.class);

  /** Seconds Telegram holds a getUpdates open when there is nothing to deliver. */
  static final int POLL_SECONDS = 25;
  /** The update kinds the bot asks for; also registered with setWebhook. */
  static final List<String> ALLOWED = List.of("message", "edited_message", "callback_query", "inline_query",
      "channel_post", "my_chat_member");
  /** Telegram's getUpdates batch size (its default limit). */
  private static final int BATCH = 100;
  private static final long FIRST_PAUSE_MILLIS = 500;
  /**
   * The longest pause between failed polls: once the Bot API is back, the bot hears it within
   * this (a 25 s outage was recovered in 1 s in the reliability probe; a 30 s cap could take 16).
   */
  private static final long MAX_PAUSE_MILLIS = 4_000;
  /** When only updates still being answered came back: wait for one to finish, at most this. */
  private static final long IN_FLIGHT_WAIT_MILLIS = 500;

  private final TelegramApi api;
  private final UpdateDispatcher dispatcher;
  private final UpdateLedger ledger;
  private final int pollSeconds;
  private volatile boolean running = true;
  private volatile Thread thread;
  /** Updates without an id in the last batch: logged when they first show, not at every poll. */
  private Set<JsonNode> idless = new HashSet<>();

  LongPoller(TelegramApi api, UpdateDispatcher dispatcher, UpdateLedger ledger, int pollSeconds) {
    this.api = api;
    this.dispatcher = dispatcher;
    this.ledger = ledger;
    this.pollSeconds = pollSeconds;
  }

  /** Polls until {@link #stop}; a failing server is retried with a growing pause. */
  void run() throws BotApiException {
    thread = Thread.currentThread();
    api.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
    Integer offset = null;
    long pause = FIRST_PAUSE_MILLIS;
    while (running) {
      List<JsonNode> batch;
      try {
        batch = api.getUpdates(offset, pollSeconds, ALLOWED);
      } catch (BotApiException e) {
        if (!running || Thread.currentThread().isInterrupted()) {
          break;
        }
        long wait = e.retryAfter() != null ? Math.max(1, e.retryAfter()) * 1000L : pause;
        LOG.warn("getUpdates failed ({}); retrying in {} ms", api.mask(e.getMessage()), wait);
        if (!pause(wait)) {
          break;
        }
        pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        continue;
      }
      pause = FIRST_PAUSE_MILLIS;
      Integer next;
      try {
        next = dispatch(batch, offset);
      } catch (RuntimeException e) {
        // a bug must not end the polling: the batch is fetched again after a pause
        LOG.error("updates could not be dispatched: {}", api.mask(String.valueOf(e)));
        next = offset;
      }
      // the offset did not move: an update is still being answered; wait for it, not spin
      if (!batch.isEmpty() && Objects.equals(next, offset) && !pause(-1)) {
        break;
      }
      offset = next;
    }
  }

  /** Hands a batch to the dispatcher and returns the offset of the next poll. */
  private Integer dispatch(List<JsonNode> batch, Integer offset) {
    if (offset != null) {
      ledger.confirmed(offset);
    }
    List<Incoming> incoming = batch.stream().map(Incoming::read).toList();
    incoming.stream().flatMap(i -> i.id().stream()).mapToInt(Integer::intValue).min().ifPresent(ledger::arrived);
    boolean fresh = false;
    Set<JsonNode> idlessNow = new HashSet<>();
    for (int i = 0; i < incoming.size() && running; i++) {
      Incoming in = incoming.get(i);
      if (in.id().isEmpty()) {
        // no id to record it by: say so the first time it shows, not at every poll
        idlessNow.add(batch.get(i));
        if (idless.contains(batch.get(i))) {
          continue;
        }
      }
      fresh |= dispatcher.submit(in).isPresent();
    }
    idless = idlessNow;
    return nextOffset(incoming, offset, fresh);
  }

  /**
   * Where the next poll starts: past the batch, unless an update in it (or before it) is still
   * being answered, then at that update; past it anyway when a full batch brought nothing new.
   */
  private Integer nextOffset(List<Incoming> batch, Integer offset, boolean fresh) {
    OptionalInt max = batch.stream().flatMap(i -> i.id().stream()).mapToInt(Integer::intValue).max();
    if (max.isEmpty()) {
      return offset;
    }
    int past = max.getAsInt() == Integer.MAX_VALUE ? Integer.MAX_VALUE : max.getAsInt() + 1;
    Optional<Integer> waiting = ledger.lowestInFlight();
    if (waiting.isEmpty() || waiting.get() >= past) {
      return past;
    }
    if (!fresh && batch.size() >= BATCH) {
      LOG.warn("update {} is still being answered after a full batch above it; polling past it", waiting.get());
      return past;
    }
    return waiting.get();
  }

  /** Sleeps {@code millis}, or until an update finishes when negative; false when stopped. */
  private boolean pause(long millis) {
    try {
      if (millis < 0) {
        ledger.awaitProgress(IN_FLIGHT_WAIT_MILLIS);
      } else {
        Thread.sleep(millis);
      }
      return running;
    } catch (InterruptedException e) {
      return false;
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
