package org.baoku.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baoku.retrieve.Hit;

/**
 * The extractive reply: the chosen sentences, grouped by passage and each followed by its citation
 * {@code [n]}, led by the English lead and a computed sum or difference where the question asks
 * one. What {@link ExtractiveComposer} answers with, whichever stage chose the sentences (the
 * model, a quotation's source, a credit line), so every answer of the archive's own sentences
 * reads and cites alike.
 */
final class CitedReply {

  /**
   * The composer every extractive answer names, here beside the reply that carries it so that the
   * stages ({@link QuoteSource}) name it without reaching back into {@link ExtractiveComposer},
   * which exposes it as {@link ExtractiveComposer#NAME}.
   */
  static final String COMPOSER = "extractive";

  private CitedReply() {}

  /**
   * Passages in the order of their best sentence, sentences of one passage in reading order, each
   * sentence followed by its citation.
   */
  static Answer render(Question q, List<Scored> chosen, String lead, List<Hit> hits) {
    Map<String, List<Scored>> byPassage = new LinkedHashMap<>();
    for (Scored s : chosen) {
      byPassage.computeIfAbsent(s.passage().id(), id -> new ArrayList<>()).add(s);
    }
    CitationList citations = new CitationList(q);
    StringBuilder body = new StringBuilder(lead);
    List<CitedSentence> cited = new ArrayList<>();
    // a question across reports names each; so do sentences of several reports that are each a
    // byline; one asking the report itself (那篇稿子的标题是什么, 哪篇报道写了…) is answered by its
    // headline before the sentence that tells it is the one
    boolean named = q.acrossArticles() || QuoteSource.PIECE_ASKED.matcher(q.text()).find()
        || byPassage.size() > 1 && chosen.stream().allMatch(s -> Credits.creditLine(s.span().text()));
    Set<String> headed = new HashSet<>();
    for (List<Scored> group : byPassage.values()) {
      int n = citations.cite(group.get(0).passage(), group.get(0).span());
      group.sort(Comparator.comparingInt(s -> s.span().start()));
      String headline = group.get(0).passage().headline().strip();
      // once a report, and not after a lead that names it (出自《…》：)
      if (named && !headline.isEmpty() && headed.add(group.get(0).passage().articleKey())
          && !lead.contains("《" + headline + "》")) {
        body.append('《').append(headline).append("》：");
      }
      for (Scored s : group) {
        body.append(s.span().text()).append('[').append(n).append(']');
        cited.add(new CitedSentence(OwnBody.named(s), n));
      }
    }
    StringBuilder text = new StringBuilder();
    if (q.english()) {
      text.append(Replies.EN_LEAD).append('\n');
    }
    Arithmetic.of(q, cited).ifPresent(computed -> text.append(computed).append('\n'));
    Weekdays.worked(q, chosen, citations).ifPresent(worked -> text.append(worked).append('\n'));
    DaysBetween.worked(q, chosen, citations).ifPresent(worked -> text.append(worked).append('\n'));
    FirstOfTwo.worked(q, chosen, citations).ifPresent(worked -> text.append(worked).append('\n'));
    ClockEnd.worked(q, chosen, citations).ifPresent(worked -> text.append(worked).append('\n'));
    text.append(body);
    return new Answer(text.toString(), citations.citations(), true, COMPOSER, "", hits);
  }
}
