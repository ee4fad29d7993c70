package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question of what was done with by 把 is answered by the sentence that says it with 把 and the same verb. */
class DisposedTest {

  private static final String NAMED = "李童最早请缨奔赴一线,支援驻点核酸检测机构。";
  private static final String DONE = "在得知隔离区床位紧缺后,果断把自己的行军床带到一线,迅速进入角色。";
  private static final String OTHER = "柳寅在得知要前往一线支援时,没有任何犹豫,毅然决然立即出征。";

  @Test
  void theVerbAfterTheAskedThingIsWhatTheSentenceMustDoWithBa() {
    Question q = Question.read("朝阳区总工会的李童把啥带到一线去了？");
    assertTrue(Disposed.done(q).orElseThrow().matcher(DONE).find());
    assertFalse(Disposed.done(q).orElseThrow().matcher(NAMED).find());
    assertTrue(Disposed.done(Question.read("李童带了什么到一线？")).isEmpty());
  }

  @Test
  void theSentenceThatDoesItLeadsWhenTheModelPickedAnother() {
    Question q = Question.read("朝阳区总工会的李童那哥们儿把啥带到一线去了？");
    List<String> texts = List.of(NAMED, OTHER, DONE);
    double[] p = {0.3, 0.1, 0.02};
    assertEquals(List.of(2, 0), Disposed.leading(q, p, texts, List.of("a", "a", "a"), List.of(0)));
    // not from another report
    assertEquals(List.of(0), Disposed.leading(q, p, texts, List.of("a", "a", "b"), List.of(0)));
  }

  @Test
  void aFormOfAddressIsNoKeyAndThatOneBeforeBaIsNoAmount() {
    assertTrue(Question.read("李童那哥们儿把啥带到一线去了？").keys().stream().noneMatch(k -> k.word().equals("哥们儿")));
    List<String> words = Tagger.tag("那个把自家行军床扛到一线的同事叫什么？").stream().map(t -> t.word).toList();
    assertTrue(words.contains("那个") && words.contains("把"), words.toString());
    assertEquals(Question.Asked.PERSON, Question.read("那个把自家行军床扛到一线的同事叫什么？").asks());
  }
}
