package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

/** A word typed as another of the same sound is read as the word the retrieved pages use. */
class HomophonesTest {

  private static final List<Hit> HITS = Passages.hits(6, "顺义商业集团工会", "双丰街道");

  @Test
  void aMistypedWordIsReadAsTheRetrievedOneOfTheSameSound() {
    Question q = Question.read("顺义那个商业集团公会派了多少人去双丰街道守卡口？");
    assertEquals("顺义那个商业集团工会派了多少人去双丰街道守卡口？", Homophones.corrected(q, HITS).raw());
  }

  @Test
  void aWordOfAnotherSoundFoundAsTypedOrDifferingInGrammarStays() {
    Question absent = Question.read("顺义商业集团总部派了多少人去双丰街道守卡口？");
    assertSame(absent, Homophones.corrected(absent, HITS));
    Question found = Question.read("顺义商业集团工会派了多少人去双丰街道？");
    assertSame(found, Homophones.corrected(found, HITS));
    Question each = Question.read("东城区总工会给各街道拨的慰问金总共多少？");
    assertSame(each, Homophones.corrected(each, Passages.hits(6, "17个街道")));
  }

  @Test
  void aPersonsNameOfTwoCharactersIsHeardWithItsSurnameKept() {
    List<Hit> hits = Passages.hits(6, "施剑");
    Question q = Question.read("施建 他在隔离点担任什么职务？");
    assertEquals("施剑 他在隔离点担任什么职务？", Homophones.corrected(q, hits).raw());
    // a two-character word that is no name stays as typed
    Question common = Question.read("宣传片的市长是多少？");
    assertSame(common, Homophones.corrected(common, Passages.hits(6, "时长2分钟")));
  }
}
