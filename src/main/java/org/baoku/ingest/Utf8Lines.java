package org.baoku.ingest;

import static java.nio.charset.CodingErrorAction.REPORT;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a text input one physical line at a time, as bytes, and decodes each line on its own with
 * a strict UTF-8 decoder, so a bad byte fails only the line that holds it. JSONL inputs (questions
 * for {@code ask --jsonl}, article records in a corpus) are read this way.
 *
 * <p>Why bytes: a decoding {@code Reader} meets a bad byte at its read-ahead position, not at the
 * line that holds it. A strict one aborted the whole file there, lines before it unread and the
 * wrong line named; a lenient one let the line through garbled with U+FFFD.
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped, so CRLF files read the same (a
 * lone {@code \r} does not end a line). A UTF-8 byte-order mark at the very start is skipped
 * (Windows Notepad writes one). Blank lines are returned like any other, so line numbers stay those
 * an editor shows. One line is held in memory at a time.
 */
public final class Utf8Lines implements Closeable {

  /** One physical line: its text, or the position of its first byte that is not UTF-8. */
  public sealed interface Line permits Text, Malformed {
    /** The line's number, counted from 1, blank lines included. */
    int number();
  }

  /** A line that decoded, without its line end. */
  public record Text(int number, String text) implements Line {}

  /** A line that is not UTF-8; {@code at} is the first bad byte's position in it, from 1. */
  public record Malformed(int number, int at) implements Line {

    /** Says what is wrong and what to do, Chinese first. */
    public String reason() {
      return "第 " + at + " 字节不是合法的 UTF-8，请把文件存为 UTF-8 / not valid UTF-8 at byte " + at
          + "; save the file as UTF-8";
    }
  }

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(REPORT).onUnmappableCharacter(REPORT);
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[4 * 1024];
  private int length;
  private int number;

  /** Lines of {@code in}, which {@link #close()} closes. */
  public Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** The number of the last physical line read, 0 before the first. */
  public int number() {
    return number;
  }

  /**
   * The next line, or empty at the end of the input.
   *
   * @throws IOException when the input cannot be read on; the lines before it were returned
   */
  public Optional<Line> next() throws IOException {
    if (!readLine()) {
      return Optional.empty();
    }
    number++;
    int start = number == 1 && startsWithBom() ? BOM.length : 0;
    ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
    try {
      return Optional.of(new Text(number, utf8.decode(bytes).toString()));
    } catch (CharacterCodingException e) {
      return Optional.of(new Malformed(number, bytes.position() + 1));
    }
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

  private boolean startsWithBom() {
    return length >= BOM.length && Arrays.equals(line, 0, BOM.length, BOM, 0, BOM.length);
  }

  /**
   * The next line with text on it, for a file read as data: a line that is not UTF-8 is added to
   * {@code problems} as {@code NAME:LINE: reason} and skipped, and so is a blank line.
   */
  public Optional<Text> nextText(String name, List<String> problems) throws IOException {
    for (Optional<Line> next; (next = next()).isPresent(); ) {
      if (next.get() instanceof Malformed m) {
        problems.add(name + ":" + m.number() + ": " + m.reason());
      } else if (!((Text) next.get()).text().isBlank()) {
        return Optional.of((Text) next.get());
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
