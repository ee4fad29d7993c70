package org.baoku.telegram;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.chat.ChatHandler;
import org.baoku.retrieve.Archive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * {@code baoku bot}: the conversation handler on Telegram. Build it with the settings, the
 * handler and the archive, then either {@link #runLongPolling()} (the default; blocks) or
 * {@link #startWebhook}. {@link #close()} stops taking updates and lets replies in flight finish,
 * which is what the CLI's shutdown hook calls on SIGTERM.
 */
public final class TelegramBot implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
  /**
   * Seconds {@link #close()} lets replies in flight finish before interrupting them. An
   * extractive answer takes milliseconds; an answer cut short is delivered again by Telegram
   * after the restart. Short enough that SIGTERM ends the process within 5 s.
   */
  private static final long DRAIN_SECONDS = 3;
  /** Concurrent chats being answered; the extractive composer is CPU-bound, two cores here. */
  private static final int THREADS = 4;

  private final BotSettings settings;
  private final UpdateRouter router;
  private final TelegramApi api;
  private final int pollSeconds;
  private volatile UpdateLedger ledger;
  private volatile UpdateDispatcher dispatcher;
  private volatile LongPoller poller;
  private volatile WebhookServer webhook;

  private TelegramBot(Builder b) {
    this.settings = Objects.requireNonNull(b.settings, "settings");
    this.pollSeconds = b.pollSeconds;
    this.api = TelegramApi.connect(settings.token(), settings.apiBase(), b.callDeadline);
    this.router = new UpdateRouter(api, Objects.requireNonNull(b.handler, "handler"),
        Objects.requireNonNull(b.archive, "archive"), settings, b.composer, b.reindexer);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the token (getMe), registers the command menu and opens this bot's update ledger;
   * call before running.
   */
  public void start() throws TelegramApiException {
    router.start();
    ledger = UpdateLedger.open(settings.botDir().resolve("offset.json"), router.id());
    dispatcher = new UpdateDispatcher(router, ledger, THREADS);
  }

  /** The bot's @username, known after {@link #start()}. */
  public String username() {
    return router.username();
  }

  /** Polls for updates until {@link #close()}. */
  public void runLongPolling() throws TelegramApiException {
    LOG.info("long polling {}", settings.apiBase());
    poller = new LongPoller(api, started(), ledger, pollSeconds);
    poller.run();
  }

  /**
   * Serves {@code url}'s path on {@code port} and registers the webhook with the secret token.
   *
   * @param secret the secret Telegram must send; null generates one for this run
   * @return the port listened on
   */
  public int startWebhook(URI url, int port, String secret) throws IOException, TelegramApiException {
    String token = secret != null ? secret : generatedSecret();
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    webhook = new WebhookServer(started(), token, path, port);
    int bound = webhook.start();
    api.setWebhook(url.toString(), token, LongPoller.ALLOWED);
    LOG.info("webhook {} registered, listening on port {}", url, bound);
    return bound;
  }

  /** Stops taking updates and waits for replies in flight. Safe to call twice. */
  @Override
  public void close() {
    LongPoller p = poller;
    if (p != null) {
      p.stop();
    }
    WebhookServer w = webhook;
    if (w != null) {
      w.stop();
    }
    UpdateDispatcher d = dispatcher;
    try {
      if (d != null && !d.shutdown(DRAIN_SECONDS)) {
        LOG.warn("replies still in flight after {} s were stopped; Telegram delivers them again after a restart",
            DRAIN_SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    router.close();
  }

  private UpdateDispatcher started() {
    UpdateDispatcher d = dispatcher;
    if (d == null) {
      throw new IllegalStateException("call start() first");
    }
    return d;
  }

  private static String generatedSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Settings, handler and archive are required; the rest have defaults. */
  public static final class Builder {
    private BotSettings settings;
    private ChatHandler handler;
    private Archive archive;
    private String composer = ExtractiveComposer.NAME;
    private Reindexer reindexer = () -> {
      throw new UnsupportedOperationException("this archive cannot be rebuilt while serving");
    };
    private int pollSeconds = LongPoller.POLL_SECONDS;
    private Duration callDeadline = TelegramApi.CALL_DEADLINE;

    private Builder() {}

    public Builder settings(BotSettings settings) {
      this.settings = settings;
      return this;
    }

    public Builder handler(ChatHandler handler) {
      this.handler = handler;
      return this;
    }

    public Builder archive(Archive archive) {
      this.archive = archive;
      return this;
    }

    /** The composer answering questions, shown by /about ({@code extractive} or {@code llm}). */
    public Builder composer(String composer) {
      this.composer = Objects.requireNonNull(composer);
      return this;
    }

    public Builder reindexer(Reindexer reindexer) {
      this.reindexer = Objects.requireNonNull(reindexer);
      return this;
    }

    /** The getUpdates wait; short in tests so shutdown is quick. */
    public Builder pollSeconds(int seconds) {
      this.pollSeconds = seconds;
      return this;
    }

    /** The deadline of one Bot API call other than getUpdates; short in tests of stalls. */
    public Builder callDeadline(Duration deadline) {
      this.callDeadline = Objects.requireNonNull(deadline);
      return this;
    }

    public TelegramBot build() {
      return new TelegramBot(this);
    }
  }
}
