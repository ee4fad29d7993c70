package org.baoku.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a corpus directory: every {@code *.txt} file is one page, read in file-name order so runs
 * are deterministic. Returns a report rather than throwing on a bad file: a file that is not UTF-8
 * or cannot be read is named in {@link Report#problems()} and skipped, the others go on; an empty
 * page gives no articles.
 */
public final class Corpus {

  /**
   * Version of the cleaning, segmentation and chunking rules. Bump it with any change that can
   * alter articles or passages: an index built under another version is rebuilt on next use.
   */
  public static final int INGEST_VERSION = 1;

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
   * Reads, cleans and segments every page of {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} is not a readable directory
   */
  public static Report read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("corpus directory not found: " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Page> pages = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        problems.add(f.getFileName() + ": 不是 UTF-8 文本，已跳过 / not UTF-8 text, skipped");
        continue;
      } catch (IOException e) {
        problems.add(f.getFileName() + ": 无法读取，已跳过 / cannot be read, skipped ("
            + e.getClass().getSimpleName() + ")");
        continue;
      }
      Page page = new Page(f.getFileName().toString(), text);
      pages.add(page);
      articles.addAll(Segmenter.segment(page));
    }
    return new Report(pages, articles, problems);
  }
}
