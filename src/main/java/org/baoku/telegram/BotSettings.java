package org.baoku.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The bot's configuration, read from the environment so the token never appears on a command
 * line or in a file. All but the token have working defaults.
 *
 * @param token {@code TELEGRAM_BOT_TOKEN}, required
 * @param apiUrl {@code TELEGRAM_API_URL}, the Bot API base (default https://api.telegram.org)
 * @param dataDir {@code BAOKU_DATA} (default {@code data}); the bot keeps its files in
 *     {@code <dataDir>/telegram}
 * @param questionsPerMinute {@code BAOKU_RATE_LIMIT}, per user (default 10)
 * @param allowedChats {@code BAOKU_ALLOWED_CHATS}, chat or user ids; empty means everyone
 * @param admins {@code BAOKU_ADMINS}, user ids that may use /stats and /reindex
 * @param webhookSecret {@code BAOKU_WEBHOOK_SECRET}; null means generate one per run
 */
public record BotSettings(
    String token,
    TelegramUrl apiUrl,
    Path dataDir,
    int questionsPerMinute,
    Set<Long> allowedChats,
    Set<Long> admins,
    String webhookSecret) {

  public static final String DEFAULT_API_URL = "https://api.telegram.org";
  public static final int DEFAULT_RATE_LIMIT = 10;

  public BotSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(dataDir, "dataDir");
    allowedChats = Set.copyOf(allowedChats);
    admins = Set.copyOf(admins);
  }

  /**
   * Reads the settings from environment variables.
   *
   * @throws IllegalArgumentException with a one-line message saying what to set, for a missing
   *     token or a malformed value
   */
  public static BotSettings fromEnvironment(Map<String, String> env) {
    String token = env.getOrDefault("TELEGRAM_BOT_TOKEN", "").strip();
    if (token.isEmpty()) {
      throw new IllegalArgumentException(
          "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and export TELEGRAM_BOT_TOKEN=<token>");
    }
    if (!token.matches("[0-9]+:[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException(
          "TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, as @BotFather gives it)");
    }
    String secret = env.get("BAOKU_WEBHOOK_SECRET");
    if (secret != null && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw new IllegalArgumentException(
          "BAOKU_WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ - (Telegram's rule)");
    }
    return new BotSettings(
        token,
        apiUrl(env.getOrDefault("TELEGRAM_API_URL", DEFAULT_API_URL)),
        Path.of(env.getOrDefault("BAOKU_DATA", "data")),
        rateLimit(env.get("BAOKU_RATE_LIMIT")),
        ids("BAOKU_ALLOWED_CHATS", env.get("BAOKU_ALLOWED_CHATS")),
        ids("BAOKU_ADMINS", env.get("BAOKU_ADMINS")),
        secret);
  }

  /** Parses a Bot API base such as {@code http://127.0.0.1:8081}; paths are not supported. */
  static TelegramUrl apiUrl(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("TELEGRAM_API_URL must look like https://api.telegram.org"
            + " or http://127.0.0.1:8081, not " + value);
      }
      if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
        throw new IllegalArgumentException("TELEGRAM_API_URL must be the server's base address without a"
            + " path (the bot calls <base>/bot<token>/<method>): " + value);
      }
      int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
      return new TelegramUrl(scheme, uri.getHost(), port, false);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("TELEGRAM_API_URL is not a URL: " + value);
    }
  }

  private static int rateLimit(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_RATE_LIMIT;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("BAOKU_RATE_LIMIT must be a whole number of questions a minute (1 or more): " + value);
  }

  private static Set<Long> ids(String name, String value) {
    Set<Long> ids = new LinkedHashSet<>();
    if (value == null) {
      return ids;
    }
    for (String part : value.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        ids.add(Long.parseLong(part.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be comma-separated numeric ids, not \"" + part.strip() + "\"");
      }
    }
    return ids;
  }

  /** Where the bot keeps its ledger and feedback. */
  /** Whether the bot talks in {@code chatId} to {@code userId}: everyone when no allowlist is set. */
  boolean allows(long chatId, long userId) {
    return allowedChats.isEmpty() || allowedChats.contains(chatId) || allowedChats.contains(userId);
  }

  /** Whether {@code userId} may use the admin commands ({@code /stats}, {@code /reindex}). */
  boolean isAdmin(long userId) {
    return admins.contains(userId);
  }

  Path botDir() {
    return dataDir.resolve("telegram");
  }

  /** The API base for logs: never contains the token (it is only ever in request paths). */
  String apiBase() {
    return apiUrl.getSchema() + "://" + apiUrl.getHost() + ":" + apiUrl.getPort();
  }

  @Override
  public String toString() {
    return "BotSettings[api=" + apiBase() + ", data=" + dataDir + ", rate=" + questionsPerMinute
        + "/min, allowed=" + allowedChats + ", admins=" + admins + "]";
  }
}
