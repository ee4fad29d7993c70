package org.baoku.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;

/**
 * An index file that is not as it was written: its checksum does not match, it is cut short, or it
 * is missing. Only a rebuild from the corpus repairs it ({@code baoku index}, or the automatic
 * rebuild of a command that opens the archive).
 */
public final class IndexDamagedException extends UncheckedIOException {

  /** Lucene names the file of a failed read as {@code MMapIndexInput(path="...")}. */
  private static final Pattern PATH = Pattern.compile("path=\"([^\"]+)\"");

  private final Path file;

  /**
   * @param file the damaged file, or the index directory when Lucene does not say which file
   * @param cause what Lucene reported
   */
  public IndexDamagedException(Path file, IOException cause) {
    super("index file damaged: " + file + ": " + reason(cause), cause);
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The damaged file, or the index directory when Lucene does not say which file. */
  public Path file() {
    return file;
  }

  /** What is wrong with {@link #file()}, in Lucene's words. */
  public String reason() {
    return reason(getCause());
  }

  /**
   * True for the failures that mean damage rather than a directory that cannot be used: a
   * permission problem ({@link java.nio.file.AccessDeniedException}) or a full disk is not repaired
   * by rebuilding in the same place.
   */
  static boolean isDamage(IOException e) {
    return e instanceof CorruptIndexException || e instanceof EOFException
        || e instanceof NoSuchFileException || e instanceof FileNotFoundException
        || e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException;
  }

  /** The damage {@code e} reports, naming the file it names (else {@code dir}). */
  static IndexDamagedException of(IOException e, Path dir) {
    String where = e instanceof IndexNotFoundException ? ""
        : e instanceof NoSuchFileException n ? n.getFile()
        : e instanceof CorruptIndexException c ? c.getResourceDescription()
        : e instanceof IndexFormatTooOldException o ? o.getResourceDescription()
        : e instanceof IndexFormatTooNewException n ? n.getResourceDescription()
        : e.getMessage();
    return new IndexDamagedException(file(where == null ? "" : where, dir), e);
  }

  /** The file in Lucene's description of a resource: a bare path, or one inside an input's name. */
  private static Path file(String where, Path dir) {
    Matcher m = PATH.matcher(where);
    try {
      Path p = Path.of(m.find() ? m.group(1) : where);
      return p.isAbsolute() ? p : dir;
    } catch (InvalidPathException e) {
      return dir;
    }
  }

  private static String reason(Throwable e) {
    if (e instanceof NoSuchFileException || e.getCause() instanceof NoSuchFileException) {
      return "missing";
    }
    if (e instanceof IndexNotFoundException) {
      return "no segments_N file";
    }
    if (e instanceof EOFException) {
      return "cut short";
    }
    String reason = e instanceof CorruptIndexException c ? c.getOriginalMessage() : e.getMessage();
    // Lucene's advice to run CheckIndex is for Lucene's users, not ours.
    return reason == null ? e.getClass().getSimpleName()
        : reason.replaceFirst(";? *please run checkindex.*$", "").replaceAll("\\s+", " ").strip();
  }
}
