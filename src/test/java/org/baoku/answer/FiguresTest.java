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
}
