package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.index.Damage;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baoku index --json} on a small corpus that changes between runs: each run reads only the
 * new and changed files, drops the removed ones, and its summary says so; only another schema,
 * model or ingest version reads everything again, after one line saying why.
 */
class IncrementalIndexTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUNFLOWERS = "顺义区木林镇的向日葵迷宫今天开园，迷宫占地一百二十亩，游客可以免费入园。";

  @TempDir Path dir;
  private Path corpus;
  private Path index;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    for (String f : List.of("000_ed11b46ae6fabb4b.txt", "001_4d03d5de249df60b.txt")) {
      Files.writeString(corpus.resolve(f), Files.readString(RealArchive.CORPUS.resolve(f)).substring(0, 2500));
    }
  }

  /** The JSON lines of one {@code baoku index --json} run. */
  private List<JsonNode> index() {
    CliRun r = CliRun.of("index", "--json", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(line, e);
      }
    }
    return out;
  }

  private static List<Integer> counts(List<JsonNode> lines) {
    JsonNode s = lines.get(lines.size() - 1);
    return List.of(s.get("added").asInt(), s.get("changed").asInt(), s.get("removed").asInt());
  }

  private String ask(String question) {
    CliRun r = CliRun.of("ask", question, "--json", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }

  private String quote(String text) {
    CliRun r = CliRun.of("quote", text, "--json", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }

  @Test
  void aNewPageIsAddedAloneAndAnswersAtOnce() throws IOException {
    assertEquals(List.of(2, 0, 0), counts(index()));
    Files.writeString(corpus.resolve("002_sunflowers.txt"), "向日葵迷宫开园\n\n" + SUNFLOWERS + "\n");
    List<JsonNode> lines = index();
    assertEquals(List.of(1, 0, 0), counts(lines));
    JsonNode summary = lines.get(lines.size() - 1);
    assertEquals(3, summary.get("pages").asInt());
    assertTrue(summary.has("articles") && summary.has("passages") && summary.has("seconds"));
    assertTrue(lines.stream().anyMatch(l -> l.has("phase") && l.has("eta_s")), lines.toString());
    String answer = ask("向日葵迷宫占地多少亩？");
    assertTrue(answer.contains("002_sunflowers.txt") && answer.contains("一百二十亩"), answer);
  }

  @Test
  void aChangedPageIsReadAgainAndItsOldTextIsGone() throws IOException {
    Files.writeString(corpus.resolve("002_sunflowers.txt"), "向日葵迷宫开园\n\n" + SUNFLOWERS + "\n");
    index();
    Files.writeString(corpus.resolve("002_sunflowers.txt"), "向日葵迷宫开园\n\n"
        + SUNFLOWERS.replace("一百二十亩", "八十亩") + "\n");
    assertEquals(List.of(0, 1, 0), counts(index()));
    assertTrue(quote("迷宫占地八十亩").contains("002_sunflowers.txt"));
    assertFalse(quote("迷宫占地一百二十亩").contains("\"exact\":true"));
  }

  @Test
  void aDeletedPageIsRemoved() throws IOException {
    Files.writeString(corpus.resolve("002_sunflowers.txt"), "向日葵迷宫开园\n\n" + SUNFLOWERS + "\n");
    index();
    Files.delete(corpus.resolve("002_sunflowers.txt"));
    List<JsonNode> lines = index();
    assertEquals(List.of(0, 0, 1), counts(lines));
    assertEquals(2, lines.get(lines.size() - 1).get("pages").asInt());
    assertFalse(quote("向日葵迷宫今天开园").contains("002_sunflowers.txt"));
  }

  @Test
  void anUnchangedCorpusReadsAndEmbedsNothing() {
    index();
    List<JsonNode> lines = index();
    assertEquals(List.of(0, 0, 0), counts(lines));
    assertEquals(1, lines.size(), "no progress: nothing was read or embedded: " + lines);
  }

  @Test
  void aChangedPageTableReadsThePagesAgain() throws IOException {
    index();
    Files.writeString(corpus.resolve("pages.tsv"), "file\tpaper\tdate\tpage\n"
        + "000_ed11b46ae6fabb4b.txt\t北京日报\t2020-03-15\t1\n");
    assertEquals(List.of(0, 2, 0), counts(index()));
    assertEquals(List.of(0, 0, 0), counts(index()));
  }

  @Test
  void anotherSchemaModelOrIngestVersionRebuildsEverythingAfterOneLine() {
    index();
    for (String[] edit : new String[][] {{"\"schema\":\\d+", "\"schema\":0", "schema"},
        {"\"model\":\"[^\"]*\"", "\"model\":\"another\"", "model"},
        {"\"ingest\":\\d+", "\"ingest\":0", "ingest"}}) {
      Damage.rewriteManifest(index, json -> json.replaceFirst(edit[0], edit[1]));
      List<JsonNode> lines = index();
      List<JsonNode> notes = lines.stream().filter(l -> l.has("note")).toList();
      assertEquals(1, notes.size(), lines.toString());
      assertTrue(notes.get(0).get("note").asText().contains(edit[2])
          && notes.get(0).get("note").asText().contains("rebuilding everything"), notes.toString());
      assertEquals(List.of(2, 0, 0), counts(lines), edit[2]);
    }
  }
}
