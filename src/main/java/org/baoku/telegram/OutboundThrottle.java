package org.baoku.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps outgoing messages within Telegram's documented broadcast limits, so the bot is not
 * answered with 429s in the first place: about one message a second in a chat, 20 a minute in a
 * group, 30 a second overall. {@link #acquire} reserves the next free slot and sleeps until it.
 */
final class OutboundThrottle {

  private static final long SECOND = 1_000_000_000L;
  private static final long MINUTE = 60 * SECOND;
  private static final int GROUP_PER_MINUTE = 20;
  private static final int GLOBAL_PER_SECOND = 30;

  private final Map<Long, Long> nextInChat = new HashMap<>();
  private final Map<Long, Deque<Long>> groupSends = new HashMap<>();
  private final Deque<Long> globalSends = new ArrayDeque<>();

  /** Blocks until a message may go to {@code chatId}. */
  void acquire(long chatId, boolean group) throws InterruptedException {
    long wait = reserve(chatId, group);
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  private synchronized long reserve(long chatId, boolean group) {
    long now = System.nanoTime();
    if (nextInChat.size() > 10_000) {
      nextInChat.values().removeIf(t -> t < now);
      groupSends.values().removeIf(q -> now - q.peekLast() > MINUTE);
    }
    long at = Math.max(now, nextInChat.getOrDefault(chatId, now));
    Deque<Long> inGroup = group ? groupSends.computeIfAbsent(chatId, k -> new ArrayDeque<>()) : null;
    if (inGroup != null) {
      at = Math.max(at, slot(inGroup, GROUP_PER_MINUTE, MINUTE, at));
    }
    at = Math.max(at, slot(globalSends, GLOBAL_PER_SECOND, SECOND, at));
    nextInChat.put(chatId, at + SECOND);
    if (inGroup != null) {
      inGroup.addLast(at);
    }
    globalSends.addLast(at);
    return at - now;
  }

  /** Earliest time at or after {@code at} when fewer than {@code max} sends fall in the window. */
  private static long slot(Deque<Long> sends, int max, long window, long at) {
    while (!sends.isEmpty() && at - sends.peekFirst() >= window) {
      sends.pollFirst();
    }
    if (sends.size() < max) {
      return at;
    }
    return sends.toArray(new Long[0])[sends.size() - max] + window;
  }
}
