package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.baoku.chat.Condenser;
import org.baoku.chat.Condenser.Turn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmCondenserTest {

  private static final List<Turn> HISTORY = List.of(new Turn(
      "北京电控系统的职工是在哪家公司设立的集中采血点献血的？", "北京电控系统100多名职工来到设在飞宇公司的集中采血点[1]"));
  private static final String FOLLOW_UP = "当天一共有多少名职工去献血？";

  private final FakeOpenAi server = new FakeOpenAi();

  @AfterEach
  void stop() {
    server.close();
  }

  private LlmCondenser condenser() {
    return new LlmCondenser(ChatModels.of(server.config(1)), Prompts.bundled());
  }

  @Test
  void followUpIsRewrittenWithTheHistoryInThePrompt() {
    server.replies("北京电控系统当天一共有多少名职工去飞宇公司献血？");
    Condenser.Standalone s = condenser().standalone(HISTORY, FOLLOW_UP);
    assertEquals("北京电控系统当天一共有多少名职工去飞宇公司献血？", s.question());
    // The model names what the question referred to, not whether it goes on from the last answer.
    assertFalse(s.continues());
    String prompt = server.requests.get(0);
    assertTrue(prompt.contains("飞宇公司") && prompt.contains(FOLLOW_UP), prompt);
  }

  @Test
  void failuresKeepTheQuestionAsAsked() {
    server.raw(500, "{}");
    assertEquals(FOLLOW_UP, condenser().standalone(HISTORY, FOLLOW_UP).question());
    server.replies("   ");
    assertEquals(FOLLOW_UP, condenser().standalone(HISTORY, FOLLOW_UP).question());
    server.replies("x").delay(Duration.ofMillis(2500));
    assertEquals(FOLLOW_UP, condenser().standalone(HISTORY, FOLLOW_UP).question());
  }

  @Test
  void noHistoryNoCall() {
    assertEquals(FOLLOW_UP, condenser().standalone(List.of(), FOLLOW_UP).question());
    assertEquals(0, server.requests.size());
  }
}
