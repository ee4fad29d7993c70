package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figures of a sentence that count what a question counts. */
class FiguresTest {

  /** 队伍 is counted by every team whose name ends in 队, though 伍 is its last character. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      西坝区总工会一共组建了多少支队伍？ | 西坝区总工会发动三级服务体系的23支志愿服务队。 | 1
      西坝区总工会一共组建了多少支队伍？ | 西坝区总工会发动了23支乐器。                   | 0
      """)
  void aTeamOfAnyNameIsCountedAsATeam(String question, String sentence, int figures) {
    assertEquals(figures, Figures.figures(Question.read(question), sentence).size());
  }

  /**
   * People named by their deed ({@code 工作人员}, {@code 医护人员}) are counted by a noun of people
   * doing the same deed, not by a figure of others that merely sits beside the word of the deed.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      服务站一共有多少名工作人员？   | 服务站选派了16名机关干部参与到核酸检测点等工作中。   | 0
      服务站一共有多少名工作人员？   | 服务站为150名一线工作人员送上慰问物资。               | 1
      一共慰问了多少名医护人员？     | 对5000余名参与疫情防控的医护工作者进行了慰问。        | 1
      一共慰问了多少名医护人员？     | 对5000余名参与疫情防控的机关干部进行了慰问。          | 0
      """)
  void peopleNamedByTheirDeedAreCountedByThatDeed(String question, String sentence, int figures) {
    assertEquals(figures, Figures.figures(Question.read(question), sentence).size());
  }

  /**
   * People counted and then said, in the clause after, to be what the question counts ({@code
   * 只有3个人，他们…都是…家属}) are counted as that; not when the sentence has ended, nor when the
   * clause after names them otherwise.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      茶话会来了几个家属？ | 受邀来茶话会的只有5个人，她们都是一线护士的家属。     | 1
      茶话会来了几个家属？ | 受邀来茶话会的只有5个人，她们都是一线护士。           | 0
      茶话会来了几个家属？ | 受邀来茶话会的只有5个人。她们都是一线护士的家属。     | 0
      茶话会来了几个家属？ | 受邀来茶话会的只有5个人，工会干部向家属们表示感谢。   | 0
      """)
  void peopleSaidInTheNextClauseToBeWhatIsCountedAreCountedAsThat(String question, String sentence, int figures) {
    assertEquals(figures, Figures.figures(Question.read(question), sentence).size());
  }
}
