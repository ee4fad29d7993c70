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
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The index directory a user points at ({@code --index}, default {@code index/}): it holds
 * complete builds in subdirectories {@code build-<pid>-<time>-<random>} and a file {@code CURRENT}
 * naming the live one. Nothing else in the directory is touched (the bundled {@code index/} keeps
 * its README).
 *
 * <p>A build is written into a fresh subdirectory and only then made live by atomically renaming a
 * new {@code CURRENT} over the old one, so a crash mid-build never leaves a half index being served;
 * the orphaned subdirectory is deleted by a later build once its process has ended.
 */
public final class IndexHome {

  private static final String CURRENT = "CURRENT";
  private static final Pattern BUILD = Pattern.compile("build-(\\d+)-\\d+-[0-9a-f]+");

  /** Build directories being written or read in this JVM, with counts: never deleted under them. */
  private static final Map<Path, Integer> IN_USE = new ConcurrentHashMap<>();

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
   * Runs {@code writer} on a fresh build directory, then makes that directory live. When the
   * writer throws, its directory is deleted, the live index stays as it was and the exception
   * propagates.
   */
  public Path build(Consumer<Path> writer) {
    Path dir = root.resolve("build-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis()
        + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24)));
    inUse(dir, true);
    try {
      Files.createDirectories(dir);
      writer.accept(dir);
      if (Manifest.read(dir) == null) {
        throw new IllegalStateException("index build in " + dir + " wrote no manifest");
      }
      Path next = root.resolve(CURRENT + ".next-" + dir.getFileName());
      Files.writeString(next, dir.getFileName().toString() + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(next, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      inUse(dir, false);
      deleteTree(dir);
      throw new UncheckedIOException("cannot write index in " + root, e);
    } catch (RuntimeException | Error e) {
      inUse(dir, false);
      deleteTree(dir);
      throw e;
    }
    inUse(dir, false);
    cleanUp();
    return dir;
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

  /** Deletes {@code dir} and everything in it; missing files are fine. */
  static void deleteTree(Path dir) {
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
