package org.baoku.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackLogTest {

  @TempDir Path dir;

  @Test
  void concurrentVotesNeverInterleaveAndSurviveAReopen() throws Exception {
    Path file = dir.resolve("telegram/feedback.jsonl");
    FeedbackLog log = new FeedbackLog(file);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    String longQuestion = "很长的问题，".repeat(500);
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          log.record(thread, i, "AbCdEfGh", i % 3 != 0, longQuestion, true, List.of("p#1.1", "p#2.1"));
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(400, lines.size());
    for (String line : lines) {
      JsonNode vote = FakeBotApi.JSON.readTree(line);
      assertEquals(longQuestion, vote.path("question").asText());
    }
    assertEquals(8 * 33, log.ups());
    assertEquals(8 * 17, log.downs());
    Files.writeString(file, "{\"vote\":\"up\",\"tru", StandardOpenOption.APPEND);
    FeedbackLog reopened = new FeedbackLog(file);
    assertEquals(8 * 33, reopened.ups(), "a line torn by a crash is not counted");
    reopened.record(1, 1, "AbCdEfGh", true, "q", true, List.of());
    List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals("up", FakeBotApi.JSON.readTree(after.get(after.size() - 1)).path("vote").asText(),
        "the next vote starts on a fresh line");
  }
}
