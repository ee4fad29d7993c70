package org.baoku.telegram;

import static org.baoku.telegram.FakeBotApi.BOT_NAME;
import static org.baoku.telegram.FakeBotApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.ChatHandler;
import org.baoku.chat.Command;
import org.baoku.chat.Labels;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.HybridArchive;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bot classes end to end against {@link FakeBotApi} over loopback HTTP: long polling,
 * rendering, buttons, commands, retries, limits, restarts and the webhook.
 */
class TelegramBotTest {

  private static final FakeBotApi server = BotHarness.server();
  private static final HybridArchive archive = RealArchive.get();
  private static final RecordingHandler handler = new RecordingHandler(BotHarness.conversations(archive));
  /** Questions the real handler answers with citations, found by probing the bundled corpus. */
  private static final List<String> questions = BotHarness.questions();

  @TempDir Path data;
  @RegisterExtension final BotHarness bots = new BotHarness();

  // ---- helpers --------------------------------------------------------------------------------

  private TelegramBot bot(Map<String, String> env, ChatHandler handler) throws Exception {
    return bots.bot(data, env, handler);
  }

  private TelegramBot polling(Map<String, String> env, ChatHandler handler) throws Exception {
    return bots.polling(data, env, handler);
  }

  private TelegramBot polling() throws Exception {
    return polling(Map.of(), handler);
  }

  private static String questionFromCorpus(int index) {
    return questions.get(index);
  }

  private static ObjectNode withMessageId(ObjectNode update, int id) {
    ((ObjectNode) update.get("message")).put("message_id", id);
    return update;
  }

  private static FakeBotApi.Call reply(long chatId, String contains) throws InterruptedException {
    return server.awaitOne("sendMessage", c -> c.chatId() == chatId && c.text().contains(contains));
  }

  private static List<String> callbackData(FakeBotApi.Call send) {
    List<String> out = new ArrayList<>();
    send.params().path("reply_markup").path("inline_keyboard")
        .forEach(row -> row.forEach(b -> out.add(b.path("callback_data").asText())));
    return out;
  }

  private static FakeBotApi.Call answerWithButtons(long chatId) throws InterruptedException {
    return server.awaitOne("sendMessage", c -> c.chatId() == chatId && c.params().has("reply_markup"));
  }

  // ---- private chats --------------------------------------------------------------------------

  @Test
  void privateQuestionGetsCitedHtmlReplyWithSourceButtons() throws Exception {
    polling();
    server.push(withMessageId(FakeBotApi.privateText(42, questionFromCorpus(0)), 77));
    FakeBotApi.Call send = answerWithButtons(42);
    assertTrue("HTML".equalsIgnoreCase(send.params().path("parse_mode").asText()));
    assertEquals(77, send.params().path("reply_parameters").path("message_id").asInt());
    assertTrue(send.text().contains("[1]"), send.text());
    assertTrue(send.text().contains("<b>来源</b>"), send.text());
    assertNull(FakeBotApi.checkHtml(send.text()));
    List<String> data = callbackData(send);
    assertTrue(data.get(0).matches("s:[A-Za-z0-9_-]{8}:1"), data.toString());
    assertTrue(data.stream().anyMatch(d -> d.endsWith(":u")) && data.stream().anyMatch(d -> d.endsWith(":d")));
    data.forEach(d -> assertTrue(d.getBytes(StandardCharsets.UTF_8).length <= 64));
    List<FakeBotApi.Call> calls = server.calls();
    int typing = indexOf(calls, "sendChatAction", 42);
    assertTrue(typing >= 0 && typing < calls.indexOf(send), "typing is shown before the reply");
    assertEquals("typing", calls.get(typing).params().path("action").asText());
    assertTrue(server.badPaths().isEmpty(), "only /bot<token>/<method> paths: " + server.badPaths());
  }

  private static int indexOf(List<FakeBotApi.Call> calls, String method, long chatId) {
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).method().equals(method) && calls.get(i).chatId() == chatId) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void startRegistersTheCommandMenuInChinese() throws Exception {
    bot(Map.of(), handler);
    JsonNode commands = server.awaitOne("setMyCommands", c -> true).params().path("commands");
    List<String> names = new ArrayList<>();
    commands.forEach(c -> names.add(c.path("command").asText()));
    assertTrue(names.containsAll(List.of("ask", "search", "quote", "source", "reset", "about", "help", "start")), names.toString());
    commands.forEach(c -> assertTrue(c.path("description").asText().codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)));
  }

  @Test
  void callbackShowsThePassageWithTheSupportingSentenceInBold() throws Exception {
    polling();
    server.push(FakeBotApi.privateText(43, questionFromCorpus(1)));
    FakeBotApi.Call answer = answerWithButtons(43);
    String data = callbackData(answer).get(0);
    server.push(FakeBotApi.callback(43, "private", 43, 1000, data));
    server.awaitOne("answerCallbackQuery", c -> c.params().path("text").asText().contains("来源 [1]"));
    FakeBotApi.Call shown = reply(43, "<b>[1] ");
    assertEquals(1000, shown.params().path("reply_parameters").path("message_id").asInt());
    String q = BotHarness.conversations(archive).handle("check", new Command.Ask(questionFromCorpus(1))).citations().get(0).quote();
    assertTrue(shown.text().contains("<b>" + Html.escape(q) + "</b>"), shown.text());
  }

  @Test
  void forgedStaleAndOversizedCallbacksAreAnsweredPolitely() throws Exception {
    polling();
    server.push(FakeBotApi.privateText(44, questionFromCorpus(2)));
    String key = callbackData(answerWithButtons(44)).get(0).split(":")[1];
    String oversized = "s:" + key + ":1" + "x".repeat(65 - 12);
    assertEquals(65, oversized.getBytes(StandardCharsets.UTF_8).length);
    for (String forged : List.of("s:AAAAAAAA:1", "s:" + key + ":9", "<script>", "f:" + key + ":x", oversized, "")) {
      server.push(FakeBotApi.callback(44, "private", 44, 1000, forged));
    }
    List<FakeBotApi.Call> toasts = server.await("answerCallbackQuery", c -> true, 6);
    List<String> texts = toasts.stream().map(c -> c.params().path("text").asText()).toList();
    assertTrue(texts.contains(BotTexts.CALLBACK_EXPIRED), texts.toString());
    assertTrue(texts.contains(BotTexts.CALLBACK_NO_SOURCE), texts.toString());
    assertEquals(4, texts.stream().filter(BotTexts.CALLBACK_FORGED::equals).count(), texts.toString());
    server.push(FakeBotApi.privateText(44, "/about"));
    reply(44, "段落");
  }

  @Test
  void feedbackIsAppendedDurablyAndCountedAfterRestart() throws Exception {
    TelegramBot first = polling();
    server.push(FakeBotApi.privateText(7, questionFromCorpus(3)));
    List<String> buttons = callbackData(answerWithButtons(7));
    String up = buttons.stream().filter(d -> d.endsWith(":u")).findFirst().orElseThrow();
    String down = buttons.stream().filter(d -> d.endsWith(":d")).findFirst().orElseThrow();
    server.push(FakeBotApi.callback(7, "private", 7, 1000, up));
    server.push(FakeBotApi.callback(7, "private", 7, 1000, down));
    server.push(FakeBotApi.callback(7, "private", 7, 1000, up));
    server.await("answerCallbackQuery", c -> c.params().path("text").asText().equals(BotTexts.VOTE_THANKS), 3);
    List<String> lines = Files.readAllLines(data.resolve("telegram/feedback.jsonl"));
    assertEquals(3, lines.size());
    for (String line : lines) {
      JsonNode vote = JSON.readTree(line);
      assertTrue(vote.path("vote").asText().matches("up|down"));
      assertEquals(7, vote.path("user").asLong());
      assertTrue(vote.path("passages").size() > 0);
    }
    first.close();
    server.clear();
    polling();
    server.push(FakeBotApi.privateText(7, "/stats"));
    FakeBotApi.Call stats = reply(7, "反馈");
    assertTrue(stats.text().contains("👍 2 · 👎 1"), stats.text());
  }

  // ---- groups ---------------------------------------------------------------------------------

  @Test
  void groupChatterIsIgnoredAndMentionsRepliesAndAskAreAnswered() throws Exception {
    polling();
    long group = -100123;
    String q = questionFromCorpus(4);
    server.push(withMessageId(FakeBotApi.groupText(group, 8, "大家好，" + q), 1));
    server.push(withMessageId(FakeBotApi.groupText(group, 8, "/ask@other_bot " + q), 2));
    server.push(withMessageId(FakeBotApi.groupText(group, 8, "/weather 北京"), 20));
    server.push(withMessageId(FakeBotApi.groupText(group, 8, "@" + BOT_NAME + " " + q), 3));
    FakeBotApi.Call answered = answerWithButtons(group);
    assertEquals(3, answered.params().path("reply_parameters").path("message_id").asInt());
    ObjectNode replyToBot = FakeBotApi.groupText(group, 9, q);
    ObjectNode botMessage = FakeBotApi.message(group, "supergroup", FakeBotApi.BOT_ID, "之前的回答");
    ((ObjectNode) botMessage.get("from")).put("is_bot", true).put("username", BOT_NAME);
    ((ObjectNode) replyToBot.get("message")).set("reply_to_message", botMessage);
    server.push(withMessageId(replyToBot, 4));
    server.push(withMessageId(FakeBotApi.groupText(group, 10, "/ask@" + BOT_NAME + " " + q), 5));
    server.push(withMessageId(FakeBotApi.groupText(group, 10, "/ask " + q), 6));
    List<FakeBotApi.Call> sends = server.await("sendMessage", c -> c.chatId() == group, 4);
    List<Integer> repliedTo = sends.stream().map(c -> c.params().path("reply_parameters").path("message_id").asInt()).toList();
    assertEquals(List.of(3, 4, 5, 6), repliedTo);
    List<String> seen = handler.seen().stream().filter(s -> s.startsWith(group + ":")).toList();
    assertEquals(List.of(group + ":8|" + q, group + ":9|" + q, group + ":10|" + q, group + ":10|" + q), seen,
        "each asker has their own conversation; the mention is stripped");
  }

  // ---- commands -------------------------------------------------------------------------------

  @Test
  void everyCommandWorks() throws Exception {
    polling();
    long me = 7;
    server.push(FakeBotApi.privateText(me, "/start"));
    assertTrue(reply(me, "报库").text().contains("试着问我"));
    server.push(FakeBotApi.privateText(me, "/help"));
    assertTrue(reply(me, "/source").text().contains("@" + BOT_NAME));
    server.push(FakeBotApi.privateText(me, "/about"));
    FakeBotApi.Call about = reply(me, "段落");
    assertTrue(about.text().contains("文章：" + archive.stats().articles()), about.text());
    assertTrue(about.text().contains("extractive"));
    Passage passage = archive.passages().stream().filter(p -> p.text().length() > 40).findFirst().orElseThrow();
    server.push(FakeBotApi.privateText(me, "/search " + passage.text().substring(0, 12)));
    FakeBotApi.Call search = reply(me, "\n\n1. <b>");
    assertTrue(search.text().contains(Html.escape(Labels.source(passage))), search.text());
    String phrase = passage.text().substring(5, 25);
    server.push(FakeBotApi.privateText(me, "/quote " + phrase));
    FakeBotApi.Call quoted = reply(me, "见于 1 篇文章");
    assertTrue(quoted.text().contains(Html.escape(phrase)) && quoted.text().contains("（原文 exact）"),
        "[" + phrase + "] " + quoted.text());
    server.push(FakeBotApi.privateText(me, "/ask " + questionFromCorpus(5)));
    answerWithButtons(me);
    server.push(FakeBotApi.privateText(me, "/source 1"));
    reply(me, "<b>[1] ");
    server.push(FakeBotApi.privateText(me, "/reset"));
    reply(me, "已清除对话记忆");
    server.push(FakeBotApi.privateText(me, "/ask"));
    reply(me, "用法：/ask 问题");
    server.push(FakeBotApi.privateText(me, "/stats"));
    assertTrue(reply(me, "运行统计").text().contains("已回答问题：1"));
    server.push(FakeBotApi.privateText(me, "/reindex"));
    reply(me, "开始重建索引");
    reply(me, "索引已重建");
    server.push(FakeBotApi.privateText(8, "/stats"));
    reply(8, BotTexts.ADMINS_ONLY);
  }

  @Test
  void inlineQueryAnswersWithCitablePassages() throws Exception {
    polling();
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "iq1");
    q.set("from", FakeBotApi.user(45));
    q.put("query", questionFromCorpus(6));
    q.put("offset", "");
    server.push(FakeBotApi.update("inline_query", q));
    FakeBotApi.Call answer = server.awaitOne("answerInlineQuery", c -> true);
    JsonNode results = answer.params().path("results");
    assertTrue(results.size() > 0);
    for (JsonNode r : results) {
      assertEquals("article", r.path("type").asText());
      assertFalse(r.path("title").asText().isBlank());
      assertFalse(r.path("description").asText().isBlank());
      String msg = r.path("input_message_content").path("message_text").asText();
      assertNull(FakeBotApi.checkHtml(msg), msg);
      assertTrue(msg.startsWith("「") && msg.contains("— <b>"), msg);
    }
  }

  // ---- limits and faults ----------------------------------------------------------------------

  @Test
  void rateLimitGivesAFriendlyReply() throws Exception {
    polling(Map.of("BAOKU_RATE_LIMIT", "2"), handler);
    for (int i = 0; i < 3; i++) {
      server.push(FakeBotApi.privateText(46, questionFromCorpus(i)));
    }
    reply(46, "提问有点快了");
    assertEquals(2, server.await("sendMessage", c -> c.chatId() == 46 && c.params().has("reply_markup"), 2).size());
  }

  @Test
  void tooManyRequestsIsWaitedOutAndRetried() throws Exception {
    polling();
    server.failNext("sendMessage", 429, 1);
    server.push(FakeBotApi.privateText(47, questionFromCorpus(7)));
    List<FakeBotApi.Call> tries = server.await("sendMessage", c -> c.chatId() == 47, 2);
    assertEquals(tries.get(0).params(), tries.get(1).params(), "the same message is sent again");
  }

  @Test
  void serverErrorsAreRetriedWithBackoff() throws Exception {
    polling();
    server.failNext("sendMessage", 500, null);
    server.failNext("sendMessage", 502, null);
    server.push(FakeBotApi.privateText(48, questionFromCorpus(8)));
    List<FakeBotApi.Call> tries = server.await("sendMessage", c -> c.chatId() == 48, 3);
    assertEquals(tries.get(0).params(), tries.get(2).params());
  }

  @Test
  void aFailingHandlerGetsAnApologyAndTheBotCarriesOn() throws Exception {
    ChatHandler flaky = (id, command) -> {
      if (command instanceof Command.Ask a && a.question().contains("炸")) {
        throw new IllegalStateException("composer exploded");
      }
      return handler.handle(id, command);
    };
    polling(Map.of(), flaky);
    server.push(FakeBotApi.privateText(59, "炸了吗"));
    reply(59, BotTexts.INTERNAL_ERROR);
    server.push(FakeBotApi.privateText(59, questionFromCorpus(11)));
    answerWithButtons(59);
  }

  @Test
  void aDroppedConnectionIsRetried() throws Exception {
    polling();
    server.failNext("sendMessage", 0, null);
    server.push(FakeBotApi.privateText(58, "/about"));
    List<FakeBotApi.Call> tries = server.await("sendMessage", c -> c.chatId() == 58, 2);
    assertEquals(tries.get(0).params(), tries.get(1).params());
  }

  @Test
  void getUpdatesFailuresDoNotStopThePolling() throws Exception {
    server.failNext("getUpdates", 500, null);
    server.failNext("getUpdates", 429, 1);
    polling();
    server.push(FakeBotApi.privateText(49, "/about"));
    reply(49, "段落");
  }

  @Test
  void aLongAnswerArrivesAsValidMessagesOfAtMost4096Characters() throws Exception {
    List<Passage> ps = archive.passages().stream().filter(p -> p.text().length() > 100).toList();
    List<Citation> cites = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Passage p : ps) {
      if (text.length() > 6000) {
        break;
      }
      cites.add(new Citation(cites.size() + 1, p, p.text(), 0));
      text.append(p.text()).append('[').append(cites.size()).append("]\n\n");
    }
    Answer a = new Answer(text.toString().strip(), cites, true, "extractive", "", List.of());
    ChatHandler longWinded = (id, command) -> Reply.answer(a);
    polling(Map.of(), longWinded);
    server.push(FakeBotApi.privateText(50, "请详细说说"));
    FakeBotApi.Call last = answerWithButtons(50);
    List<FakeBotApi.Call> parts = server.calls("sendMessage").stream().filter(c -> c.chatId() == 50).toList();
    assertTrue(parts.size() >= 2, "split into " + parts.size());
    assertEquals(last, parts.get(parts.size() - 1), "buttons go under the last part");
    StringBuilder seen = new StringBuilder();
    for (FakeBotApi.Call part : parts) {
      assertTrue(part.text().length() <= 4096);
      assertNull(FakeBotApi.checkHtml(part.text()), "tags balanced and entities whole");
      seen.append(FakeBotApi.parsedText(part.text()));
    }
    String all = seen.toString().replaceAll("\\s", "");
    for (Citation c : cites) {
      assertTrue(all.contains(c.passage().text().replaceAll("\\s", "")), "nothing lost at a cut");
    }
  }

  @Test
  void aChatNotOnTheAllowlistIsRefused() throws Exception {
    polling(Map.of("BAOKU_ALLOWED_CHATS", "1,2"), handler);
    server.push(FakeBotApi.privateText(51, questionFromCorpus(9)));
    reply(51, BotTexts.NOT_ALLOWED);
    server.push(FakeBotApi.privateText(2, "/about"));
    reply(2, "段落");
    assertTrue(handler.seen().stream().noneMatch(s -> s.startsWith("51|")));
  }

  @Test
  void nonTextUpdatesGetAHintInPrivateAndNothingElse() throws Exception {
    polling();
    ObjectNode sticker = FakeBotApi.privateText(52, null);
    ((ObjectNode) sticker.get("message")).putObject("sticker").put("file_id", "f").put("file_unique_id", "u")
        .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false).put("type", "regular");
    server.push(sticker);
    reply(52, BotTexts.NON_TEXT);
    ObjectNode photo = FakeBotApi.groupText(-100200, 52, null);
    ((ObjectNode) photo.get("message")).putArray("photo").addObject().put("file_id", "p").put("file_unique_id", "pu")
        .put("width", 10).put("height", 10);
    server.push(photo);
    server.push(FakeBotApi.update("edited_message", FakeBotApi.message(52, "private", 52, "改过的问题")));
    server.push(FakeBotApi.update("channel_post", FakeBotApi.message(-100300, "channel", 0, "频道消息")));
    ObjectNode member = JSON.createObjectNode();
    member.set("chat", FakeBotApi.chat(-100200, "supergroup"));
    member.set("from", FakeBotApi.user(52));
    member.put("date", 1_700_000_000);
    member.putObject("old_chat_member").put("status", "left").set("user", FakeBotApi.user(FakeBotApi.BOT_ID));
    member.putObject("new_chat_member").put("status", "member").set("user", FakeBotApi.user(FakeBotApi.BOT_ID));
    server.push(FakeBotApi.update("my_chat_member", member));
    reply(52, BotTexts.EDITED);
    server.push(FakeBotApi.groupText(-100200, 52, "/about@" + BOT_NAME));
    reply(-100200, "段落");
    assertEquals(1, server.calls("sendMessage").stream().filter(c -> c.chatId() == -100200).count());
    assertEquals(0, server.calls("sendMessage").stream().filter(c -> c.chatId() == -100300).count());
  }

  @Test
  void theTokenNeverReachesTheLogs() throws Exception {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      server.failNext("getUpdates", 500, null);
      server.failNext("sendMessage", 502, null);
      server.failNext("sendMessage", 400, null);
      polling();
      server.push(FakeBotApi.privateText(57, "/about"));
      server.await("sendMessage", c -> c.chatId() == 57, 2);
      server.push(FakeBotApi.privateText(57, "/start"));
      reply(57, "试着问我");
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("getupdates failed") || log.contains("getUpdates failed"), log);
    assertTrue(log.contains("sendmessage failed") || log.contains("sendMessage failed"), log);
    assertFalse(log.contains(FakeBotApi.TOKEN), log);
    assertFalse(log.contains("abc"), "not even the secret half of the token: " + log);
  }

  // ---- restarts -------------------------------------------------------------------------------

  @Test
  void afterARestartNoUpdateIsAnsweredTwiceAndNoneIsSkipped() throws Exception {
    TelegramBot first = polling();
    server.push(FakeBotApi.privateText(53, "/about"));
    reply(53, "段落");
    first.close();
    server.clear();
    server.push(FakeBotApi.privateText(53, "/start"));
    polling();
    reply(53, "试着问我");
    server.push(FakeBotApi.privateText(53, "/help"));
    reply(53, "/source");
    assertEquals(2, server.calls("sendMessage").stream().filter(c -> c.chatId() == 53).count(),
        "/about is not answered again, /start is not skipped");
  }

  // ---- webhook --------------------------------------------------------------------------------

  @Test
  void webhookRejectsAWrongSecretAndHandlesTheRightOne() throws Exception {
    TelegramBot b = bot(Map.of(), handler);
    int port = b.startWebhook(URI.create("https://bot.example.org/tg/hook"), 0, "s3cret-Token");
    FakeBotApi.Call set = server.awaitOne("setWebhook", c -> true);
    assertEquals("https://bot.example.org/tg/hook", set.params().path("url").asText());
    assertEquals("s3cret-Token", set.params().path("secret_token").asText());
    HttpClient http = HttpClient.newHttpClient();
    ObjectNode update = FakeBotApi.privateText(54, "/reset");
    update.put("update_id", 90_001);
    for (String secret : new String[] {"wrong", null}) {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tg/hook"))
          .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
      if (secret != null) {
        r.header(WebhookServer.SECRET_HEADER, secret);
      }
      assertEquals(401, http.send(r.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }
    assertTrue(handler.seen().stream().noneMatch(s -> s.startsWith("54|")), "the handler was not called");
    HttpRequest ok = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tg/hook"))
        .header(WebhookServer.SECRET_HEADER, "s3cret-Token")
        .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build();
    assertEquals(200, http.send(ok, HttpResponse.BodyHandlers.ofString()).statusCode());
    reply(54, "已清除对话记忆");
    assertEquals(200, http.send(ok, HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(1, handler.seen().stream().filter(s -> s.startsWith("54|")).count(), "a redelivery is not handled twice");
  }

  // ---- hostile input --------------------------------------------------------------------------

  @Test
  void htmlInjectionInAQuestionIsEscaped() throws Exception {
    ChatHandler echo = (id, command) -> command instanceof Command.Ask a
        ? Reply.message("你问的是：" + a.question()) : handler.handle(id, command);
    polling(Map.of(), echo);
    String hostile = "<b>粗体</b> & <a href=\"javascript:x\">链接</a> \"引号\" &amp; <script>";
    server.push(FakeBotApi.privateText(55, hostile));
    FakeBotApi.Call r = reply(55, "你问的是");
    assertNull(FakeBotApi.checkHtml(r.text()));
    assertTrue(FakeBotApi.parsedText(r.text()).contains(hostile), "the reader sees exactly what they typed");
    server.push(FakeBotApi.privateText(55, "/quote " + hostile));
    FakeBotApi.Call quoted = server.await("sendMessage", c -> c.chatId() == 55, 2).get(1);
    assertNull(FakeBotApi.checkHtml(quoted.text()), quoted.text());
  }

  @Test
  void controlCharactersAreDroppedBeforeTheHandlerSeesThem() throws Exception {
    polling();
    String q = questionFromCorpus(10);
    server.push(FakeBotApi.privateText(56, "\u0000" + q.substring(0, 5) + "\u0007\u202E" + q.substring(5) + "\u001b"));
    answerWithButtons(56);
    assertTrue(handler.seen().contains("56|" + q), handler.seen().toString());
  }
}
