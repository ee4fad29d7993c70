package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SquadSetTest {

  @TempDir Path dir;

  @Test
  void readsParagraphsQuestionsAndReportsBadQuestionsByLine() throws IOException {
    Path f = dir.resolve("s.json");
    Files.writeString(f, """
        {"version": "x", "data": [
          {"title": "甲", "paragraphs": [
            {"id": "P1", "context": "第一段。",
             "qas": [
               {"id": "Q1", "question": "问一？", "answers": [{"text": "一", "answer_start": 0}, {"text": "一"}]},
               {"id": "Q2", "answers": []},
               {"id": "Q1", "question": "重复？", "answers": []}
             ]},
            {"context": "没有编号的段落。", "qas": [{"question": "问三？", "answers": [{"text": "三"}]}]},
            {"id": "P3", "context": "  ", "qas": [{"id": "Q9", "question": "丢？", "answers": []}]}
          ]}
        ]}
        """);
    SquadSet s = SquadSet.read(f);
    assertEquals(List.of("P1", "p2"), s.paragraphs().stream().map(SquadSet.Paragraph::id).toList());
    assertEquals("甲", s.paragraphs().get(0).title());
    assertEquals(2, s.questions().size());
    assertEquals(List.of("一"), s.questions().get(0).answers());
    assertEquals("p2", s.questions().get(1).paragraphId());
    assertEquals(3, s.problems().size(), s.problems().toString());
    assertTrue(s.problems().get(0).startsWith(f + ":6: \"question\""), s.problems().get(0));
    assertTrue(s.problems().get(1).startsWith(f + ":7: duplicate question id Q1"), s.problems().get(1));
    assertTrue(s.problems().get(2).startsWith(f + ":10: paragraph without"), s.problems().get(2));
  }

  @Test
  void brokenOrForeignFilesAreOneLineErrorsWithTheLine() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"data\": [\n{\"paragraphs\": [\n{\"id\": \"x\",, }]}]}");
    String m = assertThrows(IllegalArgumentException.class, () -> SquadSet.read(broken)).getMessage();
    assertTrue(m.startsWith(broken + ":3: not valid JSON"), m);
    Path jsonl = dir.resolve("seed.jsonl");
    Files.writeString(jsonl, "{\"id\": \"d1\", \"question\": \"q\"}\n");
    m = assertThrows(IllegalArgumentException.class, () -> SquadSet.read(jsonl)).getMessage();
    assertTrue(m.contains("not a SQuAD-format file"), m);
    m = assertThrows(IllegalArgumentException.class, () -> SquadSet.read(dir.resolve("none.json"))).getMessage();
    assertTrue(m.endsWith("file not found / 找不到文件"), m);
  }
}
