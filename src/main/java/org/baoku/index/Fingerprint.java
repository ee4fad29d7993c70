package org.baoku.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;

/** SHA-256 of an index's input, so an index knows when its input changed. */
public final class Fingerprint {

  private Fingerprint() {}

  /**
   * Hash of the paths and contents of every file ingest reads ({@link Corpus#inputs}: pages,
   * records, PDFs and {@code pages.tsv}, in every folder) and of {@link Corpus#INGEST_VERSION}: the
   * same files cut by changed ingest rules are another input. Other files do not count. Equal to
   * {@link #ofFiles} of the {@link #ofFile} of each input, which an index keeps per file.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static String ofCorpus(Path dir) {
    Map<String, String> files = new TreeMap<>();
    for (String file : Corpus.inputs(dir)) {
      files.put(file, ofFile(dir.resolve(file)));
    }
    return ofFiles(files);
  }

  /** Hash of {@link Corpus#INGEST_VERSION} and each file name with its {@link #ofFile} hash. */
  public static String ofFiles(Map<String, String> hashes) {
    MessageDigest sha = sha256();
    sha.update(("ingest " + Corpus.INGEST_VERSION + "\0").getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, String> e : new TreeMap<>(hashes).entrySet()) {
      sha.update((e.getKey() + "\0" + e.getValue() + "\0").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * SHA-256 of the bytes of {@code file}; an unreadable file hashes its error, so it is read again
   * once it can be.
   */
  public static String ofFile(Path file) {
    MessageDigest sha = sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    } catch (IOException e) {
      return "unreadable " + e.getClass().getSimpleName();
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Hash of every field of the passages, in order. */
  public static String ofPassages(List<Passage> passages) {
    MessageDigest sha = sha256();
    for (Passage p : passages) {
      sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
