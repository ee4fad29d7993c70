package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

/** The answering phrase in bold inside the escaped answer, and the HTML Telegram accepts. */
class RendererTest {

  private static final Renderer RENDERER = new Renderer();

  private static Citation cite(int n, String passageText, String quote, String phrase) {
    Passage p = new Passage("003#" + n + ".0", "003", n, "标题" + n, "", passageText, 0, passageText.length());
    int at = quote.indexOf(phrase);
    return new Citation(n, p, quote, passageText.indexOf(quote),
        Optional.of(new Citation.Span(at, at + phrase.length(), phrase)));
  }

  @Test
  void theAnsweringPhraseIsBoldAndTheHtmlValid() {
    String quote = "北京电控系统100多名职工来到设在飞宇公司的集中采血点";
    Citation c = cite(1, "3月4日一大早，" + quote + "。", quote, "100多名");
    String html = RENDERER.render(Reply.answer(new Answer(quote + "[1]", List.of(c), true, "extractive", "", List.of())));
    assertTrue(html.startsWith("北京电控系统<b>100多名</b>职工来到"), html);
    assertNull(FakeBotApi.checkHtml(html), html);
  }

  @Test
  void markupAroundAndInsideThePhraseIsEscaped() {
    String quote = "<b>拨付&专项资金</b>30万元&<i>";
    Citation c = cite(1, quote, quote, "30万元&<i>");
    String html = RENDERER.render(Reply.answer(new Answer(quote + "[1]", List.of(c), true, "extractive", "", List.of())));
    assertTrue(html.startsWith("&lt;b&gt;拨付&amp;专项资金&lt;/b&gt;<b>30万元&amp;&lt;i&gt;</b>[1]"), html);
    assertNull(FakeBotApi.checkHtml(html), html);
  }

  @Test
  void aLongAnswerWithManyPhrasesSplitsIntoValidParts() {
    List<Citation> cites = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int n = 1; n <= 120; n++) {
      String quote = "第" + n + "个社区共有" + (100 + n) + "名志愿者参加核酸检测和卡口值守工作";
      cites.add(cite(n, "此前，" + quote + "。", quote, (100 + n) + "名"));
      text.append(quote).append('[').append(n).append("]\n\n");
    }
    String html = RENDERER.render(Reply.answer(new Answer(text.toString(), cites, true, "extractive", "", List.of())));
    List<String> parts = new MessageSplitter().split(html);
    assertTrue(parts.size() >= 2, "split into " + parts.size());
    StringBuilder seen = new StringBuilder();
    for (String part : parts) {
      assertTrue(part.length() <= MessageSplitter.LIMIT);
      assertNull(FakeBotApi.checkHtml(part), part);
      seen.append(FakeBotApi.parsedText(part));
    }
    for (int n = 1; n <= 120; n++) {
      assertTrue(seen.toString().contains((100 + n) + "名志愿者"), "nothing lost at a cut: " + n);
    }
    assertEquals(120, html.split("<b>\\d+名</b>", -1).length - 1, "every phrase marked once");
  }
}
