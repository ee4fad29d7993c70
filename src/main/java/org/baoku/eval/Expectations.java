package org.baoku.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Minimum figures an evaluation must reach, stored beside the set ({@code eval/*.expected.json}):
 * {@code {"systems": {"baoku": {"recall@1": 0.975, ...}, ...}}}. Only higher-is-better figures
 * belong there; timings depend on the machine and are left to {@code baoku bench}.
 */
public final class Expectations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Expectations() {}

  /**
   * The regressions of {@code report} against {@code file}, one line each; empty when every figure
   * is at or above its minimum. A system or figure the report lacks is a regression too.
   *
   * @throws IllegalArgumentException with a one-line message when the file is missing or malformed
   */
  public static List<String> check(Path file, Figures.Report report) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": file not found / 找不到文件");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    JsonNode systems = root == null ? null : root.get("systems");
    if (systems == null || !systems.isObject()) {
      throw new IllegalArgumentException(file + ": expected {\"systems\": {\"NAME\": {\"FIGURE\": minimum, ...}}}");
    }
    List<String> regressions = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = systems.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> system = it.next();
      Figures row = report.systems().stream()
          .filter(f -> f.name().equals(system.getKey())).findFirst().orElse(null);
      if (row == null) {
        regressions.add(system.getKey() + ": system missing from the report");
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> fit = system.getValue().fields(); fit.hasNext(); ) {
        Map.Entry<String, JsonNode> min = fit.next();
        if (!min.getValue().isNumber()) {
          throw new IllegalArgumentException(file + ": " + system.getKey() + "." + min.getKey() + " must be a number");
        }
        Double actual = row.number(min.getKey());
        double expected = min.getValue().asDouble();
        if (actual == null) {
          regressions.add(system.getKey() + " " + min.getKey() + ": missing (expected >= " + expected + ")");
        } else if (actual < expected) {
          regressions.add(String.format(Locale.ROOT, "%s %s: %.4f < expected %.4f",
              system.getKey(), min.getKey(), actual, expected));
        }
      }
    }
    return regressions;
  }
}
