package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The previous question's count asked of another group with 又, and questions that open with their verb. */
class ParallelFollowUpTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      东坝镇总工会首批去居住地社区报到的干部有多少人？ | 对口支援西坝街道的又有几个？ | 东坝镇总工会对口支援西坝街道的干部有多少人？
      东坝镇总工会首批去居住地社区报到的干部有多少人？ | 对口支援西坝街道的有几个？   | -
      东坝镇总工会首批报到的干部是谁？                 | 对口支援西坝街道的又有几个？ | -
      东坝镇总工会第一批去社区报到的干部有好多个       | 那对口支援西坝街道的又有几个 | 东坝镇总工会对口支援西坝街道的干部有好多个？
      """)
  void theSameCountIsAskedOfTheOtherGroup(String previous, String question, String expected) {
    assertEquals(Optional.ofNullable(expected), ParallelFollowUp.written(previous, question));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      西坝区总工会一共发动了多少职工志愿者？ | 分成了多少支队伍？        | true
      西坝区总工会一共发动了多少职工志愿者？ | 举办职工沟通会的是哪个社区？ | false
      """)
  void aQuestionOpeningWithItsVerbOnItsCountGoesOn(String previous, String question, boolean continues) {
    Condenser.Standalone s = new SubjectCarrier().standalone(List.of(new Condenser.Turn(previous, "……")), question);
    assertEquals(continues, s.continues(), s.toString());
  }
}
