package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two lookups the hybrid retriever makes beside Lucene's own queries, on the index of the real
 * pages: {@link PassageSearcher#anyOf} must score exactly as Lucene's disjunction of the same clauses
 * does, and {@link PassageSearcher#vectorScores} must give the scores an exhaustive kNN search gives.
 */
class PassageSearcherQueryTest {

  private static final List<String> QUESTIONS = List.of(
      "顺义区总工会派了几名干部到天竺镇", "急救培训有多少人参加", "无偿献血", "读书会在哪里举办");

  private static PassageSearcher index;

  @BeforeAll
  static void open() {
    index = PassageSearcher.open(new IndexHome(RealArchive.indexDir()).live().orElseThrow());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void anyOfScoresLikeLucenesDisjunctionWithoutTheAbsentTerms() {
    for (String q : QUESTIONS) {
      Map<Term, Float> terms = new LinkedHashMap<>();
      for (String w : ChineseText.terms(IndexSchema.TEXT, ChineseText.normalise(q))) {
        terms.put(new Term(IndexSchema.TEXT, w), 1f);
        terms.put(new Term(IndexSchema.HEADLINE, w), 0.5f);
      }
      IndexSchema.bigramsOf(q).forEach(g -> terms.put(new Term(IndexSchema.GRAMS, g), 2f));
      Term absent = new Term(IndexSchema.TEXT, "不在档案里的词");
      terms.put(absent, 1f);
      BooleanQuery.Builder lucene = new BooleanQuery.Builder();
      terms.forEach((t, boost) -> lucene.add(new BoostQuery(new TermQuery(t), boost),
          BooleanClause.Occur.SHOULD));

      Query ours = index.anyOf(terms, 1.0);
      assertSameHits(index.search(lucene.build(), 30), index.search(ours, 30), q);

      Set<Term> kept = termsOf(ours);
      Set<Term> held = terms.keySet().stream()
          .filter(t -> index.search(new TermQuery(t), 1).totalHits.value > 0)
          .collect(Collectors.toSet());
      assertEquals(held, kept, q);
      assertFalse(kept.contains(absent), q);
      assertTrue(kept.size() < terms.size(), q);
    }
  }

  @Test
  void anyOfLeavesOutTermsInMoreThanTheShareOfPassages() {
    long max = (long) Math.floor(0.3 * index.size());
    int common = 0;
    for (String q : QUESTIONS) {
      Map<Term, Float> terms = new LinkedHashMap<>();
      IndexSchema.bigramsOf("北京市总工会职工" + q).forEach(g -> terms.put(new Term(IndexSchema.GRAMS, g), 1f));
      Set<Term> kept = termsOf(index.anyOf(terms, 0.3));
      for (Term t : terms.keySet()) {
        long df = index.search(new TermQuery(t), 1).totalHits.value;
        assertEquals(df > 0 && df <= max, kept.contains(t), q + " " + t.text() + " df " + df);
        common += df > max ? 1 : 0;
      }
    }
    assertTrue(common > 0, "no question term is common enough to be left out");
  }

  @Test
  void vectorScoresAreTheExhaustiveKnnScores() {
    int size = index.size();
    for (String q : QUESTIONS) {
      float[] v = Embedder.shared().embed(q);
      TopDocs all = index.search(Queries.nearest(v, size, null), size);
      List<Integer> docs = new ArrayList<>();
      for (ScoreDoc d : all.scoreDocs) {
        docs.add(d.doc);
      }
      // In no particular order and with a repeat: the lookup sorts and de-duplicates itself.
      List<Integer> asked = new ArrayList<>(docs);
      Collections.reverse(asked);
      asked.add(docs.get(0));
      Map<Integer, Double> exact = index.vectorScores(v, asked);
      assertEquals(docs.size(), exact.size(), q);
      // The kNN search quantizes the question to bytes as well; the exact scores keep it float.
      for (ScoreDoc d : all.scoreDocs) {
        assertEquals(d.score, exact.get(d.doc), 2e-3, q + " doc " + d.doc);
      }
      assertTrue(index.vectorScores(v, IntStream.of(-1, 1 << 30, (1 << 30) + 7).boxed().toList()).isEmpty());
    }
  }

  private static Set<Term> termsOf(Query disjunction) {
    return ((BooleanQuery) disjunction).clauses().stream()
        .map(c -> c.getQuery() instanceof BoostQuery b ? b.getQuery() : c.getQuery())
        .map(t -> ((TermQuery) t).getTerm()).collect(Collectors.toSet());
  }

  private static void assertSameHits(TopDocs expected, TopDocs actual, String q) {
    assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, q);
    assertTrue(expected.scoreDocs.length > 0, q);
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, q + " rank " + (i + 1));
      assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, 1e-5, q + " rank " + (i + 1));
    }
  }
}
