package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link DatedDeed} on the bundled pages: a figure told in a paragraph before the day a question
 * names is not that day's deed; one told after it, as a report goes on, is.
 */
class DatedDeedTest {

  @Test
  void aFigureToldBeforeTheDaysParagraphIsNotThatDaysDeed() {
    Candidates c = candidates(Passages.sentence("5月25日，区总工会党组书记"), Passages.sentence("已筹措60余万元资金"));
    assertTrue(DatedDeed.figureOfAnotherDeed(Question.read("牛玉俊、张昊于五月二十五日走访大兴公安分局特警大队，所慰问之公安干警共计几人？"),
        c, List.of(1)));
    assertFalse(DatedDeed.figureOfAnotherDeed(Question.read("大兴区总工会一共慰问了多少名一线职工？"), c, List.of(1)),
        "no day asked");
    assertFalse(DatedDeed.figureOfAnotherDeed(Question.read("牛玉俊、张昊于五月二十五日走访了几个单位？"), c, List.of(0)),
        "the day's own sentence");
  }

  @Test
  void aFigureToldAfterTheDayAsTheReportGoesOnIsThatDaysDeed() {
    Candidates c = candidates(Passages.sentence("4月30日"), Passages.sentence("对口支援香河园街道的12名干部立即下沉"));
    assertFalse(DatedDeed.figureOfAnotherDeed(Question.read("4月30日朝阳区总工会接到支援任务后，对口支援香河园街道的干部有几名？"),
        c, List.of(1)));
  }

  @Test
  void aDayIsReadAsAReportWritesIt() {
    assertEquals(Optional.of("5月25日"), DatedDeed.day("于五月二十五日走访"));
    assertEquals(Optional.of("3月4日"), DatedDeed.day("3月4号献血"));
    assertEquals(Optional.empty(), DatedDeed.day("13月40日"));
  }

  private static Candidates candidates(Scored... ranked) {
    int n = ranked.length;
    return new Candidates(List.of(ranked), Collections.nCopies(n, new double[0]), Collections.nCopies(n, true),
        new double[n], 0.05, false);
  }
}
