package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaSetTest {

  @TempDir Path dir;

  private static final String GOOD = "{\"id\": \"a1\", \"question\": \"问题？\", \"answers\": [\"答\"], "
      + "\"evidence\": [\"证据\"], \"source\": [\"x.txt\"], \"type\": \"factoid\", \"follows\": null}";

  @Test
  void readsTheSeedDevSetWhenPresent() {
    Path seed = Path.of("../shared/eval/seed-dev.jsonl");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(seed), "shared seed set not present");
    QaSet set = QaSet.read(seed);
    assertEquals(26, set.items().size());
    assertEquals(0, set.problems().size());
    assertEquals("d008", set.items().get(8).follows());
  }

  @Test
  void malformedLinesAreReportedWithFileAndLineAndSkipped() throws IOException {
    Path f = dir.resolve("set.jsonl");
    Files.writeString(f, String.join("\n",
        GOOD,
        "{not json",
        "",
        "{\"id\": \"a2\", \"question\": \"\", \"answers\": [], \"evidence\": [], \"type\": \"unanswerable\"}",
        "{\"id\": \"a3\", \"question\": \"q\", \"answers\": [], \"evidence\": [], \"type\": \"riddle\"}",
        "{\"id\": \"a4\", \"question\": \"q\", \"answers\": [\"x\"], \"evidence\": [], \"type\": \"factoid\"}",
        "{\"id\": \"a5\", \"question\": \"他呢？\", \"answers\": [\"x\"], \"evidence\": [\"y\"], \"type\": \"followup\", \"follows\": \"zz\"}",
        GOOD,
        "[1, 2]",
        "{\"id\": \"a6\", \"question\": \"那他呢？\", \"answers\": [\"x\"], \"evidence\": [\"y\"], \"type\": \"followup\", \"follows\": \"a1\"}"),
        StandardCharsets.UTF_8);
    QaSet set = QaSet.read(f);
    assertEquals(2, set.items().size());
    assertEquals("a6", set.items().get(1).id());
    assertEquals(10, set.items().get(1).line());
    assertEquals(7, set.problems().size(), set.problems().toString());
    assertTrue(set.problems().get(0).startsWith(f + ":2: not a JSON object"), set.problems().get(0));
    assertTrue(set.problems().get(1).startsWith(f + ":4: \"question\""), set.problems().get(1));
    assertTrue(set.problems().get(2).startsWith(f + ":5: unknown type \"riddle\""), set.problems().get(2));
    assertTrue(set.problems().get(3).startsWith(f + ":6: answers and evidence"), set.problems().get(3));
    assertTrue(set.problems().get(4).startsWith(f + ":7: follows \"zz\""), set.problems().get(4));
    assertTrue(set.problems().get(5).startsWith(f + ":8: duplicate id a1"), set.problems().get(5));
    assertTrue(set.problems().get(6).startsWith(f + ":9: not a JSON object"), set.problems().get(6));
  }

  @Test
  void aFileWithoutOneGoodLineIsTheWrongFormatNotManyBadItems() throws IOException {
    Path squad = dir.resolve("squad.json");
    Files.writeString(squad, "{\n  \"data\": [\n  ]\n}\n");
    String m = assertThrows(IllegalArgumentException.class, () -> QaSet.read(squad)).getMessage();
    assertTrue(m.startsWith(squad + ":1: not a JSON object"), m);
    assertTrue(m.endsWith("not a QA set in the seed JSONL format (a SQuAD file? use --squad)"), m);
  }

  @Test
  void missingOrNonUtf8FileIsOneLineError() throws IOException {
    Path missing = dir.resolve("nope.jsonl");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QaSet.read(missing));
    assertEquals(missing + ": file not found / 找不到文件", e.getMessage());
    Path bin = dir.resolve("bin.jsonl");
    Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    assertTrue(assertThrows(IllegalArgumentException.class, () -> QaSet.read(bin)).getMessage().contains("UTF-8"));
  }
}
