package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * A report's title lines besides its headline, asked by a proofreader or a librarian ({@code
 * 那篇的副题是什么}, {@code 标题下面那行字原文是什么}, {@code 引题怎么写的}): a page prints a kicker above
 * the headline and a subtitle below it, which the ingest keeps as the first lines of the report's
 * first passage, before its byline ({@link org.baoku.ingest.Article#text()}). No sentence of the
 * body answers such a question, so the evidence model never sees these lines as candidates. Stop
 * 75: read +3 answers and never read +1 on every corpus.
 */
final class HeadlineLines {

  /** A title line other than the headline asked for. */
  static final Pattern ASKED = Pattern.compile("(?:副题|副标题|引题|肩题|眉题|另一行(?:标)?题"
      + "|标题(?:旁边|下面|下方|底下|上面|上方)[^，。？]{0,8}?[行句]|破折号(?:后面|后边|之后))"
      // asked for itself (副题原文是什么, 另一行标题是怎样写的), not named as a way to a report (连载副标题为「…」标志着…)
      + "[^，。？「」“”《》]{0,8}?(?:什么|啥|怎么|怎样|如何|哪)");
  /** A line above the headline asked for (a kicker). */
  private static final Pattern ABOVE = Pattern.compile("引题|肩题|眉题|标题(?:上面|上方)");
  /** A line below the headline asked for (a subtitle). */
  private static final Pattern BELOW = Pattern.compile("副题|副标题|标题(?:下面|下方|底下)|破折号");
  /** Title lines are short; a longer line is the body's. */
  private static final int MAX_LINE = 40;

  private HeadlineLines() {}

  /**
   * The title lines {@code q} asks for, of the best hit's report: empty when {@code q} asks none;
   * an empty list when that report prints no such line.
   */
  static Optional<List<Scored>> asked(Question q, List<Hit> hits, ArticlePassages articles) {
    if (hits.isEmpty() || !ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    Hit best = hits.get(0);
    Passage first = articles.orOwn(best.passage()).get(0);
    if (first.start() != 0) {
      return Optional.of(List.of());
    }
    String headline = fold(first.headline());
    List<Sentences.Span> titles = titleLines(first);
    int at = -1;
    for (int i = 0; i < titles.size(); i++) {
      if (!headline.isEmpty() && fold(titles.get(i).text()).equals(headline)) {
        at = i;
        break;
      }
    }
    boolean above = ABOVE.matcher(q.text()).find();
    boolean below = BELOW.matcher(q.text()).find();
    Hit cited = new Hit(first, best.score(), best.rank());
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < titles.size(); i++) {
      if (i == at || at >= 0 && (above && i > at || below && i < at)) {
        continue;
      }
      out.add(new Scored(cited, titles.get(i), 0, 0, 0));
    }
    return Optional.of(out);
  }

  /** The leading lines of a report's first passage, to its byline or its first line of body text. */
  private static List<Sentences.Span> titleLines(Passage first) {
    String byline = fold(first.byline());
    List<Sentences.Span> out = new ArrayList<>();
    for (Sentences.Span s : Sentences.split(first.text())) {
      String line = ChineseText.normalise(s.text()).strip();
      if (line.length() > MAX_LINE || Credits.creditLine(line) || !byline.isEmpty() && fold(line).equals(byline)
          || line.endsWith("。") || line.endsWith("！") || line.endsWith("？")) {
        break;
      }
      out.add(s);
    }
    return out;
  }

  private static String fold(String text) {
    return ChineseText.compact(ChineseText.normalise(text == null ? "" : text));
  }
}
