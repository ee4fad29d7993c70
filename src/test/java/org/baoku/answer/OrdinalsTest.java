package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link Ordinals}: another batch's, round's, day's or team's sentence does not answer. */
class OrdinalsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the second batch asked, the first given | 朝阳区总工会机关第二批多少名干部前往社区报到？ | 区总工会机关首批39名干部迅速响应并前往各自居住地所在社区报到; | true
      the batch asked                         | 朝阳区总工会机关首批多少名干部前往社区报到？   | 区总工会机关首批39名干部迅速响应并前往各自居住地所在社区报到; | false
      both batches given                      | 第二批有多少名干部下沉？                       | 首批39名干部报到后，第二批20名干部也下沉社区。 | false
      a session, not a batch                  | 第二次培训有多少人参加？                       | 首批39名干部迅速响应。 | false
      no ordinal asked                        | 有多少名干部前往社区报到？                     | 首批39名干部迅速响应。 | false
      a batch counted, none given             | 朝阳区总工会机关第二批去社区报到的干部有多少名？ | 与此同时,8名机关干部第一时间主动报名加入支援一线储备人员队伍。 | true
      a round counted, none given             | 石岳所在社区的第一轮全员核酸检测是哪天开始的？ | 5月7日,我到居住地所在的丰台区华苇景苑社区参与新冠疫情防控工作。 | true
      the first batch as 首批, none given     | 首批有多少名干部前往社区报到？                 | 8名机关干部第一时间主动报名。 | false
      a round only in the setting             | 社区正在开展第三轮全员核酸检测，石岳每天几点前到岗？ | 从下沉首日起,我每天6点前准时到岗。 | false
      a phase, not a batch                    | 东升科技园第二期工程是哪一年开工建设的？       | 该工程自2020年开工建设以来。 | false
      a day counted, none given               | 理发小分队活动第一天为多少名职工理了发？       | 从2月24日开始，分批为270多名职工义务理发。 | true
      the first day as 首日                    | 石岳下沉第一天几点到岗？                       | 从下沉首日起,我每天6点前准时到岗。 | false
      another group's leader                  | 隔离点的一组组长是谁？                         | 副主席施剑下沉到隔离点，担任二组组长。 | true
      the group asked                         | 隔离点的二组组长是谁？                         | 副主席施剑下沉到隔离点，担任二组组长。 | false
      a leader of no numbered group           | 隔离点的一组组长是谁？                         | 副主席施剑下沉到集中隔离点担任团组长。 | true
      a team's captain by 第                   | 第三队队长叫什么？                             | 王明任第三队队长。 | false
      groups counted, not numbered            | 这三组人员分别由谁带队？                       | 王明任二组组长。 | false
      the group before its leader's post      | 隔离点的一组组长是谁？                         | 第一组由王强担任组长。 | false
      the group's number in two digits        | 二十二组组长是谁？                             | 十二组组长王强负责消杀。 | true
      the leader named, another fact asked    | 一组组长王强今年多大年龄？                     | 王强今年45岁。 | false
      """)
  void anotherBatchsCountDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, Ordinals.ofAnotherOrdinal(Question.read(question), sentence), shows);
  }
}
