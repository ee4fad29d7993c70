package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baoku.index.Damage;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baoku bot} as a real process against the {@link FakeBotApi}: stopped with SIGTERM while
 * a reply is stuck on a stalled connection, and killed with {@code kill -9} in the middle of a
 * stream of questions and started again.
 */
class BotProcessTest {

  /** The dispatcher's threads: at most this many replies are being sent when the process dies. */
  private static final int ANSWERING_THREADS = 4;

  private static final FakeBotApi server = BotHarness.server();
  private static final List<String> questions = BotHarness.questions();

  @TempDir Path dir;
  private Path index;
  private Process bot;

  @BeforeEach
  void copyIndex() {
    server.clear();
    index = Damage.copy(RealArchive.indexDir(), dir.resolve("index"));
  }

  @AfterEach
  void killBot() {
    if (bot != null) {
      bot.destroyForcibly();
    }
  }

  /** Starts {@code baoku bot} on a copy of the test index, logging to {@code log}. */
  private Process start(Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.baoku.cli.Main", "bot", "--corpus", RealArchive.CORPUS.toAbsolutePath().toString(),
        "--index", index.toString());
    Map<String, String> env = pb.environment();
    env.put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
    env.put("TELEGRAM_API_URL", server.url());
    env.put("BAOKU_DATA", dir.resolve("data").toString());
    pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process p = pb.start();
    bot = p;
    return p;
  }

  private static long answersTo(long chatId) {
    return server.calls("sendMessage").stream()
        .filter(c -> c.chatId() == chatId && c.params().has("reply_markup")).count();
  }

  @Test
  void sigtermEndsTheBotWithinFiveSecondsEvenWithAReplyStuckOnAStalledConnection() throws Exception {
    Path log = dir.resolve("bot.log");
    Process p = start(log);
    server.push(FakeBotApi.privateText(600, questions.get(0)));
    server.awaitOne("sendMessage", c -> c.chatId() == 600);
    server.failNext("sendMessage", FakeBotApi.Fault.STALL);
    server.push(FakeBotApi.privateText(601, questions.get(1)));
    server.awaitOne("sendMessage", c -> c.chatId() == 601);
    long started = System.nanoTime();
    p.destroy();
    boolean ended = p.waitFor(5, TimeUnit.SECONDS);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(ended, "still running 5 s after SIGTERM; log:\n" + Files.readString(log, StandardCharsets.UTF_8));
    assertTrue(millis < 5_000, millis + " ms");
  }

  @Test
  void killMinusNineLosesNoQuestionAndRepeatsAtMostTheRepliesBeingSent() throws Exception {
    Path log = dir.resolve("bot.log");
    int asked = 30;
    Process first = start(log);
    server.awaitOne("deleteWebhook", c -> true);
    for (int i = 0; i < asked; i++) {
      server.push(FakeBotApi.privateText(700 + i, questions.get(i % questions.size())));
    }
    server.await("sendMessage", c -> c.chatId() >= 700 && c.params().has("reply_markup"), 8);
    first.destroyForcibly();
    assertTrue(first.waitFor(5, TimeUnit.SECONDS));
    long before = server.calls("sendMessage").stream().filter(c -> c.params().has("reply_markup")).count();
    start(log);
    for (int i = 0; i < asked; i++) {
      long chat = 700 + i;
      server.awaitOne("sendMessage", c -> c.chatId() == chat && c.params().has("reply_markup"));
    }
    Map<Long, Long> answers = Stream.iterate(700L, c -> c + 1).limit(asked)
        .collect(Collectors.toMap(c -> c, BotProcessTest::answersTo));
    long repeats = answers.values().stream().mapToLong(n -> n - 1).sum();
    assertEquals(0, answers.values().stream().filter(n -> n == 0).count(), "no question is lost: " + answers);
    assertTrue(repeats <= ANSWERING_THREADS, repeats + " repeated answers (" + before
        + " sent before the kill): " + answers + "\n" + Files.readString(log, StandardCharsets.UTF_8));
  }
}
