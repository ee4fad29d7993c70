package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.chat.Conversations;
import org.baoku.retrieve.DatedArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day's paper on Telegram, end to end against {@link FakeBotApi}: {@code /day} shows its first
 * page with a button per article and one to turn the page; turning edits that message in place,
 * an article button sends the article with its reference to copy.
 */
class IssueButtonsTest {

  private static final FakeBotApi server = BotHarness.server();

  @TempDir Path data;
  @RegisterExtension final BotHarness bots = new BotHarness();

  private TelegramBot polling() throws Exception {
    Conversations dated = Conversations.builder().archive(DatedArchive.get())
        .composer(new ExtractiveComposer(DatedArchive.get())).build();
    return bots.polling(data, Map.of(), dated);
  }

  /** {@code text=callback_data} of each button under a sent or edited message. */
  private static List<String> buttons(FakeBotApi.Call call) {
    List<String> out = new ArrayList<>();
    call.params().path("reply_markup").path("inline_keyboard")
        .forEach(row -> row.forEach(b -> out.add(b.path("text").asText() + "=" + b.path("callback_data").asText())));
    return out;
  }

  private static String data(List<String> buttons, String label) {
    return buttons.stream().filter(b -> b.startsWith(label)).findFirst().orElseThrow().split("=", 2)[1];
  }

  @Test
  void pageButtonsTurnTheIssueInPlaceAndArticleButtonsOpenTheArticle() throws Exception {
    polling();
    long me = 51;
    server.push(FakeBotApi.privateText(me, "/day 2020-03-15 晚报"));
    FakeBotApi.Call day = server.awaitOne("sendMessage", c -> c.chatId() == me && c.text().contains("第1版 要闻"));
    assertNull(FakeBotApi.checkHtml(day.text()));
    List<String> first = buttons(day);
    assertEquals(List.of("1. 本市新增确诊病例12例=r:20200315:1:晚报", "2. 公园恢复开放=r:20200315:2:晚报",
        "第2版 城市 ›=p:20200315:2:晚报"), first);
    first.forEach(b -> assertTrue(b.split("=", 2)[1].getBytes(StandardCharsets.UTF_8).length <= 64));

    server.push(FakeBotApi.callback(me, "private", me, 300, data(first, "第2版")));
    FakeBotApi.Call turned = server.awaitOne("editMessageText", c -> c.chatId() == me);
    assertEquals(300, turned.params().path("message_id").asInt(), "the page turns in the message pressed on");
    assertTrue(turned.text().contains("<b>第2版 城市</b>（2/3）") && turned.text().contains("3. 地铁新线年底通车"), turned.text());
    List<String> second = buttons(turned);
    assertTrue(second.contains("‹ 第1版 要闻=p:20200315:1:晚报") && second.contains("第3版 ›=p:20200315:3:晚报"),
        second.toString());
    server.awaitOne("answerCallbackQuery", c -> c.params().path("text").asText().equals("第2版 城市"));

    server.push(FakeBotApi.callback(me, "private", me, 300, data(second, "3. ")));
    FakeBotApi.Call article = server.awaitOne("sendMessage", c -> c.chatId() == me && c.text().startsWith("<b>地铁新线"));
    assertEquals(300, article.params().path("reply_parameters").path("message_id").asInt());
    assertTrue(article.text().contains("<i>《晚报》2020年3月15日 第2版 城市</i>"), article.text());
    assertTrue(article.text().contains("地铁新线预计年底通车，沿线设站十二座。"), article.text());
    assertTrue(article.text().endsWith("<code>地铁新线年底通车[N]. 晚报, 2020-03-15(2).</code>"), article.text());

    server.push(FakeBotApi.callback(me, "private", me, 300, "r:20200401:1:晚报"));
    server.awaitOne("answerCallbackQuery", c -> c.params().path("show_alert").asBoolean()
        && c.params().path("text").asText().contains("2020-03-15 到 2020-03-16"));
  }

  @Test
  void aTypedReadAndAMissingDayAreAnsweredAsText() throws Exception {
    polling();
    long me = 52;
    server.push(FakeBotApi.privateText(me, "/read 2020-03-15 晚报 1"));
    FakeBotApi.Call article = server.awaitOne("sendMessage", c -> c.chatId() == me);
    assertTrue(article.text().startsWith("<b>本市新增确诊病例12例</b>"), article.text());
    assertTrue(article.text().endsWith("<code>张三. 本市新增确诊病例12例[N]. 晚报, 2020-03-15(1).</code>"), article.text());
    server.push(FakeBotApi.privateText(me, "/day 1999-01-01"));
    FakeBotApi.Call missing = server.awaitOne("sendMessage", c -> c.chatId() == me && c.text().contains("1999"));
    assertTrue(missing.text().contains("现有的报纸从 2020-03-15 到 2020-03-16"), missing.text());
  }
}
