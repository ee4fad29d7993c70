package org.baoku.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API server on loopback for tests: real HTTP, requests and responses shaped as the official
 * Bot API documents them ({@code {"ok":true,"result":...}}). It records every call, serves queued
 * updates through long-polled getUpdates (offset semantics included), validates HTML messages as
 * Telegram does (balanced known tags, valid entities, at most 4,096 characters of text) and can be
 * told to fail the next calls of a method with a 429 or a 5xx.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123:abc";
  static final long BOT_ID = 999;
  static final String BOT_NAME = "baoku_test_bot";
  static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded request. */
  record Call(String method, JsonNode params) {
    String text() {
      return params.path("text").asText();
    }

    long chatId() {
      return params.path("chat_id").asLong();
    }
  }

  private record Failure(int status, Integer retryAfter) {}

  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");
  private static final java.util.Set<String> TAGS = java.util.Set.of(
      "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span", "tg-spoiler", "blockquote");

  private final HttpServer server;
  private final List<Call> calls = new ArrayList<>();
  private final List<String> badPaths = new ArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();
  private int nextMessageId = 1000;
  private int nextUpdateId = 500;

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.createContext("/", this::exchange);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // ---- scripting ------------------------------------------------------------------------------

  /** Queues an update (its update_id is assigned here) and returns the id. */
  synchronized int push(ObjectNode update) {
    int id = nextUpdateId++;
    update.put("update_id", id);
    updates.add(update);
    notifyAll();
    return id;
  }

  /** Fails the next call of {@code method}: an HTTP status, or 0 to drop the connection unanswered. */
  synchronized void failNext(String method, int status, Integer retryAfter) {
    failures.computeIfAbsent(method, k -> new ArrayDeque<>()).add(new Failure(status, retryAfter));
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method.equals(method)).toList();
  }

  synchronized List<String> badPaths() {
    return List.copyOf(badPaths);
  }

  /** Forgets recorded calls and undelivered updates, so tests do not see each other's traffic. */
  synchronized void clear() {
    calls.clear();
    updates.clear();
    failures.clear();
  }

  /** Waits (event-driven, generous timeout) until {@code count} calls of {@code method} match. */
  synchronized List<Call> await(String method, Predicate<Call> match, int count) throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (true) {
      List<Call> found = calls.stream().filter(c -> c.method.equals(method) && match.test(c)).toList();
      if (found.size() >= count) {
        return found;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no " + count + " matching " + method + " calls; calls were: " + calls);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  Call awaitOne(String method, Predicate<Call> match) throws InterruptedException {
    return await(method, match, 1).get(0);
  }

  // ---- update builders ------------------------------------------------------------------------

  static ObjectNode user(long id) {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", id).put("is_bot", false).put("first_name", "读者" + id);
    return u;
  }

  static ObjectNode chat(long id, String type) {
    ObjectNode c = JSON.createObjectNode();
    c.put("id", id).put("type", type);
    if (!type.equals("private")) {
      c.put("title", "测试群");
    }
    return c;
  }

  static ObjectNode message(long chatId, String chatType, long userId, String text) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", (int) (Math.abs(chatId) % 1000) + 1);
    m.put("date", 1_700_000_000);
    m.set("chat", chat(chatId, chatType));
    m.set("from", user(userId));
    if (text != null) {
      m.put("text", text);
    }
    return m;
  }

  static ObjectNode update(String kind, ObjectNode payload) {
    ObjectNode u = JSON.createObjectNode();
    u.set(kind, payload);
    return u;
  }

  static ObjectNode privateText(long userId, String text) {
    return update("message", message(userId, "private", userId, text));
  }

  static ObjectNode groupText(long chatId, long userId, String text) {
    return update("message", message(chatId, "supergroup", userId, text));
  }

  static ObjectNode callback(long chatId, String chatType, long userId, int messageId, String data) {
    ObjectNode m = message(chatId, chatType, BOT_ID, "答案");
    m.put("message_id", messageId);
    ObjectNode bot = user(BOT_ID);
    bot.put("is_bot", true).put("username", BOT_NAME);
    m.set("from", bot);
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "cb" + System.nanoTime());
    q.set("from", user(userId));
    q.set("message", m);
    q.put("chat_instance", "ci1");
    q.put("data", data);
    return update("callback_query", q);
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      Matcher m = PATH.matcher(ex.getRequestURI().getPath());
      if (!m.matches() || !m.group(1).equals(TOKEN)) {
        synchronized (this) {
          badPaths.add(ex.getRequestURI().getPath());
        }
        respond(ex, 404, error(404, "Not Found", null));
        return;
      }
      String method = canonical(m.group(2));
      JsonNode params = params(ex);
      Failure failure;
      synchronized (this) {
        calls.add(new Call(method, params));
        notifyAll();
        Deque<Failure> q = failures.get(method);
        failure = q == null ? null : q.poll();
      }
      if (failure != null && failure.status == 0) {
        ex.getResponseBody().close();
        throw new IOException("dropped connection (scripted network failure)");
      }
      if (failure != null) {
        respond(ex, failure.status, error(failure.status,
            failure.status == 429 ? "Too Many Requests: retry after " + failure.retryAfter : "Internal Server Error",
            failure.retryAfter));
        return;
      }
      JsonNode result = method.equals("getUpdates") ? getUpdates(params) : result(method, params);
      if (result == null) {
        return;
      }
      if (result.has("error_code")) {
        respond(ex, result.get("error_code").asInt(), (ObjectNode) result);
        return;
      }
      ObjectNode ok = JSON.createObjectNode();
      ok.put("ok", true);
      ok.set("result", result);
      respond(ex, 200, ok);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Bot API method names are case-insensitive; telegrambots sends some in lower case. */
  private static String canonical(String method) {
    for (String known : List.of("getMe", "getUpdates", "sendMessage", "sendChatAction", "answerCallbackQuery",
        "editMessageText", "answerInlineQuery", "setMyCommands", "deleteWebhook", "setWebhook")) {
      if (known.equalsIgnoreCase(method)) {
        return known;
      }
    }
    return method;
  }

  private JsonNode getUpdates(JsonNode params) throws InterruptedException {
    long offset = params.path("offset").asLong(0);
    long waitMillis = Math.min(params.path("timeout").asLong(0), 2) * 1000;
    long deadline = System.currentTimeMillis() + waitMillis;
    synchronized (this) {
      if (offset > 0) {
        updates.removeIf(u -> u.get("update_id").asLong() < offset);
      }
      while (updates.isEmpty() && System.currentTimeMillis() < deadline) {
        wait(Math.max(1, deadline - System.currentTimeMillis()));
      }
      ArrayNode out = JSON.createArrayNode();
      updates.stream().limit(100).forEach(out::add);
      return out;
    }
  }

  private synchronized JsonNode result(String method, JsonNode p) {
    switch (method) {
      case "getMe" -> {
        ObjectNode me = user(BOT_ID);
        me.put("is_bot", true).put("first_name", "报库").put("username", BOT_NAME);
        return me;
      }
      case "sendMessage", "editMessageText" -> {
        String problem = checkText(p);
        if (problem != null) {
          return error(400, "Bad Request: " + problem, null);
        }
        ObjectNode msg = JSON.createObjectNode();
        msg.put("message_id", method.equals("editMessageText") ? p.path("message_id").asInt() : nextMessageId++);
        msg.put("date", 1_700_000_001);
        msg.set("chat", chat(p.path("chat_id").asLong(), p.path("chat_id").asLong() < 0 ? "supergroup" : "private"));
        ObjectNode bot = user(BOT_ID);
        bot.put("is_bot", true).put("username", BOT_NAME);
        msg.set("from", bot);
        msg.put("text", parsedText(p.path("text").asText()));
        return msg;
      }
      default -> {
        return JSON.getNodeFactory().booleanNode(true);
      }
    }
  }

  /** What Telegram checks before accepting a message; null when it is fine. */
  static String checkText(JsonNode p) {
    String text = p.path("text").asText();
    if (text.isEmpty()) {
      return "message text is empty";
    }
    if (!"HTML".equalsIgnoreCase(p.path("parse_mode").asText())) {
      return text.length() > 4096 ? "message is too long" : null;
    }
    String problem = checkHtml(text);
    if (problem != null) {
      return "can't parse entities: " + problem;
    }
    return parsedText(text).length() > 4096 ? "message is too long" : null;
  }

  static String checkHtml(String html) {
    Deque<String> open = new ArrayDeque<>();
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher t = TAG.matcher(html).region(i, html.length());
        if (!t.lookingAt() || !TAGS.contains(t.group(2).toLowerCase())) {
          return "unsupported start tag at byte offset " + i;
        }
        if (t.group(1).isEmpty()) {
          open.push(t.group(2).toLowerCase());
        } else if (open.isEmpty() || !open.pop().equals(t.group(2).toLowerCase())) {
          return "unmatched end tag at byte offset " + i;
        }
        i = t.end() - 1;
      } else if (c == '&') {
        int semi = html.indexOf(';', i);
        String entity = semi < 0 ? "" : html.substring(i + 1, semi);
        if (!entity.matches("lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}")) {
          return "unsupported entity at byte offset " + i;
        }
        i = semi;
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= html.length() || !Character.isLowSurrogate(html.charAt(i + 1))) {
          return "broken surrogate pair at " + i;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return "broken surrogate pair at " + i;
      }
    }
    return open.isEmpty() ? null : "unclosed tag " + open.peek();
  }

  /** The text a reader sees: tags removed, entities decoded. */
  static String parsedText(String html) {
    return html.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  private static JsonNode params(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
    String s = new String(body, StandardCharsets.UTF_8);
    if (type.startsWith("multipart/form-data")) {
      return multipart(s, type.substring(type.indexOf("boundary=") + 9));
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      ObjectNode o = JSON.createObjectNode();
      for (String kv : s.split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          o.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      return o;
    }
    return s.isBlank() ? JSON.createObjectNode() : JSON.readTree(s);
  }

  private static JsonNode multipart(String body, String boundary) {
    ObjectNode o = JSON.createObjectNode();
    for (String part : body.split("--" + Pattern.quote(boundary.replace("\"", "")))) {
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(part);
      int sep = part.indexOf("\r\n\r\n");
      if (name.find() && sep > 0) {
        o.put(name.group(1), part.substring(sep + 4).replaceAll("\r\n$", ""));
      }
    }
    return o;
  }

  private static ObjectNode error(int code, String description, Integer retryAfter) {
    ObjectNode e = JSON.createObjectNode();
    e.put("ok", false).put("error_code", code).put("description", description);
    if (retryAfter != null) {
      e.putObject("parameters").put("retry_after", retryAfter);
    }
    return e;
  }

  private static void respond(HttpExchange ex, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    ex.getResponseBody().write(bytes);
  }
}
