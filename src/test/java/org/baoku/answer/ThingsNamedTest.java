package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tests of {@link ThingsNamed}: what things were given is answered by the sentence naming them. */
class ThingsNamedTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the kind after 啥                 | 滨河那个沟通会发了啥材料           | 材料
      the kind after 什么               | 工作组给村民发了什么物资？         | 物资
      a word that says nothing of them  | 他们送了些什么东西？               | ''
      no question word                  | 沟通会是哪天开的？                 | ''
      """)
  void theKindAskedFollowsTheQuestionWord(String shows, String question, String kind) {
    assertEquals(kind, ThingsNamed.kindAsked(Question.read(question)), shows);
  }

  @Test
  void theSentenceNamingTheThingsLeads() {
    Question q = Question.read("滨河那个沟通会发了啥材料");
    List<String> texts = List.of("近日，平谷区滨河街道平粮社区联合工会在辖区举办职工沟通会，畅通工会与职工的沟通渠道。",
        "会上，该街道工会工作人员向前来咨询的职工发放《入会宝典》《建会秘籍》等宣传材料。",
        "该街道工会相关负责人表示，此次沟通会得到了职工的认可。");
    List<String> article = List.of("a", "a", "a");
    double[] p = {0.6, 0.1, 0.3};
    assertEquals(List.of(1, 0, 2), ThingsNamed.leading(q, p, texts, article, List.of(0, 2)));
    // things of another kind, before 等课程, are not the materials asked
    List<String> courses = List.of(texts.get(0), "工会为职工送上了《如何保护自己的心态》《如何处理好家庭关系》等课程。", texts.get(2));
    assertEquals(List.of(0, 2), ThingsNamed.leading(q, p, courses, article, List.of(0, 2)));
  }
}
