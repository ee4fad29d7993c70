package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

/** The sentence that gives the asked phrase leads; the sentence it continues stays before it. */
class AnswerFirstTest {

  private static final String CAPTION = "施剑下沉到集中隔离点担任团组长";
  private static final String PLACE = "迅速下沉到榆垓镇兴安健康公寓集中隔离点";
  private static final String NAMES_WHO = "大兴区总工会坚持将疫情防控工作放在重中之重";
  private static final String RAISED = "已筹措60余万元资金";

  @Test
  void theSentenceNamingThePlaceLeadsACaptionThatDoesNot() {
    Question q = Question.read("大兴区总工会副主席施剑下沉到了哪个集中隔离点？");
    List<Scored> chosen = List.of(sentence(CAPTION), sentence(PLACE));
    assertEquals(List.of(PLACE, CAPTION), texts(AnswerFirst.ordered(q, chosen)));
  }

  @Test
  void aReplyThatAlreadyLeadsWithTheAnswerKeepsItsOrder() {
    Question q = Question.read("大兴区总工会副主席施剑下沉到了哪个集中隔离点？");
    List<Scored> chosen = List.of(sentence(PLACE), sentence(CAPTION));
    assertEquals(List.of(PLACE, CAPTION), texts(AnswerFirst.ordered(q, chosen)));
  }

  @Test
  void theSentenceNamingWhoStaysBeforeTheOneThatGoesOnWithoutASubject() {
    Question q = Question.read("大兴区总工会一共筹措了多少资金慰问一线职工？");
    List<Scored> chosen = List.of(sentence(NAMES_WHO), sentence(RAISED));
    assertEquals(List.of(NAMES_WHO, RAISED), texts(AnswerFirst.ordered(q, chosen)));
  }

  @Test
  void anOpenQuestionKeepsTheChosenOrder() {
    Question q = Question.read("施剑在隔离点做了哪些工作？");
    List<Scored> chosen = List.of(sentence(CAPTION), sentence(PLACE));
    assertEquals(List.of(CAPTION, PLACE), texts(AnswerFirst.ordered(q, chosen)));
  }

  /** The sentence of the bundled pages that holds {@code phrase}, scored as a candidate. */
  private static Scored sentence(String phrase) {
    for (Hit h : Passages.hits(20, phrase)) {
      for (Sentences.Span s : Sentences.split(h.passage().text())) {
        if (s.text().contains(phrase)) {
          return new Scored(h, s, 0, 0, 0);
        }
      }
    }
    throw new AssertionError("no sentence holds " + phrase);
  }

  private static List<String> texts(List<Scored> ordered) {
    return ordered.stream().map(s -> List.of(CAPTION, PLACE, NAMES_WHO, RAISED).stream()
        .filter(s.span().text()::contains).findFirst().orElseThrow()).toList();
  }
}
