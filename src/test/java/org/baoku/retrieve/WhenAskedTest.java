package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.baoku.ingest.Issue;
import org.junit.jupiter.api.Test;

class WhenAskedTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** A daily paper for March 2020 and a weekly one, plus one issue a year earlier. */
  private static final NavigableSet<Issue> ISSUES = new TreeSet<>();

  static {
    for (int day = 1; day <= 31; day++) {
      ISSUES.add(new Issue("人民日报", d(2020, 3, day)));
    }
    ISSUES.add(new Issue("工人周报", d(2020, 3, 6)));
    ISSUES.add(new Issue("人民日报", d(2019, 7, 1)));
  }

  private static Scope scope(String question) {
    return WhenAsked.read(question, ISSUES, null).scope();
  }

  private static Scope days(LocalDate from, LocalDate to) {
    return new Scope(from, to, null, null);
  }

  @Test
  void aDayNamesAnEventThatTheIssuesOfItsWeekReport() {
    assertEquals(days(d(2020, 3, 15), d(2020, 3, 22)), scope("2020年3月15日新增多少例？"));
    assertEquals(days(d(2020, 3, 15), d(2020, 3, 22)), scope("二〇二〇年三月十五日的报道说了什么"));
    assertEquals(days(d(2020, 3, 15), d(2020, 3, 22)), scope("2020-03-15 有什么新闻"));
    assertEquals(days(d(2020, 3, 4), d(2020, 3, 11)), scope("3月4日献血的职工有多少人？"));
  }

  @Test
  void aDayOfTheIssueItselfIsThatDayAlone() {
    assertEquals(Scope.day(d(2020, 3, 15)), scope("2020年3月15日的报纸说了什么"));
    assertEquals(Scope.day(d(2020, 3, 15)), scope("3月15日那期有什么"));
    assertEquals(Scope.day(d(2020, 3, 15)), scope("3月15日刊登的社论"));
    assertEquals(new Scope(d(2020, 3, 15), d(2020, 3, 15), "人民日报", null), scope("3月15日的人民日报说了什么"));
    assertEquals(new Scope(d(2020, 3, 6), d(2020, 3, 6), "工人周报", 5), scope("3月6日工人周报第5版"));
    assertTrue(WhenAsked.read("3月15日的报纸说了什么", ISSUES, null).later().isEmpty());
  }

  @Test
  void wordsThatOnlyLookLikeAnIssueNameAnEvent() {
    assertEquals(days(d(2020, 3, 4), d(2020, 3, 11)), scope("3月4日这期间献血的职工有多少人？"));
    assertEquals(days(d(2020, 3, 4), d(2020, 3, 11)), scope("3月4日第一期培训班有多少人参加？"));
    assertEquals(days(d(2020, 3, 4), d(2020, 3, 11)), scope("3月4日出版社捐了多少本书？"));
    assertEquals(new Scope(d(2020, 3, 30), d(2020, 3, 30), "工人周报", null), scope("昨天的工人周报"));
    // 报上 in another sentence says where the reader read of it, not which issue the day is
    assertEquals(days(d(2020, 3, 4), d(2020, 3, 11)), scope("我想起报上写的献血的事。3月4日献血的职工有多少人？"));
    assertEquals(Scope.day(d(2020, 3, 15)), scope("我想问问。3月15日的报纸说了什么"));
  }

  @Test
  void aDayWithoutYearIsReadInThePaperNamedUpToToday() {
    NavigableSet<Issue> two = new TreeSet<>(java.util.List.of(new Issue("晚报", d(2019, 3, 5)),
        new Issue("日报", d(2020, 3, 4)), new Issue("晚报", d(2020, 3, 20))));
    assertEquals(d(2019, 3, 4), WhenAsked.read("晚报报道，3月4日献血的职工有多少人？", two, null).scope().from());
    assertEquals(d(2020, 3, 4), WhenAsked.read("3月4日献血的职工有多少人？", two, null).scope().from());
    assertEquals(d(2019, 3, 4), WhenAsked.read("3月4日献血的职工有多少人？", two, d(2020, 3, 3)).scope().from(),
        "the issue of 2020-03-04 is after today");
  }

  @Test
  void laterIssuesFromTheDayNamedOnAreSearchedWhenItsWeekHasNoAnswer() {
    assertEquals(Optional.of(days(d(2020, 3, 4), d(2020, 3, 31))),
        WhenAsked.read("3月4日献血的职工有多少人？", ISSUES, null).later());
    assertEquals(Optional.of(days(d(2019, 6, 30), d(2019, 9, 30))),
        WhenAsked.read("6月30日发生了什么", ISSUES, null).later(), "a quarter after the day");
    assertEquals(Optional.of(new Scope(d(2020, 3, 4), d(2020, 3, 31), "人民日报", null)),
        WhenAsked.read("人民日报报道，3月4日献血的职工有多少人？", ISSUES, null).later());
    assertTrue(WhenAsked.read("最近有什么新闻", ISSUES, null).later().isEmpty(), "the same days: nothing later");
  }

  @Test
  void aDayWithoutYearTakesTheYearTheArchiveHoldsItIn() {
    assertEquals(days(d(2019, 6, 30), d(2019, 7, 7)), scope("6月30日发生了什么"));
    assertEquals(Scope.day(d(2019, 7, 1)), scope("7月1日的报纸有什么新闻"));
    assertEquals(days(d(2020, 3, 21), d(2020, 3, 28)), scope("三月二十一日新增多少例"));
  }

  @Test
  void aLeapDayWithoutAnIssueNearbyIsThatOfTheLatestLeapYearUpToTodays() {
    NavigableSet<Issue> one = new TreeSet<>(java.util.List.of(new Issue("晚报", d(2019, 7, 1))));
    WhenAsked.Reading r = WhenAsked.read("2月29日发生了什么", one, d(2026, 12, 3));
    assertEquals(days(d(2024, 2, 29), d(2024, 3, 7)), r.scope());
    assertEquals(java.util.List.of("2月29日"), r.phrases());
    assertEquals(false, r.held());
  }

  @Test
  void aDayNoIssueFollowsWithinTheWeekTakesTheYearOfTheSoonestReport() {
    // 2019年6月1日 is followed by the issue of 2019-07-01 a month later; 2020年6月1日 by none
    WhenAsked.Reading r = WhenAsked.read("6月1日开工的工程有多长？", ISSUES, null);
    assertEquals(days(d(2019, 6, 1), d(2019, 6, 8)), r.scope());
    assertEquals(Optional.of(days(d(2019, 6, 1), d(2019, 9, 1))), r.later());
    assertEquals(r.later().get(), r.reach());
    assertTrue(r.held(), "the issue of 2019-07-01 lies in the months after");
    // 2019年10月1日 is followed by the issue of 2020-03-01 more than a quarter later: today's year
    assertEquals(Scope.day(d(2020, 10, 1)), scope("10月1日开工的工程有多长？"));
  }

  @Test
  void aMonthIsItsDaysAndTheWeekAfterUpToToday() {
    assertEquals(days(d(2020, 3, 1), d(2020, 3, 31)), scope("2020年3月的报道"));
    assertEquals(days(d(2020, 2, 1), d(2020, 3, 7)), scope("2020年2月发生了什么"));
    assertEquals(days(d(2020, 2, 1), d(2020, 2, 29)), scope("2020年2月出版的报纸"));
  }

  @Test
  void relativeTimesCountFromTheNewestIssueOrTheGivenDay() {
    assertEquals(days(d(2020, 3, 30), d(2020, 3, 31)), scope("昨天新增多少例"));
    assertEquals(days(d(2020, 2, 1), d(2020, 3, 7)), scope("上个月的报道"));
    assertEquals(days(d(2019, 1, 1), d(2020, 1, 7)), scope("去年有什么报道"));
    assertEquals(days(d(2020, 3, 25), d(2020, 3, 31)), scope("最近有什么新闻"));
    assertEquals(days(d(2020, 3, 9), d(2020, 3, 10)),
        WhenAsked.read("昨天新增多少例", ISSUES, d(2020, 3, 10)).scope());
    assertEquals(Scope.day(d(2020, 3, 9)), WhenAsked.read("昨天的报纸", ISSUES, d(2020, 3, 10)).scope());
  }

  /** A count as of yesterday is a report's running total, quoted: it names no day of the archive. */
  @Test
  void aCountAsOfYesterdayNamesNoDay() {
    assertEquals(WhenAsked.NONE, WhenAsked.read("截至昨天已经给多少名职工理过发？", ISSUES, null));
    assertEquals(WhenAsked.NONE, WhenAsked.read("到昨天为止理了多少人？", ISSUES, null));
    assertEquals(WhenAsked.NONE, WhenAsked.read("那到报上说的昨天为止理了多少人", ISSUES, null));
    assertEquals(WhenAsked.NONE, WhenAsked.read("到 昨天 为止，他们 已经 给 多少 个 职工 理发 了？", ISSUES, null));
    assertEquals(days(d(2020, 3, 30), d(2020, 3, 31)), scope("送到社区的物资昨天有多少"));
    assertEquals(days(d(2020, 3, 30), d(2020, 3, 31)), scope("我看到昨天职工们献血，一共多少人？"));
    assertEquals(days(d(2020, 3, 30), d(2020, 3, 31)), scope("截至昨天理了多少人，昨天新增多少人？"));
    assertEquals(WhenAsked.NONE, WhenAsked.read("到昨天给多少人理完了", ISSUES, null));
  }

  @Test
  void pagesAndPapers() {
    assertEquals(new Scope(null, null, null, 1), scope("头版有什么"));
    assertEquals(new Scope(null, null, "工人周报", null), scope("工人周报说了什么"));
  }

  @Test
  void aDayTheArchiveLacksIsSaidToBeLacking() {
    WhenAsked.Reading r = WhenAsked.read("2021年5月4日有什么新闻", ISSUES, null);
    assertFalse(r.held());
    assertEquals(r.scope(), r.reach(), "after today: that day alone");
    WhenAsked.Reading before = WhenAsked.read("2019年2月1日有什么新闻", ISSUES, null);
    assertEquals(days(d(2019, 2, 1), d(2019, 5, 4)), before.reach());
    assertFalse(before.held(), "no issue in the quarter after");
    assertEquals("2021年5月4日", r.phrases().get(0));
    assertTrue(WhenAsked.read("2020年3月4日有什么新闻", ISSUES, null).held());
    assertFalse(WhenAsked.read("3月9日的工人周报", ISSUES, null).held());
  }

  @Test
  void noDatesNoScope() {
    assertSame(WhenAsked.NONE, WhenAsked.read("献血活动是哪天举行的？", ISSUES, null));
    assertSame(WhenAsked.NONE, WhenAsked.read("3月4日举行了什么活动？", new TreeSet<>(), null));
    assertSame(WhenAsked.NONE, WhenAsked.read("2020年2月30日", ISSUES, null));
  }

  @Test
  void datesInChineseNumerals() {
    assertEquals(Scope.day(d(2020, 3, 15)), scope("二〇二〇年三月十五日的报纸"));
    assertEquals(Scope.day(d(2020, 3, 12)), scope("三月十二日那期"));
  }
}
