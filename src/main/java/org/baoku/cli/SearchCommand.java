package org.baoku.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoku search}: ranked passages for one query (terminal text or {@code --json}), or for a
 * whole JSONL file of questions in one process ({@code --jsonl}, read and reported by
 * {@link JsonlAnswers} as {@code ask --jsonl} is).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "检索段落 / ranked passages for a query, or for every line of a JSONL file")
final class SearchCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archive;

  @Mixin DateOptions dates;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "问题或关键词 / question or keywords")
  String query;

  @Option(names = "-k", paramLabel = "N", defaultValue = "5",
      description = "返回条数 / hits to return (default: ${DEFAULT-VALUE})")
  int k;

  @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
  boolean json;

  @Option(names = "--jsonl", paramLabel = "FILE",
      description = {"每行一个 {\"id\", \"question\"} 的文件（- 为标准输入）",
          "one {\"id\", \"question\"} a line (- for stdin); a bad line gets an error object and exit code 1"})
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
      // The file is opened first, so a mistyped name fails before the index is loaded.
      try (JsonlLines lines = JsonlLines.open(jsonl); Archive a = archive.archive(System.err)) {
        Scope scope = dates.scope();
        return JsonlAnswers.run(lines, q -> hitsJson(a.search(q.text(), scope, k).hits()),
            spec.commandLine().getOut(), spec.commandLine().getErr());
      }
    }
    try (Archive a = archive.archive(System.err)) {
      List<Hit> hits = a.search(query, dates.scope(), k).hits();
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

  /** {@code {"hits": [{"page", "article", "headline", "byline", "text", "score"}]}}. */
  private static ObjectNode hitsJson(List<Hit> hits) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode array = out.putArray("hits");
    hits.forEach(h -> array.add(hitJson(h, false)));
    return out;
  }

  private static ObjectNode hitJson(Hit h, boolean full) {
    Passage p = h.passage();
    ObjectNode o = JSON.createObjectNode();
    if (full) {
      o.put("rank", h.rank()).put("id", p.id());
    }
    o.put("page", p.page()).put("article", p.article()).put("headline", p.headline())
        .put("byline", p.byline());
    ImprintJson.put(o, p.imprint());
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
