package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.Command;
import org.baoku.chat.Labels;
import org.baoku.chat.Reply;
import org.baoku.cli.PlainText;
import org.baoku.ingest.Passage;
import org.baoku.quote.QuoteDiff;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

/**
 * The seam between the chat handler and its two transports: one structured {@link Reply},
 * rendered by the console ({@link PlainText}) and by Telegram ({@link Renderer}), says the same
 * thing on both: the same title, the same citations under the same numbers, the same articles in
 * the same order, the same next steps. Neither renderer is given the other's text.
 */
class ReplySeamTest {

  private static final Renderer TELEGRAM = new Renderer();

  private static Passage passage(int n, String headline, String text) {
    return new Passage("003#" + n + ".0", "003", n, headline, n == 2 ? "记者 张三" : "", text, 0, text.length());
  }

  private static Citation cite(int n, Passage p, String quote, String phrase) {
    int at = quote.indexOf(phrase);
    return new Citation(n, p, quote, p.text().indexOf(quote), Optional.of(new Citation.Span(at, at + phrase.length(), phrase)));
  }

  private static final Passage BLOOD = passage(1, "北京电控百余职工抗疫期间爱心献血",
      "3月4日一大早，北京电控系统100多名职工来到设在飞宇公司的集中采血点。");
  private static final Passage BARBER = passage(2, "", "北辰集团工会组建义务理发小分队，为12家单位的职工理发。");
  private static final Passage FARM = passage(3, "<b>农耕</b> & 劳动", "职工们喊出“快乐耕种，劳动光荣”的口号。");

  private static Reply answer() {
    Citation one = cite(1, BLOOD, "北京电控系统100多名职工来到设在飞宇公司的集中采血点", "100多名");
    Citation two = cite(2, BARBER, "北辰集团工会组建义务理发小分队，为12家单位的职工理发", "12家");
    Citation three = cite(3, FARM, "职工们喊出“快乐耕种，劳动光荣”的口号", "快乐耕种");
    String text = one.quote() + "[1]。" + two.quote() + "[2]。" + three.quote() + "[3]。";
    return Reply.answer(new Answer(text, List.of(one, two, three), true, "extractive", "", List.of()));
  }

  /** What a reader of the Telegram message sees, tags gone and entities read. */
  private static String seenOnTelegram(Reply r) {
    String html = TELEGRAM.render(r);
    assertNull(FakeBotApi.checkHtml(html), html);
    return FakeBotApi.parsedText(html);
  }

  /** {@code [n] label} lines in order, as a reader would read the source list. */
  private static List<String> numbered(String shown) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^(\\[\\d+]|\\d+\\.) (.+)$").matcher(shown);
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2));
    }
    return out;
  }

  @Test
  void anAnswerListsTheSameCitationsUnderTheSameNumbers() {
    Reply r = answer();
    String console = PlainText.render(r);
    String telegram = seenOnTelegram(r);
    List<String> expected = r.citations().stream().map(c -> "[" + c.n() + "] " + Labels.source(c.passage())).toList();
    assertEquals(expected, numbered(console), console);
    assertEquals(expected, numbered(telegram), telegram);
    assertTrue(console.startsWith(r.answer().text()), console);
    assertTrue(telegram.startsWith(r.answer().text()), telegram);
  }

  @Test
  void theActionsAreButtonsOnTelegramAndCommandsOnTheConsole() {
    Reply r = answer();
    List<String> buttons = new ArrayList<>();
    JsonNode rows = FakeBotApi.JSON.valueToTree(Renderer.keyboard("AbCdEfGh", r)).path("inline_keyboard");
    rows.forEach(row -> row.forEach(b -> buttons.add(b.path("text").asText() + "|" + b.path("callback_data").asText())));
    assertEquals(List.of(
        "[1] 北京电控百余职工抗疫期间爱心献血|s:AbCdEfGh:1",
        "[2] 北辰集团工会组建义务理发小分队，为12…|s:AbCdEfGh:2",
        "[3] <b>农耕</b> & 劳动|s:AbCdEfGh:3",
        "👍|f:AbCdEfGh:u", "👎|f:AbCdEfGh:d"), buttons);
    assertEquals(List.of(new Command.Source(1), new Command.Source(2), new Command.Source(3)),
        r.actions().stream().map(Reply.Action::command).toList());
    assertTrue(PlainText.render(r).endsWith("（/source N 查看原文 · /quote 文字 查出处）"));
  }

  @Test
  void searchShowsTheSameTitleAndArticlesInTheSameOrder() {
    List<Hit> hits = List.of(new Hit(FARM, 3, 1), new Hit(BLOOD, 2, 2), new Hit(BARBER, 1, 3));
    Reply r = Reply.search("相关文章 Articles:", hits);
    String console = PlainText.render(r);
    String telegram = seenOnTelegram(r);
    assertTrue(console.startsWith(r.title() + "\n"), console);
    assertTrue(telegram.startsWith(r.title() + "\n"), telegram);
    List<String> expected = List.of("1. " + Labels.source(FARM), "2. " + Labels.source(BLOOD), "3. " + Labels.source(BARBER));
    assertEquals(expected, numbered(console), console);
    assertEquals(expected, numbered(telegram), telegram);
  }

  @Test
  void aQuotationsSpanAndItsDifferencesComeFromTheReplyOnBothSides() {
    QuoteDiff diff = new QuoteDiff(List.of(new QuoteDiff.Piece(QuoteDiff.Kind.SAME, "快乐耕种，劳动光", ""),
        new QuoteDiff.Piece(QuoteDiff.Kind.CHANGED, "荣", "明")));
    QuoteMatch m = new QuoteMatch(FARM.page(), FARM.article(), FARM.headline(), FARM.imprint(), FARM.id(), 0, 9,
        "快乐耕种，劳动光荣", diff, 0.9, QuoteMatch.Appearance.UNDATED);
    Reply r = Reply.quote("“快乐耕种，劳动光明” 见于 1 篇文章", "快乐耕种，劳动光明", List.of(m));
    String console = PlainText.render(r);
    String telegram = TELEGRAM.render(r);
    assertTrue(console.contains("1. " + Labels.quoteSource(m)) && console.contains("快乐耕种，劳动光[-明-]{+荣+}"), console);
    assertTrue(telegram.contains(Html.escape(Labels.quoteSource(m))) && telegram.contains("劳动光<s>明</s><u>荣</u>"),
        telegram);
  }

  @Test
  void aSourceShowsTheSameCitationWithItsQuoteMarked() {
    Citation c = answer().citations().get(1);
    Reply r = Reply.source(c);
    String console = PlainText.render(r);
    String html = TELEGRAM.render(r);
    assertTrue(console.startsWith("[2] （无标题）"), console);
    assertTrue(seenOnTelegram(r).startsWith("[2] " + Labels.source(BARBER)), html);
    assertTrue(console.contains("【" + c.quote() + "】"), console);
    assertTrue(html.contains("<b>" + Html.escape(c.quote()) + "</b>"), html);
  }

  private static org.baoku.chat.Conversations dated() {
    return org.baoku.chat.Conversations.builder().archive(org.baoku.retrieve.DatedArchive.get())
        .composer(new org.baoku.answer.ExtractiveComposer(org.baoku.retrieve.DatedArchive.get())).build();
  }

  /** Button text and callback data of a reply's keyboard, row by row, {@code |} between buttons. */
  private static List<String> buttons(Reply r) {
    List<String> out = new ArrayList<>();
    FakeBotApi.JSON.valueToTree(Renderer.keyboard(r)).path("inline_keyboard").forEach(row -> {
      List<String> cells = new ArrayList<>();
      row.forEach(b -> cells.add(b.path("text").asText() + "=" + b.path("callback_data").asText()));
      out.add(String.join(" | ", cells));
    });
    return out;
  }

  @Test
  void aDaysPaperIsAllPagesOnTheConsoleAndOnePageWithButtonsOnTelegram() {
    org.baoku.chat.Conversations chat = dated();
    Reply first = chat.handle("seam", Command.parse("/day 2020-03-15 晚报"));
    String console = PlainText.render(first);
    assertTrue(console.contains("3. 地铁新线年底通车") && console.contains("5. 图书馆推出夜间阅读服务"), console);
    assertEquals("""
        《晚报》2020年3月15日 · 3 版 · 5 篇
        第1版 要闻（1/3）

        1. 本市新增确诊病例12例
        2. 公园恢复开放

        打开一篇文章：/read 2020-03-15 晚报 编号，例如 /read 2020-03-15 晚报 1。Open an article: /read 2020-03-15 晚报 N.""",
        seenOnTelegram(first));
    assertEquals(List.of("1. 本市新增确诊病例12例=r:20200315:1:晚报", "2. 公园恢复开放=r:20200315:2:晚报",
        "第2版 城市 ›=p:20200315:2:晚报"), buttons(first));

    Reply second = chat.handle("seam", CallbackData.parse("p:20200315:2:晚报").orElseThrow().command().orElseThrow());
    assertTrue(seenOnTelegram(second).contains("第2版 城市（2/3）\n\n3. 地铁新线年底通车\n4. 社区食堂开业"), seenOnTelegram(second));
    assertEquals(List.of("3. 地铁新线年底通车=r:20200315:3:晚报", "4. 社区食堂开业，老年人用餐可享受八折优惠。=r:20200315:4:晚报",
        "‹ 第1版 要闻=p:20200315:1:晚报 | 第3版 ›=p:20200315:3:晚报"), buttons(second));
  }

  @Test
  void anOpenedArticleAndASourceCarryTheReferenceToCopy() {
    org.baoku.chat.Conversations chat = dated();
    Reply article = chat.handle("seam", CallbackData.parse("r:20200315:1:晚报").orElseThrow().command().orElseThrow());
    String html = TELEGRAM.render(article);
    assertNull(FakeBotApi.checkHtml(html), html);
    assertTrue(html.startsWith("<b>本市新增确诊病例12例</b>\n<i>《晚报》2020年3月15日 第1版 要闻 · 本报记者 张三</i>\n\n"
        + org.baoku.retrieve.DatedArchive.CASES_FIRST), html);
    assertTrue(html.endsWith("\n\n引用格式：\n<code>张三. 本市新增确诊病例12例[N]. 晚报, 2020-03-15(1).</code>"), html);
    assertNull(Renderer.keyboard(article), "an article offers no buttons");

    chat.handle("seam", Command.parse("3月15日本市新增确诊病例多少例？"));
    String source = TELEGRAM.render(chat.handle("seam", Command.parse("/source 1")));
    assertTrue(source.startsWith("<b>[1] 本市新增确诊病例12例 — 《晚报》2020年3月15日 第1版 要闻 — 本报记者 张三</b>"), source);
    assertTrue(source.endsWith("<code>张三. 本市新增确诊病例12例[N]. 晚报, 2020-03-15(1).</code>"), source);
    assertTrue(!TELEGRAM.render(answer()).contains("<code>") && !TELEGRAM.render(Reply.source(answer().citations().get(0)))
        .contains("<code>"), "an undated source has no reference");
  }

  @Test
  void aMessageIsTheSameTextOnBoth() {
    Reply r = Reply.message("已清除对话记忆 <b>&</b>");
    assertEquals(PlainText.render(r), seenOnTelegram(r));
  }
}
