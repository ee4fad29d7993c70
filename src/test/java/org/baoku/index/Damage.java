package org.baoku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Damages a copy of an index the way a failing disk does, for tests: never the shared test index,
 * always a copy made by {@link #copy}.
 */
public final class Damage {

  private Damage() {}

  /** Copies the index directory {@code from} (its {@code CURRENT} and builds) to {@code to}. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Commits the live index again with its manifest rewritten by {@code edit} (the JSON text), as
   * an index made by another schema, model or ingest version would have it.
   */
  public static void rewriteManifest(Path indexDir, java.util.function.UnaryOperator<String> edit) {
    Path lucene = new IndexHome(indexDir).live().orElseThrow().resolve("lucene");
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(lucene);
        org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
            new org.apache.lucene.index.IndexWriterConfig(IndexSchema.analyzer())
                .setIndexDeletionPolicy(Commits.policy()))) {
      java.util.Map<String, String> data = new java.util.HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put(Manifest.KEY, edit.apply(data.get(Manifest.KEY)));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The biggest file of the live build's Lucene files whose name ends with {@code suffix}. */
  public static Path biggest(Path indexDir, String suffix) {
    Path lucene = new IndexHome(indexDir).live().orElseThrow().resolve("lucene");
    try (Stream<Path> s = Files.list(lucene)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix))
          .max(Comparator.comparingLong(Damage::size))
          .orElseThrow(() -> new IllegalStateException("no *" + suffix + " in " + lucene));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Overwrites {@code n} bytes in the middle of {@code file} with seeded garbage; same length. */
  public static void garbage(Path file, int n) {
    byte[] junk = new byte[n];
    new Random(11).nextBytes(junk);
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.write(ByteBuffer.wrap(junk), (c.size() - n) / 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cuts {@code file} to half its length, as a crash or a full disk during a copy does. */
  public static void truncate(Path file) {
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.truncate(c.size() / 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
