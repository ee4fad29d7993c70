package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link JsonlLines} cuts, decodes and numbers the lines of a real file. */
class JsonlLinesTest {

  @TempDir Path tmp;

  private List<JsonlLine> read(Object... parts) throws IOException {
    Path file = JsonlFile.write(tmp.resolve("q.jsonl"), parts);
    List<JsonlLine> all = new ArrayList<>();
    try (JsonlLines lines = JsonlLines.open(file)) {
      for (Optional<JsonlLine> next; (next = lines.next()).isPresent(); ) {
        all.add(next.get());
      }
    }
    return all;
  }

  private static String question(JsonlLine line) {
    return assertInstanceOf(JsonlLine.Question.class, line).text();
  }

  private static String reason(JsonlLine line) {
    return assertInstanceOf(JsonlLine.Bad.class, line).reason();
  }

  @Test
  void blankLinesYieldNothingButCountLikeAnEditorCountsThem() throws IOException {
    List<JsonlLine> lines = read(
        "{\"question\": \"一\"}\n", "\n", "   \t\n", "\r\n", "{\"question\": \"五\"}\r\n",
        "{\"question\": \"六\"}");
    assertEquals(List.of(1, 5, 6), lines.stream().map(JsonlLine::number).toList());
    assertEquals(List.of("一", "五", "六"), lines.stream().map(JsonlLinesTest::question).toList());
  }

  @Test
  void crlfEndsALineAndALoneCarriageReturnDoesNot() throws IOException {
    List<JsonlLine> lines = read("{\"question\": \"a\"}\r\n{\"question\": \"b\"}\r{\"x\": 1}\n");
    assertEquals("a", question(lines.get(0)));
    assertTrue(reason(lines.get(1)).contains("only one JSON object a line"), reason(lines.get(1)));
    assertEquals(2, lines.size());
  }

  @Test
  void invalidUtf8IsReportedAtItsByteAndTheNextLineStillReads() throws IOException {
    byte[] cut = {(byte) 0xE5, (byte) 0x8C};
    List<JsonlLine> lines = read(
        "{\"question\": \"北", new byte[] {(byte) 0xFF}, "\"}\n",
        "{\"question\": \"", cut, "\"}\n",
        "{\"question\": \"北京\"}\n");
    assertEquals(3, lines.size());
    assertTrue(reason(lines.get(0)).contains("not valid UTF-8 at byte 18;"), reason(lines.get(0)));
    assertTrue(reason(lines.get(1)).contains("not valid UTF-8 at byte 15;"), reason(lines.get(1)));
    assertEquals("北京", question(lines.get(2)));
    assertEquals(3, lines.get(2).number());
  }

  @Test
  void byteOrderMarkIsSkippedOnlyAtTheStartOfTheInput() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    List<JsonlLine> lines = read(bom, "{\"question\": \"一\"}\r\n", bom, "{\"question\": \"二\"}\n");
    assertEquals("一", question(lines.get(0)));
    assertTrue(reason(lines.get(1)).contains("not valid JSON"), reason(lines.get(1)));
  }

  @Test
  void wrongTypesAreBadLinesThatKeepTheirId() throws IOException {
    List<JsonlLine> lines = read(
        "{\"id\": 1, \"question\": 5}\n", "{\"id\": \"b\"}\n", "[\"问题\"]\n", "null\n", "not json\n");
    assertTrue(reason(lines.get(0)).contains("needs a \"question\" string, got number"));
    assertEquals(1, lines.get(0).id().asInt());
    assertTrue(reason(lines.get(1)).endsWith("needs a \"question\" string"));
    assertEquals("b", lines.get(1).id().asText());
    assertTrue(reason(lines.get(2)).contains("must be a JSON object"));
    assertTrue(lines.get(2).id().isNull());
    assertTrue(reason(lines.get(3)).contains("must be a JSON object"));
    assertTrue(reason(lines.get(4)).startsWith("不是合法的 JSON / not valid JSON: "));
  }

  @Test
  void aNameFieldMustBeAStringOrANumber() throws Exception {
    List<JsonlLine> lines = read(
        "{\"question\": \"q\", \"conversation\": \"c1\"}\n", "{\"question\": \"q\", \"conversation\": 7}\n",
        "{\"question\": \"q\", \"conversation\": null}\n", "{\"question\": \"q\", \"conversation\": [1]}\n");
    JsonlLine.Question[] q = lines.stream().map(JsonlLine.Question.class::cast)
        .toArray(JsonlLine.Question[]::new);
    assertEquals(Optional.of("c1"), q[0].name("conversation"));
    assertEquals(Optional.of("7"), q[1].name("conversation"));
    assertEquals(Optional.empty(), q[2].name("conversation"));
    JsonlLine.BadField e = assertThrows(JsonlLine.BadField.class, () -> q[3].name("conversation"));
    assertTrue(e.getMessage().contains("must be a string or a number, got array"), e.getMessage());
  }

  @Test
  void aLineLongerThanTheReadBufferIsStillOneLine() throws IOException {
    String longQuestion = "北京".repeat(100_000);
    List<JsonlLine> lines = read(
        "{\"question\": \"" + longQuestion + "\"}\n", "{\"question\": \"短\"}\n");
    assertEquals(longQuestion, question(lines.get(0)));
    assertEquals("短", question(lines.get(1)));
    assertEquals(2, lines.get(1).number());
  }

  @Test
  void anEmptyFileHasNoLines() throws IOException {
    assertEquals(List.of(), read());
  }

  @Test
  void aMissingFileIsAUserErrorNamingIt() {
    UserException e = assertThrows(UserException.class,
        () -> JsonlLines.open(tmp.resolve("absent.jsonl")));
    assertTrue(e.getMessage().contains("absent.jsonl"), e.getMessage());
  }
}
