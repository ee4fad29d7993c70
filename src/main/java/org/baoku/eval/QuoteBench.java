package org.baoku.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import com.hankcs.hanlp.HanLP;
import org.baoku.index.IndexBuild;
import org.baoku.index.Manifest;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.quote.Quotation;
import org.baoku.quote.QuoteFinder;
import org.baoku.quote.QuoteMatch;

/**
 * Citation lookup measured on a large archive ({@code baoku bench --quote-passages N}): how fast,
 * how often the source is found for each kind of quotation, and how similar unrelated text comes.
 *
 * <p>The archive is public text, not news: SQuAD-format paragraphs (CMRC 2018 dev), each an
 * article, chunked as the archive chunks. The first copy is the text as it is; each further copy,
 * until the archive holds the passages asked for, shuffles every paragraph's sentences and replaces
 * {@value #NOISE} of its Han characters by characters drawn from the paragraphs' own character
 * frequencies, so the bigram postings grow with the archive as they would with new text (a plain
 * copy would make every quotation match once per copy). Each copy is dated a week after the last.
 * The index is text only ({@link IndexBuild#buildTextOnly}): the lookup reads no vectors.
 *
 * <p>Quotations, drawn with a fixed seed from the first copy: a piece of a sentence of 8–40
 * characters, then exact, re-punctuated, in traditional script, with two characters replaced, or
 * the first half of it; and unrelated ones, pieces of the bundled pages, which the archive lacks.
 */
public final class QuoteBench {

  /** Share of Han characters replaced in every copy after the first. */
  public static final double NOISE = 0.4;

  public static final List<String> KINDS = List.of("exact", "repunctuated", "traditional", "two_wrong", "half");

  /** One quotation to look up; {@code page} null for an unrelated one. */
  public record Probe(String kind, String quotation, String page, int article) {}

  /** Per kind: lookups, sources found at the default threshold, the source's similarity at the 5th percentile, latency. */
  public record Row(String kind, int n, int found, double sourceSimilarityP5, double p50Millis, double p99Millis) {}

  /**
   * @param unrelatedBest the best similarity each unrelated quotation reached in the archive (0 when nothing was aligned)
   * @param unrelatedMatched each unrelated quotation with a match at the default threshold, and the best match's text
   */
  public record Report(int passages, int articles, long buildMillis, List<Row> rows, List<Double> unrelatedBest,
      List<String> unrelatedMatched, double p50Millis, double p99Millis) {}

  private QuoteBench() {}

  /** The archive's passages: {@code paragraphs} as they are, then noisy copies until {@code target} passages. */
  public static List<Passage> archive(List<SquadSet.Paragraph> paragraphs, int target, long seed) {
    List<Passage> out = new ArrayList<>();
    int[] pool = hanPool(paragraphs);
    for (int copy = 0; out.size() < target; copy++) {
      Random r = new Random(seed * 1_000_003L + copy);
      LocalDate date = LocalDate.of(2000, 1, 3).plusWeeks(copy);
      for (int i = 0; i < paragraphs.size() && out.size() < target; i++) {
        SquadSet.Paragraph p = paragraphs.get(i);
        String text = copy == 0 ? p.context() : noisy(p.context(), pool, r);
        String page = String.format("c%04d/%s.txt", copy, p.id());
        Article a = new Article(page, 1, ArticleKind.ARTICLE, List.of(p.title()), p.title(), "",
            List.of(text), new Imprint("语料报", date, 1, null));
        out.addAll(Chunker.chunk(a));
      }
    }
    return out.subList(0, Math.min(target, out.size()));
  }

  private static int[] hanPool(List<SquadSet.Paragraph> paragraphs) {
    StringBuilder all = new StringBuilder();
    paragraphs.forEach(p -> all.append(p.context()));
    return all.codePoints().filter(Character::isIdeographic).toArray();
  }

  private static String noisy(String text, int[] pool, Random r) {
    List<String> sentences = new ArrayList<>(Sentences.split(text).stream().map(Sentences.Span::text).toList());
    Collections.shuffle(sentences, r);
    StringBuilder out = new StringBuilder();
    String.join("", sentences).codePoints().forEach(cp -> out.appendCodePoint(
        Character.isIdeographic(cp) && r.nextDouble() < NOISE ? pool[r.nextInt(pool.length)] : cp));
    return out.toString();
  }

  /** {@code n} quotations of each kind cut from the first copy, and {@code n} unrelated ones cut from {@code unrelated}. */
  public static List<Probe> probes(List<Passage> firstCopy, List<String> unrelated, int n, long seed) {
    Random r = new Random(seed);
    int[] pool = hanPool(firstCopy.stream().map(p -> new SquadSet.Paragraph(p.id(), "", p.text())).toList());
    List<Probe> out = new ArrayList<>();
    for (String kind : KINDS) {
      for (int i = 0; i < n; i++) {
        Passage p = firstCopy.get(r.nextInt(firstCopy.size()));
        String piece = piece(p.text(), r);
        if (piece == null) {
          i--;
          continue;
        }
        String q = vary(kind, piece, pool, r);
        if (!isQuotation(q)) {
          i--;
          continue;
        }
        out.add(new Probe(kind, q, p.page(), p.article()));
      }
    }
    for (int i = 0; i < n && !unrelated.isEmpty(); i++) {
      String piece = piece(unrelated.get(r.nextInt(unrelated.size())), r);
      if (piece == null) {
        i--;
        continue;
      }
      out.add(new Probe("unrelated", piece, null, 0));
    }
    return out;
  }

  private static boolean isQuotation(String q) {
    try {
      Quotation.of(q);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** 8–40 characters of one sentence of {@code text}, at least 6 of them Han characters, or null. */
  private static String piece(String text, Random r) {
    List<Sentences.Span> ss = Sentences.split(text);
    if (ss.isEmpty()) {
      return null;
    }
    String s = ss.get(r.nextInt(ss.size())).text().strip();
    if (s.codePoints().filter(Character::isIdeographic).count() < 8 || s.length() < 8) {
      return null;
    }
    int len = 8 + r.nextInt(Math.min(40, s.length()) - 7);
    int start = r.nextInt(s.length() - len + 1);
    String piece = s.substring(start, start + len);
    // Two of its characters are replaced, and it must stay a quotation when they are.
    if (Character.isLowSurrogate(s.charAt(start)) || piece.codePoints().filter(Character::isIdeographic).count() < 6) {
      return null;
    }
    return piece;
  }

  private static String vary(String kind, String q, int[] pool, Random r) {
    return switch (kind) {
      case "repunctuated" -> q.replaceAll("\\p{P}", " ").strip();
      case "traditional" -> HanLP.convertToTraditionalChinese(q);
      case "two_wrong" -> {
        int[] cps = q.codePoints().toArray();
        List<Integer> han = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
          if (Character.isIdeographic(cps[i])) {
            han.add(i);
          }
        }
        Collections.shuffle(han, r);
        for (int i = 0; i < 2; i++) {
          int was = cps[han.get(i)];
          while (cps[han.get(i)] == was) {
            cps[han.get(i)] = pool[r.nextInt(pool.length)];
          }
        }
        yield new String(cps, 0, cps.length);
      }
      case "half" -> q.substring(0, q.length() / 2 + (Character.isHighSurrogate(q.charAt(q.length() / 2 - 1)) ? 1 : 0));
      default -> q;
    };
  }

  /**
   * Builds the archive of {@code target} passages in {@code dir} (empty), looks every probe up once
   * untimed (warm-up and the similarity figures) and once timed, and reports.
   */
  public static Report run(List<SquadSet.Paragraph> paragraphs, List<String> unrelated, int target, int perKind,
      Path dir, Progress progress) {
    List<Passage> passages = archive(paragraphs, target, 1);
    Manifest m = IndexBuild.buildTextOnly(passages, dir, progress);
    List<Passage> firstCopy = passages.stream().filter(p -> p.page().startsWith("c0000/")).toList();
    List<Probe> probes = probes(firstCopy, unrelated, perKind, 2);
    try (PassageSearcher index = PassageSearcher.open(dir)) {
      QuoteFinder finder = new QuoteFinder(index);
      // Everything the archive aligns at all, for how similar the source and unrelated text come.
      QuoteFinder any = new QuoteFinder(index, new QuoteFinder.Settings(0.01, QuoteFinder.Settings.CANDIDATES));
      Map<String, List<Double>> sourceSimilarity = new LinkedHashMap<>();
      List<Double> unrelatedBest = new ArrayList<>();
      for (Probe p : probes) {
        List<QuoteMatch> all = any.find(p.quotation());
        if (p.page() == null) {
          unrelatedBest.add(all.stream().mapToDouble(QuoteMatch::similarity).max().orElse(0));
        } else {
          sourceSimilarity.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(all.stream()
              .filter(x -> x.page().equals(p.page()) && x.article() == p.article())
              .mapToDouble(QuoteMatch::similarity).max().orElse(0));
        }
      }
      Map<String, List<Double>> millis = new LinkedHashMap<>();
      Map<String, Integer> found = new LinkedHashMap<>();
      List<String> unrelatedMatched = new ArrayList<>();
      for (Probe p : probes) {
        long t0 = System.nanoTime();
        List<QuoteMatch> ms = finder.find(p.quotation());
        millis.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
        if (p.page() == null && !ms.isEmpty()) {
          unrelatedMatched.add(p.quotation() + " → " + ms.get(0).text() + " (" + ms.get(0).similarity() + ")");
        }
        boolean hit = p.page() == null ? !ms.isEmpty()
            : ms.stream().anyMatch(x -> x.page().equals(p.page()) && x.article() == p.article());
        found.merge(p.kind(), hit ? 1 : 0, Integer::sum);
      }
      List<Row> rows = new ArrayList<>();
      List<Double> allMillis = new ArrayList<>();
      for (Map.Entry<String, List<Double>> e : millis.entrySet()) {
        List<Double> sims = sourceSimilarity.getOrDefault(e.getKey(), List.of());
        rows.add(new Row(e.getKey(), e.getValue().size(), found.get(e.getKey()),
            sims.isEmpty() ? Double.NaN : Metrics.percentile(sims, 5),
            Metrics.percentile(e.getValue(), 50), Metrics.percentile(e.getValue(), 99)));
        allMillis.addAll(e.getValue());
      }
      return new Report(passages.size(), m.articles(), m.buildMillis(), rows, unrelatedBest,
          unrelatedMatched, Metrics.percentile(allMillis, 50), Metrics.percentile(allMillis, 99));
    }
  }
}
