package org.baoku.answer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoku.answer.EachFigures.Each;
import org.baoku.answer.PartFigures.Figure;
import org.baoku.index.ChineseText;

/**
 * The sum or difference a question asks for ({@code 相差多少万元}, {@code A和B加起来一共多少人}),
 * computed from the figures of the cited sentences and shown as computed, with the citations it
 * rests on: {@code 相差361万元（据[1][2]计算）}. Only figures of the asked measure ({@code 名} and
 * {@code 人} count alike) with the same multiplier are combined ({@code 500万元} and
 * {@code 139万元}, never {@code 5亿元} and {@code 139万元}); anything else gives nothing, and the
 * answer stays the cited sentences.
 *
 * <p>The parts are the things the question names before it asks ({@code 顺义区委老干部局组建的支援队}
 * and {@code 顺义商业集团工会派出的下沉干部职工}): each part's figure is the one whose sentence and
 * clause share most of the part's words, so the answer cites a sentence for each part
 * ({@link #sentences}) and adds the figures that belong to the parts, not the first two it meets.
 * A question that names no parts ({@code 两支服务队一共多少人次}) adds the first two figures cited.
 *
 * <p>Two more readings of the cited figures, shown the same way: which of two parts has the larger
 * or smaller figure ({@code 哪个镇的更多} → {@code 青云店镇更多（3900余件[2]，旧宫镇1250件[1]）}), and how
 * many levels a report lists without counting them ({@code 分成几档} → {@code 共3档（据[1]：5万、8万、10万元）}),
 * and an average a report does not give, from a total and the count it is spread over in one
 * sentence ({@code 平均一个多少钱}, {@code 30个保温水壶…出资3000元} → {@code 平均每个100元（据[1]计算：3000元÷30个）}).
 *
 * <p>This class picks the sentences each reading rests on ({@link #sentences}) and computes and
 * words its result ({@link #of}); what the question asks is read by {@link ArithmeticQuestion},
 * and the figures are found by {@link PartFigures} (each part's), {@link EachFigures} (one for
 * each of several things), {@link ComparedFigures} (which is more), {@link Average} and
 * {@link ListedLevels}.
 */
final class Arithmetic {

  private Arithmetic() {}

  /**
   * The candidates, by index into {@code texts}, that hold the figure of each part the question
   * names, in the order of the parts, one for each part: two parts whose figures one sentence
   * gives ({@code 29个村、12个社区}) name it twice, so that the caller knows both are found. Empty
   * when the question asks no sum or difference or fewer than two of its parts have a figure here.
   */
  static List<Integer> sentences(Question q, List<String> texts) {
    Optional<ArithmeticOp> op = ArithmeticQuestion.asked(q);
    List<String> parts = ArithmeticQuestion.parts(q);
    if (op.isEmpty() || parts.size() < 2 && op.get() != ArithmeticOp.SUM && op.get() != ArithmeticOp.LEVELS
        && op.get() != ArithmeticOp.AVERAGE) {
      return List.of();
    }
    List<String> normalised = texts.stream().map(ChineseText::normalise).toList();
    if (op.get() == ArithmeticOp.AVERAGE) {
      return Average.average(q, normalised).map(a -> List.of(a.total().sentence())).orElse(List.of());
    }
    if (op.get() == ArithmeticOp.LEVELS) {
      if (ListedLevels.counted(q, normalised)) {
        return List.of();
      }
      for (int i = 0; i < normalised.size(); i++) {
        if (ListedLevels.LISTED.matcher(normalised.get(i)).find()) {
          return List.of(i);
        }
      }
      return List.of();
    }
    if (op.get() == ArithmeticOp.MORE || op.get() == ArithmeticOp.LESS) {
      return ComparedFigures.compared(q, parts, normalised).stream().map(n -> n.figure().sentence()).toList();
    }
    List<Figure> found = PartFigures.partFigures(parts, normalised, PartFigures.asked(q, parts, normalised));
    if (found.size() >= 2) {
      return found.stream().map(Figure::sentence).toList();
    }
    return op.get() == ArithmeticOp.SUM
        ? EachFigures.each(q, normalised).stream().map(e -> e.figure().sentence()).limit(1).toList() : List.of();
  }

  /**
   * The candidates, by index into {@code texts}, that hold the figure of each part {@code q} asks a
   * figure of ({@link ArithmeticQuestion#eachParts}), in the order of the parts; empty unless two
   * parts or more have one. The model reads the best sentence, which gives one part's figure, and
   * the others' stand in other sentences or reports.
   */
  static List<Integer> eachSentences(Question q, List<String> texts) {
    List<String> parts = ArithmeticQuestion.eachParts(q);
    if (parts.size() < 2) {
      return List.of();
    }
    List<String> normalised = texts.stream().map(ChineseText::normalise).toList();
    List<Figure> found = PartFigures.partFigures(parts, normalised, PartFigures.asked(q, parts, normalised));
    List<Integer> out = new ArrayList<>();
    found.forEach(f -> {
      if (!out.contains(f.sentence())) {
        out.add(f.sentence());
      }
    });
    return found.size() >= 2 ? out : List.of();
  }

  /** The computed figure with its sources, or empty when two figures of one measure are not cited. */
  static Optional<String> of(Question q, List<CitedSentence> answer) {
    Optional<ArithmeticOp> op = ArithmeticQuestion.asked(q);
    if (op.isEmpty()) {
      // 东城给街道的慰问金一共多少钱, of 为全区17个街道各拨付慰问金5万元: only the best sentence, and
      // only things the question names in general (街道), not one of them (口子村 of 两个村各)
      return ArithmeticQuestion.asksATotal(q) && !answer.isEmpty()
          ? EachFigures.each(q, List.of(ChineseText.normalise(answer.get(0).sentence()))).stream()
              .filter(e -> EachFigures.namedInGeneral(q, e)).findFirst().map(e -> total(e, answer))
          : Optional.empty();
    }
    List<String> normalised = answer.stream().map(c -> ChineseText.normalise(c.sentence())).toList();
    List<String> parts = ArithmeticQuestion.parts(q);
    if (op.get() == ArithmeticOp.LEVELS) {
      return ListedLevels.levels(q, normalised, answer);
    }
    if (op.get() == ArithmeticOp.AVERAGE) {
      return Average.average(q, normalised).map(a -> {
        BigDecimal total = a.total().value().multiply(MULTIPLIERS.getOrDefault(a.total().multiplier(), BigDecimal.ONE));
        BigDecimal exact = total.divide(BigDecimal.valueOf(a.count()), 2, RoundingMode.HALF_UP);
        boolean about = a.total().approximate() || exact.multiply(BigDecimal.valueOf(a.count())).compareTo(total) != 0;
        String given = normalised.get(a.total().sentence()).substring(a.total().start(), a.total().end());
        return "平均每" + ("名位".contains(a.measure()) ? "人" : a.measure()) + (about ? "约" : "") + plain(exact) + a.total().unit() + "（据["
            + answer.get(a.total().sentence()).n() + "]计算：" + given + "÷" + a.count() + a.measure() + "）";
      });
    }
    if (op.get() == ArithmeticOp.MORE || op.get() == ArithmeticOp.LESS) {
      boolean most = AskedKind.asksTheMost(q.text());
      return ComparedFigures.comparison(op.get(), most, ComparedFigures.compared(q, parts, normalised), normalised, answer);
    }
    List<Figure> all = PartFigures.asked(q, parts, normalised);
    List<Figure> byPart = parts.size() >= 2 ? PartFigures.partFigures(parts, normalised, all) : List.of();
    List<Each> each = op.get() == ArithmeticOp.SUM ? EachFigures.each(q, normalised) : List.of();
    if (byPart.size() < 2 && !each.isEmpty()) {
      return Optional.of(total(each.get(0), answer));
    }
    List<Figure> used = byPart.size() >= 2 ? byPart : all.subList(0, Math.min(2, all.size()));
    if (used.size() < 2 || op.get() == ArithmeticOp.DIFFERENCE && used.size() != 2
        || op.get() == ArithmeticOp.SUM && used.size() < ArithmeticQuestion.partsCounted(q)
        || used.stream().map(f -> f.multiplier() + f.unit()).distinct().count() > 1
        || op.get() == ArithmeticOp.DIFFERENCE && !aboutTheLarger(used.get(0), used.get(1))) {
      return Optional.empty();
    }
    BigDecimal result = op.get() == ArithmeticOp.SUM ? used.stream().map(f -> EachFigures.times(f, each).multiply(f.value()))
        .reduce(BigDecimal.ZERO, BigDecimal::add) : used.get(0).value().subtract(used.get(1).value()).abs();
    List<Integer> sources = new ArrayList<>();
    for (Figure f : used) {
      int n = answer.get(f.sentence()).n();
      if (!sources.contains(n)) {
        sources.add(n);
      }
    }
    sources.sort(null);
    StringBuilder cites = new StringBuilder();
    sources.forEach(n -> cites.append('[').append(n).append(']'));
    String given = used.get(0).multiplier() + Figure.shown(used);
    String unit = (used.stream().anyMatch(Figure::approximate) ? "余" : "") + given;
    // a figure given for each of several things counts that many times: 17个街道各5万元 and 27万元
    String how = used.stream().allMatch(f -> EachFigures.times(f, each).equals(BigDecimal.ONE)) ? ""
        : "：" + String.join("+", used.stream().map(f -> (EachFigures.times(f, each).equals(BigDecimal.ONE) ? "" : EachFigures.times(f, each) + "×")
            + plain(f.value()) + given).toList());
    return Optional.of((op.get() == ArithmeticOp.SUM ? "合计" : "相差") + plain(result) + unit
        + "（据" + cites + "计算" + how + "）");
  }

  /**
   * Whether the difference of two figures is a figure: both exact, or only the larger given as about
   * so many ({@code 3900余件} less {@code 1250件} is {@code 2650余件}); less about so many ({@code
   * 1250余}), or of two such, it is no figure that can be written.
   */
  private static boolean aboutTheLarger(Figure a, Figure b) {
    Figure smaller = a.value().compareTo(b.value()) <= 0 ? a : b;
    return !smaller.approximate() && !(a.approximate() && b.approximate());
  }

  /** The total of a figure given for each of several things, shown as computed. */
  private static String total(Each e, List<CitedSentence> answer) {
    String unit = e.figure().multiplier() + e.figure().printed();
    return "合计" + plain(e.figure().value().multiply(BigDecimal.valueOf(e.times()))) + unit + "（据["
        + answer.get(e.figure().sentence()).n() + "]计算：" + e.times() + "×" + plain(e.figure().value()) + unit + "）";
  }

  private static final Map<String, BigDecimal> MULTIPLIERS = Map.of("万", BigDecimal.valueOf(10_000),
      "亿", BigDecimal.valueOf(100_000_000));

  /** A figure as a reader writes it: {@code 85}, {@code 19.5}, never {@code 8.5E+1}. */
  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}