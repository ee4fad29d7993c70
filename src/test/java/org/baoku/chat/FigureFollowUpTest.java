package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A follow-up working a figure out with the one asked before names both parts in one question;
 * one that asks a figure of its own, or points at no figure asked, is left to the subject carrier.
 */
class FigureFollowUpTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      西坝镇总工会投入的专项资金是多少？     | 东坝镇总工会拨的专款比它多多少？       | 东坝镇总工会拨的专款比西坝镇总工会投入的专项资金多多少？
      东坝镇首批下沉的干部有多少名？         | 第二批比刚才那批少几个人？             | 第二批比东坝镇首批下沉的干部少几个人？
      请问西坝镇总工会向三个村拨付了多少资金？ | 各村自筹的那笔加上去，一共多少？       | 西坝镇总工会向三个村拨付资金加上各村自筹的那笔，一共多少？
      养护公司要向多少名养护员工做宣传？     | 再算上保洁工人，一共多少人？           | 养护公司要向养护员工做宣传加上保洁工人，一共多少人？
      西坝镇总工会给各个社区拨的慰问金，总共是多少钱？ | 那再算上给下沉干部买的慰问品呢，一共花了多少？ | 西坝镇总工会给各个社区拨的慰问金加上给下沉干部买的慰问品，一共花了多少？
      西坝镇总工会给每个社区拨的慰问金，这一项算下来总共是多少钱？ | 要是再把送给下沉干部的慰问品也算上，这两项加起来投了多少？ | 西坝镇总工会给每个社区拨的慰问金加上送给下沉干部的慰问品，这两项加起来投了多少？
      回顾那篇报道：东坝镇总工会选派了多少名干部下社区？ | 西坝镇抽调的社工比东坝这边少几个人？ | 西坝镇抽调的社工比东坝镇总工会选派干部下社区少几个人？
      东坝镇和西坝镇查验的证明，时限分别是多少小时？ | 两者的时限相差多少小时？              | 东坝镇和西坝镇查验的证明，时限相差多少小时？
      东坝镇总工会选派了多少名干部下社区？   | 西坝镇抽调的社工比南坝这边少几个人？   | -
      西坝镇总工会投入的专项资金是多少？     | 它用在了哪些地方？                     | -
      西坝镇总工会投入的专项资金是多少？     | 东坝镇总工会一共拨了多少？             | -
      西坝镇总工会是哪天成立的？             | 东坝镇的比它多多少？                   | -
      """)
  void bothFiguresAreNamedInOneQuestion(String previous, String question, String expected) {
    assertEquals(Optional.ofNullable(expected), FigureFollowUp.written(List.of(previous), question));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      东坝镇总工会首批报到的干部有多少人？ | 东坝镇总工会对口支援西坝街道的干部有多少人？ | 两拨加起来一共多少人？ | 东坝镇总工会首批报到的干部和东坝镇总工会对口支援西坝街道的干部，加起来一共多少人？
      东坝镇总工会首批报到的干部是谁？     | 东坝镇总工会对口支援西坝街道的干部有多少人？ | 两拨加起来一共多少人？ | -
      东坝镇总工会拨了多少专款给社区？     | 西坝镇投了多少？                             | 比东坝少多少？         | 西坝镇投比东坝镇总工会拨专款给社区少多少？
      东坝镇总工会拨了多少专款给社区？     | 西坝镇投了多少？                             | 比南坝少多少？         | -
      """)
  void bothPartsMayBeTheLastTwoQuestions(String first, String second, String question, String expected) {
    assertEquals(Optional.ofNullable(expected), FigureFollowUp.written(List.of(first, second), question));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      西坝镇总工会投入的专项资金是多少？ | 东坝镇总工会拨的专款比它多多少？ | 东坝镇总工会拨的专款比西坝镇总工会投入的专项资金多多少？
      """)
  void theCarrierGoesOnWithTheQuestionWrittenOut(String previous, String question, String expected) {
    Condenser.Standalone s = new SubjectCarrier().standalone(List.of(new Condenser.Turn(previous, "……")), question);
    assertEquals(new Condenser.Standalone(expected, true), s);
  }
}
