package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@code 当天} answers a date question with the sentence that names the day, on the bundled pages. */
class DayReferenceTest {

  @Test
  void theDayIsTakenFromTheSentenceBefore() {
    Scored that = Passages.sentence("当天，坚守在怀柔区北房镇御华园小区");
    List<Scored> out = DayReference.resolved(Question.read("御华园小区的值守人员是哪一天收到节日礼物的？"),
        List.of(that), Passages::article, List.of());
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.get(0).span().text().contains("2月8日"), out.get(0).span().text());
    assertEquals(that, out.get(1));
  }

  @Test
  void aSentenceWithItsOwnDateOrAnotherQuestionIsLeftAlone() {
    Scored dated = Passages.sentence("3月4日一大早");
    assertEquals(List.of(dated), DayReference.resolved(Question.read("电控职工是哪天献血的？"), List.of(dated),
        Passages::article, List.of()));
    Scored that = Passages.sentence("当天，坚守在怀柔区北房镇御华园小区");
    assertEquals(List.of(that), DayReference.resolved(Question.read("值守人员收到了什么礼物？"), List.of(that),
        Passages::article, List.of()));
  }

}
