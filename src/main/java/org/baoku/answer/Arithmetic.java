package org.baoku.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * The sum or difference a question asks for ({@code 相差多少万元}, {@code 两支队伍一共多少人次}),
 * computed from two figures of the cited sentences and shown as computed, with the citations it
 * rests on: {@code 相差361万元（据[1][2]计算）}. Only figures of the asked measure with the same
 * multiplier are combined ({@code 500万元} and {@code 139万元}, never {@code 5亿元} and
 * {@code 139万元}); anything else gives nothing, and the answer stays the cited sentences.
 */
final class Arithmetic {

  enum Op { SUM, DIFFERENCE }

  /** A sentence of the answer and the citation it carries. */
  record Cited(String sentence, int n) {}

  private static final Pattern DIFFERENCE = Pattern.compile("相差|差多少|差了多少|多多少|少多少|多出多少|少了多少|多了多少|差距");
  private static final Pattern TOTAL = Pattern.compile("一共|总共|合计|共计|加起来|总计|总数");
  /** A sum needs two named parts: without them 一共多少 asks for one reported total. */
  private static final Pattern PARTS = Pattern.compile("两|和|与|及|分别|各");

  private Arithmetic() {}

  /** The operation {@code q} asks for, if it asks for a number computed from two. */
  static Optional<Op> asked(Question q) {
    if (q.asks() != Question.Asked.NUMBER || q.measure() == null || q.measure().equals(Question.DURATION)) {
      return Optional.empty();
    }
    if (DIFFERENCE.matcher(q.text()).find()) {
      return Optional.of(Op.DIFFERENCE);
    }
    return TOTAL.matcher(q.text()).find() && PARTS.matcher(q.text()).find() ? Optional.of(Op.SUM) : Optional.empty();
  }

  /** The computed figure with its sources, or empty when two figures of one measure are not cited. */
  static Optional<String> of(Question q, List<Cited> answer) {
    Optional<Op> op = asked(q);
    if (op.isEmpty()) {
      return Optional.empty();
    }
    String measure = q.measure();
    Pattern figure = Pattern.compile("(\\d+(?:\\.\\d+)?)([万亿]?)" + Pattern.quote(measure.replaceFirst("^[万亿]", "")));
    String multiplierAsked = measure.startsWith("万") ? "万" : measure.startsWith("亿") ? "亿" : null;
    List<BigDecimal> values = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    String multiplier = null;
    for (Cited c : answer) {
      Matcher m = figure.matcher(ChineseText.normalise(c.sentence()));
      while (m.find() && values.size() < 2) {
        String mult = m.group(2);
        if (multiplierAsked != null && !multiplierAsked.equals(mult) || multiplier != null && !multiplier.equals(mult)) {
          continue;
        }
        multiplier = mult;
        values.add(new BigDecimal(m.group(1)));
        if (!sources.contains(c.n())) {
          sources.add(c.n());
        }
      }
    }
    if (values.size() < 2) {
      return Optional.empty();
    }
    BigDecimal result = op.get() == Op.SUM ? values.get(0).add(values.get(1)) : values.get(0).subtract(values.get(1)).abs();
    StringBuilder cites = new StringBuilder();
    sources.forEach(n -> cites.append('[').append(n).append(']'));
    String unit = multiplier + measure.replaceFirst("^[万亿]", "");
    return Optional.of((op.get() == Op.SUM ? "合计" : "相差") + result.stripTrailingZeros().toPlainString() + unit
        + "（据" + cites + "计算）");
  }
}
