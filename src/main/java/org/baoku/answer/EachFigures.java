package org.baoku.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.PartFigures.Figure;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Numerals;

/**
 * The figures a report gives for each of several things ({@code 为全区17个街道各拨付慰问金5万元}),
 * which a sum counts as many times as there are things ({@link #times}). Apart from
 * {@link PartFigures}, which finds one figure for each part the question names, because here one
 * figure stands for many parts the report counts but does not name, and only a question that names
 * those things ({@code 每个街道}) may multiply it.
 */
final class EachFigures {

  /** A figure given for each of {@code times} things, named {@code things} in the report. */
  record Each(Figure figure, int times, String things) {}

  /**
   * So many things ({@code 17个街道}, {@code 两个村}: the things are group 2), then 各 or 分别: a
   * figure for each follows.
   */
  private static final Pattern EACH = Pattern.compile("(\\d{1,4}|[两二三四五六七八九十]{1,3})个([^，。；,;\\d]{0,10}?)(?:各|分别)");
  /** Characters allowed between 各 / 分别 and the figure it gives ({@code 各拨付慰问金5万元}). */
  private static final int EACH_GAP = 8;

  private EachFigures() {}

  /**
   * The figures given for each of several things ({@code 为全区17个街道各拨付慰问金5万元},
   * {@code 向两个村分别捐赠4000个口罩}), whose total is their product; in sentence order.
   */
  static List<Each> each(Question q, List<String> normalised) {
    Pattern figure = PartFigures.figure(q);
    List<Each> out = new ArrayList<>();
    for (int i = 0; i < normalised.size(); i++) {
      Matcher m = EACH.matcher(normalised.get(i));
      while (m.find()) {
        Matcher f = figure.matcher(normalised.get(i));
        if (f.find(m.end()) && givenEach(normalised.get(i), m.end(), f.start()) && named(q, m.group(2))) {
          int times = Numerals.count(m.group(1));
          Optional<Figure> fig = PartFigures.figure(q, i, f);
          if (times > 1 && fig.isPresent()) {
            out.add(new Each(fig.get(), times, ChineseText.compact(m.group(2))));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the figure at {@code figure} is one 各 or 分别 (ending at {@code each}) gives: within
   * {@value #EACH_GAP} characters of it, or further on in the same clause as an item of the list it
   * opens ({@code 分别捐赠4000个口罩、1000只PVC手套、10000片酒精棉片}).
   */
  private static boolean givenEach(String sentence, int each, int figure) {
    if (figure - each <= EACH_GAP) {
      return true;
    }
    String between = sentence.substring(each, figure);
    return !Figures.CLAUSE_BREAK.matcher(between).find() && (between.endsWith("、") || between.endsWith("和"));
  }

  /**
   * Whether the question names the things counted each ({@code 17个街道各…} for {@code 每个街道}), in
   * what it asks or what its reader told first:
   * a figure given for each of something else ({@code 街道} for {@code 牛奶、巧克力和饼干}) is not
   * the total asked.
   */
  private static boolean named(Question q, String things) {
    String head = ChineseText.compact(things);
    return !head.isEmpty() && (q.told() + q.text()).contains(head.substring(0, Math.min(2, head.length())));
  }

  /**
   * Whether the question names the things {@code e} counts in general ({@code 给街道的}, {@code
   * 各街道}, {@code 17个街道}), not one of them by name ({@code 口子村} of {@code 两个村各…}): the
   * character before their name in the question is none of a name's.
   */
  static boolean namedInGeneral(Question q, Each e) {
    String things = e.things();
    String head = things.substring(Math.max(0, things.length() - 2));
    for (int at = q.text().indexOf(head); at >= 0; at = q.text().indexOf(head, at + 1)) {
      char before = at == 0 ? ' ' : q.text().charAt(at - 1);
      if (!Character.isIdeographic(before) || GENERAL_BEFORE.indexOf(before) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * What stands before things named in general: a preposition, a measure, 全, 每, 各, 的, or the
   * district they are of ({@code 全区街道}).
   */
  private static final String GENERAL_BEFORE = "给向为对各个些的每全和与及跟到区市县";

  /** How many times figure {@code f} counts in a sum: the number of things it is given each of, else 1. */
  static BigDecimal times(Figure f, List<Each> each) {
    return each.stream().filter(e -> e.figure().sentence() == f.sentence() && e.figure().start() == f.start())
        .findFirst().map(e -> BigDecimal.valueOf(e.times())).orElse(BigDecimal.ONE);
  }
}
