package org.baoku.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.PartFigures.Figure;
import org.baoku.index.ChineseText;

/**
 * Which of the parts a question compares has the larger or smaller figure ({@code 哪个镇的更多}):
 * the place or body each part names ({@link #name}), its figure ({@link #compared}) and the answer
 * that quotes them all ({@link #comparison}). Apart from {@link PartFigures}, which matches a part's
 * whole words, because a comparison reads each part by the place or body it names ({@code 青云店镇}
 * of {@code 青云店镇工会送出}; what follows is shared by all), and a body named without a figure
 * leaves nothing to compare.
 */
final class ComparedFigures {

  /** A part a comparison names and its figure. */
  record Named(String name, Figure figure) {}

  private ComparedFigures() {}

  /**
   * The parts a comparison names and a figure of one measure for each, in the question's order;
   * empty unless every part that names a place or body has one (a setting, {@code 端午节前}, has
   * none). For each part the figures whose sentence and clause hold its
   * {@link #name}; of the first part's, the best whose measure every other part has too ({@code
   * 件}, not the {@code 个} of {@code 50个村社}).
   */
  static List<Named> compared(Question q, List<String> parts, List<String> normalised) {
    return compared(comparedParts(q, parts), normalised, PartFigures.figures(q, normalised));
  }

  private static List<Named> compared(List<String> parts, List<String> normalised, List<Figure> figures) {
    List<String> named = new ArrayList<>();
    List<List<Figure>> candidates = new ArrayList<>();
    for (String part : parts) {
      String name = name(part);
      Map<Figure, Double> scores = new HashMap<>();
      figures.forEach(f -> scores.put(f, PartFigures.score(name, normalised.get(f.sentence()), f)));
      List<Figure> own = figures.stream().filter(f -> scores.get(f) >= PartFigures.MIN_PART)
          .sorted(Comparator.comparingDouble((Figure f) -> -scores.get(f))).toList();
      if (own.isEmpty() && NAME_END.matcher(name).find()) {
        // a body named without a figure: the comparison cannot be made
        return List.of();
      }
      if (!own.isEmpty()) {
        // a part that names no body is a setting (端午节前) and has no figure of its own
        named.add(name);
        candidates.add(own);
      }
    }
    if (candidates.size() < 2) {
      return List.of();
    }
    for (Figure a : candidates.get(0)) {
      List<Named> out = new ArrayList<>(List.of(new Named(named.get(0), a)));
      for (int k = 1; k < candidates.size(); k++) {
        candidates.get(k).stream().filter(f -> f != a && f.unit().equals(a.unit()) && f.multiplier().equals(a.multiplier())
            && out.stream().noneMatch(n -> n.figure() == f)).findFirst().ifPresent(f -> out.add(new Named(named.get(out.size()), f)));
        if (out.size() != k + 1) {
          break;
        }
      }
      if (out.size() == candidates.size()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * What a comparison asking which place or body ({@code 哪个区}, {@code 哪一方}, {@code 哪家单位})
   * compares: its parts that name one, when two do; a part that names none is a setting ({@code
   * 顺义的报道里}) or the part before it cut off at its 和 ({@code 怀柔区总工会抽调的党员干部和社工}).
   * Any other comparison compares all its parts ({@code 口罩和酒精棉片哪一样更多}, where the places
   * named are the setting).
   */
  private static List<String> comparedParts(Question q, List<String> parts) {
    Optional<MatchResult> which = AskedKind.whichMore(q.text());
    if (which.isEmpty() || !WHICH_BODY.matcher(which.get().group()).find()) {
      return parts;
    }
    List<String> bodies = parts.stream().filter(p -> NAME_END.matcher(name(p)).find()).toList();
    return bodies.size() >= 2 ? bodies : parts;
  }

  /** A question word asking which place or body ({@code 哪个区}, {@code 哪一方}, {@code 哪家单位}). */
  private static final Pattern WHICH_BODY = Pattern.compile("^哪(?:一个|一家|[个一家])?(?:[方边家区县镇乡村]|社区|街道|单位|公司|集团|工会)");

  /**
   * Where the name of a place or body ends ({@code 青云店镇} in {@code 青云店镇工会送出}); not a kind
   * counted or gone over ({@code 大兴几个镇总工会的慰问中}, {@code 各镇}, {@code 两镇}), which names none.
   */
  private static final Pattern NAME_END = Pattern.compile("(?<![个几各每些多两俩])(?:街道|社区|公司|集团|[镇区县市村乡])");

  /**
   * The thing a part of a comparison names: up to its 的 (what the parts share follows the last
   * one's), and up to the end of the first place or body named in it.
   */
  private static String name(String part) {
    String name = part.split("的")[0];
    Matcher end = NAME_END.matcher(name);
    return end.find() && end.start() >= 2 ? name.substring(0, end.end()) : name;
  }

  /**
   * Which part has the larger ({@link ArithmeticOp#MORE}) or smaller figure, each figure quoted with its
   * citation: {@code 青云店镇更多（3900余件[2]，旧宫镇1250件[1]）}, or of three and more, or asked
   * with 最, {@code 青云店镇最多（3900余件[2]，旧宫镇1250件[1]，庞各庄镇1000余件[3]）}; all alike, {@code
   * 一样多（顺义商业集团32名[1]，东城区32名[2]）}, each figure of its own sentence, in a clause that
   * names its part. Nothing when the largest (smallest) figure is shared otherwise.
   */
  static Optional<String> comparison(ArithmeticOp op, boolean most, List<Named> parts, List<String> normalised,
      List<CitedSentence> answer) {
    if (parts.size() < 2) {
      return Optional.empty();
    }
    Comparator<Named> order = Comparator.comparing(n -> n.figure().value());
    List<Named> ranked = new ArrayList<>(parts);
    ranked.sort(op == ArithmeticOp.MORE ? order.reversed() : order);
    BigDecimal first = ranked.get(0).figure().value();
    boolean even = ranked.stream().allMatch(n -> n.figure().value().compareTo(first) == 0)
        && ranked.stream().allMatch(n -> ownClause(n, normalised))
        && ranked.stream().map(n -> n.figure().sentence()).distinct().count() == ranked.size();
    if (!even && first.compareTo(ranked.get(1).figure().value()) == 0) {
      return Optional.empty();
    }
    String word = (most || parts.size() > 2 ? "最" : "更") + (op == ArithmeticOp.MORE ? "多" : "少");
    StringBuilder out = new StringBuilder(even
        // 32名 and 32名: neither is more, which is the answer
        ? "一样多（" + ranked.get(0).name() + quoted(ranked.get(0).figure(), normalised, answer)
        : ranked.get(0).name() + word + "（" + quoted(ranked.get(0).figure(), normalised, answer));
    for (Named n : ranked.subList(1, ranked.size())) {
      out.append("，").append(n.name()).append(quoted(n.figure(), normalised, answer));
    }
    return Optional.of(out.append("）").toString());
  }

  /**
   * Whether the clause of a part's figure names the part ({@code 东城区总工会选派32名干部}): equal
   * figures say the parts are alike only then, and not when one fact said twice is matched to
   * two things it does not count ({@code 10名} for 口罩 and for 酒精棉片).
   */
  private static boolean ownClause(Named n, List<String> normalised) {
    String sentence = normalised.get(n.figure().sentence());
    int[] clause = PartFigures.clause(sentence, n.figure());
    return ChineseText.compact(sentence.substring(clause[0], clause[1])).contains(ChineseText.compact(n.name()));
  }

  /** A figure as its sentence gives it ({@code 3900余件}), with the sentence's citation. */
  private static String quoted(Figure f, List<String> normalised, List<CitedSentence> answer) {
    return normalised.get(f.sentence()).substring(f.start(), f.end()) + "[" + answer.get(f.sentence()).n() + "]";
  }
}
