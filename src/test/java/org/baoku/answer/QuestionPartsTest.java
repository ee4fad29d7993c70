package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link QuestionParts#of}: the questions of a message, each with the rest told before it. */
class QuestionPartsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      two questions                 | 朝阳区拨了多少专款？开通的是什么热线？   | 开通的是什么热线。请问朝阳区拨了多少专款? | 朝阳区拨了多少专款。请问开通的是什么热线?
      the background told to each   | 我在写作业。朝阳区拨了多少专款？热线叫什么？ | 我在写作业。热线叫什么。请问朝阳区拨了多少专款? | 我在写作业。朝阳区拨了多少专款。请问热线叫什么?
      """)
  void eachQuestionIsAskedWithTheRestTold(String shows, String message, String first, String second) {
    assertEquals(List.of(first, second), QuestionParts.of(message).stream().map(QuestionParts.Part::withTheRest).toList(), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one question                  | 朝阳区总工会拨了多少专款？
      a question and a statement    | 朝阳区总工会拨了多少专款？我想写进作业。
      a mark alone is no question   | 朝阳区总工会拨了多少专款？？
      four questions are a list     | 拨了多少？给了谁？在哪天？为什么？
      """)
  void aMessageOfOneQuestionIsNotParted(String shows, String message) {
    assertEquals(List.of(), QuestionParts.of(message), shows);
  }
}
