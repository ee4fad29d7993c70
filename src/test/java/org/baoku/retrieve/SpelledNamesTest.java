package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The people an English question spells in pinyin, read off the passages a first search found. */
class SpelledNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Where was Shi Jian, vice chairman of the Daxing union, sent?   | shijian
      Which site was Shī Jiàn sent to?                               | shijian
      What did ShiYue write in his diary?                            | shiyue
      Which department is Han Fengguang from?                        | hanfengguang
      What did He Shaohua teach the couriers?                        | heshaohua
      How many officials did the Daxing District union send?         | -
      Which subdistrict did the Chaoyang union support?              | -
      How many volunteers did the Pinggu District union organise?    | -
      施剑下沉到哪里了？                                             | -
      """)
  void readsThePinyinOfEachPersonNamed(String question, String spelling) {
    assertEquals(spelling == null ? List.of() : List.of(spelling), SpelledNames.spellings(question), question);
  }

  @Test
  void findsTheNameAsThePassagesWriteItAndNotTheWordsOfTheSameSound() {
    List<String> passages = List.of(
        "记者第一时间了解到，这一事件的实践意义很大。",
        "区总工会党组成员、副主席施剑闻令而动，迅速下沉到榆垓镇兴安健康公寓集中隔离点。",
        "这就是建设的时间表。");
    assertEquals(List.of("施剑"), SpelledNames.names(List.of("shijian"), passages));
  }

  @Test
  void findsANameOfThreeCharactersAndNothingForAnUnknownSpelling() {
    List<String> passages = List.of("权益部韩锋光：作为一名工会干部，我深感责任重大。");
    assertEquals(List.of("韩锋光"), SpelledNames.names(List.of("hanfengguang"), passages));
    assertEquals(List.of(), SpelledNames.names(List.of("zhanglei"), passages));
    // no pinyin at all spells nothing
    assertEquals(List.of(), SpelledNames.names(List.of("xqz"), passages));
  }

  @Test
  void looksUpASpellingTheFirstPassagesNameNoOneBy() {
    List<String> holdingThePinyin = List.of("这段时间里，副主席施剑始终冲在一线。");
    List<List<String>> searched = new java.util.ArrayList<>();
    SpelledNames.searched("Who is Shi Jian?", List.of(), terms -> {
      searched.add(terms);
      return Retrieval.of("Who is Shi Jian?", List.of());
    }, spelling -> spelling.equals("shijian") ? holdingThePinyin : List.of());
    assertEquals(List.of(List.of(), List.of("施剑")), searched);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      In which district is Huaweijingyuan community?               | huaweijingyuan
      Who volunteered in Beitiangezhuang village?                  | beitiangezhuang
      What did the Chaoyang District union do?                     | -
      What did Shi Jian do in the community?                       | -
      """)
  void readsThePinyinOfEachPlaceNoDictionaryKnows(String question, String spelling) {
    assertEquals(spelling == null ? List.of() : List.of(spelling), SpelledNames.placeSpellings(question), question);
  }

  @Test
  void findsAPlaceOfFourCharacters() {
    List<String> passages = List.of("5月7日,我到居住地所在的丰台区华苇景苑社区参与新冠疫情防控工作。");
    assertEquals(List.of("华苇景苑"), SpelledNames.names(List.of("huaweijingyuan"), passages));
  }

  /** The g that ends one syllable and opens the next is often written once: Pangezhuang is 庞各庄 (pang-ge-zhuang). */
  @Test
  void aPlaceSpelledWithOneGOfTwoIsFound() {
    List<String> passages = List.of("庞各庄镇总工会分别到各村社卡口慰问防控一线的900余名干部职工。");
    assertEquals(List.of("庞各庄"), SpelledNames.names(SpelledNames.placeSpellings("What did the Pangezhuang town union give?"), passages));
    assertEquals(List.of("庞各庄"), SpelledNames.names(List.of("panggezhuang"), passages));
  }
}
