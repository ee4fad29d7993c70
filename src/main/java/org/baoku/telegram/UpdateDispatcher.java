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
 * claimed in the {@link UpdateLedger} first and marked done once handled, whatever happened, so
 * no update stays in flight: an update the bot cannot use is logged once (kind and id) and marked
 * done at once. Every Bot API call has a deadline, so handling always ends. Only an update cut
 * short by {@link #shutdown} is left unrecorded, for Telegram to deliver again after a restart.
 */
final class UpdateDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final UpdateRouter router;
  private final UpdateLedger ledger;
  private final ExecutorService pool;
  private final Map<Long, CompletableFuture<Void>> tails = new HashMap<>();

  UpdateDispatcher(UpdateRouter router, UpdateLedger ledger, int threads) {
    this.router = router;
    this.ledger = ledger;
    this.pool = Executors.newFixedThreadPool(threads, UpdateRouter.daemon("baoku-update"));
  }

  /**
   * Queues the update behind earlier ones of its chat. Empty when it was already handled, is in
   * flight or has no id to record it by; else a future that completes when it is handled.
   */
  synchronized Optional<CompletableFuture<Void>> submit(Incoming in) {
    if (in.id().isEmpty()) {
      LOG.warn(in.skipped());
      return Optional.empty();
    }
    int id = in.id().get();
    if (!ledger.begin(id)) {
      return Optional.empty();
    }
    if (in.update().isEmpty()) {
      LOG.warn(in.skipped());
      ledger.finish(id);
      return Optional.of(CompletableFuture.completedFuture(null));
    }
    Update u = in.update().get();
    long key = UpdateRouter.orderingKey(u);
    CompletableFuture<Void> previous = tails.getOrDefault(key, CompletableFuture.completedFuture(null));
    CompletableFuture<Void> next = previous.thenRunAsync(() -> {
      try {
        router.handle(u);
      } finally {
        if (!Thread.currentThread().isInterrupted()) {
          ledger.finish(id);
        }
      }
    }, pool);
    tails.put(key, next);
    next.whenComplete((v, e) -> forget(key, next));
    return Optional.of(next);
  }

  private synchronized void forget(long key, CompletableFuture<Void> done) {
    tails.remove(key, done);
  }

  /**
   * Takes no more updates and gives those in flight {@code seconds} to finish; then interrupts
   * them (their Bot API calls and retries end at once) and leaves them unrecorded.
   *
   * @return true when every update finished in time
   */
  boolean shutdown(long seconds) throws InterruptedException {
    pool.shutdown();
    if (pool.awaitTermination(seconds, TimeUnit.SECONDS)) {
      return true;
    }
    pool.shutdownNow();
    pool.awaitTermination(1, TimeUnit.SECONDS);
    return false;
  }
}
