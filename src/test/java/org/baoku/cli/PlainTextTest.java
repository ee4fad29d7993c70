package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.Phrases;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

/** The answering phrase in plain text: marked where the text shows the quote, and only when asked to. */
class PlainTextTest {

  private static final String QUOTE = "北京电控系统100多名职工来到设在飞宇公司的集中采血点";
  private static final Passage P = new Passage("p#1.0", "003", 1, "爱心献血", "", "3月4日一大早，" + QUOTE + "。", 0, 40);
  private static final Citation C = new Citation(1, P, QUOTE, P.text().indexOf(QUOTE),
      Optional.of(new Citation.Span(6, 11, "100多名")));

  private static Reply answer(String text) {
    return Reply.answer(new Answer(text, List.of(C), true, "extractive", "", List.of()));
  }

  @Test
  void theBoldAnswerMarksThePhraseInTheTextAndInTheQuote() {
    Reply r = answer(QUOTE + "[1]");
    String bold = PlainText.render(r, PlainText.Emphasis.BOLD);
    assertTrue(bold.startsWith("北京电控系统\033[1m100多名\033[0m职工"), bold);
    assertTrue(bold.contains("“北京电控系统\033[1m100多名\033[0m职工"), "the quote under Sources: " + bold);
    assertEquals(PlainText.render(r), bold.replace("\033[1m", "").replace("\033[0m", ""));
  }

  @Test
  void thePlainRenderingHasNoEscapeCodes() {
    Reply r = answer(QUOTE + "[1]");
    assertFalse(PlainText.render(r).contains("\033"));
    assertEquals(PlainText.render(r), PlainText.render(r, PlainText.Emphasis.NONE));
  }

  @Test
  void piecesJoinBackToTheTextWithThePhrasesAtOddIndices() {
    Answer a = new Answer("据报道：" + QUOTE + "[1]", List.of(C), true, "extractive", "", List.of());
    assertEquals(List.of("据报道：北京电控系统", "100多名", "职工来到设在飞宇公司的集中采血点[1]"), Phrases.of(a));
    assertEquals(List.of("北京电控系统", "100多名", "职工来到设在飞宇公司的集中采血点"), Phrases.of(C));
  }

  @Test
  void aTextThatWordsTheQuoteOtherwiseIsLeftUnmarked() {
    Reply r = answer("当天有100多名职工献血[1]。");
    assertEquals(List.of(r.answer().text()), Phrases.of(r.answer()), "an LLM's sentence is not the quote");
    assertTrue(PlainText.render(r, PlainText.Emphasis.BOLD).contains("“北京电控系统\033[1m100多名\033[0m"));
  }

  @Test
  void aSourceMarksItsQuoteWithCornerBrackets() {
    String shown = PlainText.render(Reply.source(C));
    assertTrue(shown.startsWith("[1] 爱心献血\n版面 page: 003 · 第1篇"), shown);
    assertTrue(shown.endsWith("3月4日一大早，【" + QUOTE + "】。"), shown);
  }
}
