package org.baoku.telegram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.baoku.chat.Labels;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.Retriever;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Inline mode ({@code @botname query} in any chat): the best matching passages as citable results.
 * Each result's title is the headline, its description the passage opening, and the message it
 * sends is the passage sentence closest to the query plus the source, so what gets posted in a
 * chat is a quotation with its provenance, not an unverifiable paraphrase.
 */
final class InlineAnswers {

  /** Results per query; Telegram shows a scrolling list, ten is a screenful. */
  static final int RESULTS = 10;
  private static final int DESCRIPTION = 80;

  private final Retriever retriever;

  InlineAnswers(Retriever retriever) {
    this.retriever = retriever;
  }

  List<InlineQueryResult> results(String query) {
    List<InlineQueryResult> out = new ArrayList<>();
    if (query.isBlank()) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (Hit h : retriever.retrieve(query, RESULTS)) {
      Passage p = h.passage();
      if (!seen.add(p.id())) {
        continue;
      }
      String message = "「" + Html.escape(bestSentence(p.text(), query)) + "」\n— <b>"
          + Html.escape(Labels.source(p)) + "</b>";
      out.add(InlineQueryResultArticle.builder()
          .id(resultId(out.size(), p.id()))
          .title(Html.shorten(Html.clean(Labels.shortHeadline(p)).text(), 60))
          .description(Html.shorten(Html.clean(Labels.oneLine(p.text())).text(), DESCRIPTION))
          .inputMessageContent(InputTextMessageContent.builder()
              .messageText(message)
              .parseMode(ParseMode.HTML)
              .build())
          .build());
    }
    return out;
  }

  /** Result ids must be unique and at most 64 bytes; passage ids may be longer. */
  private static String resultId(int index, String passageId) {
    return index + "-" + Integer.toHexString(passageId.hashCode());
  }

  /**
   * The sentence sharing the most character bigrams with the query (ties: the earlier one), so the
   * quoted line is the one the reader was looking for.
   */
  static String bestSentence(String text, String query) {
    Set<String> wanted = bigrams(query);
    String best = text;
    int bestScore = -1;
    for (Sentences.Span span : Sentences.split(text)) {
      String s = span.text();
      if (s.isBlank()) {
        continue;
      }
      Set<String> have = bigrams(s);
      have.retainAll(wanted);
      if (have.size() > bestScore) {
        bestScore = have.size();
        best = s.strip();
      }
    }
    return Html.shorten(best, 300);
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    int[] cps = s.codePoints().filter(Character::isLetterOrDigit).toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    if (cps.length == 1) {
      out.add(new String(cps, 0, 1));
    }
    return out;
  }
}
