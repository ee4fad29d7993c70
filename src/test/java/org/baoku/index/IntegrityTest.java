package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check on open, on copies of the real bundled index damaged as a failing disk would. */
class IntegrityTest {

  @TempDir Path tmp;
  private Path index;
  private Path live;

  @BeforeEach
  void copyTheIndex() {
    index = Damage.copy(RealArchive.indexDir(), tmp.resolve("index"));
    live = new IndexHome(index).live().orElseThrow();
  }

  private void open() {
    PassageSearcher.open(live).close();
  }

  @Test
  void anIntactIndexOpensAndSaysWhatItVerified() throws IOException {
    try (PassageSearcher p = PassageSearcher.open(live)) {
      Integrity checked = p.integrity();
      long lucene;
      try (var s = Files.list(live.resolve("lucene"))) {
        lucene = s.filter(f -> !f.getFileName().toString().equals("write.lock"))
            .mapToLong(f -> f.toFile().length()).sum();
      }
      assertEquals(lucene, checked.bytes());
      assertTrue(checked.nanos() > 0);
    }
  }

  @Test
  void garbageInsideTheVectorFileIsFoundThoughLuceneOpensIt() throws IOException {
    Path vec = Damage.biggest(index, ".vec");
    Damage.garbage(vec, 4096);
    try (Directory d = FSDirectory.open(live.resolve("lucene"))) {
      assertDoesNotThrow(() -> DirectoryReader.open(d).close(), "Lucene's own open checks less");
    }
    IndexDamagedException e = assertThrows(IndexDamagedException.class, this::open);
    assertEquals(vec, e.file());
    assertTrue(e.reason().startsWith("checksum failed"), e.reason());
  }

  @Test
  void aTruncatedSegmentFileIsFound() {
    Path postings = Damage.biggest(index, ".tim");
    Damage.truncate(postings);
    IndexDamagedException e = assertThrows(IndexDamagedException.class, this::open);
    assertEquals(postings, e.file());
    assertTrue(e.reason().contains("truncated"), e.reason());
  }

  @Test
  void aMissingSegmentFileIsFound() throws IOException {
    Path stored = Damage.biggest(index, ".fdt");
    Files.delete(stored);
    IndexDamagedException e = assertThrows(IndexDamagedException.class, this::open);
    assertEquals(stored, e.file());
    assertEquals("missing", e.reason());
  }
}
