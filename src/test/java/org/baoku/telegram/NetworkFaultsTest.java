package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.baoku.chat.ChatHandler;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bot against a Bot API that fails the way networks, proxies and Telegram itself do: a
 * connection reset in the middle of a body, half a body, an HTML 502, an empty 200, a stall, a
 * malformed update, an update ledger that no longer matches the server. After each, the next ten
 * questions must all be answered and no thread may be left waiting without a deadline.
 */
class NetworkFaultsTest {

  private static final FakeBotApi server = BotHarness.server();
  private static final List<String> questions = BotHarness.questions();
  private static final ChatHandler handler = BotHarness.conversations(RealArchive.get());

  @TempDir Path data;
  @RegisterExtension final BotHarness bots = new BotHarness();

  private TelegramBot polling() throws Exception {
    return bots.polling(data, Map.of(), handler);
  }

  /** An answer with source buttons: the real handler answered and the reply got through. */
  private static FakeBotApi.Call answered(long chatId) throws InterruptedException {
    return server.awaitOne("sendMessage", c -> c.chatId() == chatId && c.params().has("reply_markup"));
  }

  /** Ten readers ask one question each; every one is answered, and nothing is left hanging. */
  private static void theNextTenQuestionsAreAnswered(long firstChat) throws InterruptedException {
    for (int i = 0; i < 10; i++) {
      server.push(FakeBotApi.privateText(firstChat + i, questions.get(i)));
    }
    for (int i = 0; i < 10; i++) {
      answered(firstChat + i);
    }
    noThreadIsLeftBlocked();
  }

  /**
   * No thread waits on a future without a deadline (how telegrambots 9.5.0 hung after a reset
   * mid-body), and every update worker goes back to its queue.
   */
  static void noThreadIsLeftBlocked() throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      String busy = null;
      for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
        String stack = Arrays.toString(e.getValue());
        assertFalse(stack.contains("CompletableFuture.waitingGet"), e.getKey().getName() + " waits forever: " + stack);
        if (e.getKey().getName().equals("baoku-update") && !stack.contains("ThreadPoolExecutor.getTask")) {
          busy = e.getKey().getName() + ": " + stack;
        }
      }
      if (busy == null) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("an update worker is still busy: " + busy);
      }
      Thread.sleep(50);
    }
  }

  // ---- the transport --------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(FakeBotApi.Fault.class)
  void aFaultOnSendMessageIsRetriedAndTheBotCarriesOn(FakeBotApi.Fault fault) throws Exception {
    polling();
    server.failNext("sendMessage", fault);
    server.push(FakeBotApi.privateText(100, questions.get(0)));
    List<FakeBotApi.Call> tries = server.await("sendMessage", c -> c.chatId() == 100, 2);
    assertEquals(tries.get(0).params(), tries.get(1).params(), "the same reply is sent again");
    theNextTenQuestionsAreAnswered(110);
  }

  @ParameterizedTest
  @EnumSource(FakeBotApi.Fault.class)
  void aFaultOnGetUpdatesLosesNoUpdateAndPollingGoesOn(FakeBotApi.Fault fault) throws Exception {
    server.push(FakeBotApi.privateText(200, questions.get(1)));
    server.failNext("getUpdates", fault);
    polling();
    answered(200);
    theNextTenQuestionsAreAnswered(210);
  }

  @Test
  void aBadGatewayOutageLongerThanFiveAttemptsIsRiddenOut() throws Exception {
    polling();
    for (int i = 0; i < 5; i++) {
      server.failNext("sendMessage", FakeBotApi.Fault.HTML_502);
    }
    server.push(FakeBotApi.privateText(300, questions.get(2)));
    assertEquals(6, server.await("sendMessage", c -> c.chatId() == 300, 6).size());
    answered(300);
  }

  @Test
  void aReaderWhoBlockedTheBotIsNotRetried() throws Exception {
    polling();
    server.failNext("sendMessage", 403, null);
    server.push(FakeBotApi.privateText(310, "/about"));
    server.awaitOne("sendMessage", c -> c.chatId() == 310);
    theNextTenQuestionsAreAnswered(320);
    assertEquals(1, server.calls("sendMessage").stream().filter(c -> c.chatId() == 310).count());
  }

  // ---- malformed updates ----------------------------------------------------------------------

  static Stream<Arguments> malformedUpdates() {
    return Stream.of(
        Arguments.of("an inline query without from", (Consumer<ObjectNode>) u -> {
          ObjectNode q = u.putObject("inline_query");
          q.put("id", "iq-bad").put("query", "献血").put("offset", "");
        }),
        Arguments.of("an update_id that is not a number", (Consumer<ObjectNode>) u -> {
          u.put("update_id", "not-a-number");
          u.set("message", FakeBotApi.message(400, "private", 400, "你好"));
        }),
        Arguments.of("an update_id that is a numeric string", (Consumer<ObjectNode>) u -> {
          u.set("message", FakeBotApi.message(401, "private", 401, "/about"));
        }),
        Arguments.of("entities that are not a list", (Consumer<ObjectNode>) u -> {
          ObjectNode m = FakeBotApi.message(402, "private", 402, "/about");
          m.put("entities", "bold");
          u.set("message", m);
        }),
        Arguments.of("a message without a chat", (Consumer<ObjectNode>) u -> {
          ObjectNode m = FakeBotApi.message(403, "private", 403, "/about");
          m.remove("chat");
          u.set("message", m);
        }),
        Arguments.of("a callback query without from", (Consumer<ObjectNode>) u -> {
          ObjectNode q = u.putObject("callback_query");
          q.put("id", "cb-bad").put("chat_instance", "ci").put("data", "x");
        }),
        Arguments.of("a message that is not an object", (Consumer<ObjectNode>) u -> u.put("message", 17)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedUpdates")
  void aMalformedUpdateIsSkippedAndTheRestOfItsBatchIsAnswered(String what, Consumer<ObjectNode> shape)
      throws Exception {
    ObjectNode bad = FakeBotApi.JSON.createObjectNode();
    shape.accept(bad);
    if (what.contains("numeric string")) {
      server.push(bad);
      bad.put("update_id", String.valueOf(bad.get("update_id").asInt()));
    } else {
      server.push(bad);
    }
    polling();
    theNextTenQuestionsAreAnswered(410);
  }

  // ---- the ledger never outranks Telegram -----------------------------------------------------

  private Path ledger() throws Exception {
    Path file = data.resolve("telegram").resolve("offset.json");
    Files.createDirectories(file.getParent());
    return file;
  }

  private static void startIsAnswered(long chatId) throws InterruptedException {
    server.push(FakeBotApi.privateText(chatId, "/start"));
    server.awaitOne("sendMessage", c -> c.chatId() == chatId && c.text().contains("试着问我"));
  }

  /** Writes a ledger as a bot would have left it just now. */
  private void ledgerOf(long bot, int confirmed, int... done) throws Exception {
    String ids = Arrays.stream(done).mapToObj(String::valueOf).collect(Collectors.joining(","));
    Files.writeString(ledger(), "{\"bot\":" + bot + ",\"confirmed\":" + confirmed + ",\"done\":[" + ids
        + "],\"saved\":" + System.currentTimeMillis() + "}", StandardCharsets.UTF_8);
  }

  @Test
  void aLedgerFarAboveTheServersIdsDoesNotSilenceTheBot() throws Exception {
    ledgerOf(FakeBotApi.BOT_ID, 2_000_000_001, 2_000_000_000);
    polling();
    startIsAnswered(500);
    theNextTenQuestionsAreAnswered(510);
  }

  @Test
  void anOutOfRangeLedgerIsSetAsideAndTheBotAnswers() throws Exception {
    Files.writeString(ledger(), "{\"last\":2147483647,\"done\":[1e30]}", StandardCharsets.UTF_8);
    polling();
    startIsAnswered(520);
    try (Stream<Path> files = Files.list(ledger().getParent())) {
      assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("offset.json.untrusted-")));
    }
  }

  @Test
  void anotherBotsLedgerCannotHideThisBotsUpdates() throws Exception {
    server.restartIdsAt(7_000);
    ledgerOf(4242, 7_000, IntStream.range(7_000, 7_020).toArray());
    polling();
    theNextTenQuestionsAreAnswered(530);
  }

  @Test
  void aServerWhoseIdsRestartedAtOneIsAnswered() throws Exception {
    polling();
    server.push(FakeBotApi.privateText(540, "/about"));
    server.awaitOne("sendMessage", c -> c.chatId() == 540);
    bots.stopAll();
    server.clear();
    server.restartIdsAt(1);
    polling();
    startIsAnswered(541);
    theNextTenQuestionsAreAnswered(550);
  }

  @Test
  void anUpdateAnsweredBeforeARestartButDeliveredAgainIsNotAnsweredTwice() throws Exception {
    server.restartIdsAt(8_000);
    server.push(FakeBotApi.privateText(560, "/about"));
    ledgerOf(FakeBotApi.BOT_ID, 8_000, 8_000);
    polling();
    server.push(FakeBotApi.privateText(560, "/start"));
    server.awaitOne("sendMessage", c -> c.chatId() == 560 && c.text().contains("试着问我"));
    assertEquals(1, server.calls("sendMessage").stream().filter(c -> c.chatId() == 560).count(),
        "the /about answered before the restart is not answered again");
  }
}
