package org.baoku.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Our client for the few Bot API methods the bot uses: a JSON POST to
 * {@code <base>/bot<token>/<method>} on the JDK's HTTP client. Why not telegrambots' OkHttp
 * client: in 9.5.0 an error while reading a response body (a connection reset mid-body) escapes
 * its callback and leaves the caller waiting forever (rubenlagus/TelegramBots#1595, fixed only in
 * 10.2.0, whose API differs), and it parses a whole getUpdates batch at once, so one malformed
 * update fails every update with it. Here every call has a deadline that covers the whole
 * exchange, body included, and getUpdates hands back each update's JSON for the caller to read
 * one by one. The method objects and result types are still telegrambots-meta's.
 *
 * <p>{@link #call} retries what {@link BotApiException#retriable()} says is transient: a 429 is
 * waited out for its {@code retry_after}, anything else with a doubling backoff, until
 * {@link #RETRY_BUDGET} has passed. The token lives only in the base URL, which no message holds;
 * {@link #mask} guards anything else that may reach a log.
 */
final class TelegramApi {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramApi.class);

  /**
   * Deadline of one call, connect to last body byte. Telegram answers sendMessage in well under
   * a second; a stalled connection is given up on after this and retried.
   */
  static final Duration CALL_DEADLINE = Duration.ofSeconds(10);
  /**
   * How long a call keeps retrying. Five attempts over 7.5 s (the old rule) lost every reply of
   * a 20 s 502 outage in the reliability probe; a minute rides out a proxy restart.
   */
  static final Duration RETRY_BUDGET = Duration.ofSeconds(60);
  private static final long FIRST_BACKOFF_MILLIS = 500;
  private static final long MAX_BACKOFF_MILLIS = 8_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final String base;
  private final String token;
  private final Duration deadline;
  private final OutboundThrottle throttle = new OutboundThrottle();

  private TelegramApi(HttpClient http, String base, String token, Duration deadline) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.deadline = deadline;
  }

  /**
   * A client for the Bot API at {@code apiBase} ({@code https://api.telegram.org} or a local Bot
   * API server).
   *
   * @param deadline the deadline of one call other than getUpdates
   */
  static TelegramApi connect(String token, String apiBase, Duration deadline) {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(deadline)
        .build();
    return new TelegramApi(http, apiBase + "/bot" + token + "/", token, deadline);
  }

  /** Calls a method, retrying transient failures as described above. */
  <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiException {
    return retrying(method.getMethod(), () -> once(method));
  }

  /** Calls a method once: for what is worth nothing late (the "typing…" indicator). */
  <T extends Serializable> T once(BotApiMethod<T> method) throws BotApiException {
    String reply = post(method);
    try {
      return method.deserializeResponse(reply);
    } catch (TelegramApiException e) {
      throw BotApiException.transientFault(method.getMethod() + ": unreadable result (" + e.getMessage() + ")");
    }
  }

  /**
   * Sends a message to {@code chatId} within the outgoing rate limits, retrying as {@link #call}.
   * The sent message is not read back: the bot has no use for it, and returning as soon as
   * Telegram says ok narrows the moment in which a killed process has sent a reply but not yet
   * recorded it (which would repeat the reply after a restart).
   */
  void send(long chatId, boolean group, BotApiMethod<?> method) throws BotApiException {
    try {
      throttle.acquire(chatId, group);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BotApiException.interrupted(method.getMethod());
    }
    retrying(method.getMethod(), () -> post(method));
  }

  /** One attempt: the method as JSON, the body of Telegram's ok answer back. */
  private String post(BotApiMethod<?> method) throws BotApiException {
    byte[] body;
    try {
      method.validate();
      body = JSON.writeValueAsBytes(method);
    } catch (TelegramApiException | JsonProcessingException e) {
      throw new BotApiException(method.getMethod() + ": " + e.getMessage(), 0, null, false);
    }
    return exchange(method.getMethod(), body, deadline);
  }

  /**
   * One getUpdates call, not retried (the poller paces its own retries), with the call deadline
   * on top of the wait it asks Telegram for, returning each update's
   * JSON as it came, so that one the bot cannot read does not take the others with it.
   *
   * @param offset the first update_id wanted, or null for Telegram's oldest unconfirmed update
   */
  List<JsonNode> getUpdates(Integer offset, int waitSeconds, List<String> allowed) throws BotApiException {
    ObjectNode params = JSON.createObjectNode();
    if (offset != null) {
      params.put("offset", offset);
    }
    params.put("timeout", waitSeconds);
    allowed.forEach(params.putArray("allowed_updates")::add);
    String reply = exchange("getUpdates", params.toString().getBytes(StandardCharsets.UTF_8),
        Duration.ofSeconds(waitSeconds).plus(deadline));
    JsonNode result = readTree(reply).path("result");
    if (!result.isArray()) {
      throw BotApiException.transientFault("getUpdates: the result is not a list of updates");
    }
    List<JsonNode> updates = new ArrayList<>(result.size());
    result.forEach(updates::add);
    return updates;
  }

  /**
   * Registers a webhook with its secret token. A plain JSON call: telegrambots sends setWebhook as
   * a multipart upload, which only a self-signed certificate needs.
   */
  void setWebhook(String url, String secret, List<String> allowed) throws BotApiException {
    ObjectNode params = JSON.createObjectNode();
    params.put("url", url).put("secret_token", secret);
    allowed.forEach(params.putArray("allowed_updates")::add);
    byte[] body = params.toString().getBytes(StandardCharsets.UTF_8);
    retrying("setWebhook", () -> exchange("setWebhook", body, deadline));
  }

  /** {@code text} with the bot token replaced, for anything that may reach a log. */
  String mask(String text) {
    return text == null ? "" : text.replace(token, "<token>");
  }

  private interface Attempt<T> {
    T run() throws BotApiException;
  }

  private <T> T retrying(String method, Attempt<T> attempt) throws BotApiException {
    long giveUp = System.nanoTime() + RETRY_BUDGET.toNanos();
    long backoff = FIRST_BACKOFF_MILLIS;
    for (int n = 1; ; n++) {
      try {
        return attempt.run();
      } catch (BotApiException e) {
        if (!e.retriable()) {
          throw e;
        }
        long wait = e.retryAfter() != null ? Math.max(1, e.retryAfter()) * 1000L : backoff;
        if (System.nanoTime() + wait * 1_000_000 > giveUp) {
          LOG.warn("{} failed ({}); given up after {} attempts", method, mask(e.getMessage()), n);
          throw e;
        }
        LOG.warn("{} failed ({}), retry {} in {} ms", method, mask(e.getMessage()), n, wait);
        sleep(method, wait);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
      }
    }
  }

  /**
   * One HTTP exchange with a deadline over all of it; returns the body of an {@code ok} answer.
   * The deadline is enforced here, not left to the client's timeouts, which stop at the headers.
   */
  private String exchange(String method, byte[] body, Duration limit) throws BotApiException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + method))
        .timeout(limit)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> response;
    try {
      response = pending.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw BotApiException.interrupted(method);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw BotApiException.transientFault(method + ": no complete answer within " + limit.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw BotApiException.transientFault(method + ": " + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
    }
    return checked(method, response.statusCode(), response.body());
  }

  /** The body of a successful answer, or the failure it states, classified. */
  private static String checked(String method, int status, byte[] body) throws BotApiException {
    String text = new String(body, StandardCharsets.UTF_8);
    JsonNode reply = readTree(text);
    if (!reply.path("ok").isBoolean()) {
      // nginx's 502 page, an empty 200, a cut body: not the Bot API speaking
      boolean retriable = status == 200 || status == 429 || status >= 500;
      throw new BotApiException(method + ": HTTP " + status + " without a Bot API answer", status, null, retriable);
    }
    if (reply.path("ok").asBoolean()) {
      return text;
    }
    int code = reply.path("error_code").canConvertToInt() ? reply.path("error_code").asInt() : status;
    JsonNode after = reply.path("parameters").path("retry_after");
    Integer retryAfter = after.canConvertToInt() ? after.asInt() : null;
    boolean retriable = code == 429 || code >= 500 || status >= 500;
    throw new BotApiException(method + ": " + code + " " + reply.path("description").asText(""),
        code, retryAfter, retriable);
  }

  private static JsonNode readTree(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node == null ? JSON.missingNode() : node;
    } catch (IOException e) {
      return JSON.missingNode();
    }
  }

  private static void sleep(String method, long millis) throws BotApiException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BotApiException.interrupted(method);
    }
  }
}
