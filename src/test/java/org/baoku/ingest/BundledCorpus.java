package org.baoku.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real pages in {@code corpus/}, read once for all ingest tests. */
final class BundledCorpus {

  static final Path DIR = Path.of("corpus");

  static final Corpus.Report REPORT = Corpus.read(DIR);

  static final String P000 = "000_ed11b46ae6fabb4b.txt";
  static final String P001 = "001_4d03d5de249df60b.txt";
  static final String P002 = "002_f615af97c7c32ce3.txt";
  static final String P003 = "003_c216c7e9666c2770.txt";
  static final String P004 = "004_ac00ce001fa2d675.txt";

  private BundledCorpus() {}

  static List<Article> page(String id) {
    return REPORT.articles().stream().filter(a -> a.page().equals(id)).toList();
  }

  static List<Article> of(String id, ArticleKind kind) {
    return page(id).stream().filter(a -> a.kind() == kind).toList();
  }

  /** The one article on page {@code id} whose headline is {@code headline}. */
  static Article headed(String id, String headline) {
    List<Article> found = page(id).stream().filter(a -> a.headline().equals(headline)).toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " articles headed " + headline + " on " + id);
    }
    return found.get(0);
  }

  static String raw(String id) {
    try {
      return Files.readString(DIR.resolve(id), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
