package org.baoku.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.baoku.ingest.Passage;

/**
 * The write side of an index: one Lucene {@link IndexWriter} that replaces and deletes the
 * documents of whole input files, and commits with the {@link Manifest} in the commit's user
 * data. Nothing written is seen by readers before a {@link #commit} that says it is complete;
 * closing without one keeps only what was committed.
 *
 * <p>Passages and their sentences are embedded ahead of the writer, on one worker thread per core
 * ({@link Embedder#embedPassages}): {@link #put} queues a file's passages and returns, and the
 * oldest file waiting goes to Lucene (whose analysis then overlaps the embedding of the newer ones)
 * once {@link Embedder.Pipeline#AHEAD} passages of later files wait behind it. A passage's
 * sentences are those of its {@link #embeddingText}, which is its text.
 *
 * <p>Documents keep the order they are written in (log merges only merge adjacent segments), so a
 * fresh build lists passages in input order and ties can be broken by doc id.
 *
 * <p>This class is the writer and its queue; the archive's index is updated file by file through
 * it ({@link CorpusUpdate}), and whole indexes of passages without files are written by {@link
 * IndexBuild}.
 */
public final class PassageWriter implements Closeable {

  /** The source of passages given without files (evaluation collections): no record document. */
  static final String NO_FILE = "";

  /** One file's documents waiting for their vectors. */
  private record Pending(IndexSchema.SourceRecord record, List<Article> articles, List<Passage> passages,
      List<ArticleKind> kinds) {}

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  /** Embeds the waiting passages in order; null for a text-only index. */
  private final Embedder.Pipeline vectors;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private int pendingPassages;
  private int embedded;
  private int written;
  private int passagesWritten;

  private PassageWriter(Path dir, boolean embed, IndexWriterConfig.OpenMode mode) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir.resolve(Manifest.LUCENE_DIR));
    IndexWriterConfig c = new IndexWriterConfig(IndexSchema.analyzer());
    c.setOpenMode(mode);
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
    this.vectors = embed ? Embedder.shared().embedPassages(List.of()) : null;
  }

  /**
   * Opens the index in {@code dir} for writing, created when there is none, going on from its
   * newest commit (complete or a checkpoint).
   *
   * @throws UncheckedIOException when the index cannot be written, or another process writes it
   */
  public static PassageWriter open(Path dir) {
    return open(dir, true, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  /** Opens {@code dir} for writing in {@code mode}, embedding passages unless {@code embed} is false. */
  static PassageWriter open(Path dir, boolean embed, IndexWriterConfig.OpenMode mode) {
    try {
      return new PassageWriter(dir, embed, mode);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new UncheckedIOException("another process is updating the index in " + dir, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
  }

  /** The records of the input files in the newest commit, uncommitted changes included. */
  public Map<String, IndexSchema.SourceRecord> sources() {
    flush();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return PassageReader.sources(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces every document of {@code record}'s file (null: passages of no file) by its passages
   * and its record. The passages start embedding now; the file goes to Lucene once the files
   * queued after it hold enough passages to keep the workers busy meanwhile, or at the next
   * {@link #flush}.
   *
   * @param kinds the kind of the article of each passage
   */
  public void put(IndexSchema.SourceRecord record, List<Article> articles, List<Passage> passages,
      List<ArticleKind> kinds) {
    pending.add(new Pending(record, List.copyOf(articles), List.copyOf(passages), List.copyOf(kinds)));
    pendingPassages += passages.size();
    if (vectors != null) {
      passages.forEach(p -> vectors.add(embeddingText(p)));
    }
    while (pending.size() > 1 && pendingPassages - pending.peek().passages().size() >= Embedder.Pipeline.AHEAD) {
      writeOldest();
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

  /** Passages whose documents went to the writer so far. */
  int passagesWritten() {
    return passagesWritten;
  }

  /**
   * Hands documents that already hold their vectors (of no input file) straight to Lucene, past
   * the queue and the embedding pipeline: {@link IndexBuild#write}'s.
   */
  void add(List<Document> docs) throws IOException {
    writer.addDocuments(docs);
    passagesWritten += docs.size();
  }

  /** Hands every waiting file's documents to Lucene, one atomic block a file. */
  void flush() {
    while (!pending.isEmpty()) {
      writeOldest();
    }
  }

  /** Waits for the vectors of the oldest waiting file and hands its documents to Lucene. */
  private void writeOldest() {
    Pending p = pending.poll();
    pendingPassages -= p.passages().size();
    List<Document> docs = new ArrayList<>(p.passages().size() + 1);
    String source = p.record() == null ? NO_FILE : p.record().file();
    for (int i = 0; i < p.passages().size(); i++) {
      Embedder.PassageVectors v = vectors == null ? null : vectors.next();
      docs.add(IndexSchema.passage(source, p.passages().get(i), p.kinds().get(i),
          v == null ? null : v.passage(), v == null ? List.of() : v.sentences()));
    }
    if (vectors != null) {
      embedded += p.passages().size();
    }
    try {
      if (p.record() == null) {
        writer.addDocuments(docs);
      } else {
        docs.add(IndexSchema.record(p.record(), p.articles()));
        writer.updateDocuments(Queries.source(source), docs);
        written++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
    passagesWritten += p.passages().size();
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
      if (vectors != null) {
        vectors.close();
      }
      IOUtils.closeWhileHandlingException(directory);
    }
  }
}
