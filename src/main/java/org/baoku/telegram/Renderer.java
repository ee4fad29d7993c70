package org.baoku.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.chat.Command;
import org.baoku.chat.Labels;
import org.baoku.chat.Phrases;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.baoku.quote.QuoteDiff;
import org.baoku.quote.QuoteMatch;
import org.baoku.retrieve.Hit;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns a transport-neutral {@link Reply} into Telegram HTML and buttons, from its fields (the
 * console renders the same fields as plain text). Only our own tags ({@code <b>}, {@code <i>})
 * are ever unescaped: every piece of corpus or user text passes {@link Html#escape}. Long output
 * is left to the {@link MessageSplitter}.
 */
final class Renderer {

  private static final int SNIPPET = 80;
  /** Characters of a source button's label: {@code [n] } and a headline a phone shows on one line. */
  private static final int BUTTON_LABEL = 28;
  /**
   * Article buttons under one page: Telegram refuses a keyboard of more than 100 buttons; a page
   * with more articles (a page of small ads) lists them all in the text, openable with /read.
   */
  private static final int MAX_ARTICLE_BUTTONS = 90;

  /** The reply as one HTML string, before splitting. */
  String render(Reply reply) {
    return switch (reply.kind()) {
      case ANSWER -> answer(reply);
      case SOURCE -> passage(reply.citations().get(0));
      case SEARCH -> reply.hits().isEmpty() ? Html.escape(reply.title()) : articles(reply);
      case QUOTE -> quotes(reply);
      case ISSUE -> page(reply);
      case ARTICLE -> article(reply);
      case MESSAGE -> reply.title().isEmpty()
          ? Html.escape(reply.text()) : bold(reply.title()) + "\n" + Html.escape(reply.text());
    };
  }

  /**
   * The answer with its [n] markers and the phrase that answers the question in bold, an optional
   * note, then the compact source list.
   */
  private static String answer(Reply reply) {
    Answer a = reply.answer();
    StringBuilder sb = new StringBuilder(marked(Phrases.of(a)).strip());
    if (!a.note().isBlank()) {
      sb.append("\n\n<i>").append(Html.escape(a.note().strip())).append("</i>");
    }
    if (!reply.citations().isEmpty()) {
      sb.append("\n\n<b>来源</b>");
      for (Citation c : reply.citations()) {
        sb.append("\n[").append(c.n()).append("] ").append(Html.escape(Labels.source(c.passage())));
      }
    }
    return sb.toString();
  }

  /** {@link Phrases} escaped, the answering phrases (odd indices) in bold. */
  private static String marked(List<String> pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      sb.append(i % 2 == 1 ? bold(pieces.get(i)) : Html.escape(pieces.get(i)));
    }
    return sb.toString();
  }

  /** One cited passage in full with the supporting sentence in bold, then its reference to copy. */
  private static String passage(Citation c) {
    Passage p = c.passage();
    String text = p.text();
    int end = c.quoteStart() + c.quote().length();
    return bold("[" + c.n() + "] " + Labels.source(p)) + "\n\n"
        + Html.escape(text.substring(0, c.quoteStart())) + bold(c.quote()) + Html.escape(text.substring(end))
        + reference(p);
  }

  /** The GB/T 7714 reference in a code block, which Telegram copies whole with one tap; empty when unknown. */
  private static String reference(Passage p) {
    return Labels.reference(p).map(r -> "\n\n引用格式：\n<code>" + Html.escape(r) + "</code>").orElse("");
  }

  /**
   * The page of a day's paper the reply shows: the issue's title, the page's name and place
   * ({@code 第5版 要闻（2/8）}), its articles numbered through the issue, and the typing hint; the
   * buttons ({@link #keyboard(Reply)}) open the articles and turn the page.
   */
  private static String page(Reply reply) {
    int page = reply.page();
    StringBuilder sb = new StringBuilder(bold(reply.title())).append("\n")
        .append(bold(Labels.pageName(reply.issue(), page)))
        .append("（").append(page).append("/").append(reply.issue().pages().size()).append("）\n");
    int n = 0;
    for (int i = 0; i < page - 1; i++) {
      n += reply.issue().pages().get(i).articles().size();
    }
    for (Passage p : reply.issue().pages().get(page - 1).articles()) {
      sb.append("\n").append(++n).append(". ").append(Html.escape(Labels.shortHeadline(p)));
    }
    return sb.append("\n\n<i>").append(Html.escape(reply.text())).append("</i>").toString();
  }

  /** An article: its headline in bold, where and by whom in italics, its full text, its reference. */
  private static String article(Reply reply) {
    Passage p = reply.article();
    return bold(reply.title()) + "\n<i>" + Html.escape(Labels.where(p) + (p.byline().isEmpty() ? "" : " · " + p.byline()))
        + "</i>\n\n" + Html.escape(reply.text()) + reference(p);
  }

  /**
   * The title in bold, then each listed article: its source in bold and the start of its passage,
   * or, for a quotation, the passage in full with the quotation in bold where it occurs verbatim.
   */
  private static String articles(Reply reply) {
    StringBuilder sb = new StringBuilder(bold(reply.title()));
    int i = 0;
    for (Hit h : reply.hits()) {
      String text = h.passage().text();
      sb.append("\n\n").append(++i).append(". ").append(bold(Labels.source(h.passage()))).append("\n");
      Optional<Phrases.Found> at = Phrases.find(text, reply.quotation());
      if (reply.kind() == Reply.Kind.SEARCH) {
        sb.append(Html.escape(Html.shorten(Labels.oneLine(text), SNIPPET)));
      } else if (at.isEmpty()) {
        sb.append(Html.escape(text));
      } else {
        sb.append(Html.escape(text.substring(0, at.get().start())))
            .append(bold(text.substring(at.get().start(), at.get().end())))
            .append(Html.escape(text.substring(at.get().end())));
      }
    }
    return sb.toString();
  }

  /**
   * The heading, then each match's source line and its span: the quotation's words where the
   * article says otherwise struck through, the article's own underlined.
   */
  private static String quotes(Reply reply) {
    StringBuilder sb = new StringBuilder(bold(reply.title()));
    boolean marked = false;
    for (int i = 0; i < reply.quotes().size(); i++) {
      QuoteMatch m = reply.quotes().get(i);
      sb.append("\n\n").append(i + 1).append(". ").append(bold(Labels.quoteSource(m))).append("\n");
      for (QuoteDiff.Piece p : m.diff().pieces()) {
        switch (p.kind()) {
          case SAME -> sb.append(Html.escape(p.text()));
          case CHANGED -> sb.append("<s>").append(Html.escape(p.quoted())).append("</s><u>")
              .append(Html.escape(p.text())).append("</u>");
          case EXTRA -> sb.append("<u>").append(Html.escape(p.text())).append("</u>");
          case MISSING -> sb.append("<s>").append(Html.escape(p.quoted())).append("</s>");
        }
      }
      marked |= !m.exact();
    }
    if (marked) {
      sb.append("\n\n<i>删除线：引文的字；下划线：原文的字 / struck: the quotation's words; underlined: the article's</i>");
    }
    return sb.toString();
  }

  private static String bold(String text) {
    return "<b>" + Html.escape(text) + "</b>";
  }

  /**
   * The buttons of a reply that needs no stored answer: one per article of the shown page (one a
   * row, a phone shows the headline), then the page turns side by side; null when it offers none.
   */
  static InlineKeyboardMarkup keyboard(Reply reply) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    List<InlineKeyboardButton> turns = new ArrayList<>();
    for (Reply.Action action : reply.actions()) {
      Optional<CallbackData> data = CallbackData.of(action.command());
      if (data.isEmpty()) {
        continue;
      }
      InlineKeyboardButton button = InlineKeyboardButton.builder()
          .text(Html.shorten(Html.clean(action.label()).text(), BUTTON_LABEL))
          .callbackData(data.get().encode())
          .build();
      if (action.command() instanceof Command.Day) {
        turns.add(button);
      } else if (rows.size() < MAX_ARTICLE_BUTTONS) {
        rows.add(new InlineKeyboardRow(button));
      }
    }
    if (!turns.isEmpty()) {
      rows.add(new InlineKeyboardRow(turns));
    }
    return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  /**
   * One button per {@link Command.Source} action of the reply, its callback naming the stored
   * answer {@code key}, then 👍/👎; null when the reply offers nothing to press.
   */
  static InlineKeyboardMarkup keyboard(String key, Reply reply) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (Reply.Action action : reply.actions()) {
      if (action.command() instanceof Command.Source s) {
        rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
            .text(Html.shorten(Html.clean(action.label()).text(), BUTTON_LABEL))
            .callbackData(CallbackData.source(key, s.n()).encode())
            .build()));
      }
    }
    rows.add(new InlineKeyboardRow(
        InlineKeyboardButton.builder().text("👍").callbackData(CallbackData.vote(key, true).encode()).build(),
        InlineKeyboardButton.builder().text("👎").callbackData(CallbackData.vote(key, false).encode()).build()));
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }
}
