package org.baoku.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a corpus directory and everything under it, in path order so runs are deterministic:
 * <ul>
 *   <li>{@code *.txt}: one page of UTF-8 text, cleaned and cut into articles ({@link Segmenter});
 *   <li>{@code *.pdf}: e-paper pages with a text layer, each PDF page a newspaper page, read in
 *       column order ({@link PdfPages}) and then treated like a text page;
 *   <li>{@code *.jsonl}: article records, taken as given ({@link ArticleRecords});
 *   <li>{@code pages.tsv} at the root: what the paths do not say ({@link PagesTsv}).
 * </ul>
 * Hidden files and folders (a name starting with a dot) are not read, nor is any other file.
 *
 * <p>A page's id is its path under the root with {@code /}, for example {@code
 * 人民日报/2020-03-15/05.txt}; the page {@code N} of a PDF of several pages is {@code FILE#N}. Its
 * imprint is what the path says ({@link PathImprint}), overridden by the file's row in {@code
 * pages.tsv}. A record's imprint is its own fields, wherever its file sits: the path is not read
 * for it, and only the file's {@code pages.tsv} row fills what a record leaves out. A one-page PDF takes its page number from its name, like a text file; the pages of a
 * longer PDF are numbered from 1, or from the {@code page} of the file's row, and a row {@code
 * FILE#N} sets page {@code N} alone.
 *
 * <p>Returns a report rather than throwing on a bad input: what cannot be read, or is read only in
 * part, is named in {@link Report#problems()} as {@code FILE[:LINE]: what is wrong}, and the rest
 * goes on.
 */
public final class Corpus {

  /**
   * Version of the reading, cleaning, segmentation and chunking rules. Bump it with any change that
   * can alter pages, imprints, articles or passages: an index built under another version is
   * rebuilt on next use.
   */
  public static final int INGEST_VERSION = 2;

  private Corpus() {}

  /** What ingesting a directory produced. */
  public record Report(List<Page> pages, List<Article> articles, List<String> problems) {
    public Report {
      pages = List.copyOf(pages);
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Every file ingest reads under {@code dir}, as paths under it with {@code /}, in the order it
   * reads them ({@code pages.tsv} included): what an index's freshness depends on.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static List<String> inputs(Path dir) {
    List<String> files = new ArrayList<>(list(dir).value());
    if (Files.isRegularFile(dir.resolve(PagesTsv.NAME))) {
      files.add(0, PagesTsv.NAME);
    }
    return files;
  }

  /**
   * Reads, cleans and segments every page and record under {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} is not a readable directory
   */
  public static Report read(Path dir) {
    Reader reader = open(dir);
    List<Page> pages = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String file : reader.files()) {
      Source s = reader.read(file);
      pages.addAll(s.pages());
      articles.addAll(s.articles());
      problems.addAll(s.problems());
    }
    List<String> all = new ArrayList<>(reader.problems());
    all.addAll(problems);
    return new Report(pages, articles, reader.rowProblems(all));
  }

  /**
   * What one input file produced: its pages, their articles, and what could not be read. An
   * index updates itself file by file, so a file is the unit that is added, changed or removed.
   */
  public record Source(String file, List<Page> pages, List<Article> articles, List<String> problems) {
    public Source {
      pages = List.copyOf(pages);
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }
  }

  /**
   * Lists the files of {@code dir} and reads its {@code pages.tsv}, without reading any page.
   *
   * @throws IllegalArgumentException when {@code dir} is not a readable directory
   */
  public static Reader open(Path dir) {
    return new Reader(dir);
  }

  /**
   * A corpus directory listed once, whose files are then read one at a time ({@link #read}), so a
   * caller holds one file's pages at a time and can skip the files it already has.
   */
  public static final class Reader {
    private final Path dir;
    private final Reading<List<String>> files;
    private final Reading<Map<String, PagesTsv.Row>> manifest;
    private final Set<String> used = new HashSet<>();
    private final Set<String> read = new HashSet<>();

    private Reader(Path dir) {
      this.files = list(dir);
      this.dir = dir;
      this.manifest = PagesTsv.read(dir);
    }

    /** The page and record files in path order ({@code pages.tsv} not included). */
    public List<String> files() {
      return files.value();
    }

    /** Every file ingest reads: {@code pages.tsv} when there is one, then {@link #files()}. */
    public List<String> inputs() {
      List<String> out = new ArrayList<>(files.value());
      if (Files.isRegularFile(dir.resolve(PagesTsv.NAME))) {
        out.add(0, PagesTsv.NAME);
      }
      return out;
    }

    /** What listing the tree and reading {@code pages.tsv} found wrong. */
    public List<String> problems() {
      List<String> out = new ArrayList<>(manifest.problems());
      out.addAll(files.problems());
      return out;
    }

    /**
     * {@code problems} followed by a line for each row of {@code pages.tsv} that names no page:
     * exact for the files read; a file not read is taken to use every row that names it.
     */
    public List<String> rowProblems(List<String> problems) {
      List<String> out = new ArrayList<>(problems);
      Set<String> listed = new HashSet<>(files.value());
      manifest.value().forEach((key, row) -> {
        int hash = key.indexOf('#');
        String file = hash < 0 ? key : key.substring(0, hash);
        boolean assumed = listed.contains(file) && !read.contains(file);
        if (!used.contains(key) && !assumed) {
          out.add(PagesTsv.NAME + ":" + row.line() + ": 语料中没有 " + key + " / no such file or page "
              + "in the corpus: " + key);
        }
      });
      return out;
    }

    /** {@link #problems()} and the rows of {@code pages.tsv} that name no page. */
    public List<String> allProblems() {
      return rowProblems(problems());
    }

    /** Reads, cleans and segments one file of {@link #files()}. */
    public Source read(String key) {
      read.add(key);
      Map<String, PagesTsv.Row> rows = manifest.value();
      List<Page> pages = new ArrayList<>();
      List<Article> articles = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      Path f = dir.resolve(key);
      Reading<Imprint> path = PathImprint.of(key);
      Imprint imprint = path.value();
      PagesTsv.Row row = rows.get(key);
      if (row != null) {
        used.add(key);
      }
      if ((row == null || row.imprint().date() == null) && !extension(key).equals("jsonl")) {
        path.problems().forEach(p -> problems.add(key + ": " + p));
      }
      switch (extension(key)) {
        case "txt" -> {
          Page page = textPage(f, key, row == null ? imprint : imprint.overriddenBy(row.imprint()), problems);
          if (page != null) {
            pages.add(page);
            articles.addAll(Segmenter.segment(page));
          }
        }
        case "jsonl" -> {
          Reading<List<Article>> records = ArticleRecords.read(f, key,
              row == null ? Imprint.NONE : row.imprint());
          problems.addAll(records.problems());
          for (Article a : records.value()) {
            pages.add(new Page(a.page(), a.text(), a.imprint()));
            articles.add(a);
          }
        }
        default -> {
          Reading<List<String>> pdf = PdfPages.read(f, key);
          problems.addAll(pdf.problems());
          List<String> texts = pdf.value();
          for (int i = 0; i < texts.size(); i++) {
            String id = texts.size() == 1 ? key : key + "#" + (i + 1);
            PagesTsv.Row own = rows.get(key + "#" + (i + 1));
            if (own != null) {
              used.add(key + "#" + (i + 1));
            }
            if (texts.get(i).isBlank()) {
              continue;
            }
            Page page = new Page(id, texts.get(i), pdfImprint(imprint, row, own, i + 1, texts.size()));
            pages.add(page);
            articles.addAll(Segmenter.segment(page));
          }
        }
      }
      return new Source(key, pages, articles, problems);
    }
  }

  /**
   * The imprint of page {@code no} of {@code count} of a PDF: the path's (its page number only for
   * a one-page file), the file's row (its page number that of the first page), the page's row.
   */
  private static Imprint pdfImprint(Imprint path, PagesTsv.Row file, PagesTsv.Row page, int no,
      int count) {
    Imprint imprint = count == 1 ? path
        : new Imprint(path.paper(), path.date(), no, path.section());
    if (file != null) {
      Imprint f = file.imprint();
      imprint = imprint.overriddenBy(count == 1 || f.pageNo() == null ? f
          : new Imprint(f.paper(), f.date(), f.pageNo() + no - 1, f.section()));
    }
    return page == null ? imprint : imprint.overriddenBy(page.imprint());
  }

  private static Page textPage(Path f, String key, Imprint imprint, List<String> problems) {
    try {
      return new Page(key, Files.readString(f, StandardCharsets.UTF_8), imprint);
    } catch (CharacterCodingException e) {
      problems.add(key + ": 不是 UTF-8 文本，已跳过 / not UTF-8 text, skipped");
    } catch (IOException e) {
      problems.add(key + ": 无法读取，已跳过 / cannot be read, skipped (" + e.getClass().getSimpleName()
          + ")");
    }
    return null;
  }

  /** The input files under {@code dir} in path order, and the folders that could not be listed. */
  private static Reading<List<String>> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("corpus directory not found: " + dir);
    }
    List<String> files = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              String key = key(dir, f);
              if (attrs.isRegularFile() && !hidden(f) && isInput(key)) {
                files.add(key);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              problems.add(key(dir, f) + ": 无法读取，已跳过 / cannot be read, skipped ("
                  + e.getClass().getSimpleName() + ")");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus directory " + dir, e);
    }
    files.sort(null);
    return new Reading<>(files, problems);
  }

  private static boolean isInput(String key) {
    return switch (extension(key)) {
      case "txt", "jsonl", "pdf" -> true;
      default -> false;
    };
  }

  private static String extension(String key) {
    String name = key.substring(key.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean hidden(Path p) {
    return p.getFileName() != null && p.getFileName().toString().startsWith(".");
  }

  private static String key(Path dir, Path f) {
    return dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
  }
}
