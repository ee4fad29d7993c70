package org.baoku.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API server on loopback for tests, on a raw socket so it can misbehave the way networks
 * and proxies do: requests and responses shaped as the official Bot API documents them
 * ({@code {"ok":true,"result":...}}), HTTP/1.1 with keep-alive. It records every call, serves
 * queued updates through long-polled getUpdates (offset semantics included: updates below the
 * offset are confirmed and dropped), validates HTML messages as Telegram does (balanced known
 * tags, valid entities, at most 4,096 characters of text), and can be told to answer the next
 * calls of a method with an error ({@link #failNext}) or a {@link Fault}: a connection reset in
 * the middle of the body, half a body, nginx's HTML 502 page, an empty 200 or a stall. Updates
 * can be pushed as any JSON, malformed ones included, and the update numbering restarted.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123:abc";
  static final long BOT_ID = 999;
  static final String BOT_NAME = "baoku_test_bot";
  static final ObjectMapper JSON = new ObjectMapper();

  /** How the next answer to a method goes wrong. */
  enum Fault {
    /** A 200 whose headers promise the whole answer; half the body, then a TCP reset. */
    RESET_MID_BODY,
    /** Half the body, then the connection closed normally. */
    HALF_BODY,
    /** A reverse proxy's page: {@code 502 Bad Gateway} in HTML. */
    HTML_502,
    /** {@code 200 OK} with an empty body. */
    EMPTY_200,
    /** The request is read and never answered; the connection stays open. */
    STALL
  }

  /** One recorded request. */
  record Call(String method, JsonNode params) {
    String text() {
      return params.path("text").asText();
    }

    long chatId() {
      return params.path("chat_id").asLong();
    }
  }

  /** A scripted answer: a Bot API error (status, retry_after), a dropped connection (0) or a fault. */
  private record Failure(int status, Integer retryAfter, Fault fault) {}

  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)([^>]*)>");
  private static final java.util.Set<String> TAGS = java.util.Set.of(
      "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span", "tg-spoiler", "blockquote");
  private static final String NGINX_502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
      + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

  private final ServerSocket listener;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-bot-api");
    t.setDaemon(true);
    return t;
  });
  private final java.util.Set<Socket> open = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final List<Call> calls = new ArrayList<>();
  private final List<String> badPaths = new ArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();
  private int nextMessageId = 1000;
  private int nextUpdateId = 500;

  FakeBotApi() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket s : open) {
      closeQuietly(s);
    }
    connections.shutdownNow();
  }

  // ---- scripting ------------------------------------------------------------------------------

  /** Queues an update (its update_id is assigned here unless it has one) and returns the id. */
  synchronized int push(ObjectNode update) {
    int id = nextUpdateId++;
    if (!update.has("update_id")) {
      update.put("update_id", id);
    }
    updates.add(update);
    notifyAll();
    return id;
  }

  /** The next update gets this id: a fresh Bot API server, or Telegram after a week of silence. */
  synchronized void restartIdsAt(int next) {
    nextUpdateId = next;
  }

  /** Fails the next call of {@code method}: an HTTP status, or 0 to drop the connection unanswered. */
  synchronized void failNext(String method, int status, Integer retryAfter) {
    failures.computeIfAbsent(method, k -> new ArrayDeque<>()).add(new Failure(status, retryAfter, null));
  }

  /** Answers the next call of {@code method} with {@code fault}. */
  synchronized void failNext(String method, Fault fault) {
    failures.computeIfAbsent(method, k -> new ArrayDeque<>()).add(new Failure(0, null, fault));
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

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket s = listener.accept();
        open.add(s);
        connections.execute(() -> serve(s));
      } catch (IOException e) {
        return;
      }
    }
  }

  /** One connection: requests in turn (keep-alive) until the client closes it or a fault does. */
  private void serve(Socket s) {
    try {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (true) {
        Request r = Request.read(in);
        if (r == null || !answer(r, s, out)) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client went away, or the server is closing
    } finally {
      open.remove(s);
      closeQuietly(s);
    }
  }

  /** A parsed HTTP request: method path and body. */
  private record Request(String path, byte[] body) {
    static Request read(InputStream in) throws IOException {
      String line = line(in);
      if (line == null || line.isEmpty()) {
        return null;
      }
      String[] parts = line.split(" ");
      int length = 0;
      for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
        int colon = h.indexOf(':');
        if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
          length = Integer.parseInt(h.substring(colon + 1).trim());
        }
      }
      String target = parts.length > 1 ? parts[1] : "/";
      int query = target.indexOf('?');
      return new Request(query < 0 ? target : target.substring(0, query), in.readNBytes(length));
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder b = new StringBuilder();
      for (int c = in.read(); c != -1; c = in.read()) {
        if (c == '\n') {
          return b.toString().replaceAll("\r$", "");
        }
        b.append((char) c);
      }
      return b.length() == 0 ? null : b.toString();
    }
  }

  /** Answers one request; false when the connection is finished (a fault closed it). */
  private boolean answer(Request r, Socket s, OutputStream out) throws IOException, InterruptedException {
    Matcher m = PATH.matcher(r.path());
    if (!m.matches() || !m.group(1).equals(TOKEN)) {
      synchronized (this) {
        badPaths.add(r.path());
      }
      write(out, 404, "application/json", JSON.writeValueAsBytes(error(404, "Not Found", null)));
      return true;
    }
    String method = canonical(m.group(2));
    String body = new String(r.body(), StandardCharsets.UTF_8);
    JsonNode params = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    Failure failure;
    synchronized (this) {
      calls.add(new Call(method, params));
      notifyAll();
      Deque<Failure> q = failures.get(method);
      failure = q == null ? null : q.poll();
    }
    if (failure != null && failure.fault != null) {
      return misbehave(failure.fault, method, params, s, out);
    }
    if (failure != null && failure.status == 0) {
      return false;
    }
    if (failure != null) {
      write(out, failure.status, "application/json", JSON.writeValueAsBytes(error(failure.status,
          failure.status == 429 ? "Too Many Requests: retry after " + failure.retryAfter : "Internal Server Error",
          failure.retryAfter)));
      return true;
    }
    ObjectNode reply = reply(method, params);
    write(out, reply.path("ok").asBoolean() ? 200 : reply.path("error_code").asInt(), "application/json",
        JSON.writeValueAsBytes(reply));
    return true;
  }

  private ObjectNode reply(String method, JsonNode params) throws InterruptedException {
    JsonNode result = method.equals("getUpdates") ? getUpdates(params) : result(method, params);
    if (result.has("error_code")) {
      return (ObjectNode) result;
    }
    ObjectNode ok = JSON.createObjectNode();
    ok.put("ok", true);
    ok.set("result", result);
    return ok;
  }

  private boolean misbehave(Fault fault, String method, JsonNode params, Socket s, OutputStream out)
      throws IOException, InterruptedException {
    switch (fault) {
      case HTML_502 -> {
        write(out, 502, "text/html", NGINX_502.getBytes(StandardCharsets.UTF_8));
        return true;
      }
      case EMPTY_200 -> {
        write(out, 200, "application/json", new byte[0]);
        return true;
      }
      case STALL -> {
        // longer than any deadline of the bot's; then the connection is dropped
        long until = System.nanoTime() + 60_000_000_000L;
        synchronized (this) {
          while (!listener.isClosed() && System.nanoTime() < until) {
            wait(1000);
          }
        }
        return false;
      }
      default -> {
        byte[] whole = JSON.writeValueAsBytes(reply(method, params));
        out.write(head(200, "application/json", whole.length));
        out.write(whole, 0, whole.length / 2);
        out.flush();
        if (fault == Fault.RESET_MID_BODY) {
          s.setSoLinger(true, 0);
        }
        s.close();
        return false;
      }
    }
  }

  private static byte[] head(int status, String type, int length) {
    return ("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Error") + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static void write(OutputStream out, int status, String type, byte[] body) throws IOException {
    out.write(head(status, type, body.length));
    out.write(body);
    out.flush();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
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

  private static ObjectNode error(int code, String description, Integer retryAfter) {
    ObjectNode e = JSON.createObjectNode();
    e.put("ok", false).put("error_code", code).put("description", description);
    if (retryAfter != null) {
      e.putObject("parameters").put("retry_after", retryAfter);
    }
    return e;
  }
}
