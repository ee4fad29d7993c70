package org.baoku.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-user limit on questions: at most {@code perMinute} in any sliding minute. Keeps one small
 * queue of timestamps per recent user; users idle for a minute are forgotten.
 */
final class RateLimiter {

  private static final long WINDOW_NANOS = 60_000_000_000L;

  private final int perMinute;
  private final Map<Long, Deque<Long>> recent = new HashMap<>();

  RateLimiter(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("rate limit must be at least 1 a minute: " + perMinute);
    }
    this.perMinute = perMinute;
  }

  /**
   * Takes one question from the user's allowance.
   *
   * @return 0 when allowed, else the whole seconds until the next question is allowed
   */
  synchronized long acquire(long userId) {
    long now = System.nanoTime();
    if (recent.size() > 10_000) {
      recent.values().removeIf(q -> now - q.peekLast() > WINDOW_NANOS);
    }
    Deque<Long> times = recent.computeIfAbsent(userId, k -> new ArrayDeque<>());
    while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
      times.pollFirst();
    }
    if (times.size() >= perMinute) {
      return Math.max(1, (WINDOW_NANOS - (now - times.peekFirst())) / 1_000_000_000L + 1);
    }
    times.addLast(now);
    return 0;
  }
}
