package org.baoku.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * The sentences of one article in reading order, each with its passage and whether it opens a
 * paragraph: what the stages that look past a chosen sentence read (the items after the sentence
 * that announces them, the date a {@code 当天} refers to). Passages tile an article without
 * overlap; the text is laid out by their offsets to tell where a paragraph starts.
 */
final class ArticleText {

  /** A sentence of an article: its passage, its span there, and whether it opens a paragraph. */
  record Located(Passage passage, Sentences.Span span, boolean paragraphStart) {
    /** This sentence as evidence, cited like {@code like}'s hit. */
    Scored scored(Hit like) {
      return new Scored(new Hit(passage, like.score(), like.rank()), span, 0, 0, 0);
    }

    int at() {
      return passage.start() + span.start();
    }
  }

  private final List<Located> sentences;

  private ArticleText(List<Located> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  /** The article of {@code s}: all its passages when known, else the retrieved ones. */
  static ArticleText of(Scored s, ArticlePassages articles, List<Hit> hits) {
    return of(s.passage(), articles, hits);
  }

  /** The article of {@code passage}: all its passages when known, else the retrieved ones. */
  static ArticleText of(Passage passage, ArticlePassages articles, List<Hit> hits) {
    List<Passage> passages = new ArrayList<>(ArticleContext.articlePassages(passage, hits, articles));
    if (passages.stream().noneMatch(p -> p.id().equals(passage.id()))) {
      passages.add(passage);
    }
    passages.sort(Comparator.comparingInt(Passage::start));
    int length = passages.stream().mapToInt(p -> p.start() + p.text().length()).max().orElse(0);
    char[] article = new char[length];
    for (Passage p : passages) {
      p.text().getChars(0, p.text().length(), article, p.start());
    }
    List<Located> out = new ArrayList<>();
    int covered = 0;
    for (Passage p : passages) {
      for (Sentences.Span span : Sentences.split(p.text())) {
        int at = p.start() + span.start();
        if (at >= covered) {
          out.add(new Located(p, span, opensParagraph(article, at)));
          covered = p.start() + span.end();
        }
      }
    }
    return new ArticleText(out);
  }

  /** Every sentence, in reading order. */
  List<Located> all() {
    return sentences;
  }

  /** The sentences after {@code s}, nearest first. */
  List<Located> after(Scored s) {
    int end = s.passage().start() + s.span().end();
    return sentences.stream().filter(l -> l.at() >= end).toList();
  }

  /** The sentences before {@code s}, nearest first. */
  List<Located> before(Scored s) {
    int start = s.passage().start() + s.span().start();
    List<Located> out = new ArrayList<>(sentences.stream().filter(l -> l.passage().start() + l.span().end() <= start).toList());
    Collections.reverse(out);
    return out;
  }

  /**
   * Whether the text at {@code at} follows a line break, blanks aside, or starts the article. A
   * character no passage covers is the whitespace a passage boundary trimmed: passages are cut at
   * sentence ends, and Chinese text has whitespace between sentences only where a line breaks.
   */
  private static boolean opensParagraph(char[] article, int at) {
    int i = at - 1;
    while (i >= 0 && (article[i] == ' ' || article[i] == '\t' || article[i] == '\u3000')) {
      i--;
    }
    return i < 0 || article[i] == '\n' || article[i] == '\0';
  }
}
