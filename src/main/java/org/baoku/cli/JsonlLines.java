package org.baoku.cli;

import static java.nio.charset.CodingErrorAction.REPORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a JSONL questions input (a file, or standard input for {@code -}; both the same way) one
 * physical line at a time, as bytes, and turns each non-blank line into a {@link JsonlLine}: a
 * question, or a {@link JsonlLine.Bad} saying why it is not one. A bad line never stops the reading.
 *
 * <p>Why bytes: a decoding {@code Reader} meets a bad byte at its read-ahead position, not at the
 * line that holds it. A strict one aborted the whole file there, lines before it unanswered and the
 * wrong line named; a lenient one (standard input was read that way) answered a question garbled
 * with U+FFFD. Here each line is decoded on its own by a strict decoder, so only that line fails.
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped, so CRLF files read the same (a
 * lone {@code \r} does not end a line). A UTF-8 byte-order mark at the very start is skipped
 * (Windows Notepad writes one). A blank line, white space only, yields nothing but is counted, so
 * line numbers stay those an editor shows. One line is held in memory at a time.
 */
final class JsonlLines implements Closeable {

  /** How standard input is named in messages. */
  static final String STDIN = "<stdin>";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final boolean ownsInput;
  private final String name;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(REPORT).onUnmappableCharacter(REPORT);
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[4 * 1024];
  private int length;
  private int number;

  private JsonlLines(InputStream in, boolean ownsInput, String name) {
    this.in = in;
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
    return number;
  }

  /**
   * The next non-blank line, or empty at the end of the input.
   *
   * @throws IOException when the input cannot be read on; the lines before it were returned
   */
  Optional<JsonlLine> next() throws IOException {
    while (readLine()) {
      number++;
      Optional<JsonlLine> parsed = parse();
      if (parsed.isPresent()) {
        return parsed;
      }
    }
    return Optional.empty();
  }

  /** Fills {@code line} with the next line's bytes, without its end; false at the end of input. */
  private boolean readLine() throws IOException {
    length = 0;
    while (true) {
      if (pos == limit) {
        limit = Math.max(in.read(buffer), 0);
        pos = 0;
        if (limit == 0) {
          return length > 0;
        }
      }
      int end = pos;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      append(end - pos);
      if (end < limit) {
        pos = end + 1;
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
      pos = limit;
    }
  }

  private void append(int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(2 * line.length, length + count));
    }
    System.arraycopy(buffer, pos, line, length, count);
    length += count;
  }

  /** The current line decoded and parsed; empty when it is blank. */
  private Optional<JsonlLine> parse() {
    int start = number == 1 && startsWithBom() ? BOM.length : 0;
    ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
    String text;
    try {
      text = utf8.decode(bytes).toString();
    } catch (CharacterCodingException e) {
      int at = bytes.position() + 1;
      return Optional.of(bad(null, "第 " + at + " 字节不是合法的 UTF-8，请把文件存为 UTF-8 / "
          + "not valid UTF-8 at byte " + at + "; save the file as UTF-8"));
    }
    return text.isBlank() ? Optional.empty() : Optional.of(fromJson(text));
  }

  /** A question when {@code text} is one JSON object with a {@code "question"} string. */
  private JsonlLine fromJson(String text) {
    JsonNode node;
    try (JsonParser parser = AnswerJson.MAPPER.createParser(text)) {
      node = AnswerJson.MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        return bad(null, "一行只能有一个 JSON 对象 / only one JSON object a line");
      }
    } catch (JsonProcessingException e) {
      return bad(null, "不是合法的 JSON / not valid JSON: "
          + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    if (!(node instanceof ObjectNode object)) {
      return bad(null, "应为 JSON 对象 / must be a JSON object: {\"id\": …, \"question\": \"…\"}");
    }
    JsonNode question = object.get("question");
    if (question == null || !question.isTextual()) {
      return bad(object.get("id"), "缺少字符串 \"question\" / needs a \"question\" string"
          + (question == null ? "" : ", got " + JsonlLine.typeName(question)));
    }
    return new JsonlLine.Question(number, object.get("id"), question.asText(), object);
  }

  private boolean startsWithBom() {
    return length >= BOM.length && Arrays.equals(line, 0, BOM.length, BOM, 0, BOM.length);
  }

  private JsonlLine bad(JsonNode id, String reason) {
    return new JsonlLine.Bad(number, id, reason);
  }

  /** Closes the file; standard input is left open, it is not ours. */
  @Override
  public void close() throws IOException {
    if (ownsInput) {
      in.close();
    }
  }
}
