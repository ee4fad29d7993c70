package org.baoku.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a corpus directory: every {@code *.txt} file is one page, read in file-name order so runs
 * are deterministic. Returns a report rather than throwing on a bad file.
 */
public final class Corpus {

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
      } catch (IOException | UncheckedIOException e) {
        problems.add(f.getFileName() + ": cannot read as UTF-8 text (" + e.getMessage() + ")");
        continue;
      }
      Page page = new Page(f.getFileName().toString(), text);
      pages.add(page);
      articles.addAll(Segmenter.segment(page));
    }
    return new Report(pages, articles, problems);
  }
}
