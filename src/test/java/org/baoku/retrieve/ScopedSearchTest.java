package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.chat.Command;
import org.baoku.chat.Conversations;
import org.baoku.chat.Reply;
import org.baoku.index.Embedder;
import org.baoku.index.IndexBuild;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One kind of report recurs on several days with other figures, as a daily paper's do: a search
 * scoped to a day finds that day's report however alike the others are, and a range keeps every
 * hit inside it.
 */
class ScopedSearchTest {

  @TempDir static Path dir;
  private static PassageSearcher index;
  private static HybridRetriever retriever;
  private static final List<Passage> PASSAGES = new ArrayList<>();

  private static final int[] NEW_CASES = {12, 7, 31, 4, 19, 26};

  @BeforeAll
  static void build() {
    List<Passage> passages = PASSAGES;
    for (int i = 0; i < NEW_CASES.length; i++) {
      LocalDate day = LocalDate.of(2020, 3, 10 + i);
      String text = day.getMonthValue() + "月" + day.getDayOfMonth() + "日0时至24时，本市新增确诊病例"
          + NEW_CASES[i] + "例，均为境外输入病例，治愈出院" + (i + 2) + "例。";
      String page = "晚报/" + day + "/01.txt";
      passages.add(new Passage(page + "#1.1", page, 1, "本市新增确诊病例" + NEW_CASES[i] + "例", "",
          text, 0, text.length(), new Imprint("晚报", day, 1, "要闻")));
      String other = (i + 3) + "家公园" + day.getDayOfMonth() + "日起恢复开放，游客需预约入园。";
      passages.add(new Passage(page.replace("01", "02") + "#1.1", page.replace("01", "02"), 1,
          "公园恢复开放", "", other, 0, other.length(), new Imprint("晚报", day, 2, "城市")));
    }
    // Other news, as a real archive has, so the report's words are not common to most passages.
    String[] news = {"区总工会组织职工开展应急救护培训，共有两百余人参加。", "地铁新线预计年底通车，沿线设站十二座。",
        "图书馆推出夜间阅读服务，每周五开放至晚上九点。", "春季植树活动在郊野公园举行，市民种下银杏树苗。",
        "工会为一线环卫工人送去防寒物资和慰问金。", "中学生科技节开幕，展出机器人和航模作品。",
        "社区食堂开业，老年人用餐可享受八折优惠。", "马拉松比赛报名开启，名额两万个。",
        "旧城改造项目启动，涉及居民三百余户。", "博物馆新展聚焦古代丝绸之路文物。"};
    for (int i = 0; i < news.length; i++) {
      String page = "晚报/2020-03-1" + (i % NEW_CASES.length) + "/03.txt";
      passages.add(new Passage(page + "#" + (i + 1) + ".1", page, i + 1, "", "", news[i], 0,
          news[i].length(), new Imprint("晚报", LocalDate.of(2020, 3, 10 + i % NEW_CASES.length), 3, null)));
    }
    // a report printed weeks after the day it names
    String late = "2月20日，区总工会为一线环卫工人送去防寒物资1200件，慰问职工300余名。";
    passages.add(new Passage("晚报/2020-03-15/04.txt#1.1", "晚报/2020-03-15/04.txt", 1, "", "", late, 0,
        late.length(), new Imprint("晚报", LocalDate.of(2020, 3, 15), 4, null)));
    String undated = "市卫健委就本市新增确诊病例的统计口径作出说明，共有16家定点医院参与统计。";
    passages.add(new Passage("x.txt#1.1", "x.txt", 1, "", "", undated, 0, undated.length()));
    IndexBuild.build(passages, dir.resolve("index"), Progress.none());
    index = PassageSearcher.open(dir.resolve("index"));
    retriever = new HybridRetriever(index, Embedder.shared());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void theIndexKnowsItsIssues() {
    assertEquals(NEW_CASES.length, index.issues().size());
    assertEquals(new Issue("晚报", LocalDate.of(2020, 3, 10)), index.issues().first());
  }

  @Test
  void aQuestionNamingADayGetsThatDaysReportFromTheIssuesOfItsWeek() {
    for (int i = 0; i < NEW_CASES.length; i++) {
      LocalDate day = LocalDate.of(2020, 3, 10 + i);
      String question = "3月" + (10 + i) + "日本市新增确诊病例多少例？";
      WhenAsked.Reading when = WhenAsked.read(question, index.issues(), null);
      assertTrue(when.held());
      assertEquals(day, when.scope().from());
      List<Hit> hits = retriever.search(question, when.scope(), 5).hits();
      assertFalse(hits.isEmpty());
      for (Hit h : hits) {
        LocalDate printed = h.passage().imprint().date();
        // the undated passage may be of any day; every dated one is of the day asked or after it
        assertTrue(printed == null || when.scope().holds(h.passage().imprint()) && !printed.isBefore(day),
            question + ": " + printed);
      }
      assertTrue(hits.get(0).passage().text().contains("新增确诊病例" + NEW_CASES[i] + "例"), question);
    }
  }

  @Test
  void aQuestionNamingTheDaysPaperGetsThatDayAlone() {
    for (int i = 0; i < NEW_CASES.length; i++) {
      LocalDate day = LocalDate.of(2020, 3, 10 + i);
      String question = day.getMonthValue() + "月" + day.getDayOfMonth() + "日的报纸上，本市新增确诊病例多少例？";
      WhenAsked.Reading when = WhenAsked.read(question, index.issues(), null);
      assertEquals(Scope.day(day), when.scope());
      for (Hit h : retriever.search(question, when.scope(), 5).hits()) {
        LocalDate printed = h.passage().imprint().date();
        assertTrue(printed == null || printed.equals(day), question + ": " + printed);
      }
    }
  }

  @Test
  void aRangeKeepsEveryHitInside() {
    Scope march12to13 = new Scope(LocalDate.of(2020, 3, 12), LocalDate.of(2020, 3, 13), null, null);
    List<Hit> hits = retriever.search("新增确诊病例 公园", march12to13, 20).hits();
    assertEquals(PASSAGES.stream().filter(p -> march12to13.holds(p.imprint())).count(), hits.size());
    hits.forEach(h -> assertTrue(march12to13.holds(h.passage().imprint())));
    List<Hit> frontPages = retriever.search("公园 病例", new Scope(null, null, "晚报", 1), 20).hits();
    assertEquals(NEW_CASES.length, frontPages.size());
    frontPages.forEach(h -> assertEquals(1, h.passage().imprint().pageNo()));
  }

  @Test
  void noDateRulesOutAnUndatedPassage() {
    List<Hit> hits = retriever.search("统计口径", Scope.day(LocalDate.of(2020, 3, 11)), 20).hits();
    assertTrue(hits.stream().anyMatch(h -> h.passage().imprint().date() == null), "the day's search sees it");
    assertEquals(PASSAGES.stream().filter(p -> p.imprint().date() == null
        || p.imprint().date().equals(LocalDate.of(2020, 3, 11))).count(),
        retriever.search("新增确诊病例 公园 统计口径", Scope.day(LocalDate.of(2020, 3, 11)), 20).hits().size());
    List<Hit> noIssue = retriever.search("新增确诊病例", Scope.day(LocalDate.of(2020, 4, 1)), 20).hits();
    assertEquals(List.of("x.txt#1.1"), noIssue.stream().map(h -> h.passage().id()).toList(),
        "a day without an issue leaves the undated passage alone");
    assertTrue(retriever.search("新增确诊病例", new Scope(null, null, "晚报", null), 20).hits().stream()
        .allMatch(h -> "晚报".equals(h.passage().imprint().paper())), "an unknown paper is outside a paper");
  }

  /** A conversation over the index, as the console and the bot hold one. */
  private static Conversations chat() {
    Archive archive = new IndexArchive(index, retriever);
    return Conversations.builder().archive(archive).composer(new ExtractiveComposer(archive)).build();
  }

  @Test
  void aQuestionNamingADayWithoutAnIssueIsAnsweredFromAnUndatedPage() {
    Conversations chat = chat();
    Reply r = chat.handle("u", Command.parse("4月1日共有多少家定点医院参与新增确诊病例统计？"));
    assertEquals(Reply.Kind.ANSWER, r.kind(), r.text());
    assertEquals(List.of("x.txt#1.1"), r.answer().hits().stream().map(h -> h.passage().id()).toList());
    assertTrue(r.answer().text().contains("16家"), r.answer().text());
    assertTrue(r.answer().text().contains("[1]（日期不详）"), "the day is not the page's: " + r.answer().text());
    // what the undated page does not say is not answered from other days, and the reply says why
    Reply lacking = chat.handle("v", Command.parse("4月1日地铁新线设站多少座？"));
    assertEquals(Reply.Kind.MESSAGE, lacking.kind(), lacking.text());
    assertTrue(lacking.text().startsWith("档案里没有“4月1日”的报纸，所以不能回答；现有的报纸从 2020-03-10 到 2020-03-15。"),
        lacking.text());
  }

  @Test
  void aDayReportedWeeksLaterIsAnsweredFromTheLaterIssueUnlessTheDaysPaperIsAsked() {
    Conversations chat = chat();
    Reply r = chat.handle("late", Command.parse("2月20日区总工会给环卫工人送了多少件防寒物资？"));
    assertEquals(Reply.Kind.ANSWER, r.kind(), r.text());
    assertEquals("晚报/2020-03-15/04.txt#1.1", r.answer().citations().get(0).passage().id());
    assertTrue(r.answer().text().contains("1200件"), r.answer().text());
    Reply paper = chat.handle("paper", Command.parse("2月20日的报纸上，区总工会给环卫工人送了多少件防寒物资？"));
    assertEquals(Reply.Kind.MESSAGE, paper.kind(), paper.text());
    assertTrue(paper.text().startsWith("档案里没有“2月20日”的报纸，所以不能回答"), paper.text());
    Conversations from = Conversations.builder().archive(new IndexArchive(index, retriever))
        .composer(new ExtractiveComposer(new IndexArchive(index, retriever)))
        .scope(new Scope(LocalDate.of(2020, 3, 12), null, null, null)).build();
    Reply ranged = from.handle("ranged", Command.parse("2月20日区总工会给环卫工人送了多少件防寒物资？"));
    assertTrue(ranged.answer() != null && ranged.answer().text().contains("1200件"),
        "--from past the week still searches the months after: " + ranged.text());
    Reply early = chat.handle("early", Command.parse("2019年12月1日区总工会给环卫工人送了多少件防寒物资？"));
    assertEquals(Reply.Kind.MESSAGE, early.kind(), early.text());
    assertTrue(early.text().startsWith("档案里没有“2019年12月1日”（2019-12-01 至 2020-03-02）的报纸，所以不能回答"),
        "the days searched are named: " + early.text());
  }

  @Test
  void unscopedSearchStillSeesUndatedPassages() {
    assertTrue(retriever.search("统计口径", 3).hits().stream()
        .anyMatch(h -> h.passage().imprint().date() == null));
  }
}
