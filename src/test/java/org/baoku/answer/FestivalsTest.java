package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A festival asked is answered by the sentence naming one, of any rank, or refused. */
class FestivalsTest {

  @Test
  void aFestivalIsAskedInEitherLanguage() {
    assertTrue(Festivals.asked(Question.read("收到保温水壶那天是什么节日？")));
    assertTrue(Festivals.asked(Question.read("是为了庆祝即将到来的哪个节日？")));
    assertTrue(Festivals.asked(Question.read("On which holiday were the gifts handed out?")));
    assertFalse(Festivals.asked(Question.read("收到保温水壶是哪天？")));
    assertFalse(Festivals.asked(Question.read("雨侨主持过什么节目？")));
  }

  @Test
  void theSentenceNamingAFestivalAnswersWhereverItRanks() {
    Question q = Question.read("怀柔区北房镇的防控人员收到保温水壶那天是什么节日？");
    List<String> texts = List.of("区总工会相关人员及时送到北房镇一线职工手中。", "他们每人收到了一份节日礼物——一个2升保温水壶。",
        "原来，这30个保温水壶是王敏个人出资购买的。", "2月8日是中国的元宵节。");
    assertEquals(List.of(3, 0), Festivals.answering(q, new double[] {0.4, 0.1, 0.05, 0.01}, texts, List.of(0)));
    // quoted as a report writes it
    assertEquals(List.of(0), Festivals.answering(q, new double[] {0.4}, List.of("并庆祝即将到来的“三八”节，组建理发小分队。"),
        List.of(0)));
    // none named: no sentence about the day answers
    assertEquals(List.of(), Festivals.answering(q, new double[] {0.4, 0.1}, texts.subList(0, 2), List.of(0)));
  }
}
