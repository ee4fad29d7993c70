package org.baoku.retrieve;

/**
 * Tunables of the hybrid search, all with measured defaults: the one place its figures live,
 * shared by every index that runs it (the local {@link HybridRetriever} and SolrCloud's), so both
 * rank alike.
 *
 * @param denseWeight w in the fusion; 0 is pure BM25, 1 pure dense
 * @param candidates how many BM25 hits enter the fusion, each with its exact dense score
 * @param neighbours how many approximate nearest neighbours the dense leg adds to them
 * @param perArticle at most this many passages of one article in a result; 0 for no cap
 * @param queryInstruction prefix BGE's retrieval instruction to the query before embedding
 * @param headlineBoost weight of headline matches relative to body matches; 0 ignores headlines
 * @param gramsWeight weight of character-bigram matches; 0 leaves them out
 */
public record HybridSettings(double denseWeight, int candidates, int neighbours, int perArticle,
    boolean queryInstruction, float headlineBoost, float gramsWeight) {

  /**
   * Dense weight in the fusion. CMRC 2018 dev (848 paragraphs, 3,219 questions) R@1 / R@5 /
   * MRR@10 with BM25's candidates rescored exactly: w=0.2 0.977 / 0.999 / 0.987, w=0.3 0.979 /
   * 0.999 / 0.988, w=0.4 0.981 / 0.999 / 0.989, w=0.5 0.982 / 0.999 / 0.989; seed-dev and our
   * held-out set are the same at 0.3 and 0.4, and 0.5 lowers seed-dev MRR. (Before rescoring,
   * with both legs' top 50: w=0.3 0.980 / 0.999 / 0.989. RRF k=60 fell below BM25 alone on CMRC,
   * retrieval-notes.md.)
   */
  public static final double DENSE_WEIGHT = 0.4;

  /**
   * BM25 hits brought to the fusion, each with its exact dense score. CMRC 2018 dev R@1 / R@5 /
   * MRR@10: 50 candidates 0.9814 / 0.9991 / 0.9891, 30 0.9807 / 0.9991 / 0.9888, 20 0.9811 /
   * 0.9991 / 0.9890; seed-dev and our held-out set are the same at 20. Fewer candidates make the
   * BM25 leg and the rescoring cheaper.
   */
  public static final int CANDIDATES = 20;

  /**
   * Approximate nearest neighbours the dense leg adds to BM25's candidates, for the passages BM25
   * misses. BM25's candidates get exact dense scores, so a deep search buys nothing: CMRC R@1 /
   * R@5 / MRR@10 are 0.981 / 0.999 / 0.989 whether 5, 10 or 20 neighbours are added. Scoring the
   * candidates exactly costs less than the HNSW depth it saves (search for 50 neighbours: about
   * 0.3 ms on CMRC; for 10: 0.15 ms; rescoring 50 candidates: 0.07 ms).
   */
  public static final int NEIGHBOURS = 10;

  /**
   * No cap on passages per article: capping at 1 dropped seed-dev R@5 from 0.952 to 0.76 (list
   * and why-questions need several passages of one article), capping at 2 changed nothing.
   */
  public static final int PER_ARTICLE = 0;

  /**
   * BGE's query instruction stays off: with it CMRC R@1 at w=0.3 was unchanged (0.977), dense
   * alone fell from 0.935 to 0.928, seed-dev did not improve, and it costs query time.
   */
  public static final boolean USE_QUERY_INSTRUCTION = false;

  /**
   * Headline-and-byline matches count like body matches: without that field seed-dev R@5 fell
   * from 0.952 to 0.905 (a diary signed only in its byline); boosts 0.5 and 2 were no better.
   */
  public static final float HEADLINE_BOOST = 1.0f;

  /**
   * Weight of character-bigram matches (the {@link org.baoku.index.IndexSchema#GRAMS} field) next
   * to the SmartChinese word matches: bigrams catch names and terms the word segmenter cuts
   * differently in question and passage. CMRC 2018 dev R@1 / MRR@10: BM25 words 0.963 / 0.978,
   * words + bigrams 0.976 / 0.986; hybrid (w=0.3) 0.977 / 0.987 without, 0.982 / 0.989 at 0.5,
   * 0.982 / 0.990 at 1. Leaving out bigrams with Latin letters (see {@link HybridQuery#bm25Terms})
   * gives 0.980 / 0.989.
   */
  public static final float GRAMS_WEIGHT = 1.0f;

  /**
   * Query terms found in more than this share of the passages are left out of BM25 ({@link
   * org.baoku.index.PassageSearcher#anyOf}). CMRC 2018 dev R@1 / R@5 / MRR@10 are 0.981 / 0.999 /
   * 0.989 with them and at 0.3, and fall at 0.1 (0.980 / 0.999 / 0.988); seed-dev and our held-out
   * set are the same at 0.3. Fewer clauses to score make the BM25 leg cheaper beside the query
   * embedding.
   */
  public static final double COMMON_SHARE = 0.3;

  /** The measured choices above. */
  public static final HybridSettings DEFAULT = new HybridSettings(DENSE_WEIGHT, CANDIDATES, NEIGHBOURS,
      PER_ARTICLE, USE_QUERY_INSTRUCTION, HEADLINE_BOOST, GRAMS_WEIGHT);

  public HybridSettings {
    if (denseWeight < 0 || denseWeight > 1) {
      throw new IllegalArgumentException("dense weight must be in [0, 1]: " + denseWeight);
    }
    if (candidates <= 0 || neighbours <= 0 || perArticle < 0 || headlineBoost < 0
        || gramsWeight < 0) {
      throw new IllegalArgumentException("bad retrieval settings " + candidates + "/"
          + neighbours + "/" + perArticle + "/" + headlineBoost + "/" + gramsWeight);
    }
  }
}
