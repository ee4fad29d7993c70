package org.baoku.quote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baoku.index.PassageSearcher;
import org.baoku.ingest.Passage;
import org.baoku.quote.QuoteMatch.Appearance;

/**
 * Citation lookup: every article that holds a quotation or a close variant of it (re-punctuated,
 * in the other script, full- or half-width, with a few characters wrong or missing, or only part
 * of a sentence), the span found verbatim with its differences marked, earliest first.
 *
 * <p>How: the index's character bigrams bring candidate passages that share enough of the
 * quotation's bigrams to possibly reach the threshold ({@link #minShared}); each candidate is
 * aligned character by character ({@link Alignment}) in the folded form ({@link Folded}), and the
 * span is mapped back to the verbatim text. When the quotation runs off a passage's start or end,
 * it is aligned again against the whole article, whose passages are cut on sentence boundaries, so
 * a quotation may straddle two of them. One match per article, the best.
 *
 * <p>Order: dated matches by date (then similarity, paper, page number, page, article), the ones
 * on the earliest date {@link Appearance#FIRST}, the others {@link Appearance#REPRINT}; undated
 * matches after them, by similarity, page and article. Thread-safe; construct per index (it keeps
 * nothing else).
 */
public final class QuoteFinder {

  /**
   * Where the candidates come from: an index of the {@link org.baoku.index.IndexSchema#GRAMS character bigrams}
   * (the local index, or a SolrCloud collection).
   */
  public interface Source {

    /**
     * Passages holding at least {@code minShared} of the distinct {@code grams}, those sharing the
     * most first, at most {@code k} ({@link PassageSearcher#sharingGrams}).
     */
    List<Passage> sharingGrams(Collection<String> grams, int minShared, int k);

    /** The passages of one article in reading order; empty when there is none. */
    List<Passage> article(String page, int article);
  }

  /**
   * @param minSimilarity matches below it are left out
   * @param candidates passages aligned at most: the most a quotation can be found in, reprints
   *     included
   */
  public record Settings(double minSimilarity, int candidates) {

    /**
     * 0.75: what unrelated text reaches stays below it, and two wrong characters in eight stay
     * above it. Measured by {@code baoku bench --quote-passages 100000} (200 quotations of each
     * kind, 8–40 characters): quotations absent from the archive reached a best similarity of
     * 0.21 at the median and 0.57 at the 99th percentile (the one above 0.75 was a set phrase the
     * archive holds, 有重要的指导意义); the source of a quotation with two characters replaced
     * reached 0.75 or more in 192 of 200, the others being quotations of seven characters or fewer.
     */
    public static final double MIN_SIMILARITY = 0.75;

    /** Enough for every reprint of a quotation in a daily's decades; each costs about 0.05 ms to align. */
    public static final int CANDIDATES = 100;

    public static final Settings DEFAULT = new Settings(MIN_SIMILARITY, CANDIDATES);

    public Settings {
      if (!(minSimilarity > 0 && minSimilarity <= 1) || candidates < 1) {
        throw new IllegalArgumentException("need 0 < minSimilarity <= 1 and candidates >= 1, got "
            + minSimilarity + ", " + candidates);
      }
    }
  }

  private final Source index;
  private final Settings settings;

  public QuoteFinder(PassageSearcher index) {
    this(index, Settings.DEFAULT);
  }

  public QuoteFinder(PassageSearcher index, Settings settings) {
    this(local(Objects.requireNonNull(index, "index")), settings);
  }

  public QuoteFinder(Source source, Settings settings) {
    this.index = Objects.requireNonNull(source, "source");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  private static Source local(PassageSearcher index) {
    return new Source() {
      @Override
      public List<Passage> sharingGrams(Collection<String> grams, int minShared, int k) {
        return index.sharingGrams(grams, minShared, k);
      }

      @Override
      public List<Passage> article(String page, int article) {
        return index.article(page, article);
      }
    };
  }

  /**
   * The matches of {@code text}, earliest first; empty when nothing reaches the threshold and also
   * when {@code text} is no quotation at all ({@link Quotation#of} says why). Never null, never
   * throws on any text.
   */
  public List<QuoteMatch> find(String text) {
    Quotation q;
    try {
      q = Quotation.of(text);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    return find(q);
  }

  /** The matches of {@code q}, earliest first; never null. */
  public List<QuoteMatch> find(Quotation q) {
    Folded quote = q.folded();
    List<String> grams = q.grams();
    List<Passage> candidates = index.sharingGrams(grams, minShared(grams.size(), quote.length()),
        settings.candidates());
    Map<String, List<Passage>> byArticle = new LinkedHashMap<>();
    for (Passage p : candidates) {
      byArticle.computeIfAbsent(p.articleKey(), k -> new ArrayList<>()).add(p);
    }
    List<QuoteMatch> found = new ArrayList<>();
    for (List<Passage> ps : byArticle.values()) {
      QuoteMatch m = ps.size() == 1 ? inPassage(q, ps.get(0)) : inArticle(q, ps.get(0));
      if (m != null && m.similarity() >= settings.minSimilarity()) {
        found.add(m);
      }
    }
    return ordered(found);
  }

  /**
   * The fewest of the quotation's {@code grams} distinct bigrams a passage holding a match at the
   * threshold can share: each quotation character that does not match breaks at most two bigrams,
   * and a match keeps at least {@code minSimilarity} of the characters, so at most
   * {@code 2 (1 - minSimilarity) length} bigrams are broken (an added character breaks one, and
   * costs the similarity more than it breaks). Fewer shared would be slower for nothing.
   */
  int minShared(int grams, int length) {
    int broken = (int) Math.floor(2 * (1 - settings.minSimilarity()) * length + 1e-9);
    return Math.max(1, grams - broken);
  }

  private QuoteMatch inPassage(Quotation q, Passage p) {
    Folded text = Folded.of(p.text());
    Alignment a = Alignment.of(q.folded().cps, text.cps);
    if (a.matches == 0) {
      return null;
    }
    // The quotation runs off the passage's edge: the rest may be in the next passage of the article.
    boolean runsOff = a.missingBefore > 0 && a.textStart <= a.missingBefore + Alignment.EDGE
        || a.missingAfter > 0 && text.length() - a.textEnd <= a.missingAfter + Alignment.EDGE;
    if (runsOff) {
      return inArticle(q, p);
    }
    return match(q, a, text, p.text(), p.start(), p, List.of(p));
  }

  private QuoteMatch inArticle(Quotation q, Passage any) {
    List<Passage> passages = index.article(any.page(), any.article());
    if (passages.isEmpty()) {
      return null;
    }
    // Passages are spans of the article cut between sentences; what lies between two is whitespace.
    int base = passages.get(0).start();
    StringBuilder article = new StringBuilder();
    for (Passage p : passages) {
      while (base + article.length() < p.start()) {
        article.append('\n');
      }
      article.append(p.text());
    }
    String verbatim = article.toString();
    Folded text = Folded.of(verbatim);
    Alignment a = Alignment.of(q.folded().cps, text.cps);
    if (a.matches == 0) {
      return null;
    }
    return match(q, a, text, verbatim, base, any, passages);
  }

  /**
   * The match that {@code a} found in {@code verbatim} (folded as {@code text}), which begins at
   * {@code base} in its article; {@code passages} are the article's passages the text spans.
   */
  private static QuoteMatch match(Quotation q, Alignment a, Folded text, String verbatim, int base,
      Passage any, List<Passage> passages) {
    Folded quote = q.folded();
    String quoted = q.text();
    QuoteDiff.Builder diff = new QuoteDiff.Builder();
    int spanStart = text.from[a.textStart];
    int pos = spanStart;
    int qpos = 0;
    for (Alignment.Step s : a.steps) {
      String said = "";
      if (s.q() >= 0) {
        int from = Math.max(qpos, quote.from[s.q()]);
        said = quoted.substring(from, Math.max(from, quote.to[s.q()]));
        qpos = Math.max(qpos, quote.to[s.q()]);
      }
      String printed = "";
      if (s.t() >= 0) {
        int from = text.from[s.t()];
        if (from > pos) {
          // Punctuation and spaces the fold dropped: no difference, kept verbatim.
          diff.add(QuoteDiff.Kind.SAME, verbatim.substring(pos, from), "");
        }
        from = Math.max(from, pos);
        printed = verbatim.substring(from, Math.max(from, text.to[s.t()]));
        pos = Math.max(pos, text.to[s.t()]);
      }
      switch (s.op()) {
        case MATCH -> diff.add(QuoteDiff.Kind.SAME, printed, "");
        case CHANGE -> diff.add(QuoteDiff.Kind.CHANGED, printed, said);
        case EXTRA -> diff.add(QuoteDiff.Kind.EXTRA, printed, "");
        case MISSING -> diff.add(QuoteDiff.Kind.MISSING, "", said);
      }
    }
    // Closing marks the quotation also ends with (》, ”, 。) belong to the span; as many as it has.
    int closing = trailingMarks(quoted, quote);
    if (a.missingAfter == 0) {
      int next = a.textEnd < text.length() ? text.from[a.textEnd] : verbatim.length();
      while (closing > 0 && pos < next && !Character.isWhitespace(verbatim.charAt(pos))) {
        diff.add(QuoteDiff.Kind.SAME, verbatim.substring(pos, pos + 1), "");
        pos++;
        closing--;
      }
    }
    int start = base + spanStart;
    Passage at = any;
    for (Passage p : passages) {
      if (p.start() <= start && start < p.end()) {
        at = p;
      }
    }
    QuoteDiff d = diff.build();
    return new QuoteMatch(at.page(), at.article(), at.headline(), at.imprint(), at.id(), start,
        base + pos, verbatim.substring(spanStart, pos), d, a.similarity(),
        at.imprint().date() == null ? Appearance.UNDATED : Appearance.REPRINT);
  }

  /** Characters after the quotation's last folded one that are not whitespace: its closing marks. */
  private static int trailingMarks(String quoted, Folded quote) {
    int n = 0;
    for (int i = quote.to[quote.length() - 1]; i < quoted.length(); i++) {
      n += Character.isWhitespace(quoted.charAt(i)) ? 0 : 1;
    }
    return n;
  }

  private static final Comparator<QuoteMatch> DATED = Comparator
      .comparing((QuoteMatch m) -> m.imprint().date())
      .thenComparing(Comparator.comparingDouble(QuoteMatch::similarity).reversed())
      .thenComparing(m -> m.imprint().paper(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(m -> m.imprint().pageNo(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(QuoteMatch::page)
      .thenComparingInt(QuoteMatch::article);

  private static final Comparator<QuoteMatch> UNDATED = Comparator
      .comparingDouble(QuoteMatch::similarity).reversed()
      .thenComparing(QuoteMatch::page)
      .thenComparingInt(QuoteMatch::article);

  private static List<QuoteMatch> ordered(List<QuoteMatch> found) {
    List<QuoteMatch> dated = new ArrayList<>(found.stream().filter(m -> m.imprint().date() != null).toList());
    List<QuoteMatch> undated = new ArrayList<>(found.stream().filter(m -> m.imprint().date() == null).toList());
    dated.sort(DATED);
    undated.sort(UNDATED);
    List<QuoteMatch> out = new ArrayList<>(found.size());
    for (QuoteMatch m : dated) {
      boolean first = m.imprint().date().equals(dated.get(0).imprint().date());
      out.add(m.as(first ? Appearance.FIRST : Appearance.REPRINT));
    }
    out.addAll(undated);
    return List.copyOf(out);
  }
}
