package org.baoku.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baoku.index.Fingerprint;
import org.baoku.index.IndexDamagedException;
import org.baoku.index.IndexHome;
import org.baoku.index.PassageIndex;
import org.baoku.quote.QuoteDiff;
import org.baoku.quote.QuoteFinder;
import org.baoku.quote.QuoteMatch;
import org.baoku.quote.Quotation;
import org.baoku.retrieve.HybridArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoku quote}: every article holding a quotation or a close variant, earliest first, the
 * span verbatim with its differences from the quotation marked; or {@code --json}.
 */
@Command(name = "quote", mixinStandardHelpOptions = true,
    description = {"查一段话的出处：首次刊载与后来的转载。", "Find where a quotation comes from: its first appearance and later reprints."})
final class QuoteCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final String NONE = "资料中没有找到这段话的出处。/ No article in the archive holds this quotation.";
  static final String LEGEND = "（[-引文-]{+原文+}：引文与原文不同之处 / where the quotation and the article differ）";

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archive;

  @Parameters(paramLabel = "QUOTATION", description = "原话 / the quotation")
  String quotation;

  @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
  boolean json;

  @Override
  public Integer call() {
    Quotation q;
    try {
      q = Quotation.of(quotation);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    List<QuoteMatch> matches;
    try (PassageIndex index = open()) {
      matches = new QuoteFinder(index).find(q);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? json(q, matches).toString() : text(q, matches));
    out.flush();
    return 0;
  }

  /**
   * The index that fits the corpus, opened without the embedding model, which citation lookup
   * never uses; when there is none, or it is damaged, the archive is opened as every command
   * opens it (building the index) and its index read then.
   */
  private PassageIndex open() {
    Optional<PassageIndex> fitting = fitting();
    if (fitting.isPresent()) {
      return fitting.get();
    }
    archive.open(System.err).close();
    return fitting().orElseThrow(() -> new UserException(
        "索引无法读写 / cannot use index directory " + archive.index + " (use --index DIR or BAOKU_INDEX)"));
  }

  private Optional<PassageIndex> fitting() {
    IndexHome home = new IndexHome(archive.index);
    String fingerprint;
    try {
      fingerprint = Fingerprint.ofCorpus(archive.corpus);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    Optional<Path> live = home.live().filter(d -> home.liveManifest().map(m -> m.fits(fingerprint)).orElse(false));
    try {
      return live.map(PassageIndex::open);
    } catch (IndexDamagedException e) {
      return Optional.empty();
    }
  }

  /** {@code {"quote", "matches": [...]}}, earliest first, each match with its imprint keys and diff. */
  static ObjectNode json(Quotation q, List<QuoteMatch> matches) {
    ObjectNode out = JSON.createObjectNode().put("quote", q.text());
    ArrayNode array = out.putArray("matches");
    for (QuoteMatch m : matches) {
      ObjectNode o = array.addObject();
      ImprintJson.put(o, m.imprint());
      o.put("page", m.page()).put("article", m.article()).put("headline", m.headline())
          .put("passage", m.passageId()).put("start", m.start()).put("end", m.end())
          .put("text", m.text()).put("exact", m.exact())
          .put("similarity", Math.round(m.similarity() * 1000) / 1000.0)
          .put("appearance", m.appearance().name().toLowerCase(Locale.ROOT));
      ArrayNode diff = o.putArray("diff");
      for (QuoteDiff.Piece p : m.diff().pieces()) {
        diff.addObject().put("kind", p.kind().name().toLowerCase(Locale.ROOT))
            .put("text", p.text()).put("quoted", p.quoted());
      }
    }
    return out;
  }

  /** The console reply: a heading, then each match's source line and span, differences marked. */
  static String text(Quotation q, List<QuoteMatch> matches) {
    if (matches.isEmpty()) {
      return NONE;
    }
    StringBuilder out = new StringBuilder();
    out.append("“").append(q.text()).append("” 见于 ").append(matches.size()).append(" 篇文章 / found in ")
        .append(matches.size()).append(matches.size() == 1 ? " article" : " articles").append('\n');
    boolean marked = false;
    for (int i = 0; i < matches.size(); i++) {
      QuoteMatch m = matches.get(i);
      out.append('\n').append(i + 1).append(". ").append(source(m)).append('\n');
      out.append("   ").append(marked(m.diff()).replace("\n", "\n   ")).append('\n');
      marked |= !m.exact();
    }
    if (marked) {
      out.append('\n').append(LEGEND).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private static String source(QuoteMatch m) {
    String role = switch (m.appearance()) {
      case FIRST -> "首次刊载 first appearance";
      case REPRINT -> "转载 reprint";
      case UNDATED -> "日期不详 undated";
    };
    StringBuilder s = new StringBuilder(role);
    String label = m.imprint().label();
    if (!label.isEmpty()) {
      s.append(" · ").append(label);
    }
    if (!m.headline().isEmpty()) {
      s.append(" · 《").append(m.headline()).append("》");
    }
    s.append(" · ").append(m.page()).append(" #").append(m.article());
    s.append(String.format(Locale.ROOT, " · 相似度 similarity %.2f", m.similarity()));
    if (m.exact()) {
      s.append("（原文 exact）");
    }
    return s.toString();
  }

  /** The span with {@code [-quoted-]} where the quotation says otherwise and {@code {+article+}} where the article does. */
  static String marked(QuoteDiff diff) {
    StringBuilder out = new StringBuilder();
    for (QuoteDiff.Piece p : diff.pieces()) {
      switch (p.kind()) {
        case SAME -> out.append(p.text());
        case CHANGED -> out.append("[-").append(p.quoted()).append("-]{+").append(p.text()).append("+}");
        case EXTRA -> out.append("{+").append(p.text()).append("+}");
        case MISSING -> out.append("[-").append(p.quoted()).append("-]");
      }
    }
    return out.toString();
  }
}
