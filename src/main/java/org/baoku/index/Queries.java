package org.baoku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The queries the archive asks of its index, built over {@link IndexSchema}'s fields: user text
 * never reaches a query parser, so no question is ever read as query syntax.
 */
public final class Queries {

  private Queries() {}

  /**
   * A disjunction of {@code terms}, each clause boosted by its value, with every term looked up
   * once in {@code reader}, through one terms enumeration per field. Terms the index does not hold
   * make no clause: Lucene would otherwise look each one up again, per clause, to find nothing. Nor
   * do terms found in more than {@code maxDocFreq} passages: their BM25 weight is small (at a share
   * of 0.3 an IDF of at most 1.2, where a rare term has 6) and their postings are the longest to
   * score. A CMRC 2018 question keeps 21.6 of its 33.4 clauses at share 1, 19.4 at 0.3.
   */
  static Query anyOf(IndexReader reader, Map<Term, Float> terms, long maxDocFreq) {
    List<LeafReaderContext> leaves = reader.leaves();
    Map<String, TermsEnum[]> enums = new HashMap<>();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    try {
      for (Map.Entry<Term, Float> e : terms.entrySet()) {
        Term term = e.getKey();
        TermsEnum[] perLeaf = enums.get(term.field());
        if (perLeaf == null) {
          perLeaf = new TermsEnum[leaves.size()];
          for (LeafReaderContext leaf : leaves) {
            Terms t = leaf.reader().terms(term.field());
            perLeaf[leaf.ord] = t == null ? null : t.iterator();
          }
          enums.put(term.field(), perLeaf);
        }
        TermStates states = null;
        for (LeafReaderContext leaf : leaves) {
          TermsEnum te = perLeaf[leaf.ord];
          if (te != null && te.seekExact(term.bytes())) {
            states = states == null ? new TermStates(reader.getContext()) : states;
            states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
          }
        }
        if (states != null && states.docFreq() <= maxDocFreq) {
          Query clause = new TermQuery(term, states);
          q.add(e.getValue() == 1f ? clause : new BoostQuery(clause, e.getValue()),
              BooleanClause.Occur.SHOULD);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return q.build();
  }

  /**
   * Passages whose {@link IndexSchema#GRAMS} hold at least {@code minShared} of the distinct {@code
   * grams}, each gram counting once whatever its frequency; null when there are no grams.
   */
  static Query sharingGrams(Collection<String> grams, int minShared) {
    Set<String> distinct = new LinkedHashSet<>(grams);
    if (distinct.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String g : distinct) {
      b.add(new ConstantScoreQuery(new TermQuery(new Term(IndexSchema.GRAMS, g))), BooleanClause.Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch(Math.max(1, Math.min(minShared, distinct.size())));
    return b.build();
  }

  /**
   * The filter admitting the passages printed from {@code from} to {@code to} (either null: open)
   * and those whose date is unknown, in {@code paper} and on page {@code pageNo} (null: any); null
   * when nothing is limited.
   */
  public static Query scope(LocalDate from, LocalDate to, String paper, Integer pageNo) {
    if (from == null && to == null && paper == null && pageNo == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (from != null || to != null) {
      int lo = from == null ? Integer.MIN_VALUE : Math.toIntExact(from.toEpochDay());
      int hi = to == null ? Integer.MAX_VALUE : Math.toIntExact(to.toEpochDay());
      // An undated passage may be of any day: a date named in a question cannot rule it out.
      Query dated = new BooleanQuery.Builder()
          .add(IntPoint.newRangeQuery(IndexSchema.DATE, lo, hi), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(IndexSchema.UNDATED, "1")), BooleanClause.Occur.SHOULD)
          .build();
      b.add(dated, BooleanClause.Occur.FILTER);
    }
    if (paper != null) {
      b.add(new TermQuery(new Term(IndexSchema.PAPER, paper)), BooleanClause.Occur.FILTER);
    }
    if (pageNo != null) {
      b.add(IntPoint.newExactQuery(IndexSchema.PAGE_NO, pageNo), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** The passages of one issue: {@code date}, and {@code paper} unless null. */
  static Query issue(LocalDate date, String paper) {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(IntPoint.newExactQuery(IndexSchema.DATE, Math.toIntExact(date.toEpochDay())), BooleanClause.Occur.FILTER);
    if (paper != null) {
      q.add(new TermQuery(new Term(IndexSchema.PAPER, paper)), BooleanClause.Occur.FILTER);
    }
    return q.build();
  }

  static Query passageId(String id) {
    return new TermQuery(new Term(IndexSchema.ID, id));
  }

  static Query page(String page) {
    return new TermQuery(new Term(IndexSchema.PAGE, page));
  }

  /** Every input file's record document. */
  static Query records() {
    return new TermQuery(new Term(IndexSchema.RECORD, "1"));
  }

  /** Every document of one input file: its passages and its record. */
  static Term source(String file) {
    return new Term(IndexSchema.SOURCE, file);
  }

  /**
   * The approximate {@code k} nearest passages to {@code v} by {@link VectorStore#VECTOR}, among
   * those {@code filter} admits (all when null), scored {@code (1 + cos) / 2}; the vector is
   * encoded as {@link VectorStore} indexes it.
   */
  public static Query nearest(float[] v, int k, Query filter) {
    return VectorStore.nearest(v, k, filter);
  }
}
