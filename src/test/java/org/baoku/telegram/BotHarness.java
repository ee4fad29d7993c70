package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Command;
import org.baoku.chat.Conversations;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.HybridArchive;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Real bots on the real bundled archive against the one {@link FakeBotApi} of the test JVM, for
 * the end-to-end test classes, registered as a JUnit extension: before each test the server
 * forgets the last test's traffic; after it, every bot started here is stopped.
 */
final class BotHarness implements BeforeEachCallback, AfterEachCallback {

  /** A call deadline short enough that a stalled call costs a test seconds, not the default 10. */
  static final Duration TEST_DEADLINE = Duration.ofSeconds(2);

  private static FakeBotApi shared;
  private static List<String> questions;

  private final FakeBotApi server = server();
  private final HybridArchive archive = RealArchive.get();
  private final List<TelegramBot> bots = new ArrayList<>();
  private final List<Thread> pollers = new ArrayList<>();

  /** The Bot API server of this test JVM, started on first use and closed when the JVM ends. */
  static synchronized FakeBotApi server() {
    if (shared == null) {
      try {
        shared = new FakeBotApi();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server.clear();
  }

  @Override
  public void afterEach(ExtensionContext context) throws InterruptedException {
    stopAll();
  }

  /** The real conversation handler with the extractive composer. */
  static Conversations conversations(HybridArchive archive) {
    return Conversations.builder().archive(archive).composer(new ExtractiveComposer(archive)).build();
  }

  /** Twelve grounded questions of the bundled archive, found once per test JVM. */
  static synchronized List<String> questions() {
    if (questions == null) {
      questions = groundedQuestions(RealArchive.get(), 12);
    }
    return questions;
  }

  /**
   * The first {@code n} opening sentences of corpus passages that the real handler answers with
   * citations, so tests exercise answers and source buttons without hard-coding any question.
   */
  private static List<String> groundedQuestions(HybridArchive archive, int n) {
    Conversations probe = conversations(archive);
    List<String> found = new ArrayList<>();
    for (Passage p : archive.passages()) {
      int end = p.text().indexOf('。');
      if (end < 12 || end > 60) {
        continue;
      }
      String q = p.text().substring(0, end) + "？";
      Reply r = probe.handle("probe-" + found.size() + "-" + p.id(), new Command.Ask(q));
      if (r.answer() != null && r.answer().grounded() && !r.answer().citations().isEmpty()) {
        found.add(q);
        if (found.size() == n) {
          break;
        }
      }
    }
    assertEquals(n, found.size(), "the corpus should answer its own sentences");
    return found;
  }

  /** A started (getMe, menu, ledger) bot that is not yet polling. */
  TelegramBot bot(Path data, Map<String, String> env, ChatHandler handler) throws Exception {
    Map<String, String> all = new HashMap<>(Map.of(
        "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
        "TELEGRAM_API_URL", server.url(),
        "BAOKU_DATA", data.toString(),
        "BAOKU_ADMINS", "7"));
    all.putAll(env);
    TelegramBot b = TelegramBot.builder()
        .settings(BotSettings.fromEnvironment(all))
        .handler(handler)
        .archive(archive)
        .reindexer(archive::stats)
        .pollSeconds(1)
        .callDeadline(TEST_DEADLINE)
        .build();
    bots.add(b);
    b.start();
    return b;
  }

  /** A started bot polling on its own thread. */
  TelegramBot polling(Path data, Map<String, String> env, ChatHandler handler) throws Exception {
    TelegramBot b = bot(data, env, handler);
    Thread t = new Thread(() -> {
      try {
        b.runLongPolling();
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    }, "test-poller");
    t.start();
    pollers.add(t);
    return b;
  }

  /** Closes every bot started and waits for its polling thread. */
  void stopAll() throws InterruptedException {
    for (TelegramBot b : bots) {
      b.close();
    }
    for (Thread t : pollers) {
      t.join(10_000);
    }
    bots.clear();
    pollers.clear();
  }
}
