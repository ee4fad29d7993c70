package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

class ReportDatesTest {

  private static Citation cite(int n, String text, Imprint imprint) {
    return new Citation(n, new Passage("p#1." + n, "p", 1, "", "", text, 0, text.length(), imprint), text, 0);
  }

  @Test
  void eachDatedCitationNamesItsPaperAndDayOnce() {
    Citation a = cite(1, "新增确诊病例12例。", new Imprint("晚报", LocalDate.of(2020, 3, 15), 1, "要闻"));
    Citation b = cite(2, "新增确诊病例7例。", new Imprint(null, LocalDate.of(2020, 3, 16), null, null));
    Answer answer = new Answer("新增确诊病例12例[1]，次日7例[2]。另见[1]。", List.of(a, b), true, "extractive", "", List.of());
    assertEquals("新增确诊病例12例[1]（《晚报》2020年3月15日），次日7例[2]（2020年3月16日）。另见[1]。",
        ReportDates.name(answer, true).text());
  }

  @Test
  void undatedAnswersAndRefusalsStayAsTheyAre() {
    Answer undated = new Answer("12例[1]。", List.of(cite(1, "12例。", Imprint.NONE)), true, "extractive", "",
        List.of());
    assertSame(undated, ReportDates.name(undated, false));
    Answer refusal = new Answer("资料中没有。", List.of(), false, "extractive", "", List.of());
    assertSame(refusal, ReportDates.name(refusal, true));
  }

  @Test
  void anUndatedPageInADatedArchiveSaysItsDayIsUnknown() {
    Citation dated = cite(1, "新增确诊病例12例。", new Imprint("晚报", LocalDate.of(2020, 3, 15), 1, "要闻"));
    Citation undated = cite(2, "共有16家定点医院。", Imprint.NONE);
    Answer answer = new Answer("12例[1]，16家[2]。", List.of(dated, undated), true, "extractive", "", List.of());
    assertEquals("12例[1]（《晚报》2020年3月15日），16家[2]（日期不详）。", ReportDates.name(answer, true).text());
  }
}
