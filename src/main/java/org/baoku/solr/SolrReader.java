package org.baoku.solr;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Issue;
import org.baoku.ingest.Passage;

/**
 * Reads back what a collection holds, as our own values: passages by id, article and issue, the
 * first news article, the issues (one facet request), a passage's sentence vectors and the
 * passages sharing a quotation's grams. Each lookup is one request (the first article a few) on
 * {@link SolrRetriever#query}, never the whole collection. The lookups of {@link SolrArchive},
 * which states their contracts and keeps what they read in a {@link ReadCache}; they never call
 * back. Thread-safe.
 */
final class SolrReader {

  /** A page's passages read at most, for an article or an issue's day: far above a real page. */
  private static final int MAX_ROWS = 10_000;

  /** Passages of news articles read per request while looking for the first with a headline. */
  private static final int FIRST_ARTICLE_BATCH = 200;

  private final SolrRetriever retriever;

  SolrReader(SolrRetriever retriever) {
    this.retriever = retriever;
  }

  /** {@link SolrArchive#firstArticle}: passages of news articles a batch at a time, by ord. */
  Optional<Article> firstArticle() {
    List<String> fq = List.of(SolrFields.term(SolrFields.KIND, ArticleKind.ARTICLE.name()));
    for (int start = 0; ; start += FIRST_ARTICLE_BATCH) {
      List<Passage> batch = passages(fq, start, FIRST_ARTICLE_BATCH, "reading the first article");
      for (Passage p : batch) {
        if (!p.headline().isBlank()) {
          return Optional.of(assemble(article(p.page(), p.article())));
        }
      }
      if (batch.size() < FIRST_ARTICLE_BATCH) {
        return Optional.empty();
      }
    }
  }

  /**
   * An article from its passages in reading order. Each passage is a span of the article's text
   * with the whitespace between two of them left out, which is a line break in cleaned text, so a
   * gap is filled with line breaks; the lines before the byline (or up to the headline, when there
   * is no byline) are its titles, the rest its paragraphs.
   */
  static Article assemble(List<Passage> passages) {
    Passage first = passages.get(0);
    StringBuilder text = new StringBuilder();
    int end = first.start();
    for (Passage p : passages) {
      if (p.start() >= end) {
        text.append("\n".repeat(text.length() == 0 ? 0 : p.start() - end)).append(p.text());
      } else if (p.end() > end) {
        text.append(p.text(), Math.min(p.text().length(), end - p.start()), p.text().length());
      }
      end = Math.max(end, p.end());
    }
    List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
    int header = first.byline().isEmpty() ? lines.indexOf(first.headline()) + 1 : lines.indexOf(first.byline());
    if (header <= 0) {
      header = lines.indexOf(first.headline()) + 1;
    }
    List<String> titles = new ArrayList<>(lines.subList(0, Math.max(0, header)));
    List<String> paragraphs = new ArrayList<>(lines.subList(Math.max(0, header), lines.size()));
    if (!first.byline().isEmpty() && !paragraphs.isEmpty() && paragraphs.get(0).equals(first.byline())) {
      paragraphs.remove(0);
    }
    return new Article(first.page(), first.article(), ArticleKind.ARTICLE, titles, first.headline(),
        first.byline(), paragraphs, first.imprint());
  }

  /** The passage with this id, if the collection holds it. */
  Optional<Passage> passage(String id) {
    List<Passage> found = passages(List.of(SolrFields.term(SolrFields.ID, id)), 1, "reading a passage");
    return found.stream().findFirst();
  }

  /** The passages of one article, in reading order. */
  List<Passage> article(String page, int article) {
    List<Passage> out = new ArrayList<>(passages(List.of(SolrFields.term(SolrFields.PAGE, page),
        SolrFields.ARTICLE + ":" + article), MAX_ROWS, "reading an article"));
    out.sort(Comparator.comparingInt(Passage::start));
    return out;
  }

  /** The first passage of each article of that day's pages (of {@code paper}, unless null). */
  List<Passage> issue(LocalDate date, String paper) {
    // that day's own pages: unlike a search's scope, an issue's listing never takes undated pages
    List<String> fq = new ArrayList<>(List.of(SolrFields.DATE + ":" + SolrFields.day(date)));
    if (paper != null) {
      fq.add(SolrFields.term(SolrFields.PAPER, paper));
    }
    Map<String, Passage> first = new LinkedHashMap<>();
    for (Passage p : passages(fq, MAX_ROWS, "reading an issue")) {
      first.merge(p.articleKey(), p, (a, b) -> a.start() <= b.start() ? a : b);
    }
    List<Passage> out = new ArrayList<>(first.values());
    out.sort(Comparator.comparing((Passage p) -> p.imprint().pageNo(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Passage::page).thenComparingInt(Passage::article));
    return out;
  }

  /** Every paper and date the collection holds: one facet request, nested by paper. */
  NavigableSet<Issue> issues() {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", "*:*");
    q.set("fq", SolrFields.term(SolrFields.DOC_TYPE, SolrFields.PASSAGE_TYPE));
    q.set("rows", 0);
    q.set("json.facet", "{dates:{type:terms,field:date,limit:-1,facet:{papers:{type:terms,field:paper,limit:-1,missing:true}}}}");
    NamedList<?> facets = (NamedList<?>) retriever.query(q, "listing issues").getResponse().get("facets");
    NavigableSet<Issue> out = new TreeSet<>();
    NamedList<?> dates = facets == null ? null : (NamedList<?>) facets.get("dates");
    if (dates == null) {
      return Collections.unmodifiableNavigableSet(out);
    }
    for (Object b : (List<?>) dates.get("buckets")) {
      NamedList<?> bucket = (NamedList<?>) b;
      LocalDate day = LocalDate.ofInstant(((Date) bucket.get("val")).toInstant(), ZoneOffset.UTC);
      NamedList<?> papers = (NamedList<?>) bucket.get("papers");
      for (Object pb : (List<?>) papers.get("buckets")) {
        out.add(new Issue((String) ((NamedList<?>) pb).get("val"), day));
      }
      NamedList<?> missing = (NamedList<?>) papers.get("missing");
      if (missing != null && ((Number) missing.get("count")).longValue() > 0) {
        out.add(new Issue(null, day));
      }
    }
    return Collections.unmodifiableNavigableSet(out);
  }

  /** The stored sentence vectors of {@code p}'s id, with the text stored beside them. */
  Optional<SentenceVectors> sentenceVectors(Passage p) {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("q", SolrFields.term(SolrFields.ID, p.id()));
    q.set("fl", SolrFields.TEXT + "," + SolrFields.SENTENCES);
    q.set("rows", 1);
    var docs = retriever.query(q, "reading sentence vectors").getResults();
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    SolrDocument d = docs.get(0);
    Object bytes = d.getFirstValue(SolrFields.SENTENCES);
    if (!(bytes instanceof byte[] b)) {
      return Optional.empty();
    }
    return Optional.of(new SentenceVectors((String) d.getFirstValue(SolrFields.TEXT), SolrFields.unpack(b)));
  }

  /**
   * {@link SolrArchive#sharingGrams}: one boolean query that must match {@code minShared} of the
   * grams, by score, ties by ord.
   */
  List<Passage> sharingGrams(Collection<String> grams, int minShared, int k) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(grams));
    if (distinct.isEmpty() || k <= 0) {
      return List.of();
    }
    ModifiableSolrParams q = new ModifiableSolrParams();
    StringBuilder bool = new StringBuilder("{!bool mm=" + Math.max(1, Math.min(minShared, distinct.size())));
    for (int i = 0; i < distinct.size(); i++) {
      q.set("g" + i, SolrFields.term(SolrFields.GRAMS, distinct.get(i)));
      bool.append(" should=$g").append(i);
    }
    q.set("q", bool.append('}').toString());
    q.set("fl", SolrFields.PASSAGE_FL);
    q.set("rows", k);
    q.set("sort", "score desc," + SolrFields.ORD + " asc");
    List<Passage> out = new ArrayList<>();
    for (SolrDocument d : retriever.query(q, "looking up a quotation").getResults()) {
      out.add(SolrFields.passage(d));
    }
    return out;
  }

  private List<Passage> passages(List<String> filters, int rows, String doing) {
    return passages(filters, 0, rows, doing);
  }

  private List<Passage> passages(List<String> filters, int start, int rows, String doing) {
    ModifiableSolrParams q = new ModifiableSolrParams();
    q.set("start", start);
    q.set("q", "*:*");
    filters.forEach(f -> q.add("fq", f));
    q.add("fq", SolrFields.term(SolrFields.DOC_TYPE, SolrFields.PASSAGE_TYPE));
    q.set("fl", SolrFields.PASSAGE_FL);
    q.set("rows", rows);
    q.set("sort", SolrFields.ORD + " asc");
    List<Passage> out = new ArrayList<>();
    for (SolrDocument d : retriever.query(q, doing).getResults()) {
      out.add(SolrFields.passage(d));
    }
    return out;
  }
}
