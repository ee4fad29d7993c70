package org.baoku.chat;

import static org.baoku.retrieve.DatedArchive.CASES_FIRST;
import static org.baoku.retrieve.DatedArchive.CASES_HEADLINE;
import static org.baoku.retrieve.DatedArchive.CASES_SECOND;
import static org.baoku.retrieve.DatedArchive.MARCH_15;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.cli.PlainText;
import org.baoku.retrieve.DatedArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conversation handler over a dated archive ({@link DatedArchive}): a day's paper page by page,
 * each article one command away, and the paper, date and page beside every headline shown with a
 * source.
 */
class DatedArchiveTest {

  private static Conversations chat;

  private static final String CASES_WHERE = "《晚报》2020年3月15日 第1版 要闻";
  private static final String CASES_CITE = "张三. 本市新增确诊病例12例[N]. 晚报, 2020-03-15(1).";

  @BeforeAll
  static void wire() {
    chat = Conversations.builder()
        .archive(DatedArchive.get())
        .composer(new ExtractiveComposer(DatedArchive.get()))
        .build();
  }

  private static Reply say(String typed) {
    return chat.handle("dated", Command.parse(typed));
  }

  private static List<Command> commands(Reply r) {
    return r.actions().stream().map(Reply.Action::command).toList();
  }

  @Test
  void dayListsEveryPageWithItsHeadlinesInOrderOnTheConsole() {
    Reply r = say("/day 2020-03-15 晚报");
    assertEquals(Reply.Kind.ISSUE, r.kind());
    assertEquals("""
        《晚报》2020年3月15日 · 3 版 · 5 篇

        第1版 要闻
          1. 本市新增确诊病例12例
          2. 公园恢复开放

        第2版 城市
          3. 地铁新线年底通车
          4. 社区食堂开业，老年人用餐可享受八折优惠。

        第3版
          5. 图书馆推出夜间阅读服务

        打开一篇文章：/read 2020-03-15 晚报 编号，例如 /read 2020-03-15 晚报 1。Open an article: /read 2020-03-15 晚报 N.""",
        PlainText.render(r));
  }

  @Test
  void theActionsOpenTheShownPagesArticlesAndTurnThePage() {
    Reply first = say("/day 2020-03-15 晚报");
    assertEquals(1, first.page());
    assertEquals(List.of(new Command.Read(MARCH_15, "晚报", 1), new Command.Read(MARCH_15, "晚报", 2),
        new Command.Day(MARCH_15, "晚报", 2)), commands(first));
    assertEquals(List.of("1. 本市新增确诊病例12例", "2. 公园恢复开放", "第2版 城市 ›"),
        first.actions().stream().map(Reply.Action::label).toList());

    Reply second = chat.handle("dated", first.actions().get(2).command());
    assertEquals(2, second.page());
    assertEquals(List.of(new Command.Read(MARCH_15, "晚报", 3), new Command.Read(MARCH_15, "晚报", 4),
        new Command.Day(MARCH_15, "晚报", 1), new Command.Day(MARCH_15, "晚报", 3)), commands(second));
    assertEquals("‹ 第1版 要闻", second.actions().get(2).label());

    Reply last = chat.handle("dated", new Command.Day(MARCH_15, "晚报", 3));
    assertEquals(List.of(new Command.Read(MARCH_15, "晚报", 5), new Command.Day(MARCH_15, "晚报", 2)), commands(last));
    assertEquals(3, chat.handle("dated", new Command.Day(MARCH_15, "晚报", 99)).page(), "past the end: the last page");

    Reply opened = chat.handle("dated", first.actions().get(0).command());
    assertEquals(Reply.Kind.ARTICLE, opened.kind());
    assertEquals(CASES_HEADLINE, opened.title());
  }

  @Test
  void anArticleOpensInFullWithWhereItWasPrintedAndItsReference() {
    Reply r = say("/read 2020-03-15 晚报 1");
    assertEquals(Reply.Kind.ARTICLE, r.kind());
    assertEquals(CASES_FIRST + "\n" + CASES_SECOND, r.text(), "both passages, in order, the headline shown apart");
    assertEquals(CASES_HEADLINE + "\n" + CASES_WHERE + " · 本报记者 张三\n\n" + CASES_FIRST + "\n" + CASES_SECOND
        + "\n\n引用格式 Cite:\n" + CASES_CITE, PlainText.render(r));
    Reply untitled = say("/read 2020-03-15 晚报 4");
    assertEquals("（无标题）", untitled.title());
    assertEquals("社区食堂开业，老年人用餐可享受八折优惠。", untitled.text());
  }

  @Test
  void aDayOfTwoPapersNamesThePaperOnEachPageAndAPaperCanBeNamedByItsStart() {
    Reply both = say("/day 2020年3月15日");
    assertEquals("2020年3月15日 · 4 版 · 6 篇", both.title());
    String console = PlainText.render(both);
    assertTrue(console.contains("\n\n《日报》 第1版 要闻\n  1. 春季植树活动举行\n\n《晚报》 第1版 要闻\n  2. 本市新增确诊病例12例"),
        console);
    assertEquals("《晚报》2020年3月15日 · 3 版 · 5 篇", say("/day 2020-03-15 晚").title());
    assertEquals(CASES_HEADLINE, say("/read 2020-03-15 晚 1").title());
    assertEquals("春季植树活动举行", say("/read 2020-03-15 1").title(), "numbered through the whole day");
  }

  @Test
  void aMissingDayOrPaperSaysWhatTheArchiveHolds() {
    Reply missing = say("/day 2020-04-01");
    assertEquals(Reply.Kind.MESSAGE, missing.kind());
    assertTrue(missing.text().startsWith("档案里没有 2020-04-01 的报纸；现有的报纸从 2020-03-15 到 2020-03-16。"),
        missing.text());
    assertEquals(missing.text(), say("/read 2020-04-01 3").text());
    String noPaper = say("/day 2020-03-15 人民日报").text();
    assertTrue(noPaper.startsWith("档案里没有 《人民日报》2020-03-15 的报纸；这一天有 《日报》、《晚报》。"), noPaper);
    String range = say("/read 2020-03-15 晚报 9").text();
    assertTrue(range.startsWith("这一天的报纸共有 5 篇文章"), range);
  }

  @Test
  void aQuestionAboutADayTheArchiveLacksIsNotAnsweredFromOtherDays() {
    Reply r = say("2020年4月1日本市新增确诊病例多少例？");
    assertEquals(Reply.Kind.MESSAGE, r.kind(), r.text());
    assertTrue(r.text().startsWith("档案里没有“2020年4月1日”的报纸，所以不能回答；现有的报纸从 2020-03-15 到 2020-03-16。"),
        r.text());
    assertTrue(r.hits().isEmpty());
  }

  @Test
  void theImprintStandsBesideEveryHeadlineShownWithASource() {
    String line = "本市新增确诊病例12例 — " + CASES_WHERE + " — 本报记者 张三";
    Reply search = say("/search 确诊病例 境外输入");
    assertTrue(PlainText.render(search).contains(". " + line + "\n"), PlainText.render(search));
    Reply quote = say("/quote 均为境外输入病例");
    assertTrue(PlainText.render(quote).contains(" · " + CASES_WHERE + " · 《" + CASES_HEADLINE + "》"),
        PlainText.render(quote));

    Reply answer = say("3月15日本市新增确诊病例多少例？");
    assertTrue(answer.answer().grounded(), answer.answer().text());
    assertEquals(CASES_HEADLINE, answer.citations().get(0).passage().headline());
    assertTrue(PlainText.render(answer).contains("\n[1] " + line + "\n"), PlainText.render(answer));

    String source = PlainText.render(say("/source 1"));
    assertTrue(source.startsWith("[1] " + CASES_HEADLINE + "\n版面 page: " + CASES_WHERE + " · 第1篇 · 本报记者 张三\n"),
        source);
    assertTrue(source.endsWith("\n\n引用格式 Cite:\n" + CASES_CITE), source);
  }

  @Test
  void aWeekdayTheReportDoesNotNameIsWorkedOutFromItsDayAndIssue() {
    // 3月15日 in the issue of 15 March 2020, a Sunday; the report names no weekday
    Reply r = say("本市新增确诊病例12例那天是星期几？");
    assertTrue(r.answer().grounded(), r.answer().text());
    assertTrue(r.answer().text().startsWith("2020年3月15日是星期日（据[1]"), r.answer().text());
    assertEquals(CASES_HEADLINE, r.citations().get(0).passage().headline());
  }
}
