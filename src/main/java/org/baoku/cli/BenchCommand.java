package org.baoku.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.baoku.index.IndexHome;
import org.baoku.eval.QaItem;
import org.baoku.eval.QaSet;
import org.baoku.eval.SyntheticArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baoku bench}: builds a fresh temporary index of the corpus (build time, passages per
 * second), then replays a question set through {@code search} (retrieval) and {@code ask}
 * (retrieval + extractive answer) on one thread and on N, and reports latency percentiles,
 * throughput, the query-embedding share of a search and peak heap. With {@code --baselines} the
 * same questions go through the baselines' search, for ratios. With {@code --solr} the collection's
 * rows come beside the local ones; with {@code --scale} too, the synthetic archives are written
 * into the collection, replacing what it holds ({@link ScaleRun}).
 *
 * <p>This class holds the options, checks them once and hands each mode what it reads: the timing
 * of search and ask ({@link SearchAskRun}), {@code --scale} ({@link ScaleRun}), {@code --write-pages}
 * ({@link WritePagesRun}) and {@code --quote-passages} ({@link QuoteBenchRun}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "性能测试 / benchmark search and ask on the bundled corpus")
final class BenchCommand implements Callable<Integer> {

  /** The development questions, where a checkout next to the shared folder has them. */
  static final Path DEFAULT_QA = Path.of("../shared/eval/seed-dev.jsonl");

  @Mixin ArchiveOptions archive;

  @Option(names = "--qa", paramLabel = "FILE.jsonl",
      description = "问题集（种子格式）/ questions to replay, seed format (default: ../shared/eval/seed-dev.jsonl)")
  Path qa;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = "并发线程数 / threads for the concurrent runs (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
      description = "每项测量时长 / seconds per timed run, taken in 5 interleaved slices (default: ${DEFAULT-VALUE})")
  double seconds;

  @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
  boolean json;

  @Option(names = "--baselines", description = "同时测基线检索 / also time the baselines' search")
  boolean baselines;

  /** The public paragraphs the quotation benchmark's archive is made of. */
  static final Path DEFAULT_SQUAD = Path.of("../shared/data/cmrc2018/cmrc2018_dev.json");

  @Option(names = "--quote-passages", paramLabel = "N",
      description = {"只测引文出处查找：在 N 段的纯文本档案上（CMRC 2018 段落及其变体）",
          "time citation lookup only, on a text-only archive of N passages made of CMRC 2018 paragraphs and noisy copies"})
  Integer quotePassages;

  @Option(names = "--squad", paramLabel = "FILE",
      description = "--quote-passages 的段落来源 / paragraphs for --quote-passages (default: ../shared/data/cmrc2018/cmrc2018_dev.json)")
  Path squad;

  @Option(names = "--quotes", paramLabel = "N", defaultValue = "100",
      description = "每类引文条数 / quotations per kind for --quote-passages (default: ${DEFAULT-VALUE})")
  int quotesPerKind;

  @Option(names = "--scale", paramLabel = "N[,N...]", split = ",", arity = "0..1", fallbackValue = "10000,100000,1000000",
      description = {"只测规模：在合成档案上（默认 1 万、10 万、100 万段）建索引、查询、增量加 10 版",
          "scale only: build, query and add 10 pages on synthetic archives of these sizes (default 10000,100000,1000000)",
          "加 --solr 时同一档案也写入该集合并测量；会清空集合，请用 --solr-collection 指定临时集合",
          "with --solr or --solr-zk, each stand-in size is also written into that collection and timed there (rows baoku-solr):"
              + " the bench DELETES the collection's contents, so name a scratch collection with --solr-collection;"
              + " one holding a `baoku index --solr` archive or documents baoku did not write is refused"})
  List<Integer> scale;

  @Option(names = "--real-vectors", paramLabel = "N[,N...]", split = ",", defaultValue = "10000",
      description = {"--scale 中用真实模型向量的规模（另测一行）；其余用替身向量",
          "sizes of --scale also measured with bge-small-zh vectors, in a row of their own; all sizes are measured with stand-in vectors (default: ${DEFAULT-VALUE})"})
  List<Integer> realVectors;

  @Option(names = "--needles", paramLabel = "N", defaultValue = "300",
      description = "--scale 每个规模埋入的问答数 / needle facts planted per size (default: ${DEFAULT-VALUE})")
  int needles;

  @Option(names = "--plot", paramLabel = "FILE.png",
      description = "--scale 的曲线图 / draw the --scale curves into this PNG")
  Path plot;

  @Option(names = "--write-pages", paramLabel = "DIR",
      description = {"不测量：把 --scale 第一个规模的合成档案写成版面文件（合成日报/日期/版次.txt），"
          + "可把其他版面埋在其中；DIR 里已有的其他文件保留",
          "measure nothing: write the synthetic archive of the first --scale size as dated page files"
              + " under DIR, to bury other pages among them; other files in DIR are kept"})
  Path writePages;

  @Override
  public Integer call() throws JsonProcessingException {
    if (threads < 1 || seconds <= 0) {
      throw new UserException("--threads 和 --seconds 必须为正数 / --threads and --seconds must be positive");
    }
    if (writePages != null && scale == null) {
      throw new UserException("--write-pages 需要 --scale N（写多少段）/ --write-pages needs --scale N, the passages to write");
    }
    if (quotePassages != null) {
      if (quotePassages < 1 || quotesPerKind < 1) {
        throw new UserException("--quote-passages 和 --quotes 必须为正数 / --quote-passages and --quotes must be positive");
      }
      return QuoteBenchRun.run(quotePassages, quotesPerKind, squad != null ? squad : DEFAULT_SQUAD, archive.corpus, json);
    }
    if (scale != null) {
      return scale();
    }
    Path file = qa != null ? qa : DEFAULT_QA;
    if (qa == null && !Files.isRegularFile(DEFAULT_QA)) {
      throw new UserException("找不到默认问题集 " + DEFAULT_QA + " / default question set not found: "
          + "give --qa FILE.jsonl (one {\"id\", \"question\", ...} a line, seed format)");
    }
    QaSet set;
    try {
      set = QaSet.read(file);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    set.problems().forEach(System.err::println);
    List<String> questions = set.items().stream().map(QaItem::question).toList();
    if (questions.isEmpty()) {
      throw new UserException(file + ": 没有可用的问题 / no well-formed questions");
    }
    Path tmp;
    try {
      tmp = Files.createTempDirectory("baoku-bench-");
    } catch (IOException e) {
      throw new UserException("无法创建临时目录 / cannot create a temporary directory: " + e.getMessage());
    }
    try {
      return new SearchAskRun(archive, threads, seconds, json, baselines).run(file, questions, tmp);
    } finally {
      IndexHome.deleteTree(tmp);
    }
  }

  /** {@code --scale}: every size with stand-in vectors, smallest first, then each size with real vectors. */
  private int scale() {
    if (needles < 1 || scale.stream().anyMatch(n -> n < 1) || realVectors.stream().anyMatch(n -> n < 0)) {
      throw new UserException("--scale、--real-vectors 和 --needles 必须为正数 / --scale sizes, --real-vectors and --needles must be positive");
    }
    Path file = squad != null ? squad : DEFAULT_SQUAD;
    SyntheticArchive source;
    try {
      source = SyntheticArchive.read(file, archive.corpus, 1);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserException(e.getMessage() + " (the synthetic archive draws on --squad FILE, SQuAD format,"
          + " and the pages of --corpus DIR)");
    }
    if (writePages != null) {
      return WritePagesRun.run(source, scale.get(0), needles, writePages);
    }
    List<ScaleRun.Size> sizes = new ArrayList<>();
    scale.stream().sorted().forEach(n -> sizes.add(new ScaleRun.Size(n, false)));
    realVectors.stream().filter(n -> n > 0).sorted().forEach(n -> sizes.add(new ScaleRun.Size(n, true)));
    return ScaleRun.run(source, sizes, needles, archive.solr.target(), plot, json, System.out);
  }
}
