package org.baoku.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A Bot API call that did not succeed, classified once where the answer is read so that every
 * caller retries the same things: a network fault, a missed deadline, a 5xx (whatever its body),
 * a 429 or a 200 whose body is not the Bot API's JSON are {@link #retriable()}; any other error
 * Telegram states (400 bad request, 403 blocked by the user) is not. The message never holds the
 * token: URLs are not put in it.
 */
final class BotApiException extends TelegramApiException {

  private final int code;
  private final Integer retryAfter;
  private final boolean retriable;

  /**
   * @param code the Bot API's {@code error_code}, else the HTTP status, 0 when no answer came
   * @param retryAfter seconds Telegram asked to wait ({@code parameters.retry_after}), or null
   */
  BotApiException(String message, int code, Integer retryAfter, boolean retriable) {
    super(message);
    this.code = code;
    this.retryAfter = retryAfter;
    this.retriable = retriable;
    setStackTrace(new StackTraceElement[0]);
  }

  static BotApiException transientFault(String message) {
    return new BotApiException(message, 0, null, true);
  }

  static BotApiException interrupted(String method) {
    return new BotApiException(method + ": interrupted", 0, null, false);
  }

  int code() {
    return code;
  }

  Integer retryAfter() {
    return retryAfter;
  }

  boolean retriable() {
    return retriable;
  }

  /** A reader who blocked the bot or left the group: nothing to fix on our side. */
  boolean readerGone() {
    return code == 403;
  }
}
