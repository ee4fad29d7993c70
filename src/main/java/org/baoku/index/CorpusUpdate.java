package org.baoku.index;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;

/**
 * Brings an index in line with a corpus directory, file by file: files the index does not hold
 * are added, files whose content hash changed are read again, files gone are removed, and the
 * rest are not read, cut or embedded. {@code pages.tsv} can change the imprint of any page, so its
 * hash is part of every file's: a changed table reads every file again.
 *
 * <p>Checkpoints are committed as the update goes ({@link Commits}): a crash loses at most the
 * work since the last one, and the next run starts where it stopped. Readers see the update only
 * at its last commit, the complete one.
 */
final class CorpusUpdate {

  private static final String TABLE = "pages.tsv";

  private CorpusUpdate() {}

  /**
   * Updates the index in {@code indexDir} (created when empty) to the corpus in {@code corpusDir}.
   *
   * @param full whether this is a complete rebuild (then merged into one segment at the end)
   * @param checkpoint how often to commit a checkpoint while files are being written
   */
  static UpdateReport run(Path corpusDir, Path indexDir, boolean full, Progress progress,
      Duration checkpoint) {
    long t0 = System.nanoTime();
    Corpus.Reader corpus = Corpus.open(corpusDir);
    Map<String, String> hashes = new TreeMap<>();
    for (String file : corpus.inputs()) {
      hashes.put(file, Fingerprint.ofFile(corpusDir.resolve(file)));
    }
    String table = hashes.getOrDefault(TABLE, "none");
    String fingerprint = Fingerprint.ofFiles(hashes);
    try (PassageWriter w = PassageWriter.open(indexDir)) {
      Map<String, IndexSchema.SourceRecord> have = w.sources();
      Map<String, IndexSchema.SourceRecord> now = new TreeMap<>(have);
      List<String> removed = have.keySet().stream().filter(f -> !hashes.containsKey(f)).toList();
      List<String> work = new ArrayList<>();
      int added = 0;
      for (String file : hashes.keySet()) {
        IndexSchema.SourceRecord r = have.get(file);
        if (r == null) {
          added += file.equals(TABLE) ? 0 : 1;
          work.add(file);
        } else if (!r.hash().equals(hash(file, hashes.get(file), table))) {
          work.add(file);
        }
      }
      int changed = (int) work.stream().filter(f -> !f.equals(TABLE)).count() - added;
      Manifest before = Manifest.newest(indexDir);
      if (work.isEmpty() && removed.isEmpty() && before != null && before.complete()
          && before.fingerprint().equals(fingerprint)) {
        return report(before, 0, 0, 0, 0, t0, full);
      }
      String phase = "更新索引 / updating the index: " + added + " new, " + changed + " changed, "
          + removed.size() + " removed files";
      int total = work.size() + removed.size();
      progress.update(phase, 0, total);
      long lastCommit = System.nanoTime();
      int done = 0;
      for (String file : removed) {
        w.delete(file);
        now.remove(file);
        progress.update(phase, ++done, total);
      }
      for (String file : work) {
        String hash = hash(file, hashes.get(file), table);
        if (file.equals(TABLE)) {
          IndexSchema.SourceRecord r = new IndexSchema.SourceRecord(file, hash, 0, 0, 0, List.of());
          w.put(r, List.of(), List.of(), List.of());
          now.put(file, r);
        } else {
          Corpus.Source s = corpus.read(file);
          List<Passage> passages = new ArrayList<>();
          List<ArticleKind> kinds = new ArrayList<>();
          for (Article a : s.articles()) {
            for (Passage p : Chunker.chunk(a)) {
              passages.add(p);
              kinds.add(a.kind());
            }
          }
          IndexSchema.SourceRecord r = new IndexSchema.SourceRecord(file, hash, s.pages().size(),
              s.articles().size(), passages.size(), s.problems());
          w.put(r, s.articles(), passages, kinds);
          now.put(file, r);
        }
        done++;
        if (System.nanoTime() - lastCommit >= checkpoint.toNanos() && done < total) {
          w.commit(manifest(now, "checkpoint", corpus, 0, false));
          lastCommit = System.nanoTime();
        }
        progress.update(phase, done, total);
      }
      if (full) {
        w.forceMerge();
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      Manifest m = manifest(now, fingerprint, corpus, millis, true);
      w.commit(m);
      return report(m, added, changed, (int) removed.stream().filter(f -> !f.equals(TABLE)).count(),
          w.embedded(), t0, full);
    }
  }

  /**
   * The hash a file's record keeps: its content's and the page table's, since a row of {@code
   * pages.tsv} changes the imprints of the pages it names.
   */
  private static String hash(String file, String content, String table) {
    return file.equals(TABLE) ? content : content + "+" + table;
  }

  private static Manifest manifest(Map<String, IndexSchema.SourceRecord> records, String fingerprint,
      Corpus.Reader corpus, long millis, boolean complete) {
    int pages = 0;
    int articles = 0;
    int passages = 0;
    List<String> problems = new ArrayList<>(corpus.problems());
    for (IndexSchema.SourceRecord r : records.values()) {
      pages += r.pages();
      articles += r.articles();
      passages += r.passages();
      problems.addAll(r.problems());
    }
    return new Manifest(IndexSchema.SCHEMA, Embedder.MODEL_NAME, Corpus.INGEST_VERSION, fingerprint,
        pages, articles, passages, Instant.now(), millis, corpus.rowProblems(problems), complete);
  }

  private static UpdateReport report(Manifest m, int added, int changed, int removed, int embedded,
      long t0, boolean full) {
    return new UpdateReport(m.pages(), m.articles(), m.passages(), added, changed, removed, embedded,
        (System.nanoTime() - t0) / 1e9, full, m);
  }
}
