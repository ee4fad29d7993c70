package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English questions and the Chinese terms they must give: the words a reader uses for the things
 * the pages report, with their plurals and past tenses, dictionary phrases, names in pinyin,
 * numbers, acronyms and dates.
 */
class EnglishQueryTest {

  private static void assertHas(String question, String... expected) {
    List<String> terms = EnglishQuery.terms(question);
    for (String e : expected) {
      assertTrue(terms.contains(e), () -> question + " should give " + e + ", gave " + terms);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How many workers donated blood?                              | 献血 职工
      Which trade unions sent cadres?                              | 工会 干部
      What vegetables did they grow? Tomatoes?                     | 蔬菜 西红柿
      What did they get this year?                                 | 今年
      Who gave first aid training?                                 | 急救 培训
      How many households were visited?                            | 户
      What is the theme of the reading club?                       | 主题 俱乐部
      How long is the video?                                       | 多久 视频
      What gifts did the volunteers receive?                       | 礼物 志愿者
      Which book did she read aloud?                               | 书 朗读
      How much funding went to epidemic prevention?                | 预防
      Who is the vice-chairperson of the federation?               | 副主席 联合会
      How many frontline staff were visited?                       | 一线
      """)
  void wordsAndPhrasesBecomeTheirChineseHeadwords(String question, String expected) {
    assertHas(question, expected.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      What did the Haidian district union do?        | 海淀区 haidian
      How many volunteers did Pinggu send?           | 平谷 pinggu
      Which towns of Shunyi took part?               | 顺义 shunyi
      What did the Daxing union give?                | 大兴 daxing
      Where is Beijing Electronics?                  | 北京 电子
      What did the Chaoyang District union do?       | 朝阳区 chaoyang
      Which town in Mentougou District got funds?    | 门头沟区
      How many twelve-hour shifts did eleven volunteers work? | 11
      """)
  void pinyinPlaceNamesBecomeTheirChineseNames(String question, String expected) {
    assertHas(question, expected.split(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      What did the more than 600,000 yuan it raised pay for?        | 60万
      Who helped with about 18,000 tests?                           | 1.8万
      How did 1.1 million workers take part?                        | 110万
      What did the 500 million yuan fund?                           | 5亿
      Why did 5,000 medical workers get gifts?                      | 5000
      Which 12,345 people were tested?                              | 12345
      How many of the 160 people per hour were tested?              | 160
      """)
  void figuresAreWrittenAsAChineseReportWritesThem(String question, String expected) {
    assertHas(question, expected);
  }

  /** Found by the figure a reader writes the English way: 已筹措60余万元资金，对5000余名…进行了慰问. */
  @Test
  void aSumWrittenWithThousandsFindsTheReportThatGivesIt() {
    List<Hit> hits = RealArchive.get().retrieve(
        "How many medical workers and frontline staff did the Daxing District Federation of Trade Unions reach with the more than 600,000 yuan it raised?", 5);
    assertTrue(hits.stream().anyMatch(h -> h.passage().text().contains("已筹措60余万元资金")), hits::toString);
  }

  @Test
  void twoWordsInARowAreAlsoJoinedAsOneChineseWordMay() {
    List<String> joins = EnglishQuery.compounds("How many trade-union service stations were mobilized?");
    assertTrue(joins.contains("服务站"), joins::toString);
    // a stop word or a number ends the run: nothing joins across "were" or "in"
    assertTrue(joins.stream().noneMatch(j -> j.startsWith("站") || j.endsWith("动员")), joins::toString);
    assertTrue(EnglishQuery.compounds("工会服务站有多少个？").isEmpty());
  }

  @Test
  void aNameWithOneGOfTwoIsAlsoSpelledWithBoth() {
    assertHas("What fruit did the Pangezhuang town union give?", "pangezhuang", "panggezhuang");
  }

  @Test
  void aNameTheDictionaryDoesNotKnowStaysPinyinForTheIndexsPinyinField() {
    assertHas("Which mobile app did the Binhe Subdistrict recommend?", "binhe", "街道");
  }

  @Test
  void oneSyllableNamesAreJoinedAsAChineseNameIsSpelled() {
    List<String> terms = EnglishQuery.terms("What book did Zhang Lei read?");
    assertTrue(terms.contains("zhanglei"), terms::toString);
    assertFalse(terms.contains("zhang") || terms.contains("lei"), terms::toString);
  }

  @Test
  void aNameWithItsLaterSyllablesInLowerCaseIsOneName() {
    List<String> terms = EnglishQuery.terms("How many staff did the Pang ge zhuang town union see?");
    assertTrue(terms.contains("panggezhuang"), terms::toString);
    // an English word after a name is no syllable of it
    assertFalse(EnglishQuery.terms("Did Shi Jian go there?").contains("shijiango"));
  }

  @Test
  void aSentenceStartingWithANameStillReadsItAsPinyin() {
    assertHas("Shi Jian went to the isolation site.", "shijian");
  }

  @Test
  void aSurnameTheDictionaryAlsoKnowsInLowerCaseStartsANameBeforeAnother() {
    // zhang is also a unit of length (丈): before Lei it is a surname
    List<String> terms = EnglishQuery.terms("Zhang Lei read which book?");
    assertTrue(terms.contains("zhanglei"), terms::toString);
    assertFalse(terms.contains("市丈"), terms::toString);
  }

  @Test
  void anIngWordIsTakenAsWrittenOnlyWhereANewspaperUsesItsHeadword() {
    // "testing" glosses 联调联试 (joint debugging), which no newspaper word count holds: test it is
    List<String> terms = EnglishQuery.terms("How many people did the testing site handle?");
    assertTrue(terms.contains("测试"), terms::toString);
    assertFalse(terms.contains("联调联试"), terms::toString);
    assertHas("What training did the workers get?", "培训");
  }

  @Test
  void aVerbIsReadWithItsObjectWhereverTheQuestionPutsIt() {
    // "to raise (money)" is 筹措's gloss; "raised" alone is 增加, 提高, as the page never writes it
    assertHas("How much money has the district union raised for medical workers?", "筹措");
    assertHas("Did they raise funds?", "筹集");
    assertFalse(EnglishQuery.terms("Has the union raised the number of staff?").contains("筹措"));
    // a noun the dictionary knows as written has no object: "first aid training" trains no people
    List<String> training = EnglishQuery.terms("How many people attended the first aid training?");
    assertTrue(training.contains("培训"), training::toString);
    assertFalse(training.contains("培"), training::toString);
  }

  @Test
  void perAUnitIsOneChineseWord() {
    assertHas("How many people could one lane test per hour?", "每小时", "小时");
  }

  @Test
  void anEnglishWordAtTheStartOfASentenceIsNotAName() {
    List<String> terms = EnglishQuery.terms("Workers donated blood.");
    assertTrue(terms.contains("职工"), terms::toString);
    assertFalse(terms.stream().anyMatch(t -> t.startsWith("worker")), terms::toString);
  }

  @Test
  void numbersAcronymsAndDatesStayAsWritten() {
    assertHas("How many AED and CPR sessions were held on March 4, 2022 for 1.8 hours?",
        "AED", "CPR", "3月4日", "2022", "1.8");
    assertHas("What did KN95 masks cost in May?", "KN95");
    assertHas("On 2 June, which hotel did the union leaders visit?", "6月2日");
    assertHas("What happened on 25 May?", "5月25日");
  }

  @Test
  void mayAloneIsAVerbNotAMonth() {
    List<String> terms = EnglishQuery.terms("Who May help?");
    assertFalse(terms.contains("5月"), terms::toString);
    assertHas("What happened on May 25?", "5月25日");
  }

  @Test
  void stopAndQuestionWordsGiveNothing() {
    assertEquals(List.of(), EnglishQuery.terms("What did they do with it and how?"));
  }

  @Test
  void eachWordGivesAtMostAFewHeadwords() {
    // "book" has a dozen headwords in CC-CEDICT; "mask" eleven
    assertTrue(EnglishQuery.terms("book").size() <= Headwords.PER_WORD);
    assertTrue(EnglishQuery.terms("mask").size() <= Headwords.PER_WORD);
  }

  @Test
  void aThirdReadingFindsTheWordTheReportUses() {
    // 登记 and 立案 rank first for "register"; the bundled page writes 通过二维码注册
    assertTrue(EnglishQuery.terms("register").contains("注册"), EnglishQuery.terms("register").toString());
  }

  @Test
  void anEnglishQuestionFindsTheSentenceThatUsesTheThirdReading() {
    Retrieval r = RealArchive.get().search("How do people from outside register in Hujiapu village?", 3);
    assertTrue(r.hits().stream().anyMatch(h -> h.passage().text().contains("二维码注册")),
        r.hits().stream().map(h -> h.passage().id()).toList().toString());
  }

  @Test
  void termsKeepTheQuestionsOrderWithoutRepeats() {
    List<String> terms = EnglishQuery.terms("Volunteers donated blood: how many volunteers?");
    assertEquals(terms.stream().distinct().toList(), terms);
    assertTrue(terms.indexOf("志愿者") < terms.indexOf("献血"), terms::toString);
  }

  /** A known weakness: alone, "union" is an alliance; only "trade union" says 工会. */
  @Test
  void unionAloneIsNotATradeUnion() {
    assertFalse(EnglishQuery.terms("What did the union do?").contains("工会"));
    assertHas("What did the trade union do?", "工会");
  }

  @Test
  void chineseAndMixedQuestionsGiveNothing() {
    assertEquals(List.of(), EnglishQuery.terms("顺义区总工会派了几名干部？"));
    assertEquals(List.of(), EnglishQuery.terms("AED是什么"));
    assertEquals(List.of(), EnglishQuery.terms("12345"));
    assertEquals(List.of(), EnglishQuery.terms(""));
    assertEquals(List.of(), EnglishQuery.terms(null));
  }

  @Test
  void fullWidthEnglishIsReadAsEnglish() {
    assertHas("Ｈｏｗ ｍａｎｙ ｗｏｒｋｅｒｓ ｄｏｎａｔｅｄ ｂｌｏｏｄ？", "献血");
  }

  @Test
  void hostileTextNeverThrows() {
    char[] junk = new char[100_000];
    Arrays.fill(junk, 'a');
    assertTrue(EnglishQuery.terms(new String(junk)).size() <= 1);
    assertHas("Donated\u0000 \u202eblood\uD800 <b>x</b> 😀 '''s ---", "献血");
    assertEquals(List.of(), EnglishQuery.terms("' ' s's -- ... 's"));
    assertTrue(EnglishQuery.terms("A".repeat(50) + " " + "Zhang ".repeat(5_000)).size() < 10);
  }

  @Test
  void baseFormsOfInflectedWords() {
    assertEquals(List.of("workers", "worker"), EnglishWords.forms("workers"));
    assertTrue(EnglishWords.forms("donated").contains("donate"));
    assertTrue(EnglishWords.forms("planned").contains("plan"));
    assertTrue(EnglishWords.forms("subsidies").contains("subsidy"));
    assertTrue(EnglishWords.forms("held").contains("hold"));
    assertEquals(List.of("prevent"), EnglishWords.verbs("prevention"));
  }

  @Test
  void pinyinSyllablesStartWithAVowelOnlyAtTheStart() {
    assertEquals(2, EnglishWords.syllables("haidian"));
    assertEquals(3, EnglishWords.syllables("mentougou"));
    assertEquals(1, EnglishWords.syllables("xian"), "Xi'an is written with an apostrophe");
    assertEquals(-1, EnglishWords.syllables("dean"));
    assertEquals(-1, EnglishWords.syllables("federation"));
  }

  @Test
  void theDictionaryLoadsOnceAndQuickly() {
    EnglishQuery.terms("blood");
    long first = EnglishQuery.loadMillis();
    EnglishQuery.terms("union");
    assertEquals(first, EnglishQuery.loadMillis());
    assertTrue(first < 5_000, "loading the dictionary took " + first + " ms");
  }
}
