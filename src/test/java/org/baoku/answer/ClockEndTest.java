package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link ClockEnd}: the hour something ended, from its start and its length, and
 * when a sentence does not say it.
 */
class ClockEndTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      a morning start and its length        | 早上7点钟，毛彩兰准时站在北小区卡口，值守了6个小时。 | 13点（据[1]推算：早上7点起6个小时）
      an afternoon start                    | 下午2点，志愿者来到卡口，值守了3个小时。           | 17点（据[1]推算：下午2点起3个小时）
      midnight at night                     | 晚上12点，志愿者来到卡口，值守了3个小时。           | 3点（据[1]推算：晚上12点起3个小时）
      past midnight                         | 夜里10点，志愿者来到卡口，值守了3个小时。           | 次日1点（据[1]推算：夜里10点起3个小时）
      a length in Chinese numerals          | 早上8点钟，志愿者来到卡口，值守了两个小时。         | 10点（据[1]推算：早上8点起两个小时）
      the end given                         | 早上7点张强接到通知，1个小时后赶到卡口，一直值守到下午3点。 | -
      a delay, not a length                 | 早上7点张强接到通知，1个小时后赶到卡口。           | -
      points, not an hour                   | 张强对队员提出3点要求，随后值守了6个小时。          | -
      no length                             | 从下沉首日起，我每天6点前准时到岗。                 | -
      """)
  void theEndIsTheStartPlusTheLength(String shows, String sentence, String expected) {
    assertEquals(Optional.ofNullable(expected), ClockEnd.end(sentence, () -> 1), shows);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      志愿者每天一般干到几点才下班？ | 从下沉首日起，我每天6点前准时到岗。           | true
      志愿者每天一般干到几点才下班？ | 早上7点钟，志愿者来到卡口，值守了6个小时。   | false
      志愿者每天一般干到几点才下班？ | 志愿者每天一直值守到晚上十点。               | false
      志愿者每天几点到岗？           | 从下沉首日起，我每天6点前准时到岗。           | false
      """)
  void aStartAloneGivesNoEnd(String question, String sentence, boolean none) {
    assertEquals(none, ClockEnd.givesNoEnd(Question.read(question), sentence));
  }
}
