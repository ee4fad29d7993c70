package org.baoku.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.baoku.eval.SyntheticArchive;

/**
 * {@code baoku bench --scale N --write-pages DIR}: writes the synthetic archive as dated page
 * files instead of measuring it. Its own class because it measures nothing, unlike the other
 * modes; {@link BenchCommand} reads the synthetic archive, as for {@code --scale}, and hands it over.
 */
final class WritePagesRun {

  private WritePagesRun() {}

  /**
   * {@code --scale N --write-pages DIR}: the pages a scale run of N passages would index, as files,
   * so a corpus can be searched among a dated paper that repeats its sentences with other figures.
   */
  static int run(SyntheticArchive source, int passages, int needles, Path writePages) {
    int pages = 0;
    try {
      for (Iterator<SyntheticArchive.SyntheticPage> it = source.pages(passages, needles); it.hasNext(); pages++) {
        SyntheticArchive.write(it.next(), writePages);
      }
    } catch (UncheckedIOException e) {
      throw new UserException("无法写入合成版面，请换一个可写的目录 / cannot write the synthetic pages under "
          + writePages + ": " + e.getMessage());
    }
    System.out.println("写入 " + pages + " 版 / wrote " + pages + " pages (" + SyntheticArchive.PAPER
        + ") under " + writePages);
    return 0;
  }
}
