package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a path under the corpus root says about its page, and what it must not be read to say. */
class PathImprintTest {

  private static Imprint of(String path) {
    Reading<Imprint> r = PathImprint.of(path);
    assertEquals(List.of(), r.problems(), path);
    return r.value();
  }

  private static Imprint imprint(String paper, String date, Integer page) {
    return new Imprint(paper, date == null ? null : LocalDate.parse(date), page, null);
  }

  @Test
  void paperFolderThenDateFolderThenPageFile() {
    assertEquals(imprint("人民日报", "2020-03-15", 5), of("人民日报/2020-03-15/05.txt"));
  }

  @Test
  void pageNumbersAsFileNamesWriteThem() {
    for (String name : List.of("05.txt", "5.txt", "05版.txt", "第5版.txt", "page05.txt", "Page_05.pdf",
        "p5.txt", "20200315-05.txt", "2020-03-15_05.txt", "rmrb20200315-05版.txt")) {
      assertEquals(Integer.valueOf(5), of("x/" + name).pageNo(), name);
    }
  }

  @Test
  void aNameWithoutAPageNumberGivesNone() {
    for (String name : List.of("000_ed11b46ae6fabb4b.txt", "004_ac00ce001fa2d675.txt", "20200315.txt",
        "2020-03-15.txt", "00.txt", "A05.txt", "records.jsonl", "05-1.txt", "1234.txt", "page.txt")) {
      assertEquals(null, of(name).pageNo(), name);
    }
  }

  @Test
  void theBundledPagesSayNothing() {
    for (String name : List.of("000_ed11b46ae6fabb4b.txt", "001_4d03d5de249df60b.txt",
        "002_f615af97c7c32ce3.txt", "003_c216c7e9666c2770.txt", "004_ac00ce001fa2d675.txt")) {
      assertTrue(of(name).knowsNothing(), name);
    }
  }

  @Test
  void datesInEveryWrittenForm() {
    assertEquals(LocalDate.of(2020, 3, 15), of("2020-03-15/01.txt").date());
    assertEquals(LocalDate.of(2020, 3, 15), of("20200315/01.txt").date());
    assertEquals(LocalDate.of(2020, 3, 15), of("2020/03/15/01.txt").date());
    assertEquals(LocalDate.of(2020, 3, 15), of("人民日报/2020/3/15/01.txt").date());
    assertEquals(LocalDate.of(2020, 3, 15), of("人民日报/20200315-01.txt").date());
    assertEquals(LocalDate.of(2020, 3, 15), of("人民日报/2020-03-15/20200315-01.txt").date());
  }

  @Test
  void aTopFolderThatIsADateOrAYearIsNoPaper() {
    assertEquals(imprint(null, "2020-03-15", 1), of("2020-03-15/01.txt"));
    assertEquals(imprint(null, "2020-03-15", 1), of("2020/03/15/01.txt"));
    assertEquals(imprint(null, "2020-03-15", 1), of("20200315/01.txt"));
    assertEquals(imprint("北京日报", null, 3), of("北京日报/03.txt"));
  }

  @Test
  void aFileAtTheRootHasNoPaper() {
    assertEquals(imprint(null, "2020-03-15", 2), of("20200315-02.txt"));
  }

  @Test
  void nestedNumbersThatAreNotADateAreIgnored() {
    assertEquals(imprint("档案", null, 1), of("档案/0001/02/03/01.txt"));
    assertEquals(imprint(null, null, 15), of("2020/03/15.txt"));
  }

  @Test
  void anImpossibleDateIsReportedNotGuessed() {
    Reading<Imprint> r = PathImprint.of("人民日报/2020-02-30/05.txt");
    assertEquals(imprint("人民日报", null, 5), r.value());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).contains("impossible date 2020-02-30"), r.problems().get(0));
    assertTrue(PathImprint.of("x/20210229-01.txt").problems().get(0).contains("20210229"));
    assertTrue(PathImprint.of("2020/13/01/01.txt").problems().get(0).contains("2020/13/01"));
  }

  @Test
  void twoDifferentDatesLeaveTheDateUnknown() {
    Reading<Imprint> r = PathImprint.of("人民日报/2020-03-15/20200316-05.txt");
    assertEquals(null, r.value().date());
    assertTrue(r.problems().get(0).contains("2020-03-15 and 2020-03-16"), r.problems().get(0));
  }
}
