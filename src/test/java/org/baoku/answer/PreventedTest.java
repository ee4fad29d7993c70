package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of how something was kept from going wrong is led by the sentence of its report that
 * says what was done to prevent it, though the task named in the question's words is more probable.
 */
class PreventedTest {

  /** Sentences of the diary of 石岳 (page 001) and one of another report. */
  private static final List<String> TEXTS = List.of(
      "我主要负责信息扫码录入、楼层防疫宣传、现场秩序维护等工作。",
      "扫码录入看似简单繁琐,实为确保检测准确的“第一环节”。",
      "针对该村外来人口多、返京时段长的客观实际，编制《胡家堡村外来人口登记专属程序》。",
      "为避免文字或证件号码识别错误,我采用设备先行录入、口头二次确认的方式,对生僻字和非常用词汇搭配,都具体确认到每个字。");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      石主席扫码录入咋防着录错                       | A | [3, 0]
      扫码录入的时候怎么避免把身份证号录错？           | A | [3, 0]
      石岳扫码录入的时候怎么防疫？                    | A | [0]
      石岳扫码录入时负责哪些工作？                    | A | [0]
      石主席扫码录入咋防着录错                       | B | [0]
      """)
  void aWayOfPreventingIsLedByTheSentenceThatTellsIt(String question, String articleOfTheLast, String expected) {
    double[] probability = {0.30, 0.12, 0.05, 0.01};
    List<String> articleOf = List.of("A", "A", "B", articleOfTheLast);
    assertEquals(expected, Prevented.leading(Question.read(question), probability, TEXTS, articleOf, List.of(0)).toString());
  }
}
