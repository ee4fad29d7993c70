package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ask --jsonl} and {@code search --jsonl} run for real on files and on standard input: a bad
 * line gets its own error object naming its line, every other line its answer, in order, and both
 * commands report and exit alike.
 */
class JsonlInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The field every answered line has, per command. */
  private static final Map<String, String> ANSWER_FIELD = Map.of("ask", "answer", "search", "hits");

  private static final List<String> QUESTIONS = List.of(
      "北辰集团工会组建了什么服务队伍？",
      "北京电控系统的职工在哪里献血？",
      "顺义区总工会派了几名干部到天竺镇",
      "朝阳区总工会为社区拨了多少专款？",
      "门头沟区总工会向大峪街道等拨付了多少防控专项资金？");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path tmp;

  private static List<JsonNode> outputLines(CliRun r) {
    return r.out().lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new UncheckedIOException("output line is not JSON: " + l, e);
      }
    }).toList();
  }

  private static String line(int id, String question) {
    return "{\"id\": " + id + ", \"question\": \"" + question + "\"}\n";
  }

  private Path write(Object... parts) throws IOException {
    return JsonlFile.write(tmp.resolve("q.jsonl"), parts);
  }

  private static void assertError(JsonNode output, int line, String file, String says) {
    assertEquals(line, output.path("line").asInt(), output.toString());
    assertTrue(output.path("error").asText().startsWith(file + ":" + line + ": "), output.toString());
    assertTrue(output.path("error").asText().contains(says), output.toString());
  }

  /** The case: 3,000 lines, line 1,500 holding a byte that is not UTF-8. */
  @ParameterizedTest
  @ValueSource(strings = {"ask", "search"})
  void anInvalidUtf8LineInTheMiddleGetsOneErrorAndEveryOtherLineItsAnswer(String command)
      throws IOException {
    int lines = 3_000;
    int badLine = 1_500;
    Object[] parts = new Object[lines];
    for (int i = 1; i <= lines; i++) {
      parts[i - 1] = i == badLine
          ? JsonlFile.bytes("{\"id\": " + i + ", \"question\": \"北", new byte[] {(byte) 0xFF}, "\"}\n")
          : line(i, QUESTIONS.get(i % QUESTIONS.size()));
    }
    Path file = write(parts);
    CliRun r = CliRun.onRealArchive(command, "--jsonl", file.toString());

    assertEquals(JsonlAnswers.SOME_LINES_BAD, r.exit(), r.err());
    List<JsonNode> out = outputLines(r);
    assertEquals(lines, out.size());
    int answers = 0;
    for (int i = 1; i <= lines; i++) {
      JsonNode o = out.get(i - 1);
      if (i == badLine) {
        assertError(o, badLine, file.toString(), "not valid UTF-8 at byte 30;");
        assertTrue(o.get("id").isNull(), "an undecodable line's id cannot be read: " + o);
      } else {
        assertEquals(i, o.get("id").asInt(), "in input order");
        assertTrue(o.has(ANSWER_FIELD.get(command)) && !o.has("error"), o.toString());
        answers++;
      }
    }
    assertEquals(lines - 1, answers);
    assertTrue(r.err().contains(file + ":" + badLine + ": "), r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ask", "search"})
  void aByteOrderMarkAndCrlfLineEndsAreNotPartOfTheQuestion(String command) throws IOException {
    String lines = line(1, QUESTIONS.get(2)) + line(2, QUESTIONS.get(3));
    CliRun plain = CliRun.onRealArchive(command, "--jsonl", write(lines).toString());
    CliRun marked = CliRun.onRealArchive(command, "--jsonl",
        write(BOM, lines.replace("\n", "\r\n")).toString());
    assertEquals(0, marked.exit(), marked.err());
    assertEquals(2, outputLines(marked).size());
    assertEquals(plain.out(), marked.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ask", "search"})
  void wrongTypesGetTheirOwnErrorObjectsAndBlankLinesStillCount(String command) throws IOException {
    Path file = write(
        "{\"id\": \"n\", \"question\": 5}\n",
        "{\"id\": \"none\"}\n",
        "\n",
        "[\"顺义区总工会\"]\n",
        "{\"id\": \"two\", \"question\": \"顺义\"} {\"id\": \"x\"}\n",
        "not json\n",
        line(7, QUESTIONS.get(2)));
    CliRun r = CliRun.onRealArchive(command, "--jsonl", file.toString());
    assertEquals(JsonlAnswers.SOME_LINES_BAD, r.exit(), r.err());
    List<JsonNode> out = outputLines(r);
    assertEquals(6, out.size(), "one output line per non-blank input line: " + r.out());
    assertError(out.get(0), 1, file.toString(), "needs a \"question\" string, got number");
    assertEquals("n", out.get(0).get("id").asText());
    assertError(out.get(1), 2, file.toString(), "needs a \"question\" string");
    assertEquals("none", out.get(1).get("id").asText());
    assertError(out.get(2), 4, file.toString(), "must be a JSON object");
    assertError(out.get(3), 5, file.toString(), "only one JSON object a line");
    assertError(out.get(4), 6, file.toString(), "not valid JSON");
    assertEquals(7, out.get(5).get("id").asInt());
    assertTrue(out.get(5).has(ANSWER_FIELD.get(command)), out.get(5).toString());
    assertTrue(r.err().contains("5 行未回答"), r.err());
  }

  @Test
  void askRejectsAConversationThatIsNotAName() throws IOException {
    Path file = write(
        "{\"id\": 1, \"question\": \"" + QUESTIONS.get(0) + "\", \"conversation\": {\"c\": 1}}\n",
        "{\"id\": 2, \"question\": \"" + QUESTIONS.get(0) + "\", \"conversation\": 7}\n");
    CliRun r = CliRun.onRealArchive("ask", "--jsonl", file.toString());
    assertEquals(JsonlAnswers.SOME_LINES_BAD, r.exit(), r.err());
    List<JsonNode> out = outputLines(r);
    assertError(out.get(0), 1, file.toString(), "\"conversation\" must be a string or a number, got object");
    assertEquals(1, out.get(0).get("id").asInt());
    assertTrue(out.get(1).get("grounded").asBoolean(), out.get(1).toString());
  }

  /** {@code -} reads standard input through the same code: same answers, same errors. */
  @ParameterizedTest
  @ValueSource(strings = {"ask", "search"})
  void standardInputIsReadExactlyLikeAFile(String command) throws IOException {
    Path file = write(BOM, line(1, QUESTIONS.get(1)),
        "{\"id\": 2, \"question\": \"北", new byte[] {(byte) 0xC3}, "\"}\r\n",
        "\n",
        line(4, QUESTIONS.get(4)));
    CliRun fromFile = CliRun.onRealArchive(command, "--jsonl", file.toString());
    CliRun fromStdin = CliRun.onRealArchiveReading(Files.readAllBytes(file), command, "--jsonl", "-");
    assertEquals(JsonlAnswers.SOME_LINES_BAD, fromStdin.exit(), fromStdin.err());
    assertEquals(fromFile.exit(), fromStdin.exit());
    assertEquals(fromFile.out().replace(file.toString(), JsonlLines.STDIN), fromStdin.out());
    List<JsonNode> out = outputLines(fromStdin);
    assertEquals(3, out.size());
    assertError(out.get(1), 2, JsonlLines.STDIN, "not valid UTF-8 at byte 27");
    assertEquals(4, out.get(2).get("id").asInt());
  }
}
