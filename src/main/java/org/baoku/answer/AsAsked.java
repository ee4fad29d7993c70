package org.baoku.answer;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * The rules that follow {@link KindCheck}: among the sentences that hold the asked figure or date,
 * the one that gives it as the question asks it. A date is taken from the sentence naming the
 * asked event when the best one does not ({@code 是哪一年开工的}); a figure asked as of a day or so
 * far, from a sentence that gives it so rather than a plan or a total of another time; a number
 * the {@value CandidatePick#CHECKED} most probable sentences lack, from another sentence of the best
 * article that says it of the noun the question measures. The model ranks first the sentence that
 * repeats most of the question's words, which is often not the one of the asked event, day or noun.
 *
 * <p>Whether a candidate answers at all ({@link SentenceCheck#answers}) is passed in as {@code answers},
 * by index into {@code texts}: the check calls these rules, and they do not call back into it.
 */
final class AsAsked {

  private AsAsked() {}

  /**
   * For a date: {@code picked}, unless its answering sentence {@code i} names none of the verbs of
   * the event asked ({@code 从哪天开始上门给职工理发} is answered by {@code 从2月24日开始…义务理发}) and another of the {@value CandidatePick#CHECKED} most probable has it and a date ({@code 哪一年开工的}:
   * {@code 该工程自2020年开工建设}, not {@code 获2021年度“安康杯”荣誉称号}, which repeats more of the
   * question's words).
   */
  static List<Integer> onTheAskedEvent(Question q, double[] probability, IntPredicate answers,
      List<String> texts, List<Integer> picked, int i) {
    if (START_ASKED.matcher(q.text()).find()) {
      if (STARTED.matcher(ChineseText.normalise(texts.get(i))).find()) {
        // 从哪天开始上门服务: 从2月24日开始…义务理发 gives the start, whatever its verbs; 截至昨天，
        // 已为160多名职工上门服务 names the event as asked and gives no start
        return picked;
      }
      // 哪天开始下去的: 自2月28日下沉…以来 gives the start, 3月4日…调研 a later visit
      for (int j : CandidatePick.best(probability, CandidatePick.CHECKED)) {
        if (j != i && STARTED.matcher(ChineseText.normalise(texts.get(j))).find()
            && answers.test(j)) {
          return List.of(j);
        }
      }
    }
    List<String> verbs = q.events();
    if (verbs.isEmpty() || namesAny(texts.get(i), verbs)) {
      return picked;
    }
    for (int j : CandidatePick.best(probability, CandidatePick.CHECKED)) {
      if (j != i && names(texts.get(j), verbs) && answers.test(j)) {
        return List.of(j);
      }
    }
    return picked;
  }

  /** A date question asking when something began ({@code 哪天开始下去的}, {@code 从什么时候起}, {@code when did they start}). */
  private static final Pattern START_ASKED = Pattern.compile("开始|从哪|从什么时候|什么时候起|哪天起|几号起|起始"
      + "|(?i)\\b(?:start|started|starting|begin|began|begun|since when)\\b");
  /** A date given as a start ({@code 自2月28日下沉…以来}, {@code 从2月24日开始}, {@code 4月26日起}). */
  private static final Pattern STARTED = Pattern.compile("(?:自|从)\\d{1,4}[年月日号]|\\d[日号](?:起|开始)|以来");

  /**
   * A figure asked as of a day ({@code 截至昨天}, {@code 到报道前一天为止}, spoken {@code 到昨天剪了多少}),
   * and one given so.
   */
  private static final Pattern AS_OF_ASKED = Pattern.compile("截至|截止|为止|到(?:昨天|今天|目前|现在|眼下|报道)");
  private static final Pattern AS_OF_GIVEN = Pattern.compile("截至|截止|为止|目前");

  /**
   * For a figure asked as of a day: {@code picked}, unless its answering sentence {@code i} gives
   * no such day and another of the {@value CandidatePick#CHECKED} most probable gives one and the figure
   * ({@code 截至昨天，已为160多名职工上门服务}, not the plan {@code 为16家单位的270多名职工进行义务理发},
   * which repeats more of the question).
   */
  static List<Integer> asOfTheAskedDay(Question q, double[] probability, IntPredicate answers,
      List<String> texts, List<Integer> picked, int i) {
    if (!AS_OF_ASKED.matcher(q.text()).find() || AS_OF_GIVEN.matcher(texts.get(i)).find()) {
      return picked;
    }
    for (int j : CandidatePick.best(probability, CandidatePick.CHECKED)) {
      if (j != i && AS_OF_GIVEN.matcher(texts.get(j)).find() && answers.test(j)) {
        return List.of(j);
      }
    }
    return picked;
  }

  private static boolean namesAny(String sentence, List<String> verbs) {
    String folded = ChineseText.folded(sentence);
    return verbs.stream().anyMatch(folded::contains);
  }

  private static boolean names(String sentence, List<String> verbs) {
    String folded = ChineseText.folded(sentence);
    return verbs.stream().allMatch(folded::contains);
  }

  /**
   * For a number asked of a noun named before the question word ({@code 大兴区的工会服务站一共有多少个}),
   * the most probable sentence of the best one's article that gives a figure right before that
   * noun ({@code 全区22个工会服务站全员投入}), when no answering sentence does: their figures count
   * something else ({@code 为21个镇街和产业基地拨付}). The sentence that counts the noun may not name
   * the district, which its article names, and the model ranks it low. Only where the question ends
   * asking the noun's count ({@link #COUNT_ASKED_LAST}) and no answering figure counts the noun
   * anywhere in its clause ({@link Figures#counts}): read anywhere in the article, a figure right
   * before 慰问品 of another town's sentence took the place of 1250件饮料、牛奶等慰问品 (stop 71, nine
   * read answers lost). Stop 71: read +1 answer on the pages, every other answer of the 248 sets
   * the same.
   */
  static List<Integer> countingTheNoun(Question q, double[] probability, List<String> texts,
      List<String> articleOf, List<Integer> answering) {
    if (answering.isEmpty() || q.asks() != Question.Asked.NUMBER || q.english() || q.acrossArticles()
        || q.count().counted() != null || ArithmeticQuestion.asked(q).isPresent()) {
      return answering;
    }
    String noun = measured(q);
    Matcher asked = COUNT_ASKED_LAST.matcher(q.text());
    if (noun == null || noun.length() < 2 || !asked.find() || !q.text().substring(0, asked.start()).endsWith(noun)
        || answering.stream().anyMatch(i -> counts(q, texts.get(i), noun))) {
      return answering;
    }
    String article = articleOf.get(CandidatePick.best(probability, 1).get(0));
    for (int i : CandidatePick.best(probability, texts.size())) {
      if (articleOf.get(i).equals(article) && countsRightBefore(q, texts.get(i), noun)) {
        return List.of(i);
      }
    }
    return answering;
  }

  /** The count asked right after the noun, ending the question ({@code 工会服务站一共有多少个}). */
  private static final Pattern COUNT_ASKED_LAST =
      Pattern.compile("(?:一共|总共|共|总计|合计)?(?:有|是|为)?(?:多少|几)\\p{IsHan}?[？?]?$");

  /** Whether a figure of the asked measure in {@code text} counts {@code noun} ({@link Figures#counts}). */
  private static boolean counts(Question q, String text, String noun) {
    return anyFigure(q, text, (s, p) -> Figures.counts(noun, s, p.start(), p.end()));
  }

  /** Whether a figure of the asked measure stands right before {@code noun} in {@code text}. */
  private static boolean countsRightBefore(Question q, String text, String noun) {
    return anyFigure(q, text, (s, p) -> s.startsWith(noun, p.end()));
  }

  /** Whether a figure of the asked measure in {@code text}, normalised, is one {@code test} takes. */
  private static boolean anyFigure(Question q, String text, BiPredicate<String, Phrase> test) {
    String s = ChineseText.normalise(text);
    return Figures.figures(q, s).stream().anyMatch(p -> test.test(s, p));
  }

  /** Question words of a number, where the noun measured comes before them. */
  private static final Pattern NUMBER_ASKED = Pattern.compile("多长|多久|多少|多大|多高|多重|多远|几");

  /**
   * For a number the {@code below} most probable sentences lack: the most probable other
   * sentence of the best one's article that holds it, said of the noun the question measures
   * ({@code 宣传片有多长}: {@code 这部时长2分钟的宣传片制作完成}). The model ranks such a sentence low:
   * it is short and repeats little of the question; the article and the measured noun keep a
   * near miss's stray figure out.
   *
   * @param answers whether a candidate, by index into {@code texts}, holds the asked figure
   *     reported of the question's subject
   * @param articleOf each candidate's article, in the order of {@code texts}
   * @param below how many of the most probable sentences are passed over: those {@link KindCheck}
   *     has searched already
   */
  static List<Integer> inTheBestArticle(Question q, double[] probability, IntPredicate answers,
      List<String> texts, List<String> articleOf, int below) {
    if (q.asks() != Question.Asked.NUMBER || q.english() || q.acrossArticles() || texts.isEmpty()) {
      return List.of();
    }
    String noun = measured(q);
    if (noun == null) {
      return List.of();
    }
    List<Integer> order = CandidatePick.best(probability, texts.size());
    String article = articleOf.get(order.get(0));
    for (int i : order.subList(Math.min(below, order.size()), order.size())) {
      String text = ChineseText.normalise(texts.get(i));
      if (articleOf.get(i).equals(article) && (text.contains(noun) || namesTheLengthAsked(q, text))
          && answers.test(i)) {
        return List.of(i);
      }
    }
    return List.of();
  }

  /** A word that says a figure is how long something lasts ({@code 这部时长2分钟的宣传片}). */
  private static final Pattern LENGTH_NAMED = Pattern.compile("时长|历时|用时|片长");

  /**
   * Whether a sentence names its figure as the length of time a question asks, whatever noun the
   * question measures it by ({@code 那个片子多长时间}, {@code 宣传 video 有多长}, {@code 片长有多少时间}
   * against {@code 这部时长2分钟的宣传片}): readers call the thing by words of their own, and the
   * sentence calls its figure what is asked. Stop 73, with {@link AskedCount}'s 多少时间 read as a
   * length of time: read +4 answers on the pages and the dated pages, +3 and a never-read one among
   * the synthetic paper, none lost.
   */
  private static boolean namesTheLengthAsked(Question q, String text) {
    boolean lengthAsked = Question.DURATION.equals(q.count().measure()) || Question.TIME_TAKEN.equals(q.count().measure())
        || Question.TIME_TAKEN.equals(q.count().counted());
    return lengthAsked && LENGTH_NAMED.matcher(text).find();
  }

  /**
   * The noun a number question measures: what it counts ({@code 多少名党员}), else the noun key
   * nearest before its question word ({@code 宣传片有多长}).
   */
  static String measured(Question q) {
    if (q.count().counted() != null) {
      return q.count().counted();
    }
    Matcher m = NUMBER_ASKED.matcher(q.text());
    if (!m.find()) {
      return null;
    }
    String before = q.text().substring(0, m.start());
    String nearest = null;
    int at = -1;
    for (Question.Key k : q.keys()) {
      int i = before.lastIndexOf(k.word());
      if (k.weight() >= 1.0 && k.word().length() >= 2 && i > at) {
        at = i;
        nearest = k.word();
      }
    }
    return nearest;
  }

  /**
   * A count asked as it stands so far ({@code 到现在剪了多少人}, {@code 到报道时已经…多少}, {@code
   * by the time of the report}); in speech, by a 了 of change after the count that closes the
   * question ({@code 剪了多少人了}).
   */
  private static final Pattern SO_FAR_ASKED = Pattern.compile("已经|到现在|至今|截至|截止|到目前|目前为止|到报道|见报|累计"
      + "|(?:多少|几)\\p{IsHan}{0,3}了[？?]?\\s*$"
      + "|(?i)\\b(?:so far|to date|thus far|by the time|as of|up to now|until now|already)\\b");
  /**
   * An aside that sets a figure apart from the one asked ({@code （不是截至目前已完成的人数）}, {@code
   * ，而不是已经理了的}): its words ask nothing.
   */
  private static final Pattern NOT_ASKED_ASIDE = Pattern.compile(
      "[（(](?:而?不是|并非|非)[^）)]*[）)]|[，,](?:而?不是|并非)[^，,。？?！!]*");
  /** A figure given as it stands so far ({@code 截至昨天，已为160多名职工上门服务}). */
  private static final Pattern SO_FAR_GIVEN = Pattern.compile("截至|截止|至今|累计|目前已|到目前");

  /**
   * For a count asked as it stands so far, the most probable sentence of the report that answers
   * it which gives its figure so ({@code 截至昨天，已为160多名职工上门服务}) in place of one that
   * gives a plan or a total of another time ({@code 从2月24日开始，分时分批为270多名职工进行义务理发});
   * {@code answering} when none does, one of it already does, or it is empty (refused). Sought among
   * the {@value CandidatePick#CHECKED} most probable sentences and in the whole report of the
   * answering one: the model ranks the plan, which repeats the question's words (理发), above the
   * count so far, which names the barbers (两位理发师傅…已为160多名职工上门服务). Stop 59, over 188
   * sets: pages read +2 and never read +2 answers, the synthetic paper about 25 more, none lost;
   * asked in English ({@code by the time of the report}), read +1 to +2 and never read +1 on the
   * dated pages and the synthetic paper, none lost.
   */
  static List<Integer> soFar(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    if (answering.isEmpty() || q.asks() != Question.Asked.NUMBER
        || !SO_FAR_ASKED.matcher(NOT_ASKED_ASIDE.matcher(q.text()).replaceAll("")).find()
        || answering.stream().anyMatch(i -> SO_FAR_GIVEN.matcher(texts.get(i)).find())) {
      return answering;
    }
    String report = articleOf.get(answering.get(0));
    List<Integer> mostProbable = CandidatePick.best(probability, CandidatePick.CHECKED);
    for (int i : CandidatePick.best(probability, texts.size())) {
      if ((mostProbable.contains(i) || articleOf.get(i).equals(report)) && SO_FAR_GIVEN.matcher(texts.get(i)).find()
          && AskedPhrases.fits(q, texts.get(i))) {
        return List.of(i);
      }
    }
    return answering;
  }
}
