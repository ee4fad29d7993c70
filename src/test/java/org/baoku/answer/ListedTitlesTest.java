package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question asking which books were shared is answered by the sentence that lists their titles. */
class ListedTitlesTest {

  private static final String READ_ONE = "日前,北京公交集团保修分公司四厂党员活动室内,女职工张磊诵读着《大国追梦》,这是该厂职工读书会的一个场景。";
  private static final String LISTED = "谱写百年大党追梦历程的《大国追梦》、弘扬优秀共产党员革命精神的《优秀共产党员入党前后的故事》、介绍社会主义500年发展历程的《正道沧桑》……";
  private static final String THEME = "该厂工会组织党员干部职工在党员活动室分享自己喜爱的红色书籍。";

  @Test
  void aSentenceListsTitlesWhenItGivesTwoOrMore() {
    assertTrue(ListedTitles.lists(LISTED));
    assertFalse(ListedTitles.lists(READ_ONE));
    assertFalse(ListedTitles.lists(THEME));
  }

  @Test
  void theListingSentenceLeadsWhenBooksAreAskedByTitle() {
    Question q = Question.read("保修四厂的读书会上大家分享了哪些红色书呀，书名是什么？");
    List<String> texts = List.of(READ_ONE, THEME, LISTED);
    double[] p = {0.2, 0.03, 0.002};
    assertEquals(List.of(2, 0), ListedTitles.leading(q, p, texts, List.of("a", "a", "a"), List.of(0)));
    // not from another report, and not for a question that asks no works
    assertEquals(List.of(0), ListedTitles.leading(q, p, texts, List.of("a", "a", "b"), List.of(0)));
    Question who = Question.read("保修四厂的读书会上是谁诵读了《大国追梦》？");
    assertEquals(List.of(0), ListedTitles.leading(who, p, texts, List.of("a", "a", "a"), List.of(0)));
    // one book asked is answered by the sentence that names it
    Question one = Question.read("张磊在读书会上诵读的是哪本书？");
    assertEquals(List.of(0), ListedTitles.leading(one, p, texts, List.of("a", "a", "a"), List.of(0)));
  }
}
