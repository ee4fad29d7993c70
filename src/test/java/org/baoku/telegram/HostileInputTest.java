package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One named test per hostile input the bot must survive; end-to-end ones are in {@link TelegramBotTest}. */
class HostileInputTest {

  private static final MessageSplitter SPLITTER = new MessageSplitter();

  /** Every part is valid Telegram HTML within the limit, and together they say everything once. */
  private static List<String> assertValidSplit(String html) {
    List<String> parts = SPLITTER.split(html);
    StringBuilder text = new StringBuilder();
    for (String p : parts) {
      assertTrue(p.length() <= MessageSplitter.LIMIT, "part of " + p.length());
      assertNull(FakeBotApi.checkHtml(p), () -> "invalid part: " + p.substring(Math.max(0, p.length() - 80)));
      text.append(FakeBotApi.parsedText(p));
    }
    assertEquals(FakeBotApi.parsedText(html).replace("\n", ""), text.toString().replace("\n", ""));
    return parts;
  }

  @Test
  void htmlInjectionIsEscaped() {
    String hostile = "<b>x</b> & <a href=\"javascript:alert(1)\">点我</a> &amp; \"引号\" <tg-spoiler>";
    String escaped = Html.escape(hostile);
    assertNull(FakeBotApi.checkHtml(escaped));
    assertEquals(hostile, FakeBotApi.parsedText(escaped));
    assertFalse(escaped.contains("<"));
  }

  @Test
  void splitAt4096InsideATag() {
    String filler = "工".repeat(MessageSplitter.LIMIT - 3);
    List<String> parts = assertValidSplit(filler + "<b>加粗的结尾</b>" + "尾".repeat(100));
    assertTrue(parts.size() >= 2);
    assertTrue(parts.get(1).startsWith("<b>") || parts.get(0).endsWith("</b>"), "the tag is closed and reopened, not cut");
  }

  @Test
  void splitAt4096InsideAnOpenTagCarriesItOver() {
    String html = "<b>" + "很长的加粗内容。".repeat(700) + "</b>";
    List<String> parts = assertValidSplit(html);
    assertTrue(parts.size() >= 2);
    parts.forEach(p -> assertTrue(p.startsWith("<b>") && p.endsWith("</b>"), p.substring(0, 10)));
  }

  @Test
  void splitAt4096InsideAnEntity() {
    String filler = "甲".repeat(MessageSplitter.LIMIT - 2);
    List<String> parts = assertValidSplit(filler + "&amp;&lt;&gt;&quot;" + "乙".repeat(50));
    assertTrue(parts.size() >= 2);
  }

  @Test
  void splitAt4096InsideASurrogatePair() {
    String filler = "a".repeat(MessageSplitter.LIMIT - 1);
    List<String> parts = assertValidSplit(filler + "😀😀😀" + "𠀀".repeat(10));
    assertTrue(parts.size() >= 2);
  }

  @Test
  void splitPrefersParagraphsThenSentences() {
    String para = "第一段的句子。".repeat(300);
    List<String> parts = assertValidSplit(para + "\n\n" + para);
    assertEquals(List.of(para, para), parts);
    List<String> sentences = assertValidSplit("句子。".repeat(2000));
    sentences.forEach(p -> assertTrue(p.endsWith("。"), "cut after a full stop"));
  }

  @Test
  void randomMarkupSplitsValidly() {
    Random random = new Random(42);
    String[] pieces = {"<b>粗</b>", "<i>斜</i>", "&amp;", "&lt;", "😀", "字", "。", "\n", "\n\n", "<b>外<i>内</i></b>", " "};
    for (int round = 0; round < 20; round++) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 9000 + round * 500) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      assertValidSplit(sb.toString());
    }
  }

  @Test
  void callbackDataOf65BytesIsRejected() {
    String key = "AbCdEfGh";
    assertEquals(CallbackData.source(key, 3), CallbackData.parse("s:" + key + ":3").orElseThrow());
    String longest = CallbackData.source(key, 999).encode();
    assertTrue(longest.getBytes(StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES);
    String oversized = "s:" + key + ":1" + "0".repeat(65 - 12);
    assertEquals(65, oversized.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(CallbackData.parse(oversized).isEmpty());
    assertTrue(CallbackData.parse("s:" + key + ":1" + "码".repeat(20)).isEmpty(), "multi-byte padding counted in bytes");
  }

  @Test
  void forgedCallbackDataIsRejected() {
    for (String forged : new String[] {null, "", "s::1", "s:AbCdEfGh:0", "s:AbCdEfGh:-1", "s:AbCdEfGh:1000",
        "s:AbCdEfG:1", "s:AbCdEfGh!:1", "f:AbCdEfGh:up", "x:AbCdEfGh:1", "s:AbCdEfGh:1\n", "s:../../etc:1",
        "s:AbCdEfGh:1:extra", "<b>s:AbCdEfGh:1</b>"}) {
      assertTrue(CallbackData.parse(forged).isEmpty(), forged);
    }
  }

  @Test
  void pageAndArticleButtonsFit64BytesWithALongPapersNameCutShort() {
    java.time.LocalDate day = java.time.LocalDate.of(2020, 3, 15);
    CallbackData read = CallbackData.of(new org.baoku.chat.Command.Read(day, "人民日报", 12)).orElseThrow();
    assertEquals("r:20200315:12:人民日报", read.encode());
    assertEquals(read, CallbackData.parse(read.encode()).orElseThrow());
    assertEquals(new org.baoku.chat.Command.Read(day, "人民日报", 12), read.command().orElseThrow());
    CallbackData page = CallbackData.of(new org.baoku.chat.Command.Day(day, "", 3)).orElseThrow();
    assertEquals("p:20200315:3:", page.encode());
    assertEquals(new org.baoku.chat.Command.Day(day, "", 3), CallbackData.parse("p:20200315:3:").orElseThrow()
        .command().orElseThrow());

    String longName = "中华人民共和国某某省某某市某某区工人日报社区版😀";
    CallbackData cut = CallbackData.of(new org.baoku.chat.Command.Read(day, longName, 9999)).orElseThrow();
    byte[] wire = cut.encode().getBytes(StandardCharsets.UTF_8);
    assertTrue(wire.length <= CallbackData.MAX_BYTES, cut.encode());
    assertTrue(longName.startsWith(cut.paper()) && cut.paper().length() >= 14, cut.paper());
    assertEquals(cut, CallbackData.parse(cut.encode()).orElseThrow());
    assertEquals("", CallbackData.fit("😀", 3), "a character is never split");
  }

  @Test
  void forgedPageAndArticleButtonsAreRejected() {
    for (String forged : new String[] {"p:20200230:1:晚报", "p:2020031:1:", "r:20200315:0:晚报", "r:20200315:10000:",
        "r:20200315:1", "q:20200315:1:", "r:20200315:1:晚\n报", "p:2020-03-15:1:", "r:20200315:-1:",
        "r:20200315:1:" + "报".repeat(18)}) {
      assertTrue(CallbackData.parse(forged).isEmpty(), forged);
    }
  }

  @Test
  void controlCharactersAreDroppedAndCounted() {
    Html.Cleaned c = Html.clean("问\u0000题\u0007\u202E在\u2066哪\u001b里\uD800？\n第二行\t");
    assertEquals("问题在哪里？\n第二行\t", c.text());
    assertEquals(6, c.dropped());
    assertEquals("😀", Html.clean("😀").text(), "a whole surrogate pair is kept");
  }
}
