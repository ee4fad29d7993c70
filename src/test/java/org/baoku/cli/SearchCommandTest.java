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

/** {@code baoku search} run through {@link Main#run} on the real corpus, stdout captured. */
class SearchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.onRealArchive(args);
  }

  @Test
  void jsonlGivesOneLinePerQuestionInOrderAndSurvivesBadLines() throws Exception {
    Path in = tmp.resolve("q.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\": \"a\", \"question\": \"顺义区总工会派了几名干部到天竺镇\", \"extra\": [1]}",
        "{\"id\": \"b\", \"question\": ",
        "",
        "{\"id\": 7, \"question\": \"朝阳区总工会为社区拨了多少专款？\"}",
        "{\"id\": \"d\"}",
        "{\"id\": \"e\", \"question\": \"？！\"}") + "\n");
    CliRun r = run("search", "--jsonl", in.toString(), "-k", "3");
    assertEquals(JsonlAnswers.SOME_LINES_BAD, r.exit(), "bad lines make the exit code non-zero");
    List<JsonNode> lines = new ArrayList<>();
    for (String l : r.out().strip().split("\n")) {
      lines.add(JSON.readTree(l));
    }
    assertEquals(5, lines.size(), r.out());
    assertEquals("a", lines.get(0).get("id").asText());
    assertEquals(3, lines.get(0).get("hits").size());
    JsonNode top = lines.get(0).get("hits").get(0);
    assertTrue(top.get("page").asText().startsWith("000_"), top.toString());
    assertTrue(top.get("article").isInt());
    assertTrue(top.has("headline") && top.has("text") && top.get("score").isNumber());
    assertTrue(lines.get(1).get("id").isNull());
    assertEquals(2, lines.get(1).get("line").asInt());
    assertTrue(lines.get(1).get("error").asText().startsWith(in + ":2: "), lines.get(1).toString());
    assertEquals(7, lines.get(2).get("id").asInt());
    assertEquals(3, lines.get(2).get("hits").size());
    assertEquals("d", lines.get(3).get("id").asText());
    assertEquals(5, lines.get(3).get("line").asInt(), "blank line 3 still counts");
    assertEquals(0, lines.get(4).get("hits").size());
  }

  @Test
  void jsonHasQueryAndRankedHits() throws Exception {
    CliRun r = run("search", "顺义区总工会派了几名干部到天竺镇", "--json", "-k", "2");
    assertEquals(0, r.exit(), r.err());
    JsonNode o = JSON.readTree(r.out());
    assertEquals("顺义区总工会派了几名干部到天竺镇", o.get("query").asText());
    assertEquals(2, o.get("hits").size());
    assertEquals(1, o.get("hits").get(0).get("rank").asInt());
  }

  @Test
  void terminalOutputNamesPageAndScore() {
    CliRun r = run("search", "顺义区总工会派了几名干部到天竺镇", "-k", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1. 000_ed11b46ae6fabb4b.txt"), r.out());
  }

  @Test
  void nonPositiveKIsAOneLineError() {
    CliRun r = run("search", "顺义", "-k", "0");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void missingJsonlFileIsAOneLineError() {
    CliRun r = run("search", "--jsonl", tmp.resolve("absent.jsonl").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("absent.jsonl"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void missingCorpusIsAOneLineError() {
    CliRun r = CliRun.of("search", "顺义", "--corpus", tmp.resolve("nope").toString(),
        "--index", tmp.resolve("index").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("nope") && r.err().strip().lines().count() == 1, r.err());
  }
}
