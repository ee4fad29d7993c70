package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden tables of {@link Days}: a sentence of another year than the one asked answers nothing. */
class DaysTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      an undated 今年 does not say the asked year    | 集团2021年开展了几场培训？ | 今年，该集团开展10场培训。   | -          | true
      a dated 今年 of the asked year says it          | 集团2021年开展了几场培训？ | 今年，该集团开展10场培训。   | 2021-03-05 | false
      a dated 今年 of another year                    | 集团2021年开展了几场培训？ | 今年，该集团开展10场培训。   | 2022-03-05 | true
      去年 of a report dated the year after           | 集团2021年开展了几场培训？ | 去年，该集团开展10场培训。   | 2022-03-05 | false
      a year named in the sentence is read as such    | 集团2021年开展了几场培训？ | 今年即2021年，该集团开展10场培训。 | -    | false
      no year asked                                   | 集团开展了几场培训？       | 今年，该集团开展10场培训。   | -          | false
      """)
  void aRelativeYearIsTheAskedOneOnlyByTheReportsDate(String shows, String question, String sentence,
      LocalDate reported, boolean another) {
    assertEquals(another, Days.relativeToAnotherYear(Question.read(question), sentence, reported), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      去年 asked, 今年 reported            | 集团去年开展了几场培训？ | 今年，该集团开展10场培训。 | true
      去年 asked and reported              | 集团去年开展了几场培训？ | 去年，该集团开展8场培训。  | false
      去年 asked, no year reported         | 集团去年开展了几场培训？ | 该集团开展10场培训。       | false
      another year named                   | 集团2021年开展了几场培训？ | 集团2020年开展10场培训。 | true
      """)
  void aSentenceOfAnotherYearAnswersNothing(String shows, String question, String sentence, boolean another) {
    assertEquals(another, Days.ofAnotherYear(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      去年 asked, an undated report without a year | 旧宫镇去年端午节送出了多少件？ | 旧宫镇将1250件慰问品送到他们手中。 | false | true
      去年 asked, a dated report                   | 旧宫镇去年端午节送出了多少件？ | 旧宫镇将1250件慰问品送到他们手中。 | true  | false
      去年 asked and said                          | 旧宫镇去年端午节送出了多少件？ | 去年端午节，旧宫镇送出1000件。     | false | false
      a year named                                 | 旧宫镇去年端午节送出了多少件？ | 2021年端午节，旧宫镇送出1000件。   | false | false
      no relative year asked                       | 旧宫镇端午节送出了多少件？     | 旧宫镇将1250件慰问品送到他们手中。 | false | false
      last year asked in English, 今年 reported    | How many training sessions did the Jiangong union hold last year? | 今年，该集团在项目工地开展10场应急救护心肺复苏培训。 | false | true
      last year asked in English and said          | How many training sessions did the Jiangong union hold last year? | 去年，该集团开展8场培训。 | false | false
      this year asked in English                   | How many training sessions did the Jiangong union hold this year? | 今年，该集团在项目工地开展10场应急救护心肺复苏培训。 | false | false
      """)
  void aRelativeYearIsUnknownInAnUndatedReport(String shows, String question, String sentence, boolean dated,
      boolean unknown) {
    assertEquals(unknown, Days.relativeYearUnknown(Question.read(question), java.util.List.of(sentence), dated), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the asked year named                 | 集团2021年开展了几场培训？ | 集团2021年开展10场培训。 | true
      another year named                   | 集团2021年开展了几场培训？ | 集团2020年开展10场培训。 | false
      no year named                        | 集团2021年开展了几场培训？ | 今年，该集团开展10场培训。 | false
      """)
  void aSentenceNamesTheAskedYearOrNot(String shows, String question, String sentence, boolean names) {
    assertEquals(names, Days.namesTheAskedYear(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      an undated report never naming it       | 2021年大兴区总工会筹措了多少资金？           | 大兴区总工会筹措60余万元慰问资金。             | -          | false
      the article names the year              | 哪个项目获评北京市2021年度“安康杯”优胜班组？ | 东升科技园二期工程项目获北京市2021年度“安康杯”。 | -          | true
      the issue is of that year               | 2021年大兴区总工会筹措了多少资金？           | 大兴区总工会筹措60余万元慰问资金。             | 2021-06-02 | true
      the issue is of another year            | 2021年大兴区总工会筹措了多少资金？           | 大兴区总工会筹措60余万元慰问资金。             | 2022-06-02 | false
      no year asked                           | 大兴区总工会筹措了多少资金？                 | 大兴区总工会筹措60余万元慰问资金。             | -          | true
      """)
  void aYearAskedIsThatOfAReportNamingItOrIssuedThen(String shows, String question, String article, String issued,
      boolean ofIt) {
    assertEquals(ofIt, Days.ofTheAskedYear(Question.read(question), article,
        issued == null ? null : java.time.LocalDate.parse(issued)), shows);
  }
}
