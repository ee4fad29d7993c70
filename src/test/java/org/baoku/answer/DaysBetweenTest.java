package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.baoku.answer.DaysBetween.MonthDay;
import org.baoku.answer.DaysBetween.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days between two days a question names, worked out from the reports that give them. */
class DaysBetweenTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      牛玉俊5月25号跟6月2号两趟慰问，隔了几天？ | 5月25日 | 6月2日
      六月二日和五月二十五日之间相差多少天？     | 5月25日 | 6月2日
      5月25日那次慰问送了多少天的物资？          | -       | -
      5月25日和6月2日各慰问了多少人？            | -       | -
      5月25日到6月2日期间，社区开展了几天核酸检测？ | -    | -
      """)
  void aQuestionCountingDaysNamesTwoDays(String question, String from, String to) {
    Optional<Span> span = DaysBetween.asked(Question.read(question));
    assertEquals(Optional.ofNullable(from), span.map(s -> s.from().text()), question);
    assertEquals(Optional.ofNullable(to), span.map(s -> s.to().text()), question);
  }

  @Test
  void theEndOfFebruaryIsCountedOnlyInAKnownYear() {
    Span span = new Span(new MonthDay(2, 28), new MonthDay(3, 4));
    assertEquals(Optional.empty(), DaysBetween.count(span, null));
    assertEquals(Optional.of(5L), DaysBetween.count(span, LocalDate.of(2020, 3, 6)));
    assertEquals(Optional.of(4L), DaysBetween.count(span, LocalDate.of(2021, 3, 6)));
    assertEquals(Optional.of(8L), DaysBetween.count(new Span(new MonthDay(5, 25), new MonthDay(6, 2)), null));
    // 12月30日 to 1月2日 crosses into a year the days do not name
    assertEquals(Optional.empty(), DaysBetween.count(new Span(new MonthDay(1, 2), new MonthDay(12, 30)), null));
  }

  @Test
  void theCountIsWorkedOutFromTheReportsThatGiveBothDays() {
    Answer a = ExtractiveComposerTest.COMPOSER.compose("牛玉俊5月25号跟6月2号两趟慰问，隔了几天？",
        Passages.hits(6, "牛玉俊", "5月25日", "6月2日"));
    ExtractiveComposerTest.assertWellFormed(a);
    assertTrue(a.text().startsWith("5月25日至6月2日相隔8天（据[1]"), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("5月25日")), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("6月2日")), a.text());
    // no report of 牛玉俊 gives 5月26日: nothing is worked out
    Answer none = ExtractiveComposerTest.COMPOSER.compose("牛玉俊5月26号跟6月2号两趟慰问，隔了几天？",
        Passages.hits(6, "牛玉俊", "5月25日", "6月2日"));
    assertFalse(none.text().contains("相隔"), none.text());
  }

  @Test
  void daysOfEventsNamedByWhatHappenedAreTheDaysTheirReportGives() {
    // the diary's date line (5月14日) and the day he went down (5月7日), neither named in the question
    Answer diary = ExtractiveComposerTest.COMPOSER.compose("石岳从下沉社区那天到写这篇抗疫日记那天，中间隔了几天？",
        Passages.hits(6, "石岳", "5月7日", "华苇景苑"));
    ExtractiveComposerTest.assertWellFormed(diary);
    assertTrue(diary.text().startsWith("5月7日至5月14日相隔7天"), diary.text());
    Answer visits = ExtractiveComposerTest.COMPOSER.compose("牛玉俊带队去大兴公安分局慰问干警，和去桔子酒店走访转运应急工作组，前后隔了几天？",
        Passages.hits(6, "牛玉俊", "公安分局", "桔子酒店"));
    assertTrue(visits.text().startsWith("5月25日至6月2日相隔8天（据[1][2]"), visits.text());
  }
}
