package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Optional;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;

/** The weekday of a cited day, worked out from its month and day and the year of its issue. */
class WeekdaysTest {

  @Test
  void theDayIsOfTheIssuesYearOrTheOneBefore() {
    LocalDate issue = LocalDate.of(2020, 3, 6);
    assertEquals(Optional.of(LocalDate.of(2020, 3, 4)), Weekdays.day("3月4日一大早，职工来到采血点。", issue));
    // a day after the issue's is of the year before: a report in January of last December
    assertEquals(Optional.of(LocalDate.of(2019, 12, 30)),
        Weekdays.day("12月30日，工会慰问一线职工。", LocalDate.of(2020, 1, 3)));
    assertEquals(Optional.empty(), Weekdays.day("3月4日一大早，职工来到采血点。", null));
    assertEquals(Optional.empty(), Weekdays.day("2月30日举行。", issue));
    // 2月29日 in an issue of a year without one is of the leap year before
    assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), Weekdays.day("2月29日举行。", LocalDate.of(2021, 1, 5)));
    // Chinese numerals, read as a question's days are
    assertEquals(Optional.of(LocalDate.of(2020, 3, 4)), Weekdays.day("三月四日，职工来到采血点。", issue));
    assertEquals("2020年3月4日是星期三（据[1]所载日期和刊出日期推算）", Weekdays.line(LocalDate.of(2020, 3, 4), 1));
  }

  @Test
  void anUndatedPageGivesNoWeekday() {
    // the bundled pages carry no dates: 3月4日 is of no known year
    Archive archive = RealArchive.get();
    String q = "北京电控职工献血那天是星期几？";
    assertFalse(new ExtractiveComposer(archive).compose(q, archive.search(q, 10)).grounded());
  }
}
