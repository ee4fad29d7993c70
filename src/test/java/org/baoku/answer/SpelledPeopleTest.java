package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

class SpelledPeopleTest {

  private static final String TEXT = "端午节前，庞各庄镇总工会分别到各村社卡口慰问防控一线的900余名干部职工，"
      + "送去西瓜、饮料等慰问品。大兴区总工会副主席施剑下沉到集中隔离点。";
  private static final List<Hit> HITS = List.of(new Hit(new Passage("p1", "page.txt", 1, "", "", TEXT, 0, TEXT.length()), 1, 1));

  /** A person spelled in pinyin is a person named, and a key as the passages write them. */
  @Test
  void aPersonIsNamedAsThePassagesWriteThem() {
    Question q = SpelledPeople.named(Question.read("Where did Shi Jian go?"), HITS);
    assertEquals(List.of("施剑"), q.people());
    assertTrue(q.keys().stream().anyMatch(k -> k.word().equals("施剑")), q.keys().toString());
  }

  /** A place no dictionary knows is a key in characters, and no person. */
  @Test
  void aPlaceNoDictionaryKnowsIsAKeyInCharacters() {
    Question q = SpelledPeople.named(Question.read("How many workers did the Pangezhuang town union visit?"), HITS);
    assertTrue(q.keys().stream().anyMatch(k -> k.word().equals("庞各庄")), q.keys().toString());
    assertEquals(List.of(), q.people());
  }
}
