package org.baoku.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The LLM prompt templates, read at run time so they can be edited without a rebuild: from the
 * directory named by {@code BAOKU_PROMPTS}, else {@code ./prompts}, else the copies the build put in
 * the jar (the same files, so there is one source of truth).
 *
 * @param system the system message
 * @param answer the user message; {@code {{passages}}} and {{question}} are filled in
 * @param condense the follow-up rewrite; {@code {{chatMemory}}} and {@code {{query}}} are filled in
 */
public record Prompts(String system, String answer, String condense) {

  public static final String DIR_VARIABLE = "BAOKU_PROMPTS";
  static final String SYSTEM = "system.txt";
  static final String ANSWER = "answer.txt";
  static final String CONDENSE = "condense.txt";

  public Prompts {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(condense, "condense");
  }

  /**
   * Loads the three templates.
   *
   * @throws IllegalArgumentException naming the directory or file that is missing or unreadable
   */
  public static Prompts load(Map<String, String> env) {
    String configured = env.get(DIR_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured.strip());
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(DIR_VARIABLE + "=" + configured
            + " is not a directory; point it at a folder holding " + SYSTEM + ", " + ANSWER + ", "
            + CONDENSE);
      }
      return fromDir(dir);
    }
    Path local = Path.of("prompts");
    return Files.isDirectory(local) ? fromDir(local) : bundled();
  }

  /** The templates in {@code dir}; every file must exist. */
  public static Prompts fromDir(Path dir) {
    return new Prompts(read(dir, SYSTEM), read(dir, ANSWER), read(dir, CONDENSE));
  }

  /** The copies in the jar. */
  public static Prompts bundled() {
    return new Prompts(resource(SYSTEM), resource(ANSWER), resource(CONDENSE));
  }

  private static String read(Path dir, String name) {
    Path f = dir.resolve(name);
    if (!Files.isRegularFile(f)) {
      throw new IllegalArgumentException("prompt file missing: " + f
          + " (restore it from the project's prompts/ folder, or unset " + DIR_VARIABLE + ")");
    }
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read prompt file " + f + " as UTF-8 text: " + e.getMessage());
    }
  }

  private static String resource(String name) {
    try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("prompt " + name + " is not bundled in the jar; rebuild with mvn package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
