package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link Brands}: a brand asked is answered only by a sentence that names one. */
class BrandsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      gifts named without a brand             | 送给值守人员的保温水壶是什么牌子的？ | 他们每人收到了一个2升保温水壶、一个医用口罩。 | false
      a body is no brand                      | 送给干警的自热米饭是什么牌子的？     | 副主席到特警大队、刑侦支队送上自热米饭。       | false
      a brand in Latin letters                | 广告里的啤酒是什么牌子的？           | YANJING BEER 中国探月工程官方合作伙伴。        | true
      a name before 牌                        | 送给值守人员的保温水壶是什么牌子的？ | 送上30个象印牌保温水壶。                       | true
      a firm beside other things              | 送给干警的自热米饭是什么牌子的？     | 基层单位充分利用小家冰箱、微波炉等设施设备。   | false
      """)
  void aBrandQuestionIsAnsweredOnlyByANamedBrand(String shows, String question, String sentence, boolean names) {
    assertEquals(names, Brands.namesABrand(Question.read(question), sentence), shows);
  }
}
