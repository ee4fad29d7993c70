package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.CorruptIndexException;
import org.baoku.index.Damage;
import org.baoku.index.IndexDamagedException;
import org.baoku.index.IndexHome;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index is never served: a command that opens the archive rebuilds it from the corpus,
 * after one line on stderr that names the file and {@code baoku index}, and answers as the intact
 * index does. Run on a copy of the real bundled index.
 */
class IndexDamageTest {

  /** Seed-dev questions; 4 KB of garbage in the vector file changed the hits of 18 of its 26. */
  private static final List<String> QUESTIONS = List.of(
      "{\"id\":\"d001\",\"question\":\"顺义区李桥镇的工会工作者在卡口督查进村人员时，要求查验多少小时内的核酸阴性证明？\"}",
      "{\"id\":\"d003\",\"question\":\"建工集团急救培训中讲到的AED是指什么设备？\"}",
      "{\"id\":\"d004\",\"question\":\"北京市总工会职工大学联合哪个街道工委，在云端开展了面向快递小哥的党支部共建活动？\"}",
      "{\"id\":\"d005\",\"question\":\"职工大学这次职工匠师主题讲座重在弘扬哪三种精神？\"}");

  @TempDir Path tmp;
  private Path index;
  private Path questions;

  @BeforeEach
  void copyTheIndex() throws IOException {
    index = Damage.copy(RealArchive.indexDir(), tmp.resolve("index"));
    questions = Files.write(tmp.resolve("questions.jsonl"), QUESTIONS);
  }

  private CliRun search(Path indexDir) {
    return CliRun.of("search", "--jsonl", questions.toString(), "-k", "10",
        "--corpus", RealArchive.CORPUS.toString(), "--index", indexDir.toString());
  }

  private Path live() {
    return new IndexHome(index).live().orElseThrow();
  }

  @Test
  void garbageInsideTheVectorFileIsRebuiltNotServed() {
    CliRun intact = search(RealArchive.indexDir());
    assertEquals(QUESTIONS.size(), intact.out().lines().count(), intact.err());
    Path damaged = live();
    Path vec = Damage.biggest(index, ".vec");
    Damage.garbage(vec, 4096);

    CliRun r = search(index);

    assertEquals(0, r.exit(), r.err());
    assertEquals(intact.out(), r.out());
    String notice = r.err().lines().findFirst().orElseThrow();
    assertTrue(notice.startsWith("索引已损坏（" + vec) && notice.contains("checksum failed")
        && notice.contains("baoku index"), r.err());
    assertNotEquals(damaged, live());
    assertFalse(Files.exists(damaged), "the damaged build is cleaned up once replaced");
  }

  @Test
  void aTruncatedSegmentFileIsRebuiltWithALineNamingBaokuIndex() {
    CliRun intact = search(RealArchive.indexDir());
    Path stored = Damage.biggest(index, ".fdt");
    Damage.truncate(stored);

    CliRun r = search(index);

    assertEquals(0, r.exit(), r.err());
    assertEquals(intact.out(), r.out());
    String notice = r.err().lines().findFirst().orElseThrow();
    assertTrue(notice.contains(stored.getFileName().toString()) && notice.contains("baoku index"),
        r.err());
    assertFalse(r.err().contains("--index DIR") || r.err().contains("Exception"), r.err());
  }

  @Test
  void damageThatSurvivesARebuildIsOneLineNamingBaokuIndex() {
    Path vec = tmp.resolve("_1_Lucene99HnswVectorsFormat_0.vec");
    UserException e = ArchiveOptions.damaged(new IndexDamagedException(vec,
        new CorruptIndexException("checksum failed (hardware problem?)", vec.toString())));
    assertEquals(2, e.exitCode());
    assertEquals(1, e.getMessage().lines().count());
    assertTrue(e.getMessage().startsWith("索引已损坏（" + vec + "：checksum failed"), e.getMessage());
    assertTrue(e.getMessage().contains("`baoku index`") && !e.getMessage().contains("--index DIR"),
        e.getMessage());
  }
}
