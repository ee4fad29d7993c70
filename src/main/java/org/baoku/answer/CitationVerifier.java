package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * Checks every citation of a generated answer against the passages the model was shown, so a
 * reader who opens {@code [n]} sees words that support the claim.
 *
 * <p>Markers are read the way models write them ({@code [1]}, {@code [1, 2]}, {@code [1][2]},
 * {@code 【1】}, {@code ［1］}, {@code [^1]}). A number that points nowhere is removed. A sentence
 * whose cited passage does not support it is re-attached to the passage that does, judged like
 * RAGFlow by embedding similarity mixed with key-term overlap, or dropped when none does. Text in
 * quotation marks and every figure must occur in the passage that backs the claim. Each kept citation gets as its quote the passage
 * sentence most similar to the claim, with the phrase of it that answers the question marked
 * ({@link AnswerSpan}). Citations are renumbered in order of first use.
 */
final class CitationVerifier {

  /**
   * Mixed support score a passage sentence must reach to back a claim. On seed-dev passages the
   * evidence sentences themselves scored 0.56-0.99 and rough paraphrases mostly 0.62 and above, while
   * unrelated sentences mostly stayed under 0.46.
   */
  static final double MIN_SUPPORT = 0.5;

  /**
   * For an English claim against Chinese passages only the embedding speaks, and weakly: correct
   * translations of seed-dev evidence scored 0.45-0.54, unrelated sentences 0.37-0.50. So English
   * claims pass on a lower bar and lean on the figure check and the model's own citation.
   */
  static final double MIN_SUPPORT_ENGLISH = 0.42;

  private static final Pattern MARKER = Pattern.compile(
      "[\\[［【]\\s*\\^?\\s*(\\d{1,3}(?:\\s*[,，、;；]\\s*\\^?\\s*\\d{1,3})*)\\s*[\\]］】]");
  private static final Pattern LEADING_MARKERS = Pattern.compile("^(?:\\s*" + MARKER.pattern() + ")+");
  /** Figures in a claim: each must occur in the passage that backs it, or the model made it up. */
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern QUOTED = Pattern.compile("[“「『\"]([^”」』\"]{2,})[”」』\"]");

  private final SentenceEmbeddings embeddings;

  CitationVerifier(SentenceEmbeddings embeddings) {
    this.embeddings = embeddings;
  }

  /** One claim of the generated text and the passage numbers (1-based, as shown) it cited. */
  record Claim(String text, List<Integer> cited) {}

  /**
   * The verified answer, or null when no sentence of {@code generated} is supported by the
   * passages (the caller then falls back).
   *
   * @param question what was asked, for the answering phrase of each quote
   * @param passages the passages as labelled in the prompt: {@code passages.get(0)} is {@code [1]}
   */
  Verified verify(Question question, String generated, List<Passage> passages) {
    List<Claim> claims = claims(generated);
    if (claims.isEmpty() || passages.isEmpty()) {
      return null;
    }
    List<List<Sentences.Span>> sentences = new ArrayList<>();
    List<List<float[]>> vectors = new ArrayList<>();
    for (Passage p : passages) {
      List<Sentences.Span> spans = Sentences.split(p.text());
      sentences.add(spans);
      vectors.add(embeddings.sentenceVectors(p, spans));
    }
    List<String> texts = new ArrayList<>();
    for (Claim c : claims) {
      texts.add(c.text());
    }
    List<float[]> claimVectors = embeddings.embedAll(texts);
    CitationList citations = new CitationList(question);
    StringBuilder out = new StringBuilder();
    int kept = 0;
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Support best = null;
      for (int n : c.cited()) {
        if (n >= 1 && n <= passages.size()) {
          Support s = support(c, claimVectors.get(i), n - 1, passages, sentences, vectors);
          if (s != null && (best == null || s.score > best.score)) {
            best = s;
          }
        }
      }
      if (best == null) {
        for (int j = 0; j < passages.size(); j++) {
          Support s = support(c, claimVectors.get(i), j, passages, sentences, vectors);
          if (s != null && (best == null || s.score > best.score)) {
            best = s;
          }
        }
      }
      if (best == null) {
        continue;
      }
      int n = citations.cite(passages.get(best.passage), best.sentence);
      out.append(c.text()).append('[').append(n).append(']');
      kept++;
    }
    return kept == 0 ? null : new Verified(out.toString(), citations.citations(), kept, claims.size());
  }

  /** The checked text, its citations, and how many claims survived out of how many. */
  record Verified(String text, List<Citation> citations, int kept, int claims) {}

  private record Support(int passage, Sentences.Span sentence, double score) {}

  /** The best sentence of passage {@code j} for the claim, if it supports it well enough. */
  private Support support(Claim c, float[] claimVector, int j, List<Passage> passages,
      List<List<Sentences.Span>> sentences, List<List<float[]>> vectors) {
    String passageNorm = ChineseText.folded(passages.get(j).text());
    Question claim = Question.read(c.text());
    Matcher q = QUOTED.matcher(c.text());
    while (q.find()) {
      boolean translated = claim.english() && q.group(1).codePoints()
          .noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
      if (!translated && !passageNorm.contains(ChineseText.folded(q.group(1)))) {
        return null;
      }
    }
    Matcher number = NUMBER.matcher(c.text());
    while (number.find()) {
      if (!passageNorm.contains(ChineseText.folded(number.group()))) {
        return null;
      }
    }
    List<Sentences.Span> spans = sentences.get(j);
    Support best = null;
    for (int k = 0; k < spans.size(); k++) {
      double sim = SentenceEmbeddings.dot(claimVector, vectors.get(j).get(k));
      double score = claim.english() ? sim : Evidence.SIM_WEIGHT * sim
          + (1 - Evidence.SIM_WEIGHT) * Lexical.overlap(claim.keys(), ChineseText.folded(spans.get(k).text()), "");
      if (best == null || score > best.score) {
        best = new Support(j, spans.get(k), score);
      }
    }
    double min = claim.english() ? MIN_SUPPORT_ENGLISH : MIN_SUPPORT;
    return best != null && best.score >= min ? best : null;
  }

  /**
   * Splits generated text into claims with their markers. A marker written after the full stop
   * ({@code …证明。[1]}) belongs to the sentence before it.
   */
  static List<Claim> claims(String generated) {
    List<String> texts = new ArrayList<>();
    List<Set<Integer>> cited = new ArrayList<>();
    for (Sentences.Span s : Sentences.split(generated == null ? "" : generated)) {
      String t = s.text();
      Matcher lead = LEADING_MARKERS.matcher(t);
      if (lead.find() && !texts.isEmpty()) {
        cited.get(cited.size() - 1).addAll(numbers(lead.group()));
        t = t.substring(lead.end());
      }
      Set<Integer> own = new LinkedHashSet<>(numbers(t));
      String plain = MARKER.matcher(t).replaceAll("").strip();
      if (ChineseText.compact(plain).isEmpty()) {
        continue;
      }
      texts.add(plain);
      cited.add(own);
    }
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out.add(new Claim(texts.get(i), List.copyOf(cited.get(i))));
    }
    return out;
  }

  private static List<Integer> numbers(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      for (String n : m.group(1).split("[^0-9]+")) {
        if (!n.isEmpty()) {
          out.add(Integer.parseInt(n));
        }
      }
    }
    return out;
  }
}
