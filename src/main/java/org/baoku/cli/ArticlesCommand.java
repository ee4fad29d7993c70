package org.baoku.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Sentences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baoku articles}: shows how the corpus pages were cut into articles, with each article's
 * paper, date and page number, so a reader can check the segmentation and the imprints against the
 * paper. A table for the terminal, or one JSON object a line; what could not be read goes to stderr,
 * {@code 问题 / problem: FILE[:LINE]: what is wrong}, one line each.
 */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = {
      "列出语料中每版切分出的文章（标题、署名、类型、字数、首句）。",
      "Lists the articles each corpus page was cut into."
    })
final class ArticlesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      defaultValue = "${env:BAOKU_CORPUS:-corpus}",
      description = "语料目录（*.txt 版面、*.jsonl 记录、*.pdf 版面，可分子目录）/ corpus directory of pages, records and PDFs (env BAOKU_CORPUS, default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--json", description = "每行输出一个 JSON 对象 / one JSON object a line")
  boolean json;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Integer call() throws JsonProcessingException {
    Path dir = corpusDir(corpus);
    Corpus.Report report = Corpus.read(dir);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (String problem : report.problems()) {
      err.println("问题 / problem: " + problem);
    }
    if (json) {
      for (Article a : report.articles()) {
        out.println(JSON.writeValueAsString(toJson(a)));
      }
    } else {
      printTable(report, out);
    }
    out.flush();
    err.flush();
    return 0;
  }

  /**
   * The corpus directory, which must exist.
   *
   * @throws UserException when it is not a directory
   */
  private static Path corpusDir(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserException("找不到语料目录 " + dir + "（用 --corpus 或 BAOKU_CORPUS 指定）"
          + " / corpus directory not found: " + dir);
    }
    return dir;
  }

  private static Map<String, Object> toJson(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("page", a.page());
    m.put("paper", a.imprint().paper());
    m.put("date", a.imprint().isoDate());
    m.put("page_no", a.imprint().pageNo());
    m.put("section", a.imprint().section());
    m.put("ordinal", a.ordinal());
    m.put("kind", a.kind().label());
    m.put("headline", a.headline());
    m.put("titles", a.titles());
    m.put("byline", a.byline());
    m.put("chars", a.text().length());
    m.put("paragraphs", a.paragraphs());
    m.put("text", a.text());
    return m;
  }

  private static void printTable(Corpus.Report report, PrintWriter out) {
    String[] head = {"页 page", "报纸 日期 版次 paper date page", "#", "类型 kind", "标题 headline",
        "署名 byline", "正文字数", "首句 first sentence"};
    int[] widths = {20, 30, 3, 9, 40, 28, 8, 44};
    out.println(row(head, widths));
    for (Article a : report.articles()) {
      String[] cells = {
        a.page().replaceFirst("\\.txt$", ""),
        a.imprint().knowsNothing() ? "—" : a.imprint().label(),
        String.valueOf(a.ordinal()),
        a.kind().label(),
        a.headline(),
        a.byline(),
        String.valueOf(a.body().length()),
        Sentences.first(a.body())
      };
      out.println(row(cells, widths));
    }
    Map<ArticleKind, Integer> kinds = new EnumMap<>(ArticleKind.class);
    for (Article a : report.articles()) {
      kinds.merge(a.kind(), 1, Integer::sum);
    }
    StringBuilder summary = new StringBuilder();
    summary.append(report.pages().size()).append(" 版 pages");
    for (ArticleKind k : ArticleKind.values()) {
      summary.append(" · ").append(kinds.getOrDefault(k, 0)).append(' ').append(k.label());
    }
    summary.append(" · ").append(report.problems().size()).append(" 问题 problems");
    out.println(summary);
  }

  /** One table row; cells are cut to their column width, measured in terminal columns. */
  private static String row(String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String cell = fit(cells[i].replace('\n', ' '), widths[i]);
      sb.append(cell);
      if (i + 1 < cells.length) {
        sb.append(" ".repeat(widths[i] - columns(cell) + 2));
      }
    }
    return sb.toString().stripTrailing();
  }

  private static String fit(String s, int width) {
    if (columns(s) <= width) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int w = columns(c);
      if (used + w > width - 1) {
        break;
      }
      sb.appendCodePoint(c);
      used += w;
      i += Character.charCount(c);
    }
    return sb.append('…').toString();
  }

  private static int columns(String s) {
    return s.codePoints().map(ArticlesCommand::columns).sum();
  }

  /** Terminal columns of a code point: East Asian wide and full-width forms take two. */
  private static int columns(int c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    boolean wide = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xff61
        || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA
        || b == Character.UnicodeBlock.HANGUL_SYLLABLES;
    return wide ? 2 : 1;
  }
}
