package org.baoku.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.baoku.retrieve.Archive;
import org.baoku.telegram.BotSettings;
import org.baoku.telegram.TelegramBot;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baoku bot}: serves the archive on Telegram. Configuration comes from the environment
 * (the token must never be on a command line, where {@code ps} shows it); long polling unless
 * {@code --webhook} is given. SIGTERM or Ctrl-C stops taking updates and finishes replies in flight.
 */
@Command(name = "bot", mixinStandardHelpOptions = true,
    description = {"在 Telegram 上提供问答机器人（默认长轮询）。",
        "Run the Telegram bot (long polling by default).",
        "",
        "环境变量 / environment:",
        "  TELEGRAM_BOT_TOKEN   必填，来自 @BotFather / required, from @BotFather",
        "  TELEGRAM_API_URL     Bot API 地址 / Bot API base (default https://api.telegram.org)",
        "  BAOKU_DATA           数据目录（反馈、进度）/ data dir (default data)",
        "  BAOKU_RATE_LIMIT     每人每分钟提问数 / questions per user a minute (default 10)",
        "  BAOKU_ALLOWED_CHATS  允许的聊天或用户 id，逗号分隔 / allowed chat or user ids",
        "  BAOKU_ADMINS         可用 /stats /reindex 的用户 id / admin user ids",
        "  BAOKU_WEBHOOK_SECRET webhook 密钥（不设则自动生成）/ webhook secret (generated if unset)"})
final class BotCommand implements Callable<Integer> {

  @Mixin ArchiveOptions archiveOptions;

  @Option(names = "--webhook", paramLabel = "URL",
      description = "用 webhook 代替长轮询：Telegram 推送到的 https 地址 / serve a webhook at this public https URL")
  String webhook;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
      description = "webhook 监听端口（反向代理转发到这里）/ local port for --webhook (default: ${DEFAULT-VALUE})")
  int port;

  @Override
  public Integer call() throws IOException {
    URI webhookUrl = webhook == null ? null : webhookUrl(webhook);
    BotSettings settings;
    try {
      settings = BotSettings.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    try (Archive archive = archiveOptions.archive(System.err);
        TelegramBot bot = TelegramBot.builder()
            .settings(settings)
            .handler(Wiring.conversations(archive, System.getenv()))
            .composer(Wiring.composerName(System.getenv()))
            .archive(archive)
            .reindexer(() -> archiveOptions.rebuild(archive))
            .build()) {
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook = new Thread(() -> {
        bot.close();
        stopped.countDown();
      }, "baoku-bot-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        bot.start();
        System.err.println("报库机器人 @" + bot.username() + " 已启动 / bot started"
            + (webhookUrl == null ? " (long polling)" : " (webhook " + webhookUrl + ", port " + port + ")"));
        if (webhookUrl == null) {
          bot.runLongPolling();
        } else {
          bot.startWebhook(webhookUrl, port, settings.webhookSecret());
        }
        stopped.await();
      } catch (TelegramApiException e) {
        throw new UserException("无法使用 Telegram Bot API / cannot use the Bot API at " + settings.apiUrl().getHost()
            + ": " + e.getMessage() + " (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL)", 69);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return 0;
  }

  private static URI webhookUrl(String value) {
    try {
      URI uri = new URI(value);
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        throw new UserException("--webhook must be a public https URL such as https://bot.example.org/tg (Telegram only calls https): " + value);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UserException("--webhook is not a URL: " + value);
    }
  }
}
