package org.baoku.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoku.answer.Citation;
import org.baoku.retrieve.Hit;

/**
 * {@code --dump OUT.jsonl}: one JSON object a line per question and system, with its hits and
 * answer, to see why a figure is what it is. {@link #none()} writes nothing.
 */
public final class Dump implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final BufferedWriter out;
  private final boolean withText;

  private Dump(BufferedWriter out, boolean withText) {
    this.out = out;
    this.withText = withText;
  }

  /** Writes nothing. */
  public static Dump none() {
    return new Dump(null, false);
  }

  /**
   * Writes to {@code file} (replaced).
   *
   * @param withText include each hit's passage text (small sets) or only ids and scores (large ones)
   * @throws IllegalArgumentException with a one-line message when the file cannot be created
   */
  public static Dump to(Path file, boolean withText) {
    try {
      return new Dump(Files.newBufferedWriter(file, StandardCharsets.UTF_8), withText);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot write the dump (" + e.getMessage() + ")");
    }
  }

  /** One line: {@code fields} in order, then {@code answer}, {@code citations} and {@code hits}. */
  public void write(Map<String, Object> fields, String answer, List<Citation> citations, List<Hit> hits) {
    if (out == null) {
      return;
    }
    Map<String, Object> line = new LinkedHashMap<>(fields);
    line.put("answer", answer);
    List<Map<String, Object>> cs = new ArrayList<>();
    for (Citation c : citations) {
      cs.add(Map.of("n", c.n(), "passage", c.passage().id(), "quote", c.quote()));
    }
    line.put("citations", cs);
    List<Map<String, Object>> hs = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", i + 1);
      m.put("id", h.passage().id());
      m.put("score", h.score());
      if (withText) {
        m.put("text", h.passage().text());
      }
      hs.add(m);
    }
    line.put("hits", hs);
    try {
      out.write(JSON.writeValueAsString(line));
      out.newLine();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("dump lines are plain values", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dump", e);
    }
  }

  @Override
  public void close() {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dump", e);
    }
  }
}
