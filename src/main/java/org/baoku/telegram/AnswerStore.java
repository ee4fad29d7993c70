package org.baoku.telegram;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.baoku.answer.Answer;

/**
 * Recent answers, so a button press can find the passage behind {@code [n]} without putting it in
 * the 64-byte callback data. Bounded: the oldest answers are forgotten and their buttons then get
 * a polite "expired" reply. Keys are random, so a button from before a restart never opens a
 * different answer's source.
 */
final class AnswerStore {

  static final int KEY_LENGTH = 8;

  /** One stored answer and whom it was for. */
  record Entry(String question, Answer answer, long chatId, long userId) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Entry> entries;

  AnswerStore(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > capacity;
      }
    };
  }

  /** Stores the answer and returns its key ({@value #KEY_LENGTH} URL-safe characters). */
  synchronized String put(Entry entry) {
    String key;
    do {
      byte[] bytes = new byte[6];
      random.nextBytes(bytes);
      key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } while (entries.containsKey(key));
    entries.put(key, entry);
    return key;
  }

  synchronized Optional<Entry> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }
}
