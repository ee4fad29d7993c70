package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

  @Test
  void bundledCopiesAreTheProjectsPromptFiles() throws IOException {
    Prompts bundled = Prompts.bundled();
    Prompts local = Prompts.fromDir(Path.of("prompts"));
    assertEquals(local, bundled);
    assertTrue(bundled.answer().contains("{{passages}}") && bundled.answer().contains("{{question}}"));
    assertTrue(bundled.condense().contains("{{chatMemory}}") && bundled.condense().contains("{{query}}"));
  }

  @Test
  void directoryFromTheEnvironmentIsReadAtRunTime(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("system.txt"), "系统");
    Files.writeString(dir.resolve("answer.txt"), "{{passages}} {{question}}");
    Files.writeString(dir.resolve("condense.txt"), "{{chatMemory}} {{query}}");
    assertEquals("系统", Prompts.load(Map.of(Prompts.DIR_VARIABLE, dir.toString())).system());
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("system.txt"), "系统");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Prompts.load(Map.of(Prompts.DIR_VARIABLE, dir.toString())));
    assertTrue(e.getMessage().contains("answer.txt"), e.getMessage());
    IllegalArgumentException noDir = assertThrows(IllegalArgumentException.class,
        () -> Prompts.load(Map.of(Prompts.DIR_VARIABLE, dir.resolve("nope").toString())));
    assertTrue(noDir.getMessage().contains(Prompts.DIR_VARIABLE));
  }
}
