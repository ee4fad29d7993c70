package org.baoku.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.baoku.retrieve.RealArchive;

/** Runs the real command line in-process on the shared real-corpus index, capturing both streams. */
record CliRun(int exit, String out, String err) {

  /** {@code baoku ARGS --corpus corpus --index <shared test index>}. */
  static CliRun onRealArchive(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--corpus", RealArchive.CORPUS.toString(),
        "--index", RealArchive.indexDir().toString()));
    return of(all.toArray(String[]::new));
  }

  /** {@link #onRealArchive} with {@code stdin} as standard input, for {@code --jsonl -}. */
  static synchronized CliRun onRealArchiveReading(byte[] stdin, String... args) {
    InputStream in = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      return onRealArchive(args);
    } finally {
      System.setIn(in);
    }
  }

  /** {@code baoku ARGS} as given. */
  static synchronized CliRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new CliRun(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
