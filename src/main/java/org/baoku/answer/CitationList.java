package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * Numbers citations in order of first use, one per distinct passage; the first quote given for a
 * passage is the one its citation shows, with the phrase of it that answers the question
 * ({@link AnswerSpan}).
 */
final class CitationList {

  private final Question question;
  private final Map<String, Citation> byPassage = new LinkedHashMap<>();

  CitationList(Question question) {
    this.question = Objects.requireNonNull(question, "question");
  }

  /** The number of {@code passage}'s citation, adding it with {@code quote} if it is new. */
  int cite(Passage passage, Sentences.Span quote) {
    Citation c = byPassage.computeIfAbsent(passage.id(), id -> new Citation(byPassage.size() + 1, passage,
        quote.text(), quote.start(), AnswerSpan.in(question, quote.text())));
    return c.n();
  }

  List<Citation> citations() {
    return new ArrayList<>(byPassage.values());
  }
}
