package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence that opens by naming whom it is about answers how those are dealt with. */
class FramedTest {

  private static final String CAN = "基层单位充分利用小家冰箱、微波炉，鼓励有条件的职工自行带饭用餐，并对热饭设施定时进行卫生消毒；";
  private static final String CANNOT = "针对无法自行用餐的职工，协调食堂启动错峰用餐机制，调整餐桌椅距离，倡导分时分段用餐；";
  private static final String OTHERS = "针对一线配送人员，配备自热饭、方便面等加餐食品；";

  @Test
  void theFrameMustHoldTwoOfTheQuestionsWords() {
    Question q = Question.read("对没法自己带饭的职工，邮政基层单位如何安排用餐？");
    assertTrue(Framed.frames(q, CANNOT));
    assertFalse(Framed.frames(q, CAN));
    assertFalse(Framed.frames(q, OTHERS));
  }

  @Test
  void theFramedSentenceLeadsWhenTheModelPickedAnother() {
    Question q = Question.read("邮政那边没法自己带饭吃的职工，工会是怎么安排他们吃饭的？");
    List<String> texts = List.of(CAN, CANNOT, OTHERS);
    List<String> article = List.of("a", "a", "a");
    double[] p = {0.3, 0.08, 0.03};
    assertEquals(List.of(1, 0), Framed.leading(q, p, texts, article, List.of(0)));
    // of another report, or for a question that asks no way, it is not added
    assertEquals(List.of(0), Framed.leading(q, p, texts, List.of("a", "b", "a"), List.of(0)));
    assertEquals(List.of(0), Framed.leading(Question.read("邮政工会给没法自己带饭的职工发了多少份盒饭？"), p, texts, article,
        List.of(0)));
  }
}
