package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmComposerTest {

  private static final String QUESTION = "清源街道总工会的工作人员下沉到了哪个社区？";
  private static final List<Hit> HITS = Passages.hits(3, "清源街道", "下沉", "社区");

  private final FakeOpenAi server = new FakeOpenAi();

  @AfterEach
  void stop() {
    server.close();
  }

  private Answer ask(int timeoutSeconds) {
    LlmComposer c = new LlmComposer(ChatModels.of(server.config(timeoutSeconds)), Prompts.fromDir(java.nio.file.Path.of("prompts")),
        ExtractiveComposerTest.COMPOSER);
    Answer a = c.compose(QUESTION, HITS);
    ExtractiveComposerTest.assertWellFormed(a);
    assertFalse(a.text().contains(FakeOpenAi.KEY) || a.note().contains(FakeOpenAi.KEY), "key never shown");
    return a;
  }

  /** The 1-based label of the shown passage that holds {@code phrase}. */
  private static int label(String phrase) {
    for (int i = 0; i < HITS.size(); i++) {
      if (HITS.get(i).passage().text().contains(phrase)) {
        return i + 1;
      }
    }
    throw new AssertionError("no passage holds " + phrase);
  }

  private void assertFellBack(Answer a) {
    assertEquals(ExtractiveComposer.NAME, a.composer());
    assertFalse(a.note().isBlank(), "the note says why");
    assertTrue(a.text().contains("枣园尚城社区"), a.text());
  }

  @Test
  void citedAnswerIsVerifiedAndTheModelSawTheLabelledPassagesAndTheQuestion() {
    int n = label("枣园尚城社区");
    server.replies("清源街道总工会全体工作人员下沉到了“枣园尚城社区”[" + n + "]。");
    Answer a = ask(5);
    assertEquals(LlmComposer.NAME, a.composer());
    assertTrue(a.grounded());
    assertEquals(1, a.citations().size());
    Citation c = a.citations().get(0);
    assertTrue(c.passage().text().contains("枣园尚城社区"));
    assertTrue(c.quote().contains("枣园尚城社区"), "quote is the supporting sentence");
    assertTrue(a.text().endsWith("[1]"), a.text());
    assertEquals(1, server.requests.size());
    String prompt = server.requests.get(0);
    for (int i = 1; i <= HITS.size(); i++) {
      assertTrue(prompt.contains("[" + i + "]"), "passage " + i + " labelled");
    }
    assertTrue(prompt.contains(QUESTION));
    assertTrue(prompt.contains("下沉枣园尚城社区"), "passage text is in the prompt");
  }

  @Test
  void theQuoteOfAVerifiedAnswerMarksWhatWasAsked() {
    server.replies("清源街道总工会全体工作人员下沉到了“枣园尚城社区”[" + label("枣园尚城社区") + "]。");
    Answer a = ask(5);
    assertEquals(LlmComposer.NAME, a.composer());
    assertEquals(java.util.Optional.of("枣园尚城社区"), a.citations().get(0).span().map(Citation.Span::text));
  }

  @Test
  void citationPointingNowhereIsReattachedToTheSupportingPassage() {
    server.replies("清源街道总工会全体工作人员下沉枣园尚城社区，参加核酸检测、卡口值守等工作[7]。");
    Answer a = ask(5);
    assertEquals(LlmComposer.NAME, a.composer());
    assertEquals(1, a.citations().size());
    assertTrue(a.citations().get(0).passage().text().contains("枣园尚城社区"));
    assertFalse(a.text().contains("[7]"));
  }

  @Test
  void markersInEveryCommonShapeAreRead() {
    int n = label("枣园尚城社区");
    for (String marker : List.of("【" + n + "】", "［" + n + "］", "[^" + n + "]", "[" + n + ", 9]")) {
      server.replies("清源街道总工会全体工作人员下沉枣园尚城社区" + marker + "。");
      Answer a = ask(5);
      assertEquals(LlmComposer.NAME, a.composer(), marker);
      assertEquals(1, a.citations().size(), marker);
      assertTrue(a.text().endsWith("[1]"), a.text());
    }
  }

  @Test
  void answerWithoutCitationsIsAttachedWhereSupportedAndDroppedWhereNot() {
    server.replies("清源街道总工会全体工作人员下沉到了枣园尚城社区。他们还在月球上建立了工会图书馆。");
    Answer a = ask(5);
    assertEquals(LlmComposer.NAME, a.composer());
    assertFalse(a.text().contains("月球"), a.text());
    assertTrue(a.note().contains("1"), "says a sentence was removed: " + a.note());
  }

  @Test
  void englishQuestionGetsTheModelsEnglishAnswerWithVerifiedCitation() {
    int n = label("枣园尚城社区");
    server.replies("The staff of the Qingyuan Subdistrict trade union went down to the Zaoyuan Shangcheng community [" + n + "].");
    LlmComposer c = new LlmComposer(ChatModels.of(server.config(5)), Prompts.bundled(), ExtractiveComposerTest.COMPOSER);
    String question = "Which community did the Qingyuan Subdistrict trade union staff go to?";
    Answer a = c.compose(question, HITS);
    ExtractiveComposerTest.assertWellFormed(a);
    assertEquals(LlmComposer.NAME, a.composer());
    assertTrue(a.text().startsWith("The staff"), a.text());
    assertTrue(a.citations().get(0).passage().text().contains("枣园尚城社区"));
    assertTrue(server.requests.get(0).contains(question));
  }

  @Test
  void sentenceWithAFigureNoPassageHasIsDropped() {
    int n = label("枣园尚城社区");
    server.replies("清源街道总工会全体工作人员下沉枣园尚城社区[" + n + "]。共有987名工作人员参加了核酸检测工作[" + n + "]。");
    Answer a = ask(5);
    assertEquals(LlmComposer.NAME, a.composer());
    assertFalse(a.text().contains("987"), a.text());
  }

  @Test
  void unsupportedAnswerFallsBackToExtractive() {
    server.replies("今天天气晴朗，适合去公园散步[1]。");
    assertFellBack(ask(5));
  }

  @Test
  void modelRefusalFallsBackToExtractive() {
    server.replies("资料中没有找到答案。");
    assertEquals(ExtractiveComposer.NAME, ask(5).composer());
  }

  @Test
  void timeoutFallsBackToExtractive() {
    server.replies("清源街道总工会全体工作人员下沉枣园尚城社区[1]。").delay(Duration.ofMillis(2500));
    Answer a = ask(1);
    assertFellBack(a);
    assertTrue(a.note().contains("超时") || a.note().contains("出错"), a.note());
  }

  @Test
  void serverErrorFallsBackToExtractive() {
    server.raw(500, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
    assertFellBack(ask(5));
  }

  @Test
  void emptyOrMalformedBodyFallsBackToExtractive() {
    server.raw(200, "");
    assertFellBack(ask(5));
    server.raw(200, "{\"id\": \"x\", \"choices\": [ {\"message\": ");
    assertFellBack(ask(5));
    server.replies("");
    assertFellBack(ask(5));
  }

  @Test
  void modelIsNotCalledWithoutHitsOrQuestion() {
    server.replies("不应调用[1]。");
    LlmComposer c = new LlmComposer(ChatModels.of(server.config(5)), Prompts.bundled(), ExtractiveComposerTest.COMPOSER);
    assertFalse(c.compose(QUESTION, List.of()).grounded());
    assertFalse(c.compose("  ", HITS).grounded());
    assertFalse(c.compose(null, HITS).grounded());
    assertEquals(0, server.requests.size());
  }
}
