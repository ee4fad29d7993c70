package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English glosses after Chinese words go; brackets of any other kind stay. */
class GlossesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      after a word         | 集中采血点（blood collection point）设在哪家单位？        | 集中采血点设在哪家单位？
      after a title        | 《正道沧桑》（the book Zhengdao Cangsang）讲什么？       | 《正道沧桑》讲什么？
      after a quotation    | “互联网+职工学习”（Internet-plus worker learning）是什么？ | “互联网+职工学习”是什么？
      ASCII brackets       | 支援队(support teams)有几支？                          | 支援队有几支？
      an abbreviation      | 区疾控中心（CDC）在哪？                                 | 区疾控中心在哪？
      wholly English       | How many teams (support teams) were formed?            | How many teams (support teams) were formed?
      Chinese in brackets  | 那个mini program（小程序）叫什么？                        | 那个mini program（小程序）叫什么？
      English before Han   | 那个（QR code）小程序叫什么？                             | 那个小程序叫什么？
      """)
  void glossesAfterChineseGo(String shows, String typed, String read) {
    assertEquals(read, Glosses.without(typed), shows);
  }
}
