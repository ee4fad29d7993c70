package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.baoku.index.Damage;
import org.baoku.index.IndexHome;
import org.baoku.index.Manifest;
import org.baoku.index.Progress;
import org.baoku.quote.Quotation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index lifecycle on a small corpus cut from a real page: built on first use, reused while the
 * corpus is unchanged, rebuilt when it changes or is damaged, never half-built when a build dies.
 */
class ArchiveBuildTest {

  @TempDir Path tmp;
  private Path corpus;
  private Path index;

  @BeforeEach
  void copyCorpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    String page = Files.readString(RealArchive.CORPUS.resolve("000_ed11b46ae6fabb4b.txt"));
    Files.writeString(corpus.resolve("000_ed11b46ae6fabb4b.txt"), page.substring(0, 3000));
    index = Files.createDirectories(tmp.resolve("index"));
    Files.writeString(index.resolve("README.md"), "keep me");
  }

  private Path live() {
    return new IndexHome(index).live().orElseThrow();
  }

  private List<String> buildDirs() throws IOException {
    try (Stream<Path> s = Files.list(index)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("build-")).toList();
    }
  }

  @Test
  void unchangedCorpusReusesTheIndex() {
    Manifest first;
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      first = a.manifest();
    }
    Path dir = live();
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      assertEquals(first, a.manifest());
    }
    assertEquals(dir, live());
  }

  @Test
  void changedFileTriggersARebuild() throws IOException {
    Manifest first;
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      first = a.manifest();
      assertTrue(a.quote(Quotation.of("长城脚下的向日葵迷宫")).isEmpty());
    }
    Files.writeString(corpus.resolve("000_ed11b46ae6fabb4b.txt"), "\n\n长城脚下的向日葵迷宫开放了。\n",
        StandardOpenOption.APPEND);
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      assertNotEquals(first.fingerprint(), a.manifest().fingerprint());
      assertEquals(1, a.quote(Quotation.of("长城脚下的向日葵迷宫")).size());
    }
    assertEquals(List.of(live().getFileName().toString()), buildDirs());
    assertEquals("keep me", Files.readString(index.resolve("README.md")));
  }

  @Test
  void otherSchemaInTheManifestTriggersARebuild() throws IOException {
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      a.manifest();
    }
    Path dir = live();
    Damage.rewriteManifest(index, json -> json.replaceFirst("\"schema\":\\d+", "\"schema\":0"));
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      assertNotEquals(dir, live());
      assertTrue(a.manifest().schema() > 0);
    }
  }

  @Test
  void damagedIndexIsRebuiltAsideAfterOneNote() throws IOException {
    List<Hit> hits;
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      hits = a.retrieve("顺义区总工会干部下沉天竺镇", 3);
    }
    Path dir = live();
    Path vec = Damage.biggest(index, ".vec");
    Damage.garbage(vec, 4096);
    List<String> notes = new ArrayList<>();
    Progress recording = new Progress() {
      @Override
      public void update(String phase, int done, int total) {}

      @Override
      public void note(String line) {
        notes.add(line);
      }
    };
    try (HybridArchive a = HybridArchive.open(corpus, index, recording)) {
      assertEquals(hits, a.retrieve("顺义区总工会干部下沉天竺镇", 3));
    }
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).contains(vec.toString()), notes.get(0));
    assertNotEquals(dir, live());
    assertEquals(List.of(live().getFileName().toString()), buildDirs());
    assertEquals("keep me", Files.readString(index.resolve("README.md")));
  }

  @Test
  void failedRebuildKeepsServingTheOldIndex() throws IOException {
    AtomicBoolean crash = new AtomicBoolean();
    Progress crashMidway = (phase, done, total) -> {
      if (crash.get() && done > 0) {
        throw new IllegalStateException("simulated crash");
      }
    };
    try (HybridArchive a = HybridArchive.open(corpus, index, crashMidway)) {
      Manifest before = a.manifest();
      Path dir = live();
      List<Hit> hits = a.retrieve("顺义区总工会干部下沉天竺镇", 3);
      Files.writeString(corpus.resolve("001_new.txt"), "新的一版\n\n长城脚下的向日葵迷宫开园。\n");
      crash.set(true);
      assertThrows(IllegalStateException.class, a::rebuild);
      assertEquals(before, a.manifest());
      assertEquals(hits, a.retrieve("顺义区总工会干部下沉天竺镇", 3));
      assertEquals(dir, live());
      assertEquals(List.of(dir.getFileName().toString()), buildDirs());
    }
  }

  @Test
  void rebuildUpdatesTheLiveIndexInPlaceAndServesTheNewPage() throws IOException {
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      Path old = live();
      int before = a.manifest().passages();
      Files.writeString(corpus.resolve("001_new.txt"), "新的一版\n\n长城脚下的向日葵迷宫开园。\n");
      Manifest next = a.rebuild();
      assertEquals(next, a.manifest());
      assertEquals(old, live());
      assertTrue(next.passages() > before);
      assertEquals(1, a.quote(Quotation.of("长城脚下的向日葵迷宫")).size());
      assertFalse(a.retrieve("顺义区总工会", 1).isEmpty());
    }
  }

  @Test
  void fullRebuildSwitchesToANewDirectoryAndTheOldIsDeletedOnceUnused() throws IOException {
    Path old;
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      old = live();
    }
    try (HybridArchive a = HybridArchive.build(corpus, index, Progress.none())) {
      assertNotEquals(old, live());
      assertFalse(Files.exists(old));
      assertFalse(a.retrieve("顺义区总工会", 1).isEmpty());
    }
  }

  @Test
  void queriesRunningDuringAnUpdateAllSucceedOnTheIndexBeforeOrAfter() throws Exception {
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      String q = "顺义区总工会干部下沉天竺镇";
      List<String> before = ids(a.retrieve(q, 3));
      Files.writeString(corpus.resolve("001_new.txt"), "新的一版\n\n长城脚下的向日葵迷宫开园。\n");
      AtomicBoolean done = new AtomicBoolean();
      java.util.Set<List<String>> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        workers.add(pool.submit(() -> {
          int n = 0;
          do {
            seen.add(ids(a.retrieve(q, 3)));
            n++;
          } while (!done.get());
          return n;
        }));
      }
      a.rebuild();
      done.set(true);
      for (Future<Integer> w : workers) {
        assertTrue(w.get() > 0);
      }
      pool.shutdown();
      seen.remove(before);
      seen.remove(ids(a.retrieve(q, 3)));
      assertEquals(java.util.Set.of(), seen, "every answer came from the index before or after");
    }
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.passage().id()).toList();
  }

  @Test
  void leftoverOfACrashedBuildIsIgnoredAndCleaned() throws Exception {
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      a.manifest();
    }
    Path dir = live();
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path half = Files.createDirectories(index.resolve("build-" + gone.pid() + "-1-abc123/lucene"));
    Files.writeString(half.resolve("_0.cfs"), "half written", StandardCharsets.UTF_8);
    try (HybridArchive a = HybridArchive.open(corpus, index, Progress.none())) {
      assertFalse(a.retrieve("顺义区总工会", 1).isEmpty());
    }
    assertEquals(dir, live());
    assertEquals(List.of(dir.getFileName().toString()), buildDirs());
  }

  @Test
  void missingCorpusIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> HybridArchive.open(tmp.resolve("nope"), index, Progress.none()));
  }
}
