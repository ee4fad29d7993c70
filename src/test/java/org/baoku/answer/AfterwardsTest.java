package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link Afterwards}: a plan asked is answered by a sentence telling one, an
 * outcome asked by one telling something done that the question does not already say, a count of
 * those who went in the end by one that counts more than those who offered to.
 */
class AfterwardsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a plan told                         | 区总工会接下来还要下沉到哪个镇？             | 区总工会干部将继续以组为单位，持续下沉牛栏山镇。 | false
      the event is no plan                | 沟通会开完以后，联合工会下一步有什么打算？   | 此次沟通会的举办得到了职工的认可。               | true
      what happens after, asked plainly   | 慰问完之后还有什么安排？                     | 镇总工会为一线人员送去节日慰问品。               | true
      a plan is no outcome                | 这些课程后来真的推出来了吗？                 | 下一步，学院将继续打磨金牌课程。                 | true
      the question's own premise          | 已经三周没回家的孙世博，后来回家了没有？     | 孙世博已经近三周没有回家。                       | true
      a deed under way is not done        | 北辰集团的义务理发最后都理完了没有？         | 截至目前，已为160多名职工义务理发。              | true
      a condition is no outcome           | 那些员工里后来有没有发现疑似病例？           | 如发现疑似病例，可以开展“早发现、早报告”的措施。 | true
      a plain yes or no is not an outcome | 李童真的把行军床带到一线了吗？               | 李童果断把自己的行军床带到一线。                 | false
      neither asked                       | 区总工会派了多少名干部？                     | 区总工会派出26名干部。                           | false
      the deed told in other words        | 施剑后来担任组长了没有？                     | 施剑下沉到集中隔离点担任团组长。                 | false
      a deed with 将 as 把                 | 水壶后来捐给区总工会了吗？                   | 区民进又将保温水壶捐赠给区总工会。               | false
      the deed asked after 有没有          | 小程序之后有没有推广到别的村？               | 编制外来人口登记专属程序，手机填写即可。         | true
      what someone was given to do        | 石岳下沉之后被安排做什么工作？               | 我主要负责信息扫码录入工作。                     | false
      the day it began is not its end     | 石岳下沉社区，要干到什么时候才结束？         | 5月7日，我到华苇景苑社区参与疫情防控工作。       | true
      its end told                        | 这次活动开到哪天结束？                       | 活动自3月1日起，至3月31日结束。                  | false
      others urged to go on is no plan    | 送完物资以后，镇总工会下一步还有什么安排？   | 送去防暑物资，鼓励他们继续发扬顽强拼搏的精神。   | true
      those who pledged did not all go    | 医疗系统最后真正派去武汉的有多少人？         | 已有千余名医疗人员自愿签订了赴武汉支援志愿书。   | true
      those who went counted              | 医疗系统最后真正派去武汉的有多少人？         | 区医疗系统共派出12名医护人员驰援武汉。           | false
      sign-ups are not who took part      | 读书会实际参加的职工有几个？                 | 共有50名职工报名参加读书会。                     | true
      a pledge not asked after            | 有多少医疗人员签订了赴武汉的志愿书？         | 已有千余名医疗人员自愿签订了赴武汉支援志愿书。   | false
      another count, no going there       | 千余名签了志愿书的人，最后实际去了武汉的有多少人？ | 区总工会还为近1800名干部职工购买了慰问品。 | true
      the count asked before the deed     | 最后有多少医疗人员真正出发去了武汉？         | 区医疗系统共派出12名医护人员驰援武汉。           | false
      """)
  void whatCameAfterIsAnsweredOnlyBySentencesTellingIt(String shows, String question, String sentence, boolean untold) {
    assertEquals(untold, Afterwards.untold(Question.read(question), List.of(sentence)), shows);
  }

  /** Sentences of the report on 顺义区总工会 (page 000) and one of another report. */
  private static final List<String> SHUNYI = List.of(
      "近日，顺义区总工会4名工会干部下沉一线，参与天竺镇重点区域疫情防控工作。",
      "4名工会干部在天竺镇开展扫码、测温等工作。",
      "镇总工会鼓励他们继续发扬顽强拼搏的精神。",
      "目前，区总工会全体党员干部职工将继续以组为单位，持续下沉牛栏山镇参与疫情防控工作。");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      那区总工会后来还接着下沉到哪个镇         | A | [3, 0]
      区总工会之后又去了哪个镇？               | A | [3, 0]
      区总工会的干部下沉到哪个镇？             | A | [0]
      区总工会后来又下沉到哪个镇了没有？       | A | [0]
      那区总工会后来还接着下沉到哪个镇         | B | [0]
      """)
  void whereADeedWentOnToIsLedByTheSentenceThatTellsItGoingOn(String question, String articleOfTheLast, String expected) {
    double[] probability = {0.40, 0.20, 0.10, 0.05};
    List<String> articleOf = List.of("A", "A", "B", articleOfTheLast);
    assertEquals(expected, Afterwards.leading(Question.read(question), probability, SHUNYI, articleOf, List.of(0)).toString());
  }
}
