package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.index.IndexHome;
import org.baoku.index.PassageSearcher;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baoku index} as a real process, killed with {@code kill -9} in the middle of an update
 * at several points: the index served next is always the one before the update (never half of
 * it), and the next run reads only the files that no checkpoint holds yet.
 */
class IndexProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path corpus;
  private Path index;
  private Process running;

  /** Two base files, then six new ones (the halves of three real pages) to add. */
  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    for (String f : List.of("000_ed11b46ae6fabb4b.txt", "001_4d03d5de249df60b.txt")) {
      Files.copy(RealArchive.CORPUS.resolve(f), corpus.resolve(f));
    }
  }

  private void addSixFiles() throws IOException {
    int n = 0;
    for (String f : List.of("002_f615af97c7c32ce3.txt", "003_c216c7e9666c2770.txt", "004_ac00ce001fa2d675.txt")) {
      String page = Files.readString(RealArchive.CORPUS.resolve(f));
      int cut = page.indexOf("\n\n", page.length() / 2);
      Files.writeString(corpus.resolve("new_" + (n++) + ".txt"), page.substring(0, cut));
      Files.writeString(corpus.resolve("new_" + (n++) + ".txt"), page.substring(cut + 2));
    }
  }

  @AfterEach
  void kill() {
    if (running != null) {
      running.destroyForcibly();
    }
  }

  private Process start() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "org.baoku.cli.Main", "index", "--json", "--commit-every", "0",
        "--corpus", corpus.toString(), "--index", index.toString());
    pb.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.log").toFile()));
    running = pb.start();
    return running;
  }

  /** Runs {@code baoku index --json} to the end and returns its summary line. */
  private JsonNode run() throws Exception {
    Process p = start();
    List<JsonNode> lines = lines(p, -1);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("stderr.log")));
    return lines.get(lines.size() - 1);
  }

  /**
   * Reads the JSON lines of {@code p}; with {@code killAt >= 0}, kills it with SIGKILL as soon as
   * a progress line says that many files are done.
   */
  private static List<JsonNode> lines(Process p, int killAt) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode o = JSON.readTree(line);
        out.add(o);
        if (killAt >= 0 && o.has("done") && o.get("done").asInt() >= killAt) {
          p.destroyForcibly();
          assertTrue(p.waitFor(30, TimeUnit.SECONDS));
          return out;
        }
      }
    }
    return out;
  }

  /** The files of the index a reader opening it now is served. */
  private Set<String> served() {
    try (PassageSearcher s = new IndexHome(index).open()) {
      assertEquals(s.manifest().passages(), s.size(), "manifest and documents of one commit agree");
      return new TreeSet<>(s.sources().keySet());
    }
  }

  private Set<String> files() throws IOException {
    try (var s = Files.list(corpus)) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void killedAtAnyPointOfAnUpdateTheOldIndexIsServedAndTheRerunReadsOnlyWhatIsMissing() throws Exception {
    JsonNode base = run();
    assertEquals(2, base.get("added").asInt());
    Set<String> before = files();
    addSixFiles();
    // Killed before its first file, then twice after one more file each: at least two are committed.
    for (int killAt : new int[] {0, 1, 1}) {
      lines(start(), killAt);
      assertEquals(before, served(), "killed after " + killAt + " files: the index before the update");
    }
    JsonNode rerun = run();
    assertTrue(rerun.get("added").asInt() <= 4 && rerun.get("added").asInt() >= 1, rerun.toString());
    assertEquals(0, rerun.get("changed").asInt());
    assertEquals(files(), served());
    assertEquals(8, rerun.get("pages").asInt());
    JsonNode again = run();
    assertEquals(List.of(0, 0, 0), List.of(again.get("added").asInt(), again.get("changed").asInt(),
        again.get("removed").asInt()));
  }

  @Test
  void aFirstBuildKilledMidwayGoesOnFromItsCheckpoints() throws Exception {
    addSixFiles();
    lines(start(), 3);
    assertTrue(new IndexHome(index).live().isEmpty(), "no half index is ever live");
    JsonNode rerun = run();
    assertTrue(rerun.get("added").asInt() <= 8 - 3, rerun.toString());
    assertEquals(files(), served());
    try (var s = Files.list(index)) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith("build-")).count());
    }
  }
}
