package org.baoku.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Bot API calls that survive a busy or flaky server: a 429 is waited out for the
 * {@code retry_after} seconds Telegram asks for, then retried; a 5xx, an unreadable response or a
 * network error is retried with exponential backoff; other errors (400, 403: a bug or a blocked
 * bot) fail at once. Messages also pass the {@link OutboundThrottle}. The token lives only inside
 * the OkHttp client, which has no logging interceptor, and every message logged here is masked.
 */
final class TelegramApi {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramApi.class);

  /** Attempts per call: with the backoff below a dead server is given up on after about 8 s. */
  static final int MAX_ATTEMPTS = 5;

  private static final long FIRST_BACKOFF_MILLIS = 500;
  /** Telegram's retry_after is normally seconds; a longer ask is honoured up to this. */
  private static final int MAX_RETRY_AFTER_SECONDS = 300;

  private final TelegramClient client;
  private final OutboundThrottle throttle;
  private final String token;

  TelegramApi(TelegramClient client, OutboundThrottle throttle, String token) {
    this.client = client;
    this.throttle = throttle;
    this.token = token;
  }

  /**
   * A client for {@code baseUrl}; its read timeout outlasts the long-poll wait.
   *
   * @param pollSeconds the getUpdates timeout the bot will use
   */
  static TelegramApi connect(String token, TelegramUrl baseUrl, int pollSeconds) {
    OkHttpClient http = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(pollSeconds + 15L))
        .writeTimeout(Duration.ofSeconds(20))
        .build();
    return new TelegramApi(new OkHttpTelegramClient(http, token, baseUrl), new OutboundThrottle(), token);
  }

  /** Calls a method, retrying as described above. */
  <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
    return retrying(method.getMethod(), () -> client.execute(method));
  }

  /** setWebhook is a multipart method in telegrambots, not a {@link BotApiMethod}. */
  Boolean call(SetWebhook method) throws TelegramApiException {
    return retrying(method.getMethod(), () -> client.execute(method));
  }

  private interface ApiCall<T> {
    T run() throws TelegramApiException;
  }

  private <T> T retrying(String method, ApiCall<T> call) throws TelegramApiException {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (code != null && code == 429 && retryAfter != null && attempt < MAX_ATTEMPTS) {
          int seconds = Math.min(Math.max(retryAfter, 1), MAX_RETRY_AFTER_SECONDS);
          LOG.warn("{}: 429 Too Many Requests, retrying after {} s", method, seconds);
          sleep(seconds * 1000L);
        } else if ((code == null || code >= 500 || code == 429) && attempt < MAX_ATTEMPTS) {
          backoff(method, attempt, e);
        } else {
          throw masked(e);
        }
      } catch (TelegramApiException e) {
        if (!(e.getCause() instanceof IOException) || attempt >= MAX_ATTEMPTS) {
          throw masked(e);
        }
        backoff(method, attempt, e);
      }
    }
  }

  /** Sends a message (or edits one) to {@code chatId} within the outgoing rate limits. */
  <T extends Serializable> T send(long chatId, boolean group, BotApiMethod<T> method)
      throws TelegramApiException {
    try {
      throttle.acquire(chatId, group);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException("interrupted while waiting to send");
    }
    return call(method);
  }

  /** {@code text} with the bot token replaced, for anything that may reach a log. */
  String mask(String text) {
    return text == null ? "" : text.replace(token, "<token>");
  }

  private void backoff(String method, int attempt, Exception e) throws TelegramApiException {
    long millis = FIRST_BACKOFF_MILLIS << (attempt - 1);
    LOG.warn("{} failed ({}), retry {} of {} in {} ms", method, mask(e.getMessage()),
        attempt, MAX_ATTEMPTS - 1, millis);
    sleep(millis);
  }

  private static void sleep(long millis) throws TelegramApiException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new TelegramApiException("interrupted while waiting to retry");
    }
  }

  private TelegramApiException masked(TelegramApiException e) {
    TelegramApiException m = new TelegramApiException(mask(e.getMessage()));
    m.setStackTrace(new StackTraceElement[0]);
    return m;
  }
}
