package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link TurnedTo#thing}: the thing a follow-up turns to, and not a demonstrative. */
class TurnedToTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      那口罩呢，谁送来的？           | 口罩
      北房镇 那口罩又是谁送来的？    | 口罩
      那些口罩呢，谁送来的？         | -
      那天呢，谁送来的？             | -
      口罩是谁送来的？               | -
      口罩呢，谁送来的？             | 口罩
      """)
  void aFollowUpTurnsToTheThingAfter那(String question, String thing) {
    assertEquals(Optional.ofNullable(thing), TurnedTo.thing(Question.read(question)), question);
  }
}
