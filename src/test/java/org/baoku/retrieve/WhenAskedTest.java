package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.NavigableSet;
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

  @Test
  void aFullDateIsThatDay() {
    assertEquals(Scope.day(d(2020, 3, 15)), scope("2020年3月15日新增多少例？"));
    assertEquals(Scope.day(d(2020, 3, 15)), scope("二〇二〇年三月十五日的报道说了什么"));
    assertEquals(Scope.day(d(2020, 3, 15)), scope("2020-03-15 有什么新闻"));
  }

  @Test
  void aDayWithoutYearTakesTheYearTheArchiveHoldsItIn() {
    assertEquals(Scope.day(d(2019, 7, 1)), scope("7月1日有什么新闻"));
    assertEquals(new Scope(d(2020, 3, 15), d(2020, 3, 15), "人民日报", null), scope("3月15日的人民日报说了什么"));
    assertEquals(Scope.day(d(2020, 3, 21)), scope("三月二十一日新增多少例"));
  }

  @Test
  void aMonthIsItsDays() {
    assertEquals(new Scope(d(2020, 3, 1), d(2020, 3, 31), null, null), scope("2020年3月的报道"));
  }

  @Test
  void relativeTimesCountFromTheNewestIssueOrTheGivenDay() {
    assertEquals(Scope.day(d(2020, 3, 30)), scope("昨天新增多少例"));
    assertEquals(new Scope(d(2020, 2, 1), d(2020, 2, 29), null, null), scope("上个月的报道"));
    assertEquals(new Scope(d(2019, 1, 1), d(2019, 12, 31), null, null), scope("去年有什么报道"));
    assertEquals(new Scope(d(2020, 3, 25), d(2020, 3, 31), null, null), scope("最近有什么新闻"));
    assertEquals(Scope.day(d(2020, 3, 9)),
        WhenAsked.read("昨天新增多少例", ISSUES, d(2020, 3, 10)).scope());
  }

  @Test
  void pagesAndPapers() {
    assertEquals(new Scope(null, null, null, 1), scope("头版有什么"));
    assertEquals(new Scope(d(2020, 3, 6), d(2020, 3, 6), "工人周报", 5), scope("3月6日工人周报第5版"));
  }

  @Test
  void aDayTheArchiveLacksIsSaidToBeLacking() {
    WhenAsked.Reading r = WhenAsked.read("2021年5月4日有什么新闻", ISSUES, null);
    assertFalse(r.held());
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
  void chineseNumerals() {
    assertEquals(15, WhenAsked.number("十五"));
    assertEquals(10, WhenAsked.number("十"));
    assertEquals(21, WhenAsked.number("二十一"));
    assertEquals(2020, WhenAsked.number("二〇二〇"));
    assertNull(WhenAsked.number("十十"));
  }
}
