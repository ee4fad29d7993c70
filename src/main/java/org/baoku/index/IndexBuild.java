package org.baoku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriterConfig;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * Whole indexes written at once from a list of passages of no input file: the evaluation's other
 * collections (SQuAD paragraphs), text-only indexes for citation lookup, and {@code baoku bench
 * --scale}'s archives of a million passages with stand-in vectors. Each writes through a {@link
 * PassageWriter}, merges a new index to one segment and commits a complete {@link Manifest} it
 * counts itself. The archive's own index is written file by file through {@link IndexHome}.
 */
public final class IndexBuild {

  /** A text-only index names this model in its manifest. */
  public static final String TEXT_ONLY_MODEL = "none (text only)";
  /** Passages a {@link #build} hands over at a time, and between two progress reports. */
  private static final int BUILD_BATCH = 32;

  private IndexBuild() {}

  /**
   * Indexes {@code passages} (all of kind article) into a new index in {@code dir}, replacing any
   * index there (one of an older schema too): the indexes of other collections (the evaluation's
   * SQuAD paragraphs). The archive's own index is written through {@link IndexHome}.
   */
  public static Manifest build(List<Passage> passages, Path dir, Progress progress) {
    return build(passages, dir, progress, true);
  }

  /**
   * Like {@link #build(List, Path, Progress)} but without vectors: every text field is the same,
   * kNN search finds nothing and no sentence vectors are stored, so only lookups that read no
   * vectors work on it ({@link PassageSearcher#sharingGrams}). {@code baoku bench} measures
   * citation lookup on such an index of 100k passages, which would take hours to embed here.
   */
  public static Manifest buildTextOnly(List<Passage> passages, Path dir, Progress progress) {
    return build(passages, dir, progress, false);
  }

  private static Manifest build(List<Passage> passages, Path dir, Progress progress, boolean embed) {
    long t0 = System.nanoTime();
    Set<String> pages = new HashSet<>();
    Set<String> articles = new HashSet<>();
    for (Passage p : passages) {
      pages.add(p.page());
      articles.add(p.articleKey());
    }
    try (PassageWriter w = PassageWriter.open(dir, embed, IndexWriterConfig.OpenMode.CREATE)) {
      String phase = "建索引 / indexing " + passages.size() + " passages";
      progress.update(phase, 0, passages.size());
      for (int from = 0; from < passages.size(); from += BUILD_BATCH) {
        List<Passage> batch = passages.subList(from, Math.min(passages.size(), from + BUILD_BATCH));
        w.put(null, List.of(), batch, batch.stream().map(p -> ArticleKind.ARTICLE).toList());
        progress.update(phase, w.passagesWritten(), passages.size());
      }
      w.flush();
      progress.update(phase, w.passagesWritten(), passages.size());
      Manifest m = new Manifest(IndexSchema.SCHEMA, embed ? Embedder.MODEL_NAME : TEXT_ONLY_MODEL,
          Corpus.INGEST_VERSION, Fingerprint.ofPassages(passages), pages.size(), articles.size(),
          passages.size(), Instant.now(), (System.nanoTime() - t0) / 1_000_000, List.of(), true);
      w.forceMerge();
      w.commit(m);
      return m;
    }
  }

  /**
   * Writes {@code passages} (all of kind article, of no input file) as {@link #build} does, but
   * with their vectors and their sentences' vectors from {@code vectors} (texts in, one unit vector
   * of {@link Embedder#DIMENSIONS} each out, in order), reading the passages {@value #BUILD_BATCH}
   * at a time: {@code baoku bench --scale} builds archives of a million passages with a cheap
   * stand-in, whose name {@code template} records, since embedding them here would take hours. The
   * documents are those of {@link IndexSchema}, so the vectors are stored as a build stores them
   * ({@link VectorStore}: int8 passage vectors, 4-bit sentence vectors). Into a new index it merges
   * to one segment, as a build does; with {@code append} it adds to the complete index in {@code
   * dir} without merging (the cost of adding pages to a served index). Either way it commits a
   * complete manifest, so {@link PassageSearcher#reopen} sees the new passages. The manifest counts
   * pages and articles as runs of passages (the passages of one page must come together), added to
   * the old index's counts with {@code append}; schema, model, ingest and fingerprint come from
   * {@code template}.
   */
  public static Manifest write(Iterator<Passage> passages, Manifest template, Path dir,
      Function<List<String>, List<float[]>> vectors, boolean append) {
    long t0 = System.nanoTime();
    Manifest before = append ? Manifest.read(dir) : null;
    if (append && before == null) {
      throw new IllegalStateException("no complete index in " + dir);
    }
    int pages = 0;
    int articles = 0;
    int written = 0;
    Passage last = null;
    try (PassageWriter w = PassageWriter.open(dir, false,
        append ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE)) {
      List<Passage> batch = new ArrayList<>(BUILD_BATCH);
      while (passages.hasNext() || !batch.isEmpty()) {
        if (passages.hasNext() && batch.size() < BUILD_BATCH) {
          Passage p = passages.next();
          boolean newPage = last == null || !last.page().equals(p.page());
          pages += newPage ? 1 : 0;
          articles += newPage || last.article() != p.article() ? 1 : 0;
          written++;
          last = p;
          batch.add(p);
          continue;
        }
        List<String> texts = new ArrayList<>();
        List<Integer> counts = new ArrayList<>(batch.size());
        batch.forEach(p -> texts.add(PassageWriter.embeddingText(p)));
        for (Passage p : batch) {
          List<Sentences.Span> spans = Sentences.split(PassageWriter.embeddingText(p));
          spans.forEach(sp -> texts.add(sp.text()));
          counts.add(spans.size());
        }
        List<float[]> v = vectors.apply(texts);
        List<Document> docs = new ArrayList<>(batch.size());
        int next = batch.size();
        for (int i = 0; i < batch.size(); i++) {
          int n = counts.get(i);
          docs.add(IndexSchema.passage(PassageWriter.NO_FILE, batch.get(i), ArticleKind.ARTICLE, v.get(i),
              v.subList(next, next + n)));
          next += n;
        }
        w.add(docs);
        batch.clear();
      }
      Manifest m = new Manifest(template.schema(), template.model(), template.ingest(),
          template.fingerprint(), pages + (before == null ? 0 : before.pages()),
          articles + (before == null ? 0 : before.articles()),
          written + (before == null ? 0 : before.passages()), Instant.now(),
          (System.nanoTime() - t0) / 1_000_000, template.problems(), true);
      if (!append) {
        w.forceMerge();
      }
      w.commit(m);
      return m;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
  }
}
