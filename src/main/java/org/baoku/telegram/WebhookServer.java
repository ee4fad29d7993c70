package org.baoku.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook endpoint: Telegram POSTs each update to the URL given in setWebhook, with the secret
 * from setWebhook in the {@code X-Telegram-Bot-Api-Secret-Token} header. A request without the
 * right secret is refused with 401 before anything is parsed. An update is answered 200 only
 * after it is handled, so Telegram redelivers it if the bot dies midway; the ledger drops the
 * redelivery of one already handled.
 *
 * <p>Why not the telegrambots-webhook module: its handler sees only the parsed Update, never the
 * request headers, and it has no secret-token option, so it cannot reject forged requests.
 */
final class WebhookServer {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  /** Updates are a few kilobytes; anything this large is not from Telegram. */
  private static final int MAX_BODY = 1 << 20;
  /** Telegram gives up on a webhook call after about a minute. */
  private static final long HANDLE_SECONDS = 50;

  private final ObjectMapper json = new ObjectMapper();
  private final UpdateDispatcher dispatcher;
  private final byte[] secret;
  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, UpdateRouter.daemon("baoku-webhook"));

  WebhookServer(UpdateDispatcher dispatcher, String secret, String path, int port) throws IOException {
    this.dispatcher = dispatcher;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.server = HttpServer.create(new InetSocketAddress(port), 64);
    server.createContext(path.isEmpty() ? "/" : path, this::exchange);
    server.setExecutor(workers);
  }

  /** Starts listening; returns the bound port. */
  int start() {
    server.start();
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(1);
    workers.shutdown();
  }

  private void exchange(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestMethod().equals("POST")) {
        reply(ex, 405);
        return;
      }
      String given = ex.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        LOG.warn("webhook request from {} refused: wrong or missing secret token", ex.getRemoteAddress().getAddress());
        reply(ex, 401);
        return;
      }
      JsonNode update;
      try (InputStream in = ex.getRequestBody()) {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
          reply(ex, 413);
          return;
        }
        update = json.readTree(body);
      } catch (IOException e) {
        reply(ex, 400);
        return;
      }
      if (update == null) {
        reply(ex, 400);
        return;
      }
      // an update the bot cannot use is logged, recorded and acknowledged, or Telegram would retry it
      Optional<CompletableFuture<Void>> handled = dispatcher.submit(Incoming.read(update));
      if (handled.isPresent()) {
        handled.get().get(HANDLE_SECONDS, TimeUnit.SECONDS);
      }
      reply(ex, 200);
    } catch (TimeoutException e) {
      LOG.warn("webhook update still being handled after {} s; answering 200 anyway", HANDLE_SECONDS);
      reply(ex, 200);
    } catch (Exception e) {
      LOG.error("webhook request failed: {}", e.toString());
      reply(ex, 500);
    }
  }

  private static void reply(HttpExchange ex, int status) throws IOException {
    ex.sendResponseHeaders(status, -1);
  }
}
