package org.baoku.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Runs updates on a small pool, in order within a chat (a follow-up must see the answer before
 * it) and concurrently across chats (one slow answer does not hold up everyone). Every update is
 * claimed in the {@link UpdateLedger} first and marked done after it is handled, which is what
 * makes restarts and webhook redeliveries exactly-once.
 */
final class UpdateDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final BaokuBot bot;
  private final UpdateLedger ledger;
  private final ExecutorService pool;
  private final Map<Long, CompletableFuture<Void>> tails = new HashMap<>();

  UpdateDispatcher(BaokuBot bot, UpdateLedger ledger, int threads) {
    this.bot = bot;
    this.ledger = ledger;
    this.pool = Executors.newFixedThreadPool(threads, BaokuBot.daemon("baoku-update"));
  }

  /**
   * Queues the update behind earlier ones of its chat. Empty when the update was already handled
   * or is in flight; else a future that completes when it is handled.
   */
  synchronized Optional<CompletableFuture<Void>> submit(Update u) {
    if (u.getUpdateId() == null || !ledger.begin(u.getUpdateId())) {
      return Optional.empty();
    }
    long key = BaokuBot.orderingKey(u);
    CompletableFuture<Void> previous = tails.getOrDefault(key, CompletableFuture.completedFuture(null));
    CompletableFuture<Void> next = previous.thenRunAsync(() -> {
      bot.handle(u);
      ledger.finish(u.getUpdateId());
    }, pool).exceptionally(e -> {
      LOG.error("update {} could not be recorded: {}", u.getUpdateId(), e.toString());
      return null;
    });
    tails.put(key, next);
    next.whenComplete((v, e) -> forget(key, next));
    return Optional.of(next);
  }

  private synchronized void forget(long key, CompletableFuture<Void> done) {
    tails.remove(key, done);
  }

  /** Takes no more updates and waits up to {@code seconds} for those in flight. */
  boolean shutdown(long seconds) throws InterruptedException {
    pool.shutdown();
    return pool.awaitTermination(seconds, TimeUnit.SECONDS);
  }
}
