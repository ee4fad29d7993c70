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

  /** Sentences of the report on the bus drivers' film (page 002) and one of another report. */
  private static final List<String> FILM = List.of(
      "这是北京公交集团客四分公司1路“洪霞创新工作室”制作的疫情防控宣传片的开篇语。",
      "“这个宣传片主要的内容是对公交一线职工在接班前、行车中和下班后的操作进行示范。",
      "为丰富职工的业余生活，市政路桥养护集团工会组织职工种菜。",
      "为协助车队做好疫情防控工作，全国五一劳动奖章获得者常洪霞带领工作室的成员开始制作宣传片。");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      常洪霞带着工作室拍那个防疫宣传片，是为了什么？ | A | [3, 0]
      她们拍宣传片图什么？                          | A | [3, 0]
      那个宣传片主要讲了什么内容？                   | A | [0]
      常洪霞带着工作室拍那个防疫宣传片，是为了什么？ | B | [0]
      """)
  void aPurposeAskedIsLedByTheSentenceOfItsReportThatGivesOne(String question, String articleOfTheLast, String expected) {
    double[] probability = {0.38, 0.02, 0.05, 0.11};
    List<String> articleOf = List.of("A", "A", "B", articleOfTheLast);
    assertEquals(expected, Causes.leading(Question.read(question), probability, FILM, articleOf, List.of(0)).toString());
  }
}
