package org.baoku.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baoku search}: ranked passages for one query (terminal text or {@code --json}), or for a
 * whole JSONL file of questions in one process ({@code --jsonl}, one output line per input line).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "检索段落 / ranked passages for a query, or for every line of a JSONL file")
final class SearchCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin ArchiveOptions archive;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "问题或关键词 / question or keywords")
  String query;

  @Option(names = "-k", paramLabel = "N", defaultValue = "5",
      description = "返回条数 / hits to return (default: ${DEFAULT-VALUE})")
  int k;

  @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
  boolean json;

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = "每行一个 {\"id\", \"question\"} 的文件（- 为标准输入）/ JSONL questions file (- for stdin)")
  Path jsonl;

  @Override
  public Integer call() throws IOException {
    if (k <= 0) {
      throw new UserException("-k 必须大于 0 / -k must be positive, got " + k);
    }
    if ((query == null) == (jsonl == null)) {
      throw new UserException("请给出一个查询或 --jsonl FILE（二选一）/ give either a QUERY or --jsonl FILE");
    }
    if (jsonl != null) {
      try (BufferedReader in = openJsonl(); Archive a = archive.open(System.err)) {
        searchLines(in, a, System.out);
      }
      return 0;
    }
    try (Archive a = archive.open(System.err)) {
      List<Hit> hits = a.retrieve(query, k);
      if (json) {
        ObjectNode out = JSON.createObjectNode().put("query", query);
        ArrayNode array = out.putArray("hits");
        hits.forEach(h -> array.add(hitJson(h, true)));
        System.out.println(JSON.writeValueAsString(out));
      } else {
        printHits(hits, System.out);
      }
    }
    return 0;
  }

  private BufferedReader openJsonl() {
    if (jsonl.toString().equals("-")) {
      return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    try {
      return Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException("无法读取 / cannot read " + jsonl + ": " + e.getMessage());
    }
  }

  /** One output line per non-blank input line, in order; a bad line gets an error object. */
  private void searchLines(BufferedReader in, Archive a, PrintStream out) throws IOException {
    int lineNo = 0;
    try {
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        out.println(JSON.writeValueAsString(answerLine(line, lineNo, a)));
        out.flush();
      }
    } catch (UncheckedIOException | IOException e) {
      throw new UserException("读取中断 / cannot read " + jsonl + " at line " + (lineNo + 1) + ": "
          + e.getMessage());
    }
  }

  private ObjectNode answerLine(String line, int lineNo, Archive a) {
    JsonNode in;
    try {
      in = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(null, "line " + lineNo + ": not valid JSON (" + e.getOriginalMessage() + ")");
    }
    JsonNode id = in.isObject() ? in.get("id") : null;
    if (!in.isObject() || !in.path("question").isTextual()) {
      return error(id, "line " + lineNo + ": needs a \"question\" string");
    }
    ObjectNode out = JSON.createObjectNode();
    out.set("id", id);
    ArrayNode hits = out.putArray("hits");
    a.retrieve(in.get("question").asText(), k).forEach(h -> hits.add(hitJson(h, false)));
    return out;
  }

  private static ObjectNode error(JsonNode id, String message) {
    ObjectNode out = JSON.createObjectNode();
    out.set("id", id);
    return out.put("error", message);
  }

  private static ObjectNode hitJson(Hit h, boolean full) {
    Passage p = h.passage();
    ObjectNode o = JSON.createObjectNode();
    if (full) {
      o.put("rank", h.rank()).put("id", p.id());
    }
    o.put("page", p.page()).put("article", p.article()).put("headline", p.headline())
        .put("byline", p.byline());
    if (full) {
      o.put("start", p.start()).put("end", p.end());
    }
    return o.put("text", p.text()).put("score", Math.round(h.score() * 10_000) / 10_000.0);
  }

  private static void printHits(List<Hit> hits, PrintStream out) {
    if (hits.isEmpty()) {
      out.println("没有找到相关段落 / no matching passages");
      return;
    }
    for (Hit h : hits) {
      Passage p = h.passage();
      out.printf("%d. %s #%d %s  (%.3f)%n", h.rank(), p.page(), p.article(),
          p.headline().isEmpty() ? "" : "《" + p.headline() + "》", h.score());
      out.println("   " + p.text().replace("\n", "\n   "));
      out.println();
    }
  }
}
