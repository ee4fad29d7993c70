package org.baoku.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * The write side of an index: one Lucene {@link IndexWriter} that replaces and deletes the
 * documents of whole input files, embedding passages and their sentences in batches, and commits
 * with the {@link Manifest} in the commit's user data. Nothing written is seen by readers before
 * a {@link #commit} that says it is complete; closing without one keeps only what was committed.
 *
 * <p>Documents keep the order they are written in (log merges only merge adjacent segments), so a
 * fresh build lists passages in input order and ties can be broken by doc id.
 */
public final class PassageWriter implements Closeable {

  /** A text-only index names this model in its manifest. */
  public static final String TEXT_ONLY_MODEL = "none (text only)";
  /** Texts embedded per call: larger batches did not embed faster on 2 cores. */
  private static final int EMBED_BATCH = 32;
  /** The source of passages given without files (evaluation collections): no record document. */
  private static final String NO_FILE = "";

  /** One file's documents waiting for their vectors. */
  private record Pending(IndexSchema.SourceRecord record, List<Article> articles, List<Passage> passages,
      List<ArticleKind> kinds) {}

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final Embedder embedder;
  private final List<Pending> pending = new ArrayList<>();
  private int pendingPassages;
  private int embedded;
  private int written;

  private PassageWriter(Path dir, boolean embed) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir.resolve(Manifest.LUCENE_DIR));
    IndexWriterConfig c = new IndexWriterConfig(IndexSchema.analyzer());
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setMergePolicy(new LogByteSizeMergePolicy());
    c.setIndexDeletionPolicy(Commits.policy());
    c.setCommitOnClose(false);
    c.setRAMBufferSizeMB(128);
    try {
      this.writer = new IndexWriter(directory, c);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw e;
    }
    this.embedder = embed ? Embedder.shared() : null;
  }

  /**
   * Opens the index in {@code dir} for writing, created when there is none, going on from its
   * newest commit (complete or a checkpoint).
   *
   * @throws UncheckedIOException when the index cannot be written, or another process writes it
   */
  public static PassageWriter open(Path dir) {
    return open(dir, true);
  }

  private static PassageWriter open(Path dir, boolean embed) {
    try {
      return new PassageWriter(dir, embed);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new UncheckedIOException("another process is updating the index in " + dir, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
  }

  /**
   * Indexes {@code passages} (all of kind article) into {@code dir}, which must not exist or be
   * empty: the indexes of other collections (the evaluation's SQuAD paragraphs). The archive's
   * own index is written through {@link IndexHome}.
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
      articles.add(p.page() + "#" + p.article());
    }
    try (PassageWriter w = open(dir, embed)) {
      String phase = "建索引 / indexing " + passages.size() + " passages";
      progress.update(phase, 0, passages.size());
      for (int from = 0; from < passages.size(); from += EMBED_BATCH) {
        List<Passage> batch = passages.subList(from, Math.min(passages.size(), from + EMBED_BATCH));
        w.put(null, List.of(), batch, batch.stream().map(p -> ArticleKind.ARTICLE).toList());
        w.flush();
        progress.update(phase, from + batch.size(), passages.size());
      }
      Manifest m = new Manifest(IndexSchema.SCHEMA, embed ? Embedder.MODEL_NAME : TEXT_ONLY_MODEL,
          Corpus.INGEST_VERSION, Fingerprint.ofPassages(passages), pages.size(), articles.size(),
          passages.size(), Instant.now(), (System.nanoTime() - t0) / 1_000_000, List.of(), true);
      w.forceMerge();
      w.commit(m);
      return m;
    }
  }

  /** The records of the input files in the newest commit, uncommitted changes included. */
  public Map<String, IndexSchema.SourceRecord> sources() {
    flush();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return PassageSearcher.sources(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces every document of {@code record}'s file (null: passages of no file) by its passages
   * and its record; the passages are embedded once enough are waiting to fill a batch.
   *
   * @param kinds the kind of the article of each passage
   */
  public void put(IndexSchema.SourceRecord record, List<Article> articles, List<Passage> passages,
      List<ArticleKind> kinds) {
    pending.add(new Pending(record, List.copyOf(articles), List.copyOf(passages), List.copyOf(kinds)));
    pendingPassages += passages.size();
    if (pendingPassages >= EMBED_BATCH) {
      flush();
    }
  }

  /** Deletes every document of {@code file}. */
  public void delete(String file) {
    flush();
    try {
      writer.deleteDocuments(Queries.source(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
  }

  /** Files whose documents went to the writer so far (not yet committed, perhaps). */
  public int written() {
    return written;
  }

  /** Passages embedded so far. */
  public int embedded() {
    return embedded;
  }

  /** Embeds what is waiting and hands each file's documents to Lucene, one atomic block a file. */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    List<Passage> all = new ArrayList<>(pendingPassages);
    pending.forEach(p -> all.addAll(p.passages()));
    List<float[]> vectors = new ArrayList<>(all.size());
    List<List<float[]>> sentences = new ArrayList<>(all.size());
    if (embedder != null) {
      for (int from = 0; from < all.size(); from += EMBED_BATCH) {
        List<Passage> batch = all.subList(from, Math.min(all.size(), from + EMBED_BATCH));
        embed(batch, vectors, sentences);
      }
      embedded += all.size();
    }
    try {
      int at = 0;
      for (Pending p : pending) {
        List<Document> docs = new ArrayList<>(p.passages().size() + 1);
        String source = p.record() == null ? NO_FILE : p.record().file();
        for (int i = 0; i < p.passages().size(); i++, at++) {
          docs.add(IndexSchema.passage(source, p.passages().get(i), p.kinds().get(i),
              embedder == null ? null : vectors.get(at), embedder == null ? List.of() : sentences.get(at)));
        }
        if (p.record() == null) {
          writer.addDocuments(docs);
        } else {
          docs.add(IndexSchema.record(p.record(), p.articles()));
          writer.updateDocuments(Queries.source(source), docs);
          written++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
    pending.clear();
    pendingPassages = 0;
  }

  /** Embeds each passage of {@code batch} and its sentences into {@code vectors} and {@code sentences}. */
  private void embed(List<Passage> batch, List<float[]> vectors, List<List<float[]>> sentences) {
    vectors.addAll(embedder.embedAll(batch.stream().map(PassageWriter::embeddingText).toList()));
    List<String> texts = new ArrayList<>();
    int[] counts = new int[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      List<Sentences.Span> spans = Sentences.split(batch.get(i).text());
      counts[i] = spans.size();
      spans.forEach(span -> texts.add(span.text()));
    }
    List<float[]> all = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
    int next = 0;
    for (int count : counts) {
      sentences.add(all.subList(next, next + count));
      next += count;
    }
  }

  /**
   * What the vector represents: the passage text alone. Prefixing the headline made dense-only
   * retrieval worse on seed-dev (R@5 0.810 with it, 0.905 without; 88 passages, 21 questions):
   * one headline shared by all passages of an article pulls their vectors together.
   */
  static String embeddingText(Passage p) {
    return p.text();
  }

  /** Merges into one segment: a fresh build is then read as fast as it can be. */
  void forceMerge() {
    flush();
    try {
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
  }

  /**
   * Writes everything so far and {@code manifest} as one atomic Lucene commit: after a crash the
   * index is as of the last commit, and when {@code manifest} is {@link Manifest#complete} readers
   * see it on their next open.
   */
  public void commit(Manifest manifest) {
    flush();
    try {
      writer.setLiveCommitData(manifest.userData().entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
  }

  /** Closes the writer; what was not committed is dropped. */
  @Override
  public void close() {
    try {
      writer.rollback();
    } catch (IOException e) {
      // Rolling back only drops uncommitted work; the committed index is intact.
    } finally {
      IOUtils.closeWhileHandlingException(directory);
    }
  }
}
