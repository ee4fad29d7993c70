package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import org.baoku.index.ChineseText;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteFinder;
import org.baoku.quote.ReprintArchive;
import org.junit.jupiter.api.Test;

/**
 * {@code baoku quote} run through {@link Main#run}: quotations cut from the bundled pages (the
 * default corpus), and the JSON and console replies for a dated archive with a reprint.
 */
class QuoteCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Wrapped over two lines with stray spaces on page 000; the cleaned article re-joins it. */
  private static final String WRAPPED = "面对当前严峻复杂的疫情防控形势，为确保基层各项疫情防控工作任务落实落细";
  private static final String PAGE_000 = "000_ed11b46ae6fabb4b.txt";

  private static JsonNode quote(String q) throws Exception {
    CliRun r = CliRun.onRealArchive("quote", q, "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode o = JSON.readTree(r.out());
    assertEquals(q.strip(), o.get("quote").asText());
    return o.get("matches");
  }

  private static String page(String name) throws Exception {
    return Files.readString(Path.of("corpus", name));
  }

  @Test
  void quotationCutFromARealPageIsFoundVerbatimThroughTheLineWrap() throws Exception {
    JsonNode ms = quote(WRAPPED);
    assertEquals(1, ms.size(), ms.toString());
    JsonNode m = ms.get(0);
    assertEquals(PAGE_000, m.get("page").asText());
    assertTrue(m.get("exact").asBoolean());
    assertEquals(1.0, m.get("similarity").asDouble());
    assertTrue(m.get("date").isNull());
    assertTrue(m.get("paper").isNull());
    assertTrue(m.get("page_no").isNull());
    assertEquals("undated", m.get("appearance").asText());
    String text = m.get("text").asText();
    assertEquals(ChineseText.folded(WRAPPED), ChineseText.folded(text));
    assertTrue(text.startsWith("面对") && text.endsWith("落实落细"), text);
    assertTrue(ChineseText.folded(page(PAGE_000)).contains(ChineseText.folded(text)));
  }

  @Test
  void realQuotationsInEveryFormFindTheirPage() throws Exception {
    String sentence = "北京电控系统100多名职工来到设在飞宇公司的集中采血点，为抗击新冠肺炎疫情爱心献血";
    String page = "003_c216c7e9666c2770.txt";
    String[] forms = {
        sentence,
        "北京电控系统100多名职工来到设在飞宇公司的集中采血点 为抗击新冠肺炎疫情爱心献血。",
        HanLP.convertToTraditionalChinese(sentence),
        sentence.replace("采血", "釆血").replace("爱心", "受心"),
        "来到设在飞宇公司的集中采血点",
        "北京电控系统１００多名职工来到设在飞宇公司的集中采血点",
    };
    for (String q : forms) {
      JsonNode ms = quote(q);
      assertTrue(ms.size() >= 1, q);
      JsonNode m = ms.get(0);
      assertEquals(page, m.get("page").asText(), q);
      assertTrue(ChineseText.folded(page(page)).contains(ChineseText.folded(m.get("text").asText())), q);
    }
    JsonNode wrong = quote(forms[3]).get(0);
    assertFalse(wrong.get("exact").asBoolean());
    assertEquals(sentence, wrong.get("text").asText());
    assertTrue(quote(forms[2]).get(0).get("exact").asBoolean());
  }

  @Test
  void unrelatedQuotationGivesAnEmptyListAndAReplyThatSaysSo() throws Exception {
    assertEquals(0, quote("今年夏粮再获丰收，全国小麦产量稳中有增").size());
    CliRun r = CliRun.onRealArchive("quote", "今年夏粮再获丰收，全国小麦产量稳中有增");
    assertEquals(0, r.exit(), r.err());
    assertEquals(org.baoku.chat.Messages.QUOTE_NONE, r.out().strip());
    assertTrue(r.out().startsWith("资料中没有找到"));
  }

  @Test
  void emptyQuotationIsAOneLineError() {
    assertBad("");
    assertBad("   ");
  }

  @Test
  void punctuationOnlyIsAOneLineError() {
    assertBad("，。！？…… ——");
  }

  @Test
  void absurdlyLongQuotationIsAOneLineError() {
    assertBad("疫情防控".repeat(1_000));
    assertBad("疫情防控".repeat(130));
  }

  @Test
  void aWordIsNoQuotation() {
    assertBad("防疫");
  }

  @Test
  void missingQuotationIsAUsageError() {
    CliRun r = CliRun.onRealArchive("quote");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
  }

  private static void assertBad(String q) {
    CliRun r = CliRun.onRealArchive("quote", q);
    assertEquals(2, r.exit(), r.out());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("错误 / error: "), r.err());
  }

  @Test
  void jsonOfADatedArchiveListsTheReprintAfterTheFirstAppearance() throws Exception {
    Quotation q = Quotation.of("外来人口通过二维码注册，手机填写，即可完成姓名、性别、身份证号");
    JsonNode o = JSON.readTree(QuoteCommand.json(q, new QuoteFinder(ReprintArchive.index()).find(q)).toString());
    JsonNode ms = o.get("matches");
    assertEquals(3, ms.size(), o.toString());
    JsonNode first = ms.get(0);
    for (String key : new String[] {"paper", "date", "page_no", "page", "article", "headline", "text", "exact", "similarity"}) {
      assertTrue(first.has(key), key);
    }
    assertEquals("京工日报", first.get("paper").asText());
    assertEquals("2020-03-05", first.get("date").asText());
    assertEquals(2, first.get("page_no").asInt());
    assertEquals(ReprintArchive.FIRST_PAGE, first.get("page").asText());
    assertEquals(ReprintArchive.HEADLINE, first.get("headline").asText());
    assertEquals("first", first.get("appearance").asText());
    assertTrue(first.get("exact").asBoolean());
    assertEquals(q.text(), first.get("text").asText());
    JsonNode reprint = ms.get(1);
    assertEquals("2020-03-20", reprint.get("date").asText());
    assertEquals("reprint", reprint.get("appearance").asText());
    assertFalse(reprint.get("exact").asBoolean());
    assertEquals("外來人口通過二維瑪註冊 手機慎寫 即可完成姓名 性別 身份證號", reprint.get("text").asText());
    assertTrue(ms.get(2).get("date").isNull());
    assertEquals("undated", ms.get(2).get("appearance").asText());
  }

  @Test
  void consoleMarksTheDifferencesAndNamesTheFirstAppearance() {
    Quotation q = Quotation.of("外来人口通过二维码注册，手机填写");
    String text = QuoteCommand.text(q, new QuoteFinder(ReprintArchive.index()).find(q));
    // As the README shows it.
    assertEquals(String.join("\n",
        "“外来人口通过二维码注册，手机填写” 见于 3 篇文章 / found in 3 articles",
        "",
        "1. 首次刊载 first appearance · 《京工日报》2020年3月5日 第2版 要闻 · 《市总工会下沉工作组助力科学战“疫”》 · 2020-03-05-02.txt #1 · 相似度 similarity 1.00（原文 exact）",
        "   外来人口通过二维码注册，手机填写",
        "",
        "2. 转载 reprint · 《城郊晚报》2020年3月20日 第5版 · 《郊区村庄外来人口登记有新招》 · 2020-03-20-05.txt #1 · 相似度 similarity 0.87",
        "   外來人口通過二維[-码-]{+瑪+}註冊 手機[-填-]{+慎+}寫",
        "",
        "3. 日期不详 undated · clipping.txt #1 · 相似度 similarity 1.00（原文 exact）",
        "   外来人口通过二维码注册，手机填写",
        "",
        PlainText.LEGEND), text);
  }
}
