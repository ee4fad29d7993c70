package org.baoku.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.baoku.index.Progress;

/**
 * One archive of the real bundled corpus per test JVM: embedding its passages takes tens of
 * seconds, so every test class shares this build. Tests must not close it.
 */
public final class RealArchive {

  public static final Path CORPUS = Path.of("corpus");

  private static HybridArchive archive;
  private static Path indexDir;

  private RealArchive() {}

  public static synchronized HybridArchive get() {
    if (archive == null) {
      try {
        indexDir = Files.createTempDirectory("baoku-test-index");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      archive = HybridArchive.open(CORPUS, indexDir, Progress.none());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        archive.close();
        deleteTree(indexDir);
      }));
    }
    return archive;
  }

  /** The index directory of {@link #get()}, for commands run with {@code --index}. */
  public static synchronized Path indexDir() {
    get();
    return indexDir;
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
