package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code baoku articles} run as a user runs it, on the bundled corpus. */
class ArticlesCommandTest {

  @Test
  void jsonListsEveryBlockOfTheCorpusOneALine() throws Exception {
    CliRun run = CliRun.of("articles", "--json", "--corpus", "corpus");
    assertEquals(0, run.exit(), run.err());
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      rows.add(json.readTree(line));
    }
    Map<String, Integer> kinds = new TreeMap<>();
    for (JsonNode row : rows) {
      kinds.merge(row.get("kind").asText(), 1, Integer::sum);
      for (String field : List.of("page", "ordinal", "headline", "titles", "byline", "text", "chars")) {
        assertTrue(row.has(field), field + " missing in " + row);
      }
      assertEquals(row.get("text").asText().length(), row.get("chars").asInt());
    }
    assertEquals(Map.of("ad", 1, "article", 26, "banner", 2, "caption", 2, "fragment", 1), kinds);
    JsonNode first = rows.get(0);
    assertEquals("000_ed11b46ae6fabb4b.txt", first.get("page").asText());
    assertEquals(1, first.get("ordinal").asInt());
    assertEquals("顺义各级工会纷纷行动 筑牢防疫“坚强堡垒”", first.get("headline").asText());
    assertEquals("本报讯（记者 王路曼）", first.get("byline").asText());
  }

  @Test
  void tableEndsWithTheCounts() {
    CliRun run = CliRun.of("articles", "--corpus", "corpus");
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(1 + 32 + 1, lines.length);
    assertTrue(lines[1].contains("顺义各级工会纷纷行动"), lines[1]);
    assertEquals("5 版 pages · 26 article · 1 ad · 2 caption · 1 fragment · 2 banner · 0 问题 problems",
        lines[lines.length - 1]);
  }

  @Test
  void aMissingCorpusIsOneLineInChineseFirst() {
    CliRun run = CliRun.of("articles", "--corpus", "no/such/dir");
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    String[] err = run.err().strip().split("\n");
    assertEquals(1, err.length, run.err());
    assertTrue(err[0].contains("找不到语料目录 no/such/dir"), err[0]);
    assertTrue(err[0].contains("corpus directory not found"), err[0]);
  }
}
