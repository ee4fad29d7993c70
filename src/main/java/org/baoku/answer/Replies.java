package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * The fixed wordings both composers share: the refusal with the closest articles, and the empty
 * question. Chinese first; an English question gets English.
 */
final class Replies {

  /** Closest articles listed under a refusal. */
  static final int CLOSEST = 3;

  static final String EN_LEAD = "From the archive (in Chinese):";

  /** Longest question quoted back in a refusal. */
  static final int ASKED_CHARS = 60;

  /** Citation-like markers, kept out of a refusal that quotes the question back. */
  private static final Pattern MARKERS = Pattern.compile("[\\[［【]\\s*\\^?\\s*[0-9０-９]+[^\\]］】]{0,12}[\\]］】]");

  private Replies() {}

  /** "Not in the archive", naming what was asked and listing the closest articles; grounded=false. */
  static Answer notFound(Question q, List<Hit> hits, String composer, String note) {
    StringBuilder b = new StringBuilder();
    if (q.english()) {
      b.append("I couldn't find that in the archive.");
    } else {
      b.append("资料中没有找到“").append(quotedBack(q)).append("”的答案。");
    }
    List<Passage> closest = closestArticles(hits);
    if (!closest.isEmpty()) {
      b.append('\n').append(q.english() ? "Closest articles:" : "最接近的文章：");
      for (Passage p : closest) {
        b.append("\n· ").append(title(p)).append("（").append(p.page()).append("）");
      }
    }
    return new Answer(b.toString(), List.of(), false, composer, note, hits);
  }

  /**
   * The question as it was asked, without what the reader told around it ({@link Preamble}),
   * shortened for quoting back in a refusal.
   */
  static String quotedBack(Question q) {
    String asked = Preamble.split(QuestionReader.clean(q.raw())).asked();
    String t = MARKERS.matcher(asked).replaceAll("").replaceAll("[？?。！!\\s]+$", "");
    return t.codePointCount(0, t.length()) > ASKED_CHARS
        ? t.substring(0, t.offsetByCodePoints(0, ASKED_CHARS)) + "…" : t;
  }

  /** The reply to a blank question: nothing was asked, so nothing was searched. */
  static Answer emptyQuestion(String composer) {
    return new Answer("资料中没有找到答案：问题是空的，请输入要查询的问题。(The question is empty.)",
        List.of(), false, composer, "", List.of());
  }

  /** The headline in 《》, or the opening words of the passage when the article has none. */
  static String title(Passage p) {
    if (!p.headline().isBlank()) {
      return "《" + p.headline().strip() + "》";
    }
    String t = p.text().strip();
    return "“" + (t.length() > 24 ? t.substring(0, 24) + "…" : t) + "”";
  }

  private static List<Passage> closestArticles(List<Hit> hits) {
    Map<String, Passage> byArticle = new LinkedHashMap<>();
    for (Hit h : hits) {
      byArticle.putIfAbsent(h.passage().articleKey(), h.passage());
    }
    List<Passage> out = new ArrayList<>(byArticle.values());
    return out.subList(0, Math.min(CLOSEST, out.size()));
  }
}
