package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quotation's source on the bundled pages: who said it, and the report it appeared in, by its
 * headline and imprint, when the question asks where or when it appeared.
 */
class QuoteSourceTest {

  private static final String QUOTE = "一丝不苟地完成检查任务";

  private static Answer ask(String question, List<Hit> hits) {
    Answer a = ExtractiveComposerTest.COMPOSER.compose(question, hits);
    ExtractiveComposerTest.assertWellFormed(a);
    return a;
  }

  /** The passage holding {@link #QUOTE} under another id and imprint, as another day's page would print it. */
  private static Hit printed(String id, LocalDate day, int rank) {
    Passage p = Passages.hits(1, QUOTE).get(0).passage();
    return new Hit(new Passage(id, p.page(), p.article(), p.headline(), p.byline(), p.text(), p.start(), p.end(),
        new Imprint("劳动午报", day, 3, null)), 1, rank);
  }

  @Test
  void theReportAQuotationIsInIsNamedByItsHeadline() {
    Answer a = ask("“" + QUOTE + "”是哪篇报道里的话？", Passages.hits(6, QUOTE, "顺义"));
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().startsWith("出自《顺义各级工会纷纷行动 筑牢防疫“坚强堡垒”》："), a.text());
    assertTrue(a.citations().get(0).quote().contains(QUOTE), a.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"“" + QUOTE + "”，这是哪则消息里写的？", "请问“" + QUOTE + "”出现在什么报道中？",
      "“" + QUOTE + "”所在的那篇报道标题是什么？", "“" + QUOTE + "”是在哪个报道里写到的？", "我想查一下“" + QUOTE + "”这句的出处。"})
  void theReportIsAskedInManyWords(String question) {
    assertTrue(ask(question, Passages.hits(6, QUOTE, "顺义")).text().startsWith("出自《顺义各级工会纷纷行动"), question);
  }

  @ParameterizedTest
  @ValueSource(strings = {"献血那天有人喊出“一人献血，多人受益”，说这话的是谁？",
      "王敏捐水壶时说了句“小小水壶，浓浓情谊”，这话登在哪篇报道里？"})
  void wordsTheArchiveNeverPrintedAreNotLookedUp(String question) {
    Answer a = ask(question, Passages.hits(6, "献血", "保温水壶", "王敏"));
    assertFalse(a.grounded(), a.text());
  }

  @Test
  void aLineRememberedLooselyIsStillLookedUp() {
    // two pairs of ten changed: still the report's line, not words it never printed
    Answer a = ask("“一丝不苟完成检查的任务”这句话是哪篇报道里的？", Passages.hits(6, QUOTE, "顺义"));
    assertTrue(a.grounded(), a.text());
  }

  @Test
  void whenItWasPrintedIsTheImprintsDayNotADayTheReportTellsOf() {
    Answer a = ask("“" + QUOTE + "”这句话是哪天见报的？", List.of(printed("a#1", LocalDate.of(2022, 11, 25), 1)));
    assertTrue(a.text().startsWith("出自《顺义各级工会纷纷行动 筑牢防疫“坚强堡垒”》（《劳动午报》2022年11月25日 第3版）："), a.text());
    // the report's own 11月初 is no answer to when it was printed
    assertEquals(1, a.citations().size(), a.text());
  }

  @Test
  void whereItFirstAppearedIsTheEarliestPrinting() {
    List<Hit> hits = List.of(printed("later#1", LocalDate.of(2022, 12, 2), 1), printed("first#1", LocalDate.of(2022, 11, 25), 2));
    assertTrue(ask("“" + QUOTE + "”这句话最早出现在哪篇报道？", hits).text().contains("2022年11月25日"));
    assertTrue(ask("“" + QUOTE + "”这句话出现在哪篇报道？", hits).text().contains("2022年12月2日"));
  }

  @Test
  void aQuotationWithoutQuotationMarksIsReadFromBeforeThePointingWords() {
    Answer a = ask("两点一线非必要不出区，这句倡议我在报上看到过，是哪篇报道里的？", Passages.hits(6, "两点一线", "非必要不出区"));
    assertTrue(a.text().startsWith("出自《"), a.text());
    assertTrue(a.citations().get(0).quote().contains("非必要不出区"), a.text());
    Answer said = ask("我还年轻身体顶得住，这句话是谁说的？", Passages.hits(6, "我还年轻", "孙世博"));
    assertTrue(said.text().contains("孙世博"), said.text());
  }

  @Test
  void aQuotationRememberedWithAWordWrongStillFindsItsLine() {
    // 参与 on the page, 参加 as remembered
    Answer a = ask("“人人重视安全，人人参加安全，人人监督安全”出自哪篇报道？", Passages.hits(6, "人人重视安全", "人人监督安全"));
    assertTrue(a.text().startsWith("出自《建工集团多措并举完善项目安全管理体系》"), a.text());
    // a line the pages do not hold is not taken for one that shares a few words with it
    Answer none = ask("“人人重视节约，人人参加节能，人人监督浪费”出自哪篇报道？", Passages.hits(6, "人人重视安全", "人人监督安全"));
    assertFalse(none.text().startsWith("出自《"), none.text());
    // nor is a short line with its sense changed: 非必要可出区 for 非必要不出区 holds 7 of 9 pairs
    Answer changed = ask("“两点一线，非必要可出区”出自哪篇报道？", Passages.hits(6, "两点一线", "非必要不出区"));
    assertFalse(changed.text().startsWith("出自《"), changed.text());
  }

  @Test
  void theSentenceSayingWhatTheQuotationIsComesWithIt() {
    String line = "作为一名服务在一线的公交人，疫情就是命令，防控就是责任。";
    Answer a = ask("“" + line + "”这句话出现在哪里？", Passages.hits(6, "作为一名服务在一线的公交人", "宣传片"));
    assertTrue(a.text().startsWith("出自《公交劳模自制疫情防控宣传片》"), a.text());
    assertTrue(a.text().contains("这是北京公交集团客四分公司1路“洪霞创新工作室”制作的疫情防控宣传片的开篇语。"), a.text());
    // a sentence after the quotation that tells of something else is not cited with it
    Answer other = ask("“" + QUOTE + "”是哪篇报道里的话？", Passages.hits(6, QUOTE, "顺义"));
    assertEquals(1, other.citations().size(), other.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"“作为一线公交人 疫情就是命令 防控就是责任” 这是哪个片子开头的",
      "“作为一名服务在一线的公交人，疫情就是命令”这是哪个工作室宣传片里的"})
  void whatAQuotationIsPartOfIsSaidByTheSentenceAfterIt(String question) {
    Answer a = ask(question, Passages.hits(6, "作为一名服务在一线的公交人", "宣传片"));
    assertTrue(a.text().startsWith("出自《公交劳模自制疫情防控宣传片》"), a.text());
    assertTrue(a.text().contains("“洪霞创新工作室”制作的疫情防控宣传片的开篇语"), a.text());
  }

  @Test
  void aSpeakerNamedIsAskedAfterByTheSentencesNearTheQuotation() {
    Answer a = ask("朝阳有个年轻的工会干部孙世博，说自己“还年轻，身体顶得住”。他当时是在支援哪个单位？",
        Passages.hits(6, "身体顶得住", "孙世博"));
    assertTrue(a.text().contains("朝阳区疾控中心"), a.text());
  }

  @Test
  void whenAnUndatedPageWasPrintedIsNotKnown() {
    Answer a = ask("“" + QUOTE + "”这句话是哪天见报的？", Passages.hits(6, QUOTE, "顺义"));
    assertFalse(a.grounded(), a.text());
  }

  @Test
  void wordsWithoutQuotationMarksAreMatchedWordForWordOnly() {
    // the reader's own summary of what was said is no quotation remembered loosely
    Answer a = ask("郑默杰强调下沉干部要当好守门人，这句话是在哪个村说的？", Passages.hits(6, "郑默杰强调", "口子村"));
    assertTrue(a.text().contains("口子村"), a.text());
  }

  @Test
  void whereALineComesFromIsAskedInEnglishToo() {
    Answer a = ask("Where does the line “一丝不苟地完成检查任务” come from?", Passages.hits(6, QUOTE, "顺义"));
    assertTrue(a.text().contains("出自《顺义各级工会纷纷行动"), a.text());
  }

  @Test
  void theSpeakerOfALaterSentenceIsTheLabelOpeningItsParagraph() {
    // 组宣部马莲：疫情就是命令，防控就是责任。我是党员我先上…; the next paragraph opens with another's label
    Answer a = ask("“我是党员我先上，积极投身防控一线。”这句心里话是大兴区总工会哪位干部说的？",
        Passages.hits(6, "我是党员我先上", "马莲"));
    assertTrue(a.text().contains("马莲"), a.text());
    assertFalse(a.text().contains("陈晶晶"), a.text());
  }

  @Test
  void whoSaidItIsAnsweredWithoutThePiece() {
    Answer a = ask("“我还年轻，身体顶得住。”这句话是哪位工会干部说的？", Passages.hits(6, "我还年轻", "孙世博"));
    assertTrue(a.text().contains("孙世博"), a.text());
    assertFalse(a.text().startsWith("出自"), a.text());
  }
}
