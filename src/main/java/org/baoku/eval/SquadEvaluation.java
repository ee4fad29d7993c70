package org.baoku.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.baoku.answer.Answer;
import org.baoku.answer.Composer;
import org.baoku.index.Embedder;
import org.baoku.index.IndexBuild;
import org.baoku.index.IndexHome;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.HybridRetriever;

/**
 * Open retrieval on a SQuAD-format set: every paragraph is one passage of a temporary index (not
 * the archive's; deleted afterwards), every question is asked, and each system is scored on
 * whether its own paragraph comes back (recall@1/5/10, MRR@10) and its retrieval time per question.
 * Our row also scores whether the reply the composer builds from our hits contains a gold answer;
 * baselines are retrieval peers (their users would hand the hits to their own LLM), so they are
 * not composed, which also keeps a 3,219-question run within minutes.
 *
 * <p>Systems are run one after the other on each question, in an order shuffled per question
 * (seeded, so a run repeats), so a load change on the machine touches all of them alike and no
 * system always runs right after the same other one: with a fixed rotation ours followed the Easy
 * RAG baseline on three questions in four and inherited its model's busy threads. The first
 * {@link #WARM_UP} questions are run once untimed first.
 *
 * <p>Our answers are composed in a second pass, once every retrieval has been timed. Composing
 * embeds the sentences of the hits, and done between timed retrievals it slowed the retrieval
 * that followed unequally: on CMRC 2018 dev, ours by about 0.3 ms more than dense-only's, even
 * when every system composed (its query embedding, beside the BM25 thread, took 3.59 ms against
 * dense-only's 3.19; without composing 3.40 against 3.30). Interleaved, the table would measure
 * the composer's after-effects rather than retrieval.
 */
public final class SquadEvaluation {

  /** Hits asked of every system: recall@10 and MRR@10 need ten. */
  static final int K = 10;

  /** Untimed questions first: JIT and ONNX warm-up would otherwise land in the first system's times. */
  static final int WARM_UP = 20;

  private static final long ORDER_SEED = 2018;

  private final Composer composer;
  private final boolean baselines;
  private final Dump dump;
  private final Progress progress;

  /**
   * @param composer builds the reply whose answer containment is scored (the extractive one)
   * @param baselines also run {@link Baselines#all} as extra rows
   * @param dump receives each question's hits and reply per system
   * @param progress index building and question progress
   */
  public SquadEvaluation(Composer composer, boolean baselines, Dump dump, Progress progress) {
    this.composer = Objects.requireNonNull(composer, "composer");
    this.baselines = baselines;
    this.dump = Objects.requireNonNull(dump, "dump");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** One passage per paragraph, id and page = the paragraph id (what a hit is checked against). */
  public static List<Passage> passages(SquadSet set) {
    List<Passage> out = new ArrayList<>(set.paragraphs().size());
    for (SquadSet.Paragraph p : set.paragraphs()) {
      out.add(new Passage(p.id(), p.id(), 1, "", "", p.context(), 0, p.context().length()));
    }
    return out;
  }

  /** Builds the temporary index, runs every question, deletes the index. */
  public Figures.Report run(String setName, SquadSet set) {
    List<Passage> passages = passages(set);
    Path dir;
    try {
      dir = Files.createTempDirectory("baoku-eval-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary index directory", e);
    }
    long t0 = System.nanoTime();
    IndexBuild.build(passages, dir, progress);
    long buildMillis = (System.nanoTime() - t0) / 1_000_000;
    PassageSearcher index = PassageSearcher.open(dir);
    // Ctrl-C must not leave a 848-paragraph index behind in /tmp.
    Thread cleanup = new Thread(() -> IndexHome.discard(index));
    Runtime.getRuntime().addShutdownHook(cleanup);
    try {
      HybridRetriever ours = new HybridRetriever(index, Embedder.shared());
      return evaluate(setName, set, ours, passages, buildMillis);
    } finally {
      IndexHome.discard(index);
      Runtime.getRuntime().removeShutdownHook(cleanup);
    }
  }

  /** Scores {@code ours} (and the baselines) on an index already built from {@code passages}. */
  Figures.Report evaluate(String setName, SquadSet set, HybridRetriever ours,
      List<Passage> passages, long buildMillis) {
    List<Contender> contenders = new ArrayList<>();
    contenders.add(new Contender("baoku", ours));
    if (baselines) {
      contenders.addAll(Baselines.all(passages, passages, ours, progress));
    }
    List<SquadSet.Question> questions = set.questions();
    // One thread per system, and one for the bare query embedding: each keeps its own warm
    // thread-local state (the ONNX session's, the analyzers'), as a server thread would.
    List<ExecutorService> lanes = new ArrayList<>();
    contenders.forEach(c -> lanes.add(Executors.newSingleThreadExecutor()));
    ExecutorService embedLane = Executors.newSingleThreadExecutor();
    try {
      for (SquadSet.Question q : questions.subList(0, Math.min(WARM_UP, questions.size()))) {
        for (int c = 0; c < contenders.size(); c++) {
          on(lanes.get(c), retrieve(contenders.get(c), q.question()));
        }
        on(embedLane, () -> Embedder.shared().embed(q.question()));
      }
      List<SquadScore> scores = contenders.stream().map(c -> new SquadScore(c.name())).toList();
      List<Double> embedMillis = new ArrayList<>();
      List<List<Timed>> timed = new ArrayList<>();
      contenders.forEach(c -> timed.add(new ArrayList<>()));
      String phase = "检索 / retrieving for " + questions.size() + " questions";
      progress.update(phase, 0, questions.size());
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < contenders.size(); c++) {
        order.add(c);
      }
      Random shuffler = new Random(ORDER_SEED);
      for (int i = 0; i < questions.size(); i++) {
        SquadSet.Question q = questions.get(i);
        Collections.shuffle(order, shuffler);
        for (int c : order) {
          timed.get(c).add(on(lanes.get(c), retrieve(contenders.get(c), q.question())));
        }
        embedMillis.add(on(embedLane, () -> {
          long e0 = System.nanoTime();
          Embedder.shared().embed(q.question());
          return (System.nanoTime() - e0) / 1e6;
        }));
        if ((i + 1) % 100 == 0 || i + 1 == questions.size()) {
          progress.update(phase, i + 1, questions.size());
        }
      }
      List<Double> composeMillis = new ArrayList<>();
      phase = "作答 / composing " + questions.size() + " answers";
      progress.update(phase, 0, questions.size());
      for (int i = 0; i < questions.size(); i++) {
        SquadSet.Question q = questions.get(i);
        for (int c = 0; c < contenders.size(); c++) {
          Timed t = timed.get(c).get(i);
          Answer answer = null;
          if (c == 0) {
            long[] nanos = new long[1];
            answer = on(lanes.get(c), () -> {
              long c0 = System.nanoTime();
              Answer a = composer.compose(q.question(), t.hits());
              nanos[0] = System.nanoTime() - c0;
              return a;
            });
            composeMillis.add(nanos[0] / 1e6);
          }
          score(scores.get(c), contenders.get(c).name(), q, t, answer);
        }
        if ((i + 1) % 100 == 0 || i + 1 == questions.size()) {
          progress.update(phase, i + 1, questions.size());
        }
      }
      return report(setName, set, ours, passages.size(), buildMillis, scores, embedMillis, composeMillis);
    } finally {
      lanes.forEach(ExecutorService::shutdownNow);
      embedLane.shutdownNow();
    }
  }

  /** One system's hits for a question and the time it took to retrieve them. */
  private record Timed(List<Hit> hits, long retrieveNanos) {}

  private static Callable<Timed> retrieve(Contender contender, String question) {
    return () -> {
      long start = System.nanoTime();
      List<Hit> hits = contender.retriever().retrieve(question, K);
      return new Timed(hits, System.nanoTime() - start);
    };
  }

  private void score(SquadScore score, String system, SquadSet.Question q, Timed t, Answer answer) {
    String reply = answer == null ? null : answer.text();
    score.add(q, t.hits(), reply, t.retrieveNanos());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("system", system);
    fields.put("id", q.id());
    fields.put("question", q.question());
    fields.put("paragraph", q.paragraphId());
    fields.put("rank", Metrics.firstRelevantRank(t.hits(), p -> p.page().equals(q.paragraphId())));
    fields.put("gold", q.answers());
    dump.write(fields, reply, answer == null ? List.of() : answer.citations(), t.hits());
  }

  /** Runs {@code task} on {@code lane} and waits for it. */
  private static <T> T on(ExecutorService lane, Callable<T> task) {
    try {
      return lane.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Figures.Report report(String setName, SquadSet set, HybridRetriever ours, int paragraphs,
      long buildMillis, List<SquadScore> scores, List<Double> embedMillis, List<Double> composeMillis) {
    List<Figures> rows = new ArrayList<>();
    for (int c = 0; c < scores.size(); c++) {
      Map<String, Object> extra = new LinkedHashMap<>();
      if (c == 0) {
        extra.put("query_embedding_p50_ms", Figures.figure(Metrics.percentile(embedMillis, 50)));
        extra.put("compose_p50_ms", Figures.figure(Metrics.percentile(composeMillis, 50)));
        extra.put("paragraphs", paragraphs);
        extra.put("index_build_ms", buildMillis);
        extra.put("dense_weight", ours.settings().denseWeight());
      }
      rows.add(scores.get(c).figures(extra));
    }
    return new Figures.Report(setName, set.questions().size(), rows, set.problems());
  }
}
