package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.PartFigures.Figure;
import org.baoku.ingest.Numerals;

/**
 * The average a question asks and a report does not give ({@code 平均一个多少钱}): a total and the
 * count of things it is spread over, read from one sentence ({@code 30个保温水壶…出资3000元}).
 * Apart from {@link PartFigures}, which finds a figure for each part a question names, because
 * here both figures come from one clause and must be told apart: the count is of other
 * things than the total, and a figure given for each thing ({@code 每人500元}) is no total at all.
 */
final class Average {

  /**
   * An average given ({@code 平均}, {@code 人均}, a unit price {@code 单价}): a report that gives one is
   * read as any figure is.
   */
  private static final Pattern AVERAGE = Pattern.compile("平均|人均|单价");
  /** So many things counted ({@code 30个}, {@code 177名}): what a total is spread over. */
  private static final Pattern COUNTED = Pattern.compile("(\\d+)(个|名|人|件|只|台|户|家|份|所|位|支|辆|套|箱|瓶|袋|张|本|盒|场)");
  /** Characters after a count read for the things counted ({@code 保温水壶}). */
  private static final int COUNTED_CHARS = 6;

  /** A total and how many things it is spread over, by their measure ({@code 个}). */
  record Spread(Figure total, int count, String measure) {}

  private Average() {}

  /**
   * The first sentence holding a figure of the asked measure and a count of other things, with the
   * count: the one whose things the question names when the sentence counts several. Nothing when
   * a sentence gives an average itself (then it answers, as any figure does), or no count is
   * clearly the one.
   */
  static Optional<Spread> average(Question q, List<String> normalised) {
    if (normalised.stream().anyMatch(t -> AVERAGE.matcher(t).find())) {
      return Optional.empty();
    }
    Optional<String> over = over(q.text());
    for (Figure total : PartFigures.figures(q, normalised)) {
      String sentence = normalised.get(total.sentence());
      int[] clause = PartFigures.clause(sentence, total);
      if (EACH_WORD.matcher(sentence.substring(clause[0], clause[1])).find()) {
        continue;
      }
      List<Spread> counts = new ArrayList<>();
      List<Spread> named = new ArrayList<>();
      Matcher m = COUNTED.matcher(sentence).region(clause[0], clause[1]);
      while (m.find()) {
        boolean overlaps = m.start() < total.end() && total.start() < m.end();
        if (!overlaps && !m.group(2).equals(total.unit()) && Numerals.count(m.group(1)) > 1
            && over.map(unit -> sameMeasure(unit, m.group(2))).orElse(true)) {
          Spread spread = new Spread(total, Numerals.count(m.group(1)), m.group(2));
          counts.add(spread);
          if (sharesTwo(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + COUNTED_CHARS)), q.text())) {
            named.add(spread);
          }
        }
      }
      List<Spread> chosen = named.isEmpty() ? counts : named;
      if (chosen.size() == 1) {
        return Optional.of(chosen.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * What the question spreads the total over, by its measure ({@code 平均每天}: 天, {@code 一个}: 个,
   * {@code 人均}: 人): only a count in that measure divides it. 270多名÷16家 is no figure a day.
   */
  private static final Pattern OVER = Pattern.compile("(?:[每一]|人(?=均))(个|名|人|件|只|台|户|家|份|所|位|支|辆|套|箱|瓶|袋|张|本|盒|场|天|日|周|月|年|小时|次|趟|回)");
  /** Measures of people, which count alike ({@code 每人} over {@code 177名}). */
  private static final String PEOPLE = "人名位";

  private static Optional<String> over(String question) {
    Matcher m = OVER.matcher(question);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static boolean sameMeasure(String asked, String counted) {
    return asked.equals(counted) || PEOPLE.contains(asked) && PEOPLE.contains(counted);
  }

  /** A figure given for each thing ({@code 各拨付5万元}, {@code 每人500元}) is no total. */
  private static final Pattern EACH_WORD = Pattern.compile("各|每|分别");

  /** Whether two texts share two characters in a row. */
  private static boolean sharesTwo(String a, String b) {
    for (int i = 0; i + 2 <= a.length(); i++) {
      if (b.contains(a.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }
}
