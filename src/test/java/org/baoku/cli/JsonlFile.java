package org.baoku.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a JSONL test file from text (as UTF-8) and raw bytes, so a test can place a bad byte. */
final class JsonlFile {

  private JsonlFile() {}

  /** The parts in order: a {@code byte[]} as it is, anything else as its UTF-8 text. */
  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      out.writeBytes(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** Writes {@link #bytes} of the parts to {@code file} and returns it. */
  static Path write(Path file, Object... parts) throws IOException {
    return Files.write(file, bytes(parts));
  }
}
