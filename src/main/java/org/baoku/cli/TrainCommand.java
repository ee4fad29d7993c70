package org.baoku.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.baoku.answer.EvidenceTrainer;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.answer.TrainingExample;
import org.baoku.eval.Normalizer;
import org.baoku.eval.QaItem;
import org.baoku.eval.QaSet;
import org.baoku.eval.SquadEvaluation;
import org.baoku.eval.SquadSet;
import org.baoku.index.Embedder;
import org.baoku.index.IndexBuild;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridArchive;
import org.baoku.retrieve.HybridRetriever;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baoku train}: fits the extractive answerer's evidence model on public questions with
 * known answers and writes it with its cross-validation report. Each question is asked three
 * times: of the whole collection (answerable); without its own paragraph or evidence passages (a
 * near miss, as SQuAD 2.0 made unanswerable questions); and with its own article but none of the
 * sentences that hold the answer (the harder near miss: the event is reported, the fact is not).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "拟合抽取式回答的证据模型 / fit the evidence model of the extractive answerer")
final class TrainCommand implements Callable<Integer> {

  /** Passages retrieved per question, as a conversation retrieves them. */
  private static final int HITS = 10;

  @Mixin ArchiveOptions archive;

  @Option(names = "--squad", paramLabel = "FILE.json", defaultValue = "../shared/data/cmrc2018/cmrc2018_dev.json",
      description = "SQuAD 格式数据 / SQuAD-format set (default: ${DEFAULT-VALUE})")
  Path squad;

  @Option(names = "--squad-index", paramLabel = "DIR", defaultValue = "target/train-cmrc-index",
      description = "SQuAD 段落索引（没有就建）/ index of its paragraphs, built when missing (default: ${DEFAULT-VALUE})")
  Path squadIndex;

  @Option(names = "--qa", paramLabel = "FILE.jsonl", split = ",",
      defaultValue = "../shared/eval/seed-dev.jsonl,eval/holdout-dev.jsonl",
      description = "种子格式问答集，逗号分隔 / seed-format sets over the archive (default: ${DEFAULT-VALUE})")
  List<Path> qa;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
      description = "只用前 N 个 SQuAD 问题（0 为全部）/ use the first N SQuAD questions only (0: all)")
  int limit;

  @Option(names = "--folds", defaultValue = "5", description = "交叉验证折数 / cross-validation folds (default: ${DEFAULT-VALUE})")
  int folds;

  @Option(names = "--out", paramLabel = "FILE.json",
      defaultValue = "src/main/resources/org/baoku/answer/evidence-model.json",
      description = "模型写到这里 / where the model is written (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() {
    try {
      return train();
    } catch (IllegalArgumentException e) {
      // a set that is missing or malformed: SquadSet and QaSet say which file and what
      throw new UserException(e.getMessage());
    }
  }

  private int train() {
    List<TrainingExample> examples = new ArrayList<>();
    SquadSet set = SquadSet.read(squad);
    if (set.questions().isEmpty()) {
      throw new UserException(squad + ": 没有可用的问题 / no well-formed questions");
    }
    if (!PassageSearcher.isComplete(squadIndex)) {
      IndexBuild.build(SquadEvaluation.passages(set), squadIndex, Progress.to(System.err));
    }
    try (HybridArchive a = archive.open(System.err); PassageSearcher index = PassageSearcher.open(squadIndex)) {
      ExtractiveComposer composer = new ExtractiveComposer(a);
      for (Path file : qa) {
        examples.addAll(seedExamples(QaSet.read(file), a, composer));
      }
      examples.addAll(squadExamples(set, index));
      System.err.println("训练样本 / examples: " + examples.size());
      EvidenceTrainer.Fit fit = new EvidenceTrainer().fit(examples, folds, 20261201L);
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, fit.json() + "\n", StandardCharsets.UTF_8);
      System.out.print(fit.report());
      System.out.println("written: " + out);
      return 0;
    } catch (IOException e) {
      throw new UserException("无法写入 / cannot write " + out + ": " + e.getMessage());
    }
  }

  /**
   * Seed-format items over the archive: each asked as it stands, and again without the passages
   * holding its evidence. Follow-ups (they need their conversation) and quotation lookups (answered
   * by the quotation's own sentence, not by the model) are left out.
   */
  private static List<TrainingExample> seedExamples(QaSet set, HybridArchive a, ExtractiveComposer composer) {
    List<TrainingExample> out = new ArrayList<>();
    for (QaItem item : set.items()) {
      if (item.type().equals("followup") || item.type().equals("quote_lookup")) {
        continue;
      }
      Predicate<Passage> evidence = p -> item.evidence().stream().anyMatch(e -> Normalizer.contains(p.text(), e));
      Predicate<String> holds = text -> item.answers().stream().anyMatch(g -> Normalizer.contains(text, g));
      List<Hit> hits = a.retrieve(item.question(), HITS);
      out.add(new TrainingExample("seed", composer, item.question(), hits, item.answerable(), holds, evidence,
          false));
      if (item.answerable()) {
        List<Hit> without = a.retrieve(item.question(), 2 * HITS).stream()
            .filter(h -> !evidence.test(h.passage())).limit(HITS).toList();
        out.add(new TrainingExample("seed", composer, item.question(), without, false, holds, evidence, false));
        out.add(new TrainingExample("seed", composer, item.question(), hits, true, holds, evidence, true));
      }
    }
    return out;
  }

  /** Each question of the set asked of all its paragraphs, and again without its own. */
  private List<TrainingExample> squadExamples(SquadSet set, PassageSearcher index) {
    HybridRetriever retriever = new HybridRetriever(index, Embedder.shared());
    ExtractiveComposer composer = new ExtractiveComposer(index::sentenceVectors);
    List<SquadSet.Question> questions = limit > 0 ? set.questions().subList(0, Math.min(limit, set.questions().size()))
        : set.questions();
    List<TrainingExample> out = new ArrayList<>();
    for (SquadSet.Question q : questions) {
      Predicate<Passage> own = p -> p.page().equals(q.paragraphId());
      Predicate<String> holds = text -> q.answers().stream().anyMatch(g -> Normalizer.contains(text, g));
      List<Hit> hits = retriever.retrieve(q.question(), 2 * HITS);
      List<Hit> top = hits.subList(0, Math.min(HITS, hits.size()));
      out.add(new TrainingExample("cmrc", composer, q.question(), top, true, holds, own, false));
      out.add(new TrainingExample("cmrc", composer, q.question(),
          hits.stream().filter(h -> !own.test(h.passage())).limit(HITS).toList(), false, holds, own, false));
      out.add(new TrainingExample("cmrc", composer, q.question(), top, true, holds, own, true));
    }
    return out;
  }
}
