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
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;

/** SHA-256 of an index's input, so an index knows when its input changed. */
public final class Fingerprint {

  private Fingerprint() {}

  /**
   * Hash of the paths and contents of every file ingest reads ({@link Corpus#inputs}: pages,
   * records, PDFs and {@code pages.tsv}, in every folder) and of {@link Corpus#INGEST_VERSION}: the
   * same files cut by changed ingest rules are another input. Other files do not count.
   *
   * @throws IllegalArgumentException when {@code dir} is not a directory
   */
  public static String ofCorpus(Path dir) {
    MessageDigest sha = sha256();
    sha.update(("ingest " + Corpus.INGEST_VERSION + "\0").getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[1 << 16];
    for (String file : Corpus.inputs(dir)) {
      sha.update(file.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      try (InputStream in = Files.newInputStream(dir.resolve(file))) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          sha.update(buffer, 0, n);
        }
      } catch (IOException e) {
        sha.update(("unreadable " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
      }
      sha.update((byte) 0);
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
