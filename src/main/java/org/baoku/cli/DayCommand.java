package org.baoku.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.chat.Messages;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.IssueContents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoku day}: one day's paper, page by page, with each article's headline and the passage id
 * that opens it. A day the archive lacks is one line giving the days it holds (exit 1).
 */
@Command(name = "day", mixinStandardHelpOptions = true,
    description = {"列出某一天报纸的各版和文章标题。", "One day's issue: its pages and their headlines."})
final class DayCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ArchiveOptions archive;

  @Parameters(paramLabel = "DATE", converter = DateOptions.IsoDate.class,
      description = "日期 YYYY-MM-DD / the issue's date")
  LocalDate date;

  @Option(names = "--paper", paramLabel = "NAME", description = "只看这份报纸 / only this paper")
  String paper;

  @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
  boolean json;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Archive a = archive.archive(System.err)) {
      IssueContents issue = IssueContents.of(a, date, paper == null || paper.isBlank() ? null : paper.strip());
      if (json) {
        out.println(json(issue));
      } else if (!issue.isEmpty()) {
        out.print(text(issue));
      }
      out.flush();
      if (issue.isEmpty()) {
        spec.commandLine().getErr().println(Messages.dayMissing(a.issues(), date, paper));
        spec.commandLine().getErr().flush();
        return 1;
      }
      return 0;
    }
  }

  private static String text(IssueContents issue) {
    StringBuilder sb = new StringBuilder();
    sb.append(issue.date()).append(" · ").append(issue.pages().size()).append(" 版 pages · ")
        .append(issue.articles()).append(" 篇 articles\n");
    for (IssueContents.PageContents page : issue.pages()) {
      Imprint imprint = page.imprint();
      sb.append('\n').append(imprint.label().isEmpty() ? page.page() : imprint.label())
          .append("  (").append(page.page()).append(")\n");
      for (Passage p : page.articles()) {
        String title = p.headline().isEmpty() ? firstWords(p.text()) : p.headline();
        sb.append("  · ").append(title).append("  [").append(p.id()).append("]\n");
      }
    }
    return sb.toString();
  }

  private static String firstWords(String text) {
    String line = text.strip().split("\n", 2)[0];
    return line.codePointCount(0, line.length()) <= 30 ? line
        : line.substring(0, line.offsetByCodePoints(0, 30)) + "…";
  }

  /**
   * {@code {"date", "paper", "pages": [{"page", "paper", "date", "page_no", "section",
   * "articles": [{"article", "headline", "byline", "passage"}]}]}}.
   */
  private static String json(IssueContents issue) {
    ObjectNode o = JSON.createObjectNode();
    o.put("date", issue.date().toString());
    o.put("paper", issue.paper());
    ArrayNode pages = o.putArray("pages");
    for (IssueContents.PageContents page : issue.pages()) {
      ObjectNode p = pages.addObject().put("page", page.page());
      ImprintJson.put(p, page.imprint());
      ArrayNode articles = p.putArray("articles");
      for (Passage a : page.articles()) {
        articles.addObject().put("article", a.article()).put("headline", a.headline())
            .put("byline", a.byline()).put("passage", a.id());
      }
    }
    return o.toString();
  }
}
