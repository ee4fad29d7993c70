package org.baoku.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.baoku.ingest.Article;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Passage;
import org.baoku.quote.QuoteMatch.Appearance;
import org.junit.jupiter.api.Test;

/**
 * Citation lookup on {@link ReprintArchive}: a report printed first on one date and reprinted
 * later re-punctuated, in traditional script, with two characters misread.
 */
class QuoteFinderTest {

  private static final QuoteFinder FINDER = new QuoteFinder(ReprintArchive.index());

  private static List<QuoteMatch> find(String q) {
    return FINDER.find(q);
  }

  private static String pages(List<QuoteMatch> ms) {
    return ms.stream().map(m -> m.page() + " " + m.appearance() + " " + m.similarity() + " " + m.text())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void exactQuotationFindsTheFirstAppearanceThenTheReprintThenTheUndatedClipping() {
    String q = "外来人口通过二维码注册，手机填写，即可完成姓名、性别、身份证号、体温、流出地、进村时间等多项信息采集";
    List<QuoteMatch> ms = find(q);
    assertEquals(3, ms.size(), pages(ms));
    QuoteMatch first = ms.get(0);
    assertEquals(ReprintArchive.FIRST_PAGE, first.page());
    assertEquals(Appearance.FIRST, first.appearance());
    assertTrue(first.exact());
    assertEquals(1.0, first.similarity());
    assertEquals(q, first.text());
    assertEquals(q, ReprintArchive.original().text().substring(first.start(), first.end()));

    QuoteMatch reprint = ms.get(1);
    assertEquals(ReprintArchive.REPRINT_PAGE, reprint.page());
    assertEquals(Appearance.REPRINT, reprint.appearance());
    assertFalse(reprint.exact());
    assertEquals("外來人口通過二維瑪註冊 手機慎寫 即可完成姓名 性別 身份證號 體溫 流出地 進村時間等多項信息採集",
        reprint.text());
    List<QuoteDiff.Piece> changed = reprint.diff().pieces().stream()
        .filter(p -> p.kind() != QuoteDiff.Kind.SAME).toList();
    assertEquals(List.of(new QuoteDiff.Piece(QuoteDiff.Kind.CHANGED, "瑪", "码"),
        new QuoteDiff.Piece(QuoteDiff.Kind.CHANGED, "慎", "填")), changed);
    int n = Folded.of(q).length();
    assertEquals((n - 2.0) / n, reprint.similarity(), 1e-9);

    assertEquals(ReprintArchive.CLIPPING_PAGE, ms.get(2).page());
    assertEquals(Appearance.UNDATED, ms.get(2).appearance());
  }

  @Test
  void rePunctuatedQuotationIsExact() {
    List<QuoteMatch> ms = find("外来人口通过二维码注册 手机填写 即可完成姓名 性别 身份证号");
    assertEquals(ReprintArchive.FIRST_PAGE, ms.get(0).page(), pages(ms));
    assertTrue(ms.get(0).exact());
    assertEquals("外来人口通过二维码注册，手机填写，即可完成姓名、性别、身份证号", ms.get(0).text());
  }

  @Test
  void traditionalScriptQuotationIsExactAndQuotedInTheArticlesScript() {
    List<QuoteMatch> ms = find("用大數據實時監控和研判分析返京外來人口情況，精準配備防疫力量");
    assertEquals(2, ms.size(), pages(ms));
    assertEquals(ReprintArchive.FIRST_PAGE, ms.get(0).page());
    assertTrue(ms.get(0).exact());
    assertEquals("用大数据实时监控和研判分析返京外来人口情况，精准配备防疫力量", ms.get(0).text());
    assertEquals(ReprintArchive.REPRINT_PAGE, ms.get(1).page());
    assertTrue(ms.get(1).exact(), "the reprint says the same words in the other script");
    assertEquals("用大數據實時監控和研判分析返京外來人口情況 精準配備防疫力量", ms.get(1).text());
  }

  @Test
  void twoCharactersWrongStillFindTheSourceWithTheDifferencesMarked() {
    // 形势 misremembered as 形式, 制作 as 制做.
    List<QuoteMatch> ms = find("挂图作战，针对外来人口来源复杂的形式，制做《外来人口返京流量趋势图》");
    assertEquals(2, ms.size(), pages(ms));
    QuoteMatch m = ms.get(0);
    assertEquals(ReprintArchive.FIRST_PAGE, m.page());
    assertEquals("挂图作战，针对外来人口来源复杂的形势，制作《外来人口返京流量趋势图》", m.text());
    assertFalse(m.exact());
    int n = Folded.of("挂图作战针对外来人口来源复杂的形式制做外来人口返京流量趋势图").length();
    assertEquals((n - 2.0) / n, m.similarity(), 1e-9);
    assertEquals(List.of(
        new QuoteDiff.Piece(QuoteDiff.Kind.SAME, "挂图作战，针对外来人口来源复杂的形", ""),
        new QuoteDiff.Piece(QuoteDiff.Kind.CHANGED, "势", "式"),
        new QuoteDiff.Piece(QuoteDiff.Kind.SAME, "，制", ""),
        new QuoteDiff.Piece(QuoteDiff.Kind.CHANGED, "作", "做"),
        new QuoteDiff.Piece(QuoteDiff.Kind.SAME, "《外来人口返京流量趋势图》", "")), m.diff().pieces());
    assertEquals(Appearance.REPRINT, ms.get(1).appearance());
  }

  @Test
  void halfASentenceFindsItsSpan() {
    List<QuoteMatch> ms = find("坚持化整为零、时时联动");
    assertEquals(2, ms.size(), pages(ms));
    assertEquals("坚持化整为零、时时联动", ms.get(0).text());
    assertEquals(Appearance.FIRST, ms.get(0).appearance());
    assertEquals(ReprintArchive.REPRINT_PAGE, ms.get(1).page());
    assertTrue(ms.get(1).text().startsWith("堅持化整"), ms.get(1).text());
    assertTrue(ms.get(1).exact());
    assertTrue(String.join("\n", ReprintArchive.reprintParagraphs()).contains(ms.get(1).text()));
  }

  @Test
  void aMisreadLastCharacterIsShownChangedNotCutOff() {
    List<QuoteMatch> ms = find("为胡家堡村科学防疫提供决策依椐");
    QuoteMatch m = ms.get(0);
    assertEquals("为胡家堡村科学防疫提供决策依据", m.text());
    QuoteDiff.Piece last = m.diff().pieces().get(m.diff().pieces().size() - 1);
    assertEquals(new QuoteDiff.Piece(QuoteDiff.Kind.CHANGED, "据", "椐"), last);
  }

  @Test
  void aQuotationAcrossTwoPassagesIsFoundInTheArticle() {
    Article a = ReprintArchive.original();
    List<Passage> ps = Chunker.chunk(a);
    assertTrue(ps.size() >= 2, "the fixture article must have two passages");
    String text = a.text();
    int from = ps.get(0).end() - 15;
    int to = ps.get(1).start() + 15;
    String q = text.substring(from, to);
    List<QuoteMatch> ms = find(q);
    QuoteMatch m = ms.get(0);
    assertEquals(ReprintArchive.FIRST_PAGE, m.page(), pages(ms));
    assertTrue(m.exact(), m.diff().toString());
    assertEquals(q, m.text());
    assertEquals(from, m.start());
    assertEquals(to, m.end());
    assertEquals(ps.get(0).id(), m.passageId());
  }

  @Test
  void unrelatedQuotationsFindNothing() {
    assertEquals(List.of(), find("北京市民踊跃参加冬季长跑活动，强身健体迎新春"));
    assertEquals(List.of(), find("今年夏粮再获丰收，全国小麦产量稳中有增"));
    assertEquals(List.of(), find("疫情防控工作不能松懈，各村外来人员一律登记"));
  }

  @Test
  void textThatIsNoQuotationFindsNothingAndNeverThrows() {
    assertEquals(List.of(), find(null));
    assertEquals(List.of(), find(""));
    assertEquals(List.of(), find("，。！？……"));
    assertEquals(List.of(), find("防疫"));
    assertEquals(List.of(), find("防".repeat(5_000)));
    assertEquals(List.of(), find("\u0000\uD800\u202E"));
  }
}
