package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baoku train} end to end on a small SQuAD file written here and the held-out seed-format
 * set over the real pages: it fits, reports held-out figures per set, writes a model the answerer
 * reads, and fits the same model twice from the same data.
 */
class TrainCommandTest {

  @TempDir Path dir;

  private static final String SQUAD = """
      {"version": "test", "data": [{"title": "t", "paragraphs": [
        {"id": "P1", "context": "八达岭长城位于北京市延庆区，是明长城中保存最好的一段。八达岭长城于1961年被列为第一批全国重点文物保护单位。",
         "qas": [{"id": "Q1", "question": "八达岭长城哪一年被列为全国重点文物保护单位？", "answers": [{"text": "1961年"}]},
                 {"id": "Q2", "question": "八达岭长城位于北京市哪个区？", "answers": [{"text": "延庆区"}]}]},
        {"id": "P2", "context": "大熊猫主要以竹子为食，成年大熊猫每天要吃十二到三十八公斤竹子。卧龙自然保护区是大熊猫的重要栖息地。",
         "qas": [{"id": "Q3", "question": "成年大熊猫每天要吃多少公斤竹子？", "answers": [{"text": "十二到三十八公斤"}]},
                 {"id": "Q4", "question": "大熊猫的重要栖息地是哪个保护区？", "answers": [{"text": "卧龙自然保护区"}]}]},
        {"id": "P3", "context": "京沪高速铁路全长1318公里，于2011年6月30日正式开通运营，连接北京南站和上海虹桥站。",
         "qas": [{"id": "Q5", "question": "京沪高速铁路全长多少公里？", "answers": [{"text": "1318公里"}]},
                 {"id": "Q6", "question": "京沪高铁哪天开通运营？", "answers": [{"text": "2011年6月30日"}]}]}
      ]}]}
      """;

  private CliRun train(Path out) throws Exception {
    Path squad = dir.resolve("tiny-squad.json");
    Files.writeString(squad, SQUAD, StandardCharsets.UTF_8);
    return CliRun.onRealArchive("train", "--squad", squad.toString(), "--squad-index", dir.resolve("squad-index").toString(),
        "--qa", "eval/holdout-dev.jsonl", "--folds", "2", "--out", out.toString());
  }

  @Test
  void fitsReportsHeldOutFiguresAndWritesAModel() throws Exception {
    Path model = dir.resolve("model.json");
    CliRun r = train(model);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("false refusals") && r.out().contains("cmrc") && r.out().contains("seed"), r.out());
    JsonNode json = new ObjectMapper().readTree(Files.readString(model, StandardCharsets.UTF_8));
    assertEquals(json.path("sentence").path("features").size(), json.path("sentence").path("weights").size());
    assertEquals(json.path("answer").path("features").size(), json.path("answer").path("weights").size());
    for (String t : new String[] {"threshold", "threshold_typed"}) {
      assertTrue(json.path(t).asDouble() >= 0 && json.path(t).asDouble() < 1, t + " " + json.path(t));
    }
    JsonNode seed = json.path("report").path("held_out").path("seed");
    assertTrue(seed.path("answerable").asInt() > 0 && seed.path("near_misses").asInt() > 0, seed.toString());
    assertEquals(6, json.path("report").path("held_out").path("cmrc").path("answerable").asInt());
  }

  @Test
  void theSameDataFitsTheSameModel() throws Exception {
    Path first = dir.resolve("first.json");
    Path second = dir.resolve("second.json");
    assertEquals(0, train(first).exit());
    assertEquals(0, train(second).exit());
    assertEquals(Files.readString(first), Files.readString(second));
  }

  @Test
  void aMissingSetIsOneLineNamingIt() {
    CliRun r = CliRun.onRealArchive("train", "--squad", dir.resolve("missing.json").toString(),
        "--out", dir.resolve("m.json").toString());
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("missing.json") && !r.err().contains("internal error"), r.err());
  }
}
