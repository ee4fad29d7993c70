package org.baoku.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.ingest.Reference;
import org.baoku.retrieve.Hit;

/** The one JSON shape of an answer, shared by {@code ask --json}, {@code ask --jsonl} and eval dumps. */
public final class AnswerJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswerJson() {}

  /**
   * {@code {"answer", "grounded", "composer", "note", "citations": [{"n", "page", "article",
   * "headline", "byline", "paper", "date", "page_no", "section", "cite", "text", "quote", "span"}],
   * "hits": [{"page", "article", "headline", "paper", "date", "page_no", "section", "passage",
   * "score"}]}}; {@code span} is the phrase of {@code quote} that answers the question, verbatim, or
   * null; {@code cite} is the GB/T 7714 reference, or null when neither paper nor date is known.
   */
  public static ObjectNode of(Answer a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("answer", a.text());
    o.put("grounded", a.grounded());
    o.put("composer", a.composer());
    if (!a.note().isEmpty()) {
      o.put("note", a.note());
    }
    ArrayNode citations = o.putArray("citations");
    for (Citation c : a.citations()) {
      ObjectNode j = citations.addObject();
      j.put("n", c.n());
      j.put("page", c.passage().page());
      j.put("article", c.passage().article());
      j.put("headline", c.passage().headline());
      j.put("byline", c.passage().byline());
      ImprintJson.put(j, c.passage().imprint());
      j.put("cite", Reference.of(c.passage().headline(), c.passage().byline(), c.passage().imprint())
          .orElse(null));
      j.put("text", c.passage().text());
      j.put("quote", c.quote());
      j.put("span", c.span().map(Citation.Span::text).orElse(null));
    }
    ArrayNode hits = o.putArray("hits");
    for (Hit h : a.hits()) {
      ObjectNode j = hits.addObject();
      j.put("page", h.passage().page());
      j.put("article", h.passage().article());
      j.put("headline", h.passage().headline());
      ImprintJson.put(j, h.passage().imprint());
      j.put("passage", h.passage().id());
      j.put("score", h.score());
    }
    return o;
  }
}
