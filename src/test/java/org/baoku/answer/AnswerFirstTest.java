package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentence that gives the asked phrase leads; the sentence it continues stays before it. */
class AnswerFirstTest {

  /** Sentences of the bundled pages, by a name for each and a phrase only it holds. */
  private static final Map<String, String> SENTENCES = Map.of(
      "caption", "施剑下沉到集中隔离点担任团组长",
      "place", "迅速下沉到榆垓镇兴安健康公寓集中隔离点",
      "namesWho", "大兴区总工会坚持将疫情防控工作放在重中之重",
      "raised", "已筹措60余万元资金");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the sentence naming the place leads a caption that does not | 大兴区总工会副主席施剑下沉到了哪个集中隔离点？ | caption  | place  | place caption
      a reply that leads with the answer keeps its order          | 大兴区总工会副主席施剑下沉到了哪个集中隔离点？ | place    | caption | place caption
      the sentence naming who stays before the one going on       | 大兴区总工会一共筹措了多少资金慰问一线职工？   | namesWho | raised | namesWho raised
      an open question keeps the chosen order                     | 施剑在隔离点做了哪些工作？                     | caption  | place  | caption place
      """)
  void theSentenceGivingTheAskedPhraseLeads(String shows, String question, String first, String second,
      String expected) {
    List<Scored> ordered = AnswerFirst.ordered(Question.read(question), List.of(sentence(first), sentence(second)));
    assertEquals(List.of(expected.split(" ")), ordered.stream().map(AnswerFirstTest::name).toList(), shows);
  }

  /** The sentence of the bundled pages that {@code name} stands for, scored as a candidate. */
  private static Scored sentence(String name) {
    String phrase = SENTENCES.get(name);
    for (Hit h : Passages.hits(20, phrase)) {
      for (Sentences.Span s : Sentences.split(h.passage().text())) {
        if (s.text().contains(phrase)) {
          return new Scored(h, s, 0, 0, 0);
        }
      }
    }
    throw new AssertionError("no sentence holds " + phrase);
  }

  private static String name(Scored s) {
    return SENTENCES.entrySet().stream().filter(e -> s.span().text().contains(e.getValue()))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }
}
