package org.baoku.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat endpoint on loopback ({@code POST /v1/chat/completions}) that answers
 * what the test sets, shaped exactly like the OpenAI API, and records every request body.
 */
final class FakeOpenAi implements AutoCloseable {

  static final String KEY = "sk-test-secret-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile int status = 200;
  private volatile String body = "";
  private volatile long delayMillis;

  FakeOpenAi() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/v1/chat/completions", exchange -> {
      requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] out = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(out);
      } catch (IOException e) {
        // the client gave up (timeout test); nothing to do
      }
    });
    server.start();
  }

  /** Replies with a chat completion whose message content is {@code content}. */
  FakeOpenAi replies(String content) {
    try {
      body = JSON.writeValueAsString(Map.of(
          "id", "chatcmpl-test",
          "object", "chat.completion",
          "created", 1_700_000_000,
          "model", "test-model",
          "choices", List.of(Map.of(
              "index", 0,
              "message", Map.of("role", "assistant", "content", content),
              "finish_reason", "stop")),
          "usage", Map.of("prompt_tokens", 100, "completion_tokens", 20, "total_tokens", 120)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    status = 200;
    return this;
  }

  FakeOpenAi raw(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  FakeOpenAi delay(Duration d) {
    delayMillis = d.toMillis();
    return this;
  }

  LlmConfig config(int timeoutSeconds) {
    return LlmConfig.fromEnv(Map.of(
        "OPENAI_BASE_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
        "OPENAI_API_KEY", KEY,
        "BAOKU_MODEL", "test-model",
        "BAOKU_LLM_TIMEOUT", String.valueOf(timeoutSeconds))).orElseThrow();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
