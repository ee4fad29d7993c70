package org.baoku.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.baoku.ingest.Corpus;

/**
 * What built an index, kept in the user data of each Lucene commit: the commit that adds the last
 * passages also says what they add up to, so the two can never disagree after a crash. A commit
 * is {@link #complete} when it holds the whole input it names; the checkpoints of a long update
 * are not, and are never served ({@link Commits}).
 *
 * @param schema {@link IndexSchema#SCHEMA}: bumped whenever fields or analysis change
 * @param model the embedding model ({@link Embedder#MODEL_NAME})
 * @param ingest {@link Corpus#INGEST_VERSION} of the rules that cut the input
 * @param fingerprint hash of the input ({@link Fingerprint#ofFiles} of the files, or of the passages)
 * @param problems what ingest could not read, to be shown again by {@code baoku index}
 */
public record Manifest(
    int schema,
    String model,
    int ingest,
    String fingerprint,
    int pages,
    int articles,
    int passages,
    Instant builtAt,
    long buildMillis,
    List<String> problems,
    boolean complete) {

  static final String KEY = "baoku.manifest";
  static final String LUCENE_DIR = "lucene";

  private static final ObjectMapper JSON = new ObjectMapper();

  public Manifest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(builtAt, "builtAt");
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** True when an index with this manifest can serve {@code fingerprint} with this code and model. */
  public boolean fits(String fingerprint) {
    return sameRules() && complete && this.fingerprint.equals(fingerprint);
  }

  /**
   * True when this code, model and ingest rules made the index, so it can be updated file by file;
   * otherwise every passage must be cut and embedded again.
   */
  public boolean sameRules() {
    return schema == IndexSchema.SCHEMA && model.equals(Embedder.MODEL_NAME)
        && ingest == Corpus.INGEST_VERSION;
  }

  /** Why an index of this manifest cannot be updated in place, in one line; empty when it can. */
  public Optional<String> whyRebuild() {
    if (schema != IndexSchema.SCHEMA) {
      return Optional.of("索引格式已变（" + schema + " → " + IndexSchema.SCHEMA + "），全部重建 / the index"
          + " schema changed (" + schema + " → " + IndexSchema.SCHEMA + "): rebuilding everything");
    }
    if (!model.equals(Embedder.MODEL_NAME)) {
      return Optional.of("向量模型已变（" + model + " → " + Embedder.MODEL_NAME + "），全部重建 / the"
          + " embedding model changed (" + model + " → " + Embedder.MODEL_NAME + "): rebuilding everything");
    }
    if (ingest != Corpus.INGEST_VERSION) {
      return Optional.of("切分规则已变（" + ingest + " → " + Corpus.INGEST_VERSION + "），全部重建 / the"
          + " ingest rules changed (" + ingest + " → " + Corpus.INGEST_VERSION + "): rebuilding everything");
    }
    return Optional.empty();
  }

  /** The commit user data that holds this manifest. */
  Map<String, String> userData() {
    ObjectNode o = JSON.createObjectNode()
        .put("schema", schema)
        .put("model", model)
        .put("ingest", ingest)
        .put("fingerprint", fingerprint)
        .put("pages", pages)
        .put("articles", articles)
        .put("passages", passages)
        .put("builtAt", builtAt.toString())
        .put("buildMillis", buildMillis)
        .put("complete", complete);
    problems.forEach(o.putArray("problems")::add);
    return Map.of(KEY, o.toString());
  }

  /** The manifest in {@code commit}'s user data, or null when it has none or it is unreadable. */
  static Manifest of(IndexCommit commit) {
    try {
      String text = commit.getUserData().get(KEY);
      if (text == null) {
        return null;
      }
      JsonNode o = JSON.readTree(text);
      List<String> problems = new ArrayList<>();
      o.path("problems").forEach(p -> problems.add(p.asText()));
      return new Manifest(o.get("schema").asInt(), o.get("model").asText(), o.get("ingest").asInt(),
          o.get("fingerprint").asText(), o.get("pages").asInt(), o.get("articles").asInt(),
          o.get("passages").asInt(), Instant.parse(o.get("builtAt").asText()),
          o.get("buildMillis").asLong(), problems, o.get("complete").asBoolean());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The manifest of the newest complete commit of the index in {@code dir}, or null when there is
   * none or it cannot be read.
   */
  static Manifest read(Path dir) {
    return read(dir, true);
  }

  /**
   * The manifest of the newest commit in {@code dir}, complete or not ({@code complete == false}
   * included), or null: what an interrupted update had reached.
   */
  static Manifest newest(Path dir) {
    return read(dir, false);
  }

  private static Manifest read(Path dir, boolean complete) {
    Path lucene = dir.resolve(LUCENE_DIR);
    if (!Files.isDirectory(lucene)) {
      return null;
    }
    try (Directory d = FSDirectory.open(lucene)) {
      Optional<IndexCommit> c = complete ? Commits.newestComplete(d) : Commits.newest(d);
      return c.map(Manifest::of).orElse(null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
