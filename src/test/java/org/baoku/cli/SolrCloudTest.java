package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.embedded.JettySolrRunner;
import org.baoku.chat.Command;
import org.baoku.chat.Conversations;
import org.baoku.eval.QaItem;
import org.baoku.eval.QaSet;
import org.baoku.ingest.Article;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.RealArchive;
import org.baoku.retrieve.Retrieval;
import org.baoku.retrieve.Scope;
import org.baoku.solr.SolrArchive;
import org.baoku.solr.SolrTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real SolrCloud in this JVM (two nodes, embedded ZooKeeper, 2 shards × 2 replicas), set up and
 * filled by the real commands, against the local index of the same bundled corpus: the same top
 * hits and the same replies to the seed questions; with a node stopped, every question is still
 * answered; pages written meanwhile are served by the restarted node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {

  private static final String COLLECTION = "baoku";
  /** The collection {@code bench --scale} fills with its synthetic archives. */
  private static final String SCRATCH = "scale";
  private static final Path SEED = Path.of("../shared/eval/seed-dev.jsonl");

  private static MiniSolrCloudCluster cluster;
  private static Path base;
  private static String urls;

  @BeforeAll
  static void startCluster() throws Exception {
    base = Files.createTempDirectory("baoku-solrcloud");
    cluster = new MiniSolrCloudCluster.Builder(2, base).build();
    urls = String.join(",", cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList());
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
    RealArchive.deleteTree(base);
  }

  @Test
  @Order(1)
  void setUpCreatesTheCollectionOnceAndIndexFillsIt() {
    CliRun created = CliRun.of("solr-setup", "--solr", urls, "--shards", "2", "--replicas", "2");
    assertEquals(0, created.exit(), created.err());
    assertTrue(created.out().startsWith("已创建 / created: collection baoku (2 shards × 2 replicas)"), created.out());
    CliRun again = CliRun.of("solr-setup", "--solr", urls, "--shards", "3", "--replicas", "1");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().startsWith("已存在 / already exists: collection baoku"), again.out());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);

    CliRun indexed = CliRun.of("index", "--solr", urls, "--corpus", "corpus");
    assertEquals(0, indexed.exit(), indexed.err());
    Archive.Stats local = RealArchive.get().stats();
    assertTrue(indexed.out().startsWith(local.pages() + " pages, " + local.articles() + " articles, "
        + local.passages() + " passages in Solr: " + local.pages() + " pages written (" + local.passages()
        + " passages), 0 unchanged, 0 deleted"), indexed.out());

    CliRun unchanged = CliRun.of("index", "--solr", urls, "--corpus", "corpus");
    assertEquals(0, unchanged.exit(), unchanged.err());
    assertTrue(unchanged.out().contains("0 pages written (0 passages), " + local.pages() + " unchanged"), unchanged.out());

    CliRun json = CliRun.of("index", "--solr", urls, "--corpus", "corpus", "--json");
    assertEquals(0, json.exit(), json.err());
    List<String> jsonLines = json.out().strip().lines().toList();
    assertEquals(1, jsonLines.size(), json.out());
    assertTrue(jsonLines.get(0).startsWith("{\"pages\":" + local.pages() + ",\"articles\":" + local.articles()
        + ",\"passages\":" + local.passages() + ",\"added\":0,\"changed\":0,\"removed\":0,\"seconds\":"), json.out());
  }

  /**
   * How far fused scores of the two indexes may differ: the int8 vectors' precision, which the
   * min-max fusion stretches by the spread of a question's dense scores (at most 1.4e-3 over the
   * seed questions with the model's last layer cut to the first token, under 1e-3 before).
   */
  private static final double TIE = 2e-3;

  @Test
  @Order(2)
  void seedQuestionsGetTheSameHitsAndRepliesAsTheLocalIndex() {
    Archive local = RealArchive.get();
    try (SolrArchive solr = open()) {
      assertEquals(local.stats().passages(), solr.stats().passages());
      List<String> differ = new ArrayList<>();
      double maxScoreGap = 0;
      for (QaItem item : QaSet.read(SEED).items()) {
        Retrieval l = local.search(item.question(), 5);
        Retrieval s = solr.search(item.question(), 5);
        // Both indexes keep int8 passage vectors, but Lucene scores the bytes and Solr their float
        // form, so fused scores agree to within TIE: the same passages, in the same order except
        // where two lie closer than that (a tie at the vectors' precision).
        if (!new java.util.HashSet<>(ids(l.hits())).equals(new java.util.HashSet<>(ids(s.hits())))) {
          differ.add(item.id() + " " + ids(l.hits()) + " vs " + ids(s.hits()));
        }
        for (int i = 0; i < Math.min(l.hits().size(), s.hits().size()); i++) {
          maxScoreGap = Math.max(maxScoreGap, Math.abs(l.hits().get(i).score() - s.hits().get(i).score()));
          Passage other = s.hits().get(i).passage();
          if (!l.hits().get(i).passage().equals(other)) {
            double tie = Math.abs(l.hits().get(i).score()
                - l.hits().stream().filter(h -> h.passage().equals(other)).findFirst().orElseThrow().score());
            assertTrue(tie < TIE, item.id() + " rank " + (i + 1) + ": " + ids(l.hits()) + " vs " + ids(s.hits()));
          }
        }
      }
      assertTrue(maxScoreGap < TIE, "fused scores differ by " + maxScoreGap);
      System.err.println("solr parity: max fused-score gap " + maxScoreGap);
      assertEquals(List.of(), differ);
      assertEquals(replies(local), replies(solr));
      System.err.printf("search p50 ms, seed questions x3 (cluster in this JVM): local %.1f, solr %.1f%n",
          p50(local), p50(solr));
    }
  }

  @Test
  @Order(3)
  void lookupsMatchTheLocalIndex() {
    Archive local = RealArchive.get();
    try (SolrArchive solr = open()) {
      assertEquals(local.issues(), solr.issues());
      for (Issue i : local.issues()) {
        assertEquals(local.issue(i.date(), i.paper()), solr.issue(i.date(), i.paper()));
      }
      Passage p = local.search("顺义区总工会 疫情防控", 1).hits().get(0).passage();
      assertEquals(Optional.of(p), solr.passage(p.id()));
      assertEquals(local.article(p), solr.article(p));
      Article first = local.firstArticle().orElseThrow();
      Article solrFirst = solr.firstArticle().orElseThrow();
      assertEquals(List.of(first.page(), first.ordinal(), first.headline(), first.byline(), first.text()),
          List.of(solrFirst.page(), solrFirst.ordinal(), solrFirst.headline(), solrFirst.byline(), solrFirst.text()));
      List<float[]> lv = local.sentenceVectors(p).orElseThrow();
      List<float[]> sv = solr.sentenceVectors(p).orElseThrow();
      assertEquals(lv.size(), sv.size());
      for (int i = 0; i < lv.size(); i++) {
        assertTrue(java.util.Arrays.equals(lv.get(i), sv.get(i)));
      }
      Quotation q = Quotation.of("全力以赴支援前线，为疫情防控筑牢“铜墙铁壁”");
      List<QuoteMatch> quoted = solr.quote(q);
      assertFalse(quoted.isEmpty());
      assertEquals(local.quote(q), quoted);
      // the bundled pages are undated: no date rules them out, in the collection as in the index
      Scope day = Scope.day(LocalDate.of(2020, 3, 4));
      List<Hit> scoped = solr.search("北京电控 职工 献血", day, 5).hits();
      assertFalse(scoped.isEmpty());
      assertEquals(local.search("北京电控 职工 献血", day, 5).hits().get(0).passage(), scoped.get(0).passage());
      assertEquals(List.of(), solr.issue(LocalDate.of(2020, 3, 4), null), "an issue lists its own pages alone");
      // a person spelled with nothing else to search by is looked up by the pinyin, there as here
      List<Hit> spelled = solr.search("Who is Shi Jian?", 1).hits();
      assertTrue(spelled.get(0).passage().text().contains("施剑"), spelled::toString);
      assertEquals(local.search("Who is Shi Jian?", 1).hits().get(0).passage(), spelled.get(0).passage());
    }
  }

  /**
   * {@code bench --scale --solr} on a scratch collection: two sizes, each written into the
   * collection after it replaced the one before, with the local rows' passages and needles, and
   * found there. The collection holding the real archive is refused before anything is measured.
   */
  @Test
  @Order(4)
  void benchScaleMeasuresTheSyntheticArchiveInAScratchCollectionAndRefusesTheRealOne() throws Exception {
    CliRun refused = CliRun.of("bench", "--scale", "100", "--real-vectors", "0", "--solr", urls, "--corpus", "corpus");
    assertEquals(2, refused.exit(), refused.err());
    assertTrue(refused.err().startsWith("错误 / error: 不能清空这个集合 / will not clear this collection: collection baoku holds "),
        refused.err());
    assertEquals(1, refused.err().strip().lines().count(), refused.err());
    assertEquals("", refused.out(), "refused before anything is measured");
    try (SolrArchive real = open()) {
      assertEquals(RealArchive.get().stats().passages(), real.stats().passages());
      assertFalse(real.search("顺义区总工会 疫情防控", 1).hits().isEmpty());
    }

    CliRun created = CliRun.of("solr-setup", "--solr", urls, "--solr-collection", SCRATCH, "--shards", "2", "--replicas", "1");
    assertEquals(0, created.exit(), created.err());
    cluster.waitForActiveCollection(SCRATCH, 2, 2);
    CliRun bench = CliRun.of("bench", "--scale", "100,300", "--real-vectors", "0", "--needles", "30",
        "--solr", urls, "--solr-collection", SCRATCH, "--corpus", "corpus", "--json");
    assertEquals(0, bench.exit(), bench.err());
    List<String> lines = bench.out().strip().lines().toList();
    JsonNode rows = new ObjectMapper().readTree(lines.get(lines.size() - 1)).get("rows");
    assertEquals(List.of("baoku", "baoku-solr", "baoku", "baoku-solr"),
        List.of(rows.get(0), rows.get(1), rows.get(2), rows.get(3)).stream().map(r -> r.get("system").asText()).toList());
    for (int i = 0; i < 4; i += 2) {
      JsonNode local = rows.get(i);
      JsonNode solr = rows.get(i + 1);
      for (String same : List.of("passages", "pages", "articles", "vectors", "needles", "timed")) {
        assertEquals(local.get(same), solr.get(same), same + " of " + solr);
      }
      assertEquals(List.of(SCRATCH, "2", "1"), List.of(solr.get("collection").asText(), solr.get("shards").asText(),
          solr.get("replicas").asText()));
      assertTrue(solr.get("recall_at_5").asDouble() >= 0.9, solr.toString());
      assertTrue(solr.get("search_p50_ms").asDouble() > 0 && solr.get("ask_p99_ms").asDouble() > 0, solr.toString());
      System.err.printf("bench --scale %d, recall@5 local %.2f, solr %.2f%n", local.get("passages").asInt(),
          local.get("recall_at_5").asDouble(), solr.get("recall_at_5").asDouble());
    }
    ModifiableSolrParams all = new ModifiableSolrParams();
    all.set("q", "*:*");
    all.set("rows", 0);
    assertEquals(rows.get(3).get("passages").asLong() + 1, // the record of what was written
        cluster.getSolrClient().query(SCRATCH, all).getResults().getNumFound(), "the first size was cleared");

    CliRun ask = CliRun.of("ask", "--solr", urls, "--solr-collection", SCRATCH, "泓岚钦澄水库的总库容是多少？");
    assertEquals(2, ask.exit(), "the stand-in archive is not served as a real one: " + ask.out());
    assertTrue(ask.err().contains("was indexed with model stand-in"), ask.err());
  }

  @Test
  @Order(5)
  void withOneNodeDownEveryQuestionIsAnsweredAndItsWritesAreServedAfterTheRestart() throws Exception {
    Archive local = RealArchive.get();
    Map<String, String> expected = replies(local);
    JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
    cluster.waitForJettyToStop(stopped);
    Path corpus = Files.createTempDirectory(base, "corpus");
    try (SolrArchive solr = open()) {
      assertEquals(expected, replies(solr));
      // Written while the node is down: a page added to the corpus.
      for (Path f : Files.list(Path.of("corpus")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
      Files.writeString(corpus.resolve("900_added.txt"), "停电期间新增的版面\n\n本报讯 昨日，平谷区总工会为"
          + "坚守在抗洪一线的职工送去清凉饮品三千箱，慰问职工一千二百人。\n");
      CliRun indexed = CliRun.of("index", "--solr", urls, "--corpus", corpus.toString());
      assertEquals(0, indexed.exit(), indexed.err());
      assertTrue(indexed.out().contains("1 pages written"), indexed.out());
    }
    cluster.startJettySolrRunner(stopped);
    cluster.waitForNode(stopped, 30);
    cluster.waitForActiveCollection(COLLECTION, 30, TimeUnit.SECONDS, 2, 4);
    JettySolrRunner other = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(other);
    try (SolrArchive solr = open()) {
      List<Hit> hits = solr.search("平谷区总工会送去多少箱清凉饮品？", 1).hits();
      assertEquals("900_added.txt", hits.get(0).passage().page());
      assertEquals(expected, replies(solr));
    }
  }

  /** Median time of a 5-hit search over the seed questions, three rounds, for the log. */
  private static double p50(Archive archive) {
    List<Long> nanos = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (QaItem item : QaSet.read(SEED).items()) {
        long t0 = System.nanoTime();
        archive.search(item.question(), 5);
        nanos.add(System.nanoTime() - t0);
      }
    }
    nanos.sort(null);
    return nanos.get(nanos.size() / 2) / 1e6;
  }

  private static SolrArchive open() {
    return SolrArchive.open(SolrTarget.of(urls, null, COLLECTION, Map.of()).orElseThrow());
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(h -> h.passage().id()).toList();
  }

  /** Each seed question's reply in one conversation, as the chat renders it, by question id. */
  private static Map<String, String> replies(Archive archive) {
    Conversations chat = Wiring.conversations(archive, Map.of());
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (QaItem item : QaSet.read(SEED).items()) {
      out.put(item.id(), PlainText.render(chat.handle("parity", Command.parse(item.question()))));
    }
    return out;
  }
}
