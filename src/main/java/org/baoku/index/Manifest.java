package org.baoku.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What built an index: written last into the index directory, so its presence marks a complete
 * build, and compared on open to decide whether the index is stale.
 *
 * @param schema {@link PassageIndex#SCHEMA}: bumped whenever fields or analysis change
 * @param model the embedding model ({@link Embedder#MODEL_NAME})
 * @param fingerprint hash of the input (corpus file names and contents, or the passages)
 * @param problems what ingest could not read, to be shown again by {@code baoku index}
 */
public record Manifest(
    int schema,
    String model,
    String fingerprint,
    int pages,
    int articles,
    int passages,
    Instant builtAt,
    long buildMillis,
    List<String> problems) {

  static final String FILE = "manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Manifest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(builtAt, "builtAt");
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** True when an index with this manifest can serve {@code fingerprint} with this code and model. */
  public boolean fits(String fingerprint) {
    return schema == PassageIndex.SCHEMA && model.equals(Embedder.MODEL_NAME)
        && this.fingerprint.equals(fingerprint);
  }

  void write(Path dir) {
    try {
      ObjectNode o = JSON.createObjectNode()
          .put("schema", schema)
          .put("model", model)
          .put("fingerprint", fingerprint)
          .put("pages", pages)
          .put("articles", articles)
          .put("passages", passages)
          .put("builtAt", builtAt.toString())
          .put("buildMillis", buildMillis);
      problems.forEach(o.putArray("problems")::add);
      JSON.writeValue(dir.resolve(FILE).toFile(), o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest of a complete index in {@code dir}, or null when there is none or it is unreadable. */
  static Manifest read(Path dir) {
    Path f = dir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try {
      JsonNode o = JSON.readTree(f.toFile());
      List<String> problems = new ArrayList<>();
      o.path("problems").forEach(p -> problems.add(p.asText()));
      return new Manifest(o.get("schema").asInt(), o.get("model").asText(),
          o.get("fingerprint").asText(), o.get("pages").asInt(), o.get("articles").asInt(),
          o.get("passages").asInt(), Instant.parse(o.get("builtAt").asText()),
          o.get("buildMillis").asLong(), problems);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
