package org.baoku.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.eval.Baselines;
import org.baoku.eval.Contender;
import org.baoku.eval.Dump;
import org.baoku.eval.Expectations;
import org.baoku.eval.Figures;
import org.baoku.eval.QaEvaluation;
import org.baoku.eval.QaOutcome;
import org.baoku.eval.QaScorer;
import org.baoku.eval.QaSet;
import org.baoku.eval.ReportWriter;
import org.baoku.eval.SquadEvaluation;
import org.baoku.eval.SquadSet;
import org.baoku.index.Progress;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.HybridArchive;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baoku eval}: scores a QA set in the seed format ({@code --qa}, asked through the chat
 * handler over the archive) or a SQuAD-format set ({@code --squad}, open retrieval over its own
 * paragraphs), prints the table or one JSON object, and with {@code --expect} exits 1 when a
 * figure falls below its stored minimum.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "评测 / evaluate: a QA set (--qa FILE.jsonl) or a SQuAD-format set (--squad FILE.json)")
final class EvalCommand implements Callable<Integer> {

  /** Exactly one set to evaluate. */
  static final class Input {
    @Option(names = "--qa", paramLabel = "FILE.jsonl", required = true,
        description = "种子格式问答集 / QA set in the seed format (e.g. ../shared/eval/seed-dev.jsonl)")
    Path qa;

    @Option(names = "--squad", paramLabel = "FILE.json", required = true,
        description = "SQuAD 格式数据集 / SQuAD-format set (e.g. ../shared/data/cmrc2018/cmrc2018_dev.json)")
    Path squad;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input set;

  @Mixin ArchiveOptions archive;

  @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
  boolean json;

  @Option(names = "--dump", paramLabel = "OUT.jsonl",
      description = "逐题写出检索结果和回答 / write each question's hits and answer")
  Path dump;

  @Option(names = "--traditional",
      description = "把 SQuAD 数据集转为繁体字后评测 / convert the SQuAD-format set to traditional characters first")
  boolean traditional;

  @Option(names = "--baselines",
      description = "同时评测基线 / also run the baselines (StandardAnalyzer BM25, dense-only, LangChain4j Easy RAG)")
  boolean baselines;

  @Option(names = "--expect", paramLabel = "FILE.json",
      description = "最低指标，低于即返回 1 / minimum figures; exit 1 on a regression (e.g. eval/cmrc2018-dev.expected.json)")
  Path expect;

  @Override
  public Integer call() {
    if (traditional && set.qa != null) {
      throw new UserException("--traditional 只用于 --squad / --traditional applies to --squad sets only");
    }
    try (Dump out = dump == null ? Dump.none() : Dump.to(dump, set.qa != null)) {
      Figures.Report report = set.qa != null ? qa(out) : squad(out);
      report.problems().forEach(System.err::println);
      PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      if (json) {
        stdout.println(ReportWriter.json(report));
      } else {
        ReportWriter.table(report, stdout);
      }
      return expect == null ? 0 : check(report);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  private Figures.Report qa(Dump out) {
    QaSet qaSet = QaSet.read(set.qa);
    if (qaSet.items().isEmpty()) {
      throw new UserException(set.qa + ": 没有可评测的题目 / no well-formed items (see the lines above)");
    }
    // Baselines run on the local index's own retriever; baoku's row runs on either index.
    try (Archive a = baselines ? archive.open(System.err) : archive.archive(System.err)) {
      QaEvaluation evaluation = new QaEvaluation(out);
      // The same wiring as `ask` and the bot: what is scored is what a reader gets.
      List<QaOutcome> ours = evaluation.ask(qaSet, Wiring.conversations(a, System.getenv()));
      ExtractiveComposer composer = new ExtractiveComposer(a);
      List<Figures> rows = new ArrayList<>();
      rows.add(new Figures("baoku", QaScorer.score(ours)));
      if (baselines) {
        HybridArchive local = (HybridArchive) a;
        for (Contender c : Baselines.all(local.passages(), Baselines.wholePages(archive.corpus), local.retriever(), Progress.to(System.err))) {
          Map<String, Object> f = QaScorer.figures(evaluation.askBare(qaSet, c, composer));
          rows.add(new Figures(c.name(), f));
        }
      }
      return new Figures.Report(set.qa.getFileName().toString(), qaSet.items().size(), rows, qaSet.problems());
    }
  }

  private Figures.Report squad(Dump out) {
    SquadSet squadSet = SquadSet.read(set.squad);
    if (squadSet.questions().isEmpty()) {
      throw new UserException(set.squad + ": 没有可评测的问题 / no well-formed questions");
    }
    SquadEvaluation evaluation = new SquadEvaluation(new ExtractiveComposer(), baselines, out,
        Progress.to(System.err));
    String name = set.squad.getFileName().toString();
    return traditional ? evaluation.run(name + " (繁體 / traditional)", squadSet.traditional())
        : evaluation.run(name, squadSet);
  }

  private int check(Figures.Report report) {
    List<String> regressions = Expectations.check(expect, report);
    regressions.forEach(r -> System.err.println("回归 / regression: " + r));
    if (!regressions.isEmpty()) {
      return 1;
    }
    System.err.println("达标 / all figures at or above " + expect);
    return 0;
  }
}
