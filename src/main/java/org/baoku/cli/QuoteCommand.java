package org.baoku.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.chat.Messages;
import org.baoku.chat.Reply;
import org.baoku.index.Fingerprint;
import org.baoku.index.IndexDamagedException;
import org.baoku.index.IndexHome;
import org.baoku.index.PassageSearcher;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteDiff;
import org.baoku.quote.QuoteFinder;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Archive;
import org.baoku.solr.SolrUnavailableException;
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
    if (archive.solr.target().isPresent()) {
      try (Archive a = archive.archive(System.err)) {
        matches = a.quote(q);
      } catch (SolrUnavailableException e) {
        throw new UserException(e.getMessage());
      }
    } else {
      try (PassageSearcher index = open()) {
        matches = new QuoteFinder(index).find(q);
      }
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
  private PassageSearcher open() {
    Optional<PassageSearcher> fitting = fitting();
    if (fitting.isPresent()) {
      return fitting.get();
    }
    archive.open(System.err).close();
    return fitting().orElseThrow(() -> new UserException(
        "索引无法读写 / cannot use index directory " + archive.index + " (use --index DIR or BAOKU_INDEX)"));
  }

  private Optional<PassageSearcher> fitting() {
    IndexHome home = new IndexHome(archive.index);
    String fingerprint;
    try {
      fingerprint = Fingerprint.ofCorpus(archive.corpus);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    Optional<Path> live = home.live().filter(d -> home.liveManifest().map(m -> m.fits(fingerprint)).orElse(false));
    try {
      return live.map(PassageSearcher::open);
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

  /** The console reply, as the chat's {@code /quote} renders it: one renderer for both. */
  static String text(Quotation q, List<QuoteMatch> matches) {
    return PlainText.render(Reply.quote(matches.isEmpty() ? Messages.QUOTE_NONE
        : Messages.quoteFound(q.text(), matches.size()), q.text(), matches));
  }
}
