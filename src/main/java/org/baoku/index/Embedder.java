package org.baoku.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.baoku.ingest.Sentences;

/**
 * The bge-small-zh-v1.5 (quantized) sentence embedding model, loaded once per process.
 *
 * <p>Loading the ONNX model costs seconds, so every index build, query and test in a JVM shares
 * {@link #shared()}. Vectors are L2-normalised by the model, so a dot product is the cosine. The
 * model runs on a session from {@link OnnxModels} (LangChain4j's own, minus idle spinning): a
 * single text and an index's passages through our {@link BertEncoder}, a batch through
 * LangChain4j's model.
 */
public final class Embedder {

  /**
   * Recorded in the index manifest: an index built with another model must be rebuilt. Its last
   * layer {@link ClsRowGraph cut} to the first token's row gives other vectors, so another name.
   */
  public static final String MODEL_NAME = "bge-small-zh-v1.5-q/cls-row";

  public static final int DIMENSIONS = 512;

  /** Resources of LangChain4j's bge-small-zh-v15-q jar, loaded as its model class loads them. */
  private static final String MODEL_RESOURCE = "bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "bge-small-zh-v1.5-q-tokenizer.json";

  private static volatile Embedder shared;

  private final EmbeddingModel model;
  private final BertEncoder encoder;

  private Embedder(OnnxModels.Loaded loaded) {
    this.model = loaded.model();
    this.encoder = loaded.encoder();
  }

  /** The process-wide instance; the first call loads the model. */
  public static Embedder shared() {
    Embedder e = shared;
    if (e == null) {
      synchronized (Embedder.class) {
        e = shared;
        if (e == null) {
          e = new Embedder(OnnxModels.loadWithEncoder(MODEL_RESOURCE, TOKENIZER_RESOURCE, DIMENSIONS));
          shared = e;
        }
      }
    }
    return e;
  }

  /**
   * The LangChain4j model, for pieces that take one (content retrievers, baselines). Its vectors
   * are ours, at LangChain4j's cost: it tokenizes each text three times.
   */
  public EmbeddingModel model() {
    return model;
  }

  /**
   * Embeds one text. Blank text has no meaning to the model (LangChain4j rejects it), so it gets
   * the zero vector, which is similar to nothing.
   */
  public float[] embed(String text) {
    if (text == null || text.isBlank()) {
      return new float[DIMENSIONS];
    }
    return encoder.embed(text);
  }

  /** A passage's vector and those of its {@link Sentences#split sentences}, in order. */
  public record PassageVectors(float[] passage, List<float[]> sentences) {
    public PassageVectors {
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * Threads that embed while an index is built, each running one text at a time on the shared
   * session (whose runs use every core): {@value #WORKERS_PROPERTY}, default the number of cores.
   * See the README's Speed section for the settings measured.
   */
  static final String WORKERS_PROPERTY = "baoku.embed.workers";
  private static final int WORKERS = Math.max(1, Integer.getInteger(WORKERS_PROPERTY,
      Runtime.getRuntime().availableProcessors()));

  /**
   * The vectors of {@code texts} (passages) and of their sentences, computed ahead on worker
   * threads and handed out in order, so the caller's own work on each (Lucene's analysis)
   * overlaps the embedding of the next ones; more texts can be {@link Pipeline#add added} while it
   * runs. Close it to stop the workers. Each text runs alone, so its vectors are those of {@link
   * #embed}: a padded batch through the int8 model changes them (its activations are quantized
   * with one scale for the whole batch; cosine down to 0.978) and was not faster here.
   */
  public Pipeline embedPassages(List<String> texts) {
    Pipeline p = new Pipeline();
    texts.forEach(p::add);
    return p;
  }

  /**
   * Each sentence embedded alone, as the question is at answer time. One run of the passage could
   * give them too, by pooling the token states of each sentence's span, for 37 % less CPU a
   * passage; but those vectors sit apart from the question's (cosine 0.69 to the sentence's own at
   * the median) and answers fell: containment holdout-2 0.814 → 0.776, holdout-3 0.905 → 0.881,
   * and 0.795 / 0.881 with the evidence model refitted on them.
   */
  private PassageVectors passageVectors(String text) {
    List<Sentences.Span> spans = Sentences.split(text);
    float[] passage = embed(text);
    List<float[]> sentences = new ArrayList<>(spans.size());
    for (Sentences.Span s : spans) {
      // A passage of one sentence (73 of the 2,183 CMRC 2018 passages) is not run twice.
      sentences.add(s.text().equals(text) ? passage : embed(s.text()));
    }
    return new PassageVectors(passage, sentences);
  }

  /**
   * In-order vectors of passages, computed ahead by {@link #WORKERS} threads, at most {@link
   * #AHEAD} passages ahead of the caller. Used by one thread.
   */
  public final class Pipeline implements Iterator<PassageVectors>, AutoCloseable {
    /** Passages embedded ahead of the caller: enough to keep the workers busy, few in memory. */
    static final int AHEAD = 64;
    private final ArrayDeque<String> waiting = new ArrayDeque<>();
    private final ExecutorService workers;
    private final ArrayDeque<Future<PassageVectors>> queue = new ArrayDeque<>();

    private Pipeline() {
      this.workers = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread t = new Thread(r, "embed");
        t.setDaemon(true);
        return t;
      });
    }

    /** Queues {@code text}: its vectors come after those of every text added before it. */
    public void add(String text) {
      waiting.add(text);
      topUp();
    }

    private void topUp() {
      while (!waiting.isEmpty() && queue.size() < AHEAD) {
        String t = waiting.poll();
        queue.add(workers.submit(() -> passageVectors(t)));
      }
    }

    @Override
    public boolean hasNext() {
      return !queue.isEmpty() || !waiting.isEmpty();
    }

    @Override
    public PassageVectors next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      topUp();
      Future<PassageVectors> head = queue.poll();
      topUp();
      try {
        return head.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      }
    }

    @Override
    public void close() {
      workers.shutdownNow();
    }
  }

  /** Embeds many texts in one batch (the model spreads a batch over the cores); order is kept. */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t == null || t.isBlank() ? "。" : t));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      vectors.add(e.vector());
    }
    return vectors;
  }
}
