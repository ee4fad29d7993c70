package org.baoku.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The checksum check an index passes when it is opened. Lucene reads the small files of a segment
 * (segment and field infos, the formats' metadata) in full and verifies their checksums on open,
 * but of the large ones (stored fields, postings, vectors, the HNSW graph) only each header and
 * the footer's position: 4 KB of garbage inside the vector file opened without a word and changed
 * the hits of 18 of the 26 seed-dev questions.
 * {@link org.apache.lucene.index.LeafReader#checkIntegrity()} reads every file of the segment and
 * compares its CRC32 with the one in its footer.
 *
 * <p>Cost, paid by every command that opens the archive: 2.4 ms for the bundled index (1.3 MB) and
 * 23 ms for the bundled corpus indexed 60 times over (65 MB), about 0.35 ms per MB (medians of 7
 * fresh JVMs on the 2-core development VM, where {@code baoku search} takes 1.8 s in all). {@code
 * baoku index} prints the figure for the index it has just built, lower there (0.15 ms per MB)
 * because the JIT has warmed up.
 *
 * @param bytes size of the index files whose checksums were verified
 * @param nanos how long the check took
 */
public record Integrity(long bytes, long nanos) {

  /**
   * Verifies every file of {@code reader}'s segments.
   *
   * @throws IOException as Lucene reports the first damage found (see {@link
   *     IndexDamagedException#isDamage})
   */
  static Integrity check(DirectoryReader reader) throws IOException {
    long t0 = System.nanoTime();
    for (LeafReaderContext leaf : reader.leaves()) {
      leaf.reader().checkIntegrity();
    }
    long nanos = System.nanoTime() - t0;
    long bytes = 0;
    for (String file : reader.getIndexCommit().getFileNames()) {
      bytes += reader.directory().fileLength(file);
    }
    return new Integrity(bytes, nanos);
  }

  public double megabytes() {
    return bytes / 1e6;
  }

  public double millis() {
    return nanos / 1e6;
  }
}
