package org.baoku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The index directory a user points at ({@code --index}, default {@code index/}): it holds
 * complete builds in subdirectories {@code build-<pid>-<time>-<random>} and a file {@code CURRENT}
 * naming the live one. Nothing else in the directory is touched (the bundled {@code index/} keeps
 * its README).
 *
 * <p>The live index is updated in place, file by file ({@link #update}), through Lucene commits
 * that readers only see once complete. A rebuild (no index yet, another schema, model or ingest
 * rules) is written into a fresh subdirectory and only then made live by atomically renaming a new
 * {@code CURRENT} over the old one, so a crash mid-build never leaves a half index being served; a
 * later rebuild goes on from the checkpoints of an interrupted one, and other orphaned
 * subdirectories are deleted once their process has ended. The home also owns the searchers'
 * lifecycle: {@link #open()} the live one, {@link #retire} a replaced one.
 */
public final class IndexHome {

  private static final String CURRENT = "CURRENT";
  private static final Pattern BUILD = Pattern.compile("build-(\\d+)-\\d+-[0-9a-f]+");

  /** Build directories being written or read in this JVM, with counts: never deleted under them. */
  private static final Map<Path, Integer> IN_USE = new ConcurrentHashMap<>();
  /** Directories replaced by a rebuild, deleted when their last searcher closes. */
  private static final Set<Path> RETIRED = ConcurrentHashMap.newKeySet();

  private final Path root;

  public IndexHome(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The directory of the live complete index, if there is one. */
  public Optional<Path> live() {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path dir = root.resolve(name);
      return BUILD.matcher(name).matches() && Manifest.read(dir) != null
          ? Optional.of(dir) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The manifest of the live index, if there is one. */
  public Optional<Manifest> liveManifest() {
    return live().map(Manifest::read);
  }

  /**
   * Brings the live index in line with the corpus in {@code corpusDir}: in place, file by file,
   * when one made by this schema, model and ingest rules is live and {@code full} is false;
   * otherwise (after one line on {@code progress} saying why, when there was an index) by writing
   * a complete index into a build directory and switching {@code CURRENT} to it. A rebuild a crash
   * interrupted is taken up where it stopped.
   *
   * @param full rebuild everything even when the live index could be updated
   * @param checkpoint how often a long update commits what it has done so far
   * @throws java.io.UncheckedIOException when the index cannot be written, or another process is
   *     writing it
   */
  public UpdateReport update(Path corpusDir, Progress progress, boolean full, Duration checkpoint) {
    Optional<Path> live = live();
    Optional<String> why = live.map(Manifest::read).flatMap(Manifest::whyRebuild);
    if (live.isPresent() && why.isEmpty() && !full) {
      Path dir = live.get();
      inUse(dir, true);
      try {
        return CorpusUpdate.run(corpusDir, dir, false, progress, checkpoint);
      } finally {
        inUse(dir, false);
      }
    }
    why.ifPresent(progress::note);
    Path dir = unfinished().orElseGet(() -> root.resolve("build-" + ProcessHandle.current().pid() + "-"
        + System.currentTimeMillis() + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24))));
    inUse(dir, true);
    try {
      Files.createDirectories(dir);
      UpdateReport report = CorpusUpdate.run(corpusDir, dir, true, progress, checkpoint);
      switchTo(dir);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + root, e);
    } finally {
      inUse(dir, false);
      cleanUp();
    }
  }

  /**
   * A build directory a crashed rebuild left with checkpoints this code can go on from: not live,
   * not in use here, its process gone.
   */
  private Optional<Path> unfinished() {
    Path live = live().orElse(null);
    long self = ProcessHandle.current().pid();
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> {
        Matcher m = BUILD.matcher(p.getFileName().toString());
        if (!m.matches() || p.equals(live) || IN_USE.containsKey(p)
            || alive(Long.parseLong(m.group(1)), self)) {
          return false;
        }
        Manifest newest = Manifest.newest(p);
        return newest != null && !newest.complete() && newest.sameRules();
      }).sorted().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Makes {@code dir} live by atomically renaming a new {@code CURRENT} over the old one. */
  private void switchTo(Path dir) throws IOException {
    if (Manifest.read(dir) == null) {
      throw new IllegalStateException("index build in " + dir + " wrote no complete commit");
    }
    Path next = root.resolve(CURRENT + ".next-" + dir.getFileName());
    Files.writeString(next, dir.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(next, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Opens the live index. */
  public PassageSearcher open() {
    return PassageSearcher.open(live().orElseThrow(() -> new IllegalStateException("no index in " + root)));
  }

  /**
   * Closes {@code searcher} once its last query is done, and then deletes its directory when a
   * rebuild has replaced it and no other open searcher in this JVM reads it.
   */
  public void retire(PassageSearcher searcher) {
    Path dir = searcher.dir().toAbsolutePath().normalize();
    if (!live().map(dir::equals).orElse(false)) {
      RETIRED.add(dir);
    }
    searcher.close();
  }

  /**
   * Closes {@code searcher} once its last query is done and then deletes its directory (unless
   * another open searcher in this JVM reads it): for the throwaway indexes of an evaluation.
   */
  public static void discard(PassageSearcher searcher) {
    RETIRED.add(searcher.dir().toAbsolutePath().normalize());
    searcher.close();
  }

  /** Called when a searcher of {@code dir} is closed: deletes a retired directory with its last user. */
  static void released(Path dir) {
    Path key = dir.toAbsolutePath().normalize();
    if (inUse(key, false) == 0 && RETIRED.remove(key)) {
      deleteTree(key);
    }
  }

  /**
   * Counts a user of {@code dir} in ({@code open}) or out, so {@link #cleanUp()} leaves it alone
   * while it is used; returns how many users are left.
   */
  static int inUse(Path dir, boolean open) {
    Integer left = IN_USE.compute(dir.toAbsolutePath().normalize(), (k, n) -> {
      int users = (n == null ? 0 : n) + (open ? 1 : -1);
      return users > 0 ? users : null;
    });
    return left == null ? 0 : left;
  }

  /**
   * Deletes build directories that are not live, not open in this JVM, and not made by another
   * running process (which may be serving or still writing them).
   */
  public void cleanUp() {
    Path live = live().orElse(null);
    long self = ProcessHandle.current().pid();
    try (Stream<Path> s = Files.list(root)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        Matcher m = BUILD.matcher(name);
        if (name.startsWith(CURRENT + ".next-")) {
          Matcher owner = BUILD.matcher(name.substring((CURRENT + ".next-").length()));
          if (owner.matches() && !alive(Long.parseLong(owner.group(1)), self)) {
            Files.deleteIfExists(p);
          }
        } else if (m.matches() && !p.equals(live) && !IN_USE.containsKey(p)
            && !alive(Long.parseLong(m.group(1)), self)) {
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      // Cleaning is best effort: leftovers are retried next time and never served.
    }
  }

  private static boolean alive(long pid, long self) {
    return pid != self && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Deletes {@code dir} and everything in it, as far as it can: missing files are fine, and what
   * cannot be deleted is left (a build directory left over is never served and is retried next time).
   */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
          Files.deleteIfExists(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException e) {
      // Already gone.
    } catch (IOException e) {
      // Best effort: a leftover build directory is never served and is retried next time.
    }
  }
}
