package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code baoku eval --squad} end to end on a SQuAD file written here, whose ranks are known by
 * construction: five paragraphs on unrelated topics, and a sixth that repeats the first word for
 * word. A question about the first paragraph finds both with equal scores, and ties go to the
 * earlier paragraph, so the copy ranks exactly second.
 */
class EvalCommandTest {

  @TempDir Path dir;

  private static final String SET = """
      {"version": "test", "data": [{"title": "t", "paragraphs": [
        {"id": "P1", "context": "八达岭长城位于北京市延庆区，是明长城中保存最好的一段。八达岭长城于1961年被列为第一批全国重点文物保护单位。",
         "qas": [{"id": "Q1", "question": "八达岭长城哪一年被列为全国重点文物保护单位？", "answers": [{"text": "1961年"}, {"text": "1961"}]}]},
        {"id": "P2", "context": "大熊猫主要以竹子为食，成年大熊猫每天要吃十二到三十八公斤竹子。卧龙自然保护区是大熊猫的重要栖息地。",
         "qas": [{"id": "Q2", "question": "成年大熊猫每天要吃多少公斤竹子？", "answers": [{"text": "十二到三十八公斤"}]}]},
        {"id": "P3", "context": "咖啡树原产于埃塞俄比亚。咖啡豆经过烘焙后研磨冲泡，就成为咖啡饮料。云南普洱是中国最大的咖啡产区。",
         "qas": [{"id": "Q3", "question": "中国最大的咖啡产区在哪里？", "answers": [{"text": "云南普洱"}]},
                 {"id": "Q4", "answers": [{"text": "缺少问题"}]}]},
        {"id": "P4", "context": "京沪高速铁路全长1318公里，于2011年6月30日正式开通运营，连接北京南站和上海虹桥站。",
         "qas": [{"id": "Q5", "question": "京沪高速铁路全长多少公里？", "answers": [{"text": "1318公里"}]}]},
        {"id": "P5", "context": "长白山天池是一个火山口湖，位于吉林省与朝鲜交界处，湖面海拔约2189米，是中国最深的湖泊之一。",
         "qas": [{"id": "Q6", "question": "长白山天池湖面海拔约多少米？", "answers": [{"text": "2189米"}]}]},
        {"id": "P6", "context": "八达岭长城位于北京市延庆区，是明长城中保存最好的一段。八达岭长城于1961年被列为第一批全国重点文物保护单位。",
         "qas": [{"id": "Q7", "question": "八达岭长城位于北京市哪个区？", "answers": [{"text": "延庆区"}]}]}
      ]}]}
      """;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void squadJsonFiguresMatchTheRanksComputedByHand() throws IOException {
    Path file = dir.resolve("tiny-squad.json");
    Files.writeString(file, SET);
    Run r = run("eval", "--squad", file.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    // Q4 has no question: reported with its line and skipped; the other six are scored.
    assertTrue(r.err().contains(file + ":8: \"question\" must be a non-empty string"), r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertEquals("tiny-squad.json", report.get("set").asText());
    assertHandComputedFigures(report);
  }

  /**
   * The same set in traditional characters, pages, questions and answers alike, gives the same
   * figures: retrieval and answers match words across scripts and quote the page's own.
   */
  @Test
  void theSameSetInTraditionalCharactersScoresTheSame() throws IOException {
    Path file = dir.resolve("tiny-squad.json");
    Files.writeString(file, SET);
    Run r = run("eval", "--squad", file.toString(), "--traditional", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertTrue(report.get("set").asText().contains("traditional"), report.get("set").asText());
    assertHandComputedFigures(report);

    Run qa = run("eval", "--qa", file.toString(), "--traditional");
    assertEquals(2, qa.code());
    assertEquals(1, qa.err().strip().lines().count(), qa.err());
  }

  private static void assertHandComputedFigures(JsonNode report) {
    assertEquals(6, report.get("items").asInt());
    JsonNode baoku = report.get("systems").get(0);
    assertEquals("baoku", baoku.get("name").asText());
    assertEquals(6, baoku.get("paragraphs").asInt());
    // Ranks by construction: Q1 Q2 Q3 Q5 Q6 find their own paragraph first; Q7's paragraph P6 is
    // the copy of P1 and ranks 2nd.
    assertEquals(5 / 6.0, baoku.get("recall@1").asDouble(), 1e-9);
    assertEquals(1.0, baoku.get("recall@5").asDouble(), 1e-9);
    assertEquals(1.0, baoku.get("recall@10").asDouble(), 1e-9);
    assertEquals((5 + 0.5) / 6, baoku.get("mrr@10").asDouble(), 1e-9);
    // Every answer is stated in one plain sentence of the paragraph that ranks first.
    assertEquals(1.0, baoku.get("containment").asDouble(), 1e-9);
    assertTrue(baoku.get("latency_p50_ms").asDouble() > 0);
    assertEquals(1, report.get("systems").size());
  }

  /**
   * {@code eval --qa} on three questions of three kinds over the bundled pages: the JSON carries a
   * {@code by_type} entry per kind in the format's type order, and the table a row per kind and an
   * {@code all} row. Only the counts are asserted; the answers' figures belong to the answerer.
   */
  @Test
  void qaReportBreaksTheFiguresDownByKind() throws IOException {
    Path file = dir.resolve("tiny-qa.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a\", \"question\": \"北京市服务工会主席石岳下沉到了哪个社区参加疫情防控？\", \"answers\": [\"华苇景苑社区\"], \"evidence\": [\"丰台区华苇景苑社区参与新冠疫情防控工作\"], \"source\": [\"001_4d03d5de249df60b.txt\"], \"type\": \"factoid\", \"follows\": null}",
        "{\"id\": \"b\", \"question\": \"他已经协助完成了多少人次的核酸检测？\", \"answers\": [\"1.8万人次\"], \"evidence\": [\"截至目前已协助完成核酸检测1.8万人次\"], \"source\": [\"001_4d03d5de249df60b.txt\"], \"type\": \"followup\", \"follows\": \"a\"}",
        "{\"id\": \"c\", \"question\": \"北京公交保修分公司四厂这次职工读书会一共有多少名职工参加？\", \"answers\": [], \"evidence\": [], \"source\": [\"001_4d03d5de249df60b.txt\"], \"type\": \"unanswerable\", \"follows\": null}"));
    CliRun json = CliRun.onRealArchive("eval", "--qa", file.toString(), "--json");
    assertEquals(0, json.exit(), json.err());
    JsonNode byType = new ObjectMapper().readTree(json.out()).get("systems").get(0).get("by_type");
    List<String> kinds = new ArrayList<>();
    byType.fieldNames().forEachRemaining(kinds::add);
    assertEquals(List.of("factoid", "unanswerable", "followup"), kinds);
    assertEquals(1, byType.get("factoid").get("answerable").asInt());
    assertEquals(1, byType.get("unanswerable").get("items").asInt());
    assertEquals(0, byType.get("unanswerable").get("answerable").asInt());
    assertEquals(1, byType.get("followup").get("answerable").asInt());

    CliRun table = CliRun.onRealArchive("eval", "--qa", file.toString());
    assertEquals(0, table.exit(), table.err());
    List<String> rows = table.out().lines().map(l -> l.split("\\s+")[0]).toList();
    int start = rows.indexOf("kind");
    assertEquals(List.of("kind", "factoid", "unanswerable", "followup", "all"), rows.subList(start, start + 5));
  }

  @Test
  void missingFileAndMissingSetAreOneLineErrors() {
    Run missing = run("eval", "--squad", dir.resolve("absent.json").toString());
    Run none = run("eval");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("absent.json: file not found"), missing.err());
    assertEquals(2, none.code());
    assertTrue(!(missing.err() + none.err()).contains("\tat "), "no stack trace: " + none.err());
  }
}
