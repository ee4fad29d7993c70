package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baoku ask} end to end on the real corpus. */
class AskCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void jsonAnswerHasVerbatimQuotesOfItsCitedPassages() throws Exception {
    CliRun r = CliRun.onRealArchive("ask", "--json", "门头沟区总工会向大峪街道等拨付了多少防控专项资金？");
    assertEquals(0, r.exit(), r.err());
    JsonNode a = JSON.readTree(r.out());
    assertTrue(a.get("grounded").asBoolean(), r.out());
    assertEquals("extractive", a.get("composer").asText());
    assertTrue(a.get("answer").asText().contains("30万元"), r.out());
    assertFalse(a.get("citations").isEmpty());
    for (JsonNode c : a.get("citations")) {
      assertTrue(c.get("text").asText().contains(c.get("quote").asText()));
      assertTrue(a.get("answer").asText().contains("[" + c.get("n").asInt() + "]"));
    }
  }

  @Test
  void jsonSpanOfANumberQuestionIsVerbatimFromItsQuote() throws Exception {
    CliRun r = CliRun.onRealArchive("ask", "--json", "门头沟区总工会向大峪街道等拨付了多少防控专项资金？");
    assertEquals(0, r.exit(), r.err());
    JsonNode a = JSON.readTree(r.out());
    JsonNode first = a.get("citations").get(0);
    assertEquals("30万元", first.get("span").asText(), r.out());
    for (JsonNode c : a.get("citations")) {
      assertTrue(c.has("span"), "every citation says whether it has a span");
      if (!c.get("span").isNull()) {
        assertTrue(c.get("quote").asText().contains(c.get("span").asText()), c.toString());
        assertTrue(a.get("answer").asText().contains(c.get("span").asText()));
      }
    }
  }

  @Test
  void jsonlKeepsOrderSharesConversationsAndReportsBadLines() throws Exception {
    Path in = tmp.resolve("q.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"a\", \"question\": \"北辰集团工会组建了什么服务队伍？\", \"conversation\": \"c1\"}",
        "{\"id\": \"b\", \"question\": \"北京电控系统的职工在哪里献血？\"}",
        "not json",
        "{\"id\": \"c\", \"question\": \"他们一共为多少名职工理发？\", \"conversation\": \"c1\"}") + "\n");
    CliRun r = CliRun.onRealArchive("ask", "--jsonl", in.toString());
    assertEquals(JsonlAnswers.SOME_LINES_BAD, r.exit(), "a bad line makes the exit code non-zero");
    List<JsonNode> lines = new ArrayList<>();
    for (String l : r.out().split("\n")) {
      lines.add(JSON.readTree(l));
    }
    assertEquals(4, lines.size());
    assertEquals("a", lines.get(0).get("id").asText());
    assertEquals("b", lines.get(1).get("id").asText());
    assertEquals(3, lines.get(2).get("line").asInt(), lines.get(2).toString());
    assertTrue(lines.get(2).get("error").asText().startsWith(in + ":3: "), lines.get(2).toString());
    assertEquals("c", lines.get(3).get("id").asText());
    assertEquals("北辰集团义务理发小分队上门送服务", lines.get(3).get("hits").get(0).get("headline").asText());
    assertTrue(r.err().contains(in + ":3:"), r.err());
  }

  @Test
  void missingFileIsOneLineAndNonZero() {
    CliRun r = CliRun.onRealArchive("ask", "--jsonl", tmp.resolve("nope.jsonl").toString());
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void missingCorpusIsOneLineAndNonZero() {
    CliRun r = CliRun.of("ask", "--corpus", tmp.resolve("none").toString(),
        "--index", tmp.resolve("idx").toString(), "献血");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("corpus"), r.err());
    assertFalse(r.err().contains("at org."), r.err());
  }
}
