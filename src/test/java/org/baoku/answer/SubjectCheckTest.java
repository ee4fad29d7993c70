package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link SubjectCheck}: an article answers only when it names the question's
 * bodies and places; the names the tagger finds that are no body need not be there.
 */
class SubjectCheckTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the body asked is named                 | 首发养护公司工会的主席叫什么名字？ | 首发养护公司工会主席张三慰问职工。 | true
      another body's chairman                 | 首发养护公司工会的主席叫什么名字？ | 北宇物业公司工会主席刘培沛出席。   | false
      a misread name is no body               | 那些水壶是谁个人出钱买的？         | 民进怀柔工委副主委王敏出资购买。   | true
      a name glued to a verb is no body       | 怀柔元宵节那保温壶 王敏花多少钱买的 | 这30个保温水壶是王敏个人出资3000元购买的。 | true
      a group is a body                       | 东城区总工会送给区防疫医疗保障组的慰问品价值多少元？ | 东城区总工会为全区17个街道各拨付慰问金5万元。 | false
      the group named                         | 东城区总工会送给区防疫医疗保障组的慰问品价值多少元？ | 东城区总工会走访慰问了区防疫工作医疗保障组。 | true
      a fleet shortened as readers shorten it | 客六那个九队有多少党员？ | 北京公交客六分公司第九车队49名党员职工坚守岗位。 | true
      another fleet                           | 客六那个九队有多少党员？ | 北京公交客六分公司第八车队49名党员职工坚守岗位。 | false
      """)
  void aPersonIsCheckedOnTheQuestionsBodies(String shows, String question, String context, boolean about) {
    assertEquals(about, SubjectCheck.aboutBodies(Question.read(question), context), shows);
  }

  @Test
  void aNameTheTaggerFindsInAQuestionNeedNotBeInTheArticle() {
    Question q = Question.read("怀柔元宵节那保温壶 王敏花多少钱买的");
    String context = "这30个保温水壶是王敏个人出资3000元购买的。";
    assertTrue(q.entities().contains("敏花"), q.entities().toString());
    assertFalse(SubjectCheck.aboutEntities(q, context));
    assertTrue(SubjectCheck.aboutBodies(q, context));
  }
}
