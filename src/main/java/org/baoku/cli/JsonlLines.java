package org.baoku.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.ingest.Utf8Lines;

/**
 * Reads a JSONL questions input (a file, or standard input for {@code -}; both the same way) one
 * physical line at a time and turns each non-blank line into a {@link JsonlLine}: a question, or a
 * {@link JsonlLine.Bad} saying why it is not one. A bad line never stops the reading. Lines are
 * read and decoded by {@link Utf8Lines} (bytes, each line decoded on its own, so a bad byte fails
 * only its line; CRLF and a byte-order mark read as usual); a blank line yields nothing but is
 * counted, so line numbers stay those an editor shows.
 */
final class JsonlLines implements Closeable {

  /** How standard input is named in messages. */
  static final String STDIN = "<stdin>";

  private final InputStream in;
  private final Utf8Lines lines;
  private final boolean ownsInput;
  private final String name;

  private JsonlLines(InputStream in, boolean ownsInput, String name) {
    this.in = in;
    this.lines = new Utf8Lines(in);
    this.ownsInput = ownsInput;
    this.name = name;
  }

  /**
   * Opens {@code source}, or standard input when it is {@code -}.
   *
   * @throws UserException when the file is missing or cannot be opened
   */
  static JsonlLines open(Path source) {
    if (source.toString().equals("-")) {
      return new JsonlLines(System.in, false, STDIN);
    }
    try {
      return new JsonlLines(Files.newInputStream(source), true, source.toString());
    } catch (NoSuchFileException e) {
      throw new UserException("找不到文件 / file not found: " + source);
    } catch (IOException e) {
      throw new UserException("无法读取 / cannot read " + source + ": " + e.getMessage());
    }
  }

  /** The file name, or {@value #STDIN}; messages start with it. */
  String name() {
    return name;
  }

  /** The number of the last physical line read, 0 before the first. */
  int number() {
    return lines.number();
  }

  /**
   * The next non-blank line, or empty at the end of the input.
   *
   * @throws IOException when the input cannot be read on; the lines before it were returned
   */
  Optional<JsonlLine> next() throws IOException {
    for (Optional<Utf8Lines.Line> line; (line = lines.next()).isPresent(); ) {
      if (line.get() instanceof Utf8Lines.Malformed m) {
        return Optional.of(new JsonlLine.Bad(m.number(), null, m.reason()));
      }
      Utf8Lines.Text t = (Utf8Lines.Text) line.get();
      if (!t.text().isBlank()) {
        return Optional.of(fromJson(t.number(), t.text()));
      }
    }
    return Optional.empty();
  }

  /** A question when {@code text} is one JSON object with a {@code "question"} string. */
  private static JsonlLine fromJson(int number, String text) {
    JsonNode node;
    try (JsonParser parser = AnswerJson.MAPPER.createParser(text)) {
      node = AnswerJson.MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        return new JsonlLine.Bad(number, null, "一行只能有一个 JSON 对象 / only one JSON object a line");
      }
    } catch (JsonProcessingException e) {
      return new JsonlLine.Bad(number, null, "不是合法的 JSON / not valid JSON: "
          + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    if (!(node instanceof ObjectNode object)) {
      return new JsonlLine.Bad(number, null,
          "应为 JSON 对象 / must be a JSON object: {\"id\": …, \"question\": \"…\"}");
    }
    JsonNode question = object.get("question");
    if (question == null || !question.isTextual()) {
      return new JsonlLine.Bad(number, object.get("id"), "缺少字符串 \"question\" / needs a \"question\" string"
          + (question == null ? "" : ", got " + JsonlLine.typeName(question)));
    }
    return new JsonlLine.Question(number, object.get("id"), question.asText(), object);
  }

  /** Closes the file; standard input is left open, it is not ours. */
  @Override
  public void close() throws IOException {
    if (ownsInput) {
      in.close();
    }
  }
}
