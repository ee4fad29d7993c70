package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a sentence gives a cause or purpose of its own, so that no background need lead it. */
class CausesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      为弘扬雷锋精神，北辰集团工会组建义务理发小分队。         | true
      为进一步做好疫情防控工作，区总工会成立工作组。           | true
      由于疫情防控要求，密云区各工地实行封闭管理。             | true
      区总工会为他们送去党和政府的关心关爱。                   | false
      北京市总工会女职工委员会建议各级工会女职工组织通过协商推动用人单位加强生育保护。 | false
      """)
  void aCauseIsAWordForOneOr为BeforeAVerb(String sentence, boolean expected) {
    assertEquals(expected, Causes.givesACause(sentence), sentence);
  }

  @Test
  void aCaptionBeforeTheAnswerIsNoBackground() {
    // the caption 牛玉俊（右五）带队慰问抗疫职工 stands right before this one, itself a caption
    Scored chosen = Passages.sentence("副主席施剑下沉到集中隔离点担任团组长");
    Question q = Question.read("施剑为什么对自己要求那么严？");
    assertEquals(List.of(chosen), Causes.withTheCause(q, List.of(chosen), Passages::article,
        List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      为啥偏偏派到这个隔离点？               | 迅速下沉到榆垓镇兴安健康公寓集中隔离点 | true
      为啥专挑西红柿、豆角来种？             | 为丰富职工的业余生活                   | true
      为什么偏偏在高峰时段安抚居民？         | 由于等候时间较长                       | false
      为什么用小程序登记，而不用纸质登记？   | 后台直接汇总统计                       | false
      施剑偏偏被派到了哪个隔离点？           | 迅速下沉到榆垓镇兴安健康公寓集中隔离点 | false
      为什么把采血点设在飞宇公司？           | 为抗击新冠肺炎疫情爱心献血             | true
      为什么是去协助北房镇，而不是去别的乡镇？ | 区总工会相关人员及时送到在北房镇疫情防控一线的职工手中 | true
      为什么去北房镇，而不是别的乡镇？       | 由于等候时间较长                       | false
      为什么没能亲自到场？                   | 代表家属赵国华前来的北宇物业公司党委副书记 | false
      为什么要去集中采血点？                 | 为抗击新冠肺炎疫情爱心献血             | false
      为什么把职工的冷暖放在心上？           | 为丰富职工的业余生活                   | false
      """)
  void aChoiceAskedWhyNeedsAReasonNotAPurpose(String question, String phrase, boolean unexplained) {
    assertEquals(unexplained, Causes.choiceUnexplained(Question.read(question), List.of(Passages.sentence(phrase))),
        question);
  }
}
