package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link Honours}: an honour asked is answered only by a sentence that names one. */
class HonoursTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a medal                          | 她获得过什么全国荣誉？ | 全国五一劳动奖章获得者常洪霞带领成员制作宣传片。 | true
      a title of honour                | 她得过啥奖？           | 她曾被评为北京市三八红旗手。                   | true
      no honour                        | 她获得过什么全国荣誉？ | 这是客四分公司1路“洪霞创新工作室”制作的宣传片的开篇语。 | false
      """)
  void anHonourAskedIsOneTheSentenceNames(String shows, String question, String sentence, boolean gives) {
    assertTrue(Honours.asksHonour(Question.read(question)), question);
    assertEquals(gives, Honours.givesAnHonour(sentence), shows);
  }
}
