package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

/** The answering phrase in plain text: marked where the text shows the quote, never in {@link Reply#text()}. */
class PlainTextTest {

  private static final String QUOTE = "北京电控系统100多名职工来到设在飞宇公司的集中采血点";
  private static final Passage P = new Passage("p#1.0", "003", 1, "爱心献血", "", "3月4日一大早，" + QUOTE + "。", 0, 40);
  private static final Citation C = new Citation(1, P, QUOTE, P.text().indexOf(QUOTE),
      Optional.of(new Citation.Span(6, 11, "100多名")));

  @Test
  void theBoldAnswerMarksThePhraseInTheTextAndInTheQuote() {
    Answer a = new Answer(QUOTE + "[1]", List.of(C), true, "extractive", "", List.of());
    String bold = PlainText.answer(a, PlainText.Emphasis.BOLD);
    assertTrue(bold.startsWith("北京电控系统\033[1m100多名\033[0m职工"), bold);
    assertTrue(bold.contains("“北京电控系统\033[1m100多名\033[0m职工"), "the quote under Sources: " + bold);
    assertEquals(PlainText.answer(a), bold.replace("\033[1m", "").replace("\033[0m", ""));
  }

  @Test
  void theReplyTextStaysPlain() {
    Answer a = new Answer(QUOTE + "[1]", List.of(C), true, "extractive", "", List.of());
    assertFalse(PlainText.answer(a).contains("\033"));
    assertEquals(PlainText.answer(a), PlainText.answer(a, PlainText.Emphasis.NONE));
  }

  @Test
  void piecesJoinBackToTheTextWithThePhrasesAtOddIndices() {
    Answer a = new Answer("据报道：" + QUOTE + "[1]", List.of(C), true, "extractive", "", List.of());
    List<String> pieces = PlainText.pieces(a);
    assertEquals(List.of("据报道：北京电控系统", "100多名", "职工来到设在飞宇公司的集中采血点[1]"), pieces);
    assertEquals(List.of("北京电控系统", "100多名", "职工来到设在飞宇公司的集中采血点"), PlainText.pieces(C));
  }

  @Test
  void aTextThatWordsTheQuoteOtherwiseIsLeftUnmarked() {
    Answer a = new Answer("当天有100多名职工献血[1]。", List.of(C), true, "llm", "", List.of());
    assertEquals(List.of(a.text()), PlainText.pieces(a), "an LLM's sentence is not the quote");
    assertTrue(PlainText.answer(a, PlainText.Emphasis.BOLD).contains("“北京电控系统\033[1m100多名\033[0m"));
  }
}
