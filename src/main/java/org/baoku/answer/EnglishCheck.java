package org.baoku.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baoku.index.ChineseText;

/**
 * The check of an English question ({@code how long}, {@code how many}, {@code when}, {@code who}),
 * which is refused here only where it asks a figure, a day or a post that a report gives or does
 * not. Its Chinese keys are translations, so its candidates rank less surely than a Chinese
 * question's: the most probable candidate of any rank that holds the asked phrase is added to the
 * model's choice (the 29 English questions of the seed-format sets: containment 0.724 → 0.828).
 */
final class EnglishCheck {

  /**
   * Measures of English counts that only a figure in that measure answers ({@code how many
   * households}: 户; {@code how much did … spend}: 元, which no other measure stands in for; units
   * of measurement, {@code how many millilitres}: 毫升): the English path otherwise keeps the
   * model's sentence when none holds one. The units refused two more near misses of the read sets
   * and changed nothing else; person-times (人次), enterprises (家) and lengths of time ({@code how
   * many days}), with their English readings, four more (read sets 685 → 689, never-read 271 → 272),
   * no answer lost. People (人), once the thing counted is the first one named after {@code how
   * many} ({@code how many households of medical workers} counts households): one more (stop 37,
   * read sets 715 → 716), no answer lost. A day asked ({@code on what date}, {@code which day}),
   * which only a day answers, likewise ({@link #ENGLISH_DAY_OR_YEAR_ASKED}). Places, teams and
   * units (个) and vehicles (辆), stop 58: {@code how many communities did they support} is not
   * answered by 60余名干部职工. A magnitude with no unit ({@code how big}) too, by its question words.
   */
  private static final Set<String> ENGLISH_STRICT_MEASURES = Stream.concat(Stream.of("户", "次", "场", "元", "人次", "家", "人", "例",
          "个", "辆", Question.DURATION),
      EnglishQuestion.UNIT_MEASURES.stream()).collect(Collectors.toUnmodifiableSet());

  /**
   * An English question of the day ({@code on what date}, {@code which day}) or the year ({@code in
   * what year}): only a sentence that gives one answers it (stop 40: read sets 828 → 829 refused,
   * never-read 330 → 331, no answer lost; the year, stop 50: read +1, nothing else changed). Not a
   * bare {@code when}, which a report's {@code 近日} answers as well as it can, unless it asks a
   * planned day ({@code when is it due to be completed}), which only a plan answers (stop 50: read
   * +2 refused, no answer lost). Read in the sentence that asks: a follow-up is read after the
   * question before it ({@code On what date did … ? Which villages were they?}), whose day is asked no more.
   * A word making the day exact may stand between ({@code on what exact date}: stop 55, one read
   * near miss more refused).
   */
  private static final Pattern ENGLISH_DAY_OR_YEAR_ASKED = Pattern.compile(
      "(?i)\\b(?:what|which)\\s+(?:(?:exact|precise|specific|particular)\\s+)?(?:date|day|year)\\b");

  /**
   * A person asked by name ({@code what was the name of the instructor}, {@code what are the two
   * barbers called}): only a name among the {@value CandidatePick#CHECKED} most probable sentences
   * answers, as for a Chinese question of a person; one ranked far below is another report's.
   * Read sets: 6 more near misses refused, no answer lost; asked of every English person question
   * ({@code who gave the talk}), one answer was lost.
   */
  private static final Pattern NAME_ASKED = Pattern.compile("(?i)\\bnames?\\b|\\bcalled\\b");
  /**
   * Who wrote, photographed or signed a report: the byline or the signature names them, which
   * is no candidate sentence (a review's 'the name of the reporter who wrote the Shunyi story').
   */
  private static final Pattern CREDITED = Pattern.compile(
      "(?i)\\b(?:reporters?|journalists?|correspondents?|photographers?|authors?|writers?|editors?|diarist)\\b"
      + "|\\b(?:wrote|written|photographed|signed)\\b");

  private EnglishCheck() {}

  /**
   * Whether the English question {@code q} asks a figure, a day or a post that a report gives or
   * does not (an age, a day, a year, a planned day, households, a sum of money, a chairman): no
   * other sentence stands in for it.
   */
  static boolean strict(Question q) {
    return FigureCheck.asksAge(q) || PostHolder.postAsked(q).isPresent()
        || ENGLISH_DAY_OR_YEAR_ASKED.matcher(EnglishQuestion.asked(q.text())).find()
        || q.asks() == Question.Asked.DATE && AskedPhrases.asksAPlan(q)
        || q.measure() != null && ENGLISH_STRICT_MEASURES.contains(q.measure()) || q.count().counted() != null
        || q.asks() == Question.Asked.NUMBER && EnglishQuestion.ENGLISH_MAGNITUDE.matcher(q.text()).find();
  }

  /**
   * Whether one of the {@code answering} sentences that holds what the strict English question
   * {@code q} asks ({@link #strict}) is of a report read near the top: the article of one of the
   * {@value CandidatePick#CHECKED} most probable sentences, or of one of the {@value
   * CandidatePick#CHECKED} best hits. {@link #answering} takes the figure from a candidate of any
   * rank, as the translated keys rank the answer less surely; a figure of a report neither the
   * model nor the search reads near the top is another report's (an advertisement's telephone
   * number for a union's hotline). Stop 56, over the 171 sets: pages read +3 and never read +1 near
   * misses refused, the synthetic paper read +6 and never read +1; no answer lost (one wrong
   * answer of the synthetic read sets refused instead).
   */
  static boolean reportedNearTheTop(Question q, List<Integer> answering, List<String> texts,
      List<String> articleOf, double[] probability, List<String> topArticles) {
    Set<String> near = new HashSet<>(topArticles.subList(0, Math.min(topArticles.size(), CandidatePick.CHECKED)));
    CandidatePick.best(probability, CandidatePick.CHECKED).forEach(i -> near.add(articleOf.get(i)));
    return answering.stream().anyMatch(i -> near.contains(articleOf.get(i)) && SentenceCheck.holds(q, texts.get(i)));
  }

  /**
   * A name in quotation marks before the word for what it names ({@code “粽米飘香，共同抗疫”慰问活动}),
   * the title of an activity or a contest an English question asks ({@code what was the campaign
   * called}): it has no Chinese word for the thing asked to find the name before.
   */
  private static final Pattern QUOTED_DEED = Pattern.compile("“[^”]{2,30}”\\p{IsHan}{0,4}?(?:活动|竞赛|行动|宣讲|讲座|比赛)");

  /** Whether {@code text} gives a title the English question {@code q} may ask: in 《》 or {@link #QUOTED_DEED}. */
  static boolean namesATitle(Question q, String text) {
    return Specifics.namesATitle(q, text) || QUOTED_DEED.matcher(ChineseText.normalise(text)).find();
  }

  /**
   * Whether {@code text} names someone, and none of the people the English question spells ({@link
   * Question#people}, 彭春辉 for {@code Peng Chunhui}): its deed is another's.
   */
  private static boolean ofAnotherPerson(Question q, String text) {
    return !q.people().isEmpty() && q.people().stream().noneMatch(text::contains) && !Names.names(q, text).isEmpty();
  }

  /** A word spelled in pinyin long enough to be a name, not a syllable ({@code mentougou}, not {@code peng}). */
  private static final Pattern SPELLED = Pattern.compile("[a-z]{5,}");

  /** The places and people the English question {@code q} spells in pinyin, as its keys hold them ({@code yinghai}). */
  static List<String> spelledNames(Question q) {
    return q.keys().stream().filter(k -> k.weight() == KeyTerms.NAMED_WEIGHT && SPELLED.matcher(k.word()).matches())
        .map(Question.Key::word).toList();
  }

  /**
   * Whether {@code text} writes a place or person the English question {@code q} spells in pinyin
   * ({@code Yinghai} for 瀛海镇): the dictionary knows no such small place, and the pinyin of the
   * text tells it.
   */
  static boolean spellsAName(Question q, String text) {
    Set<String> spelled = new HashSet<>(ChineseText.pinyinWords(text));
    return spelledNames(q).stream().anyMatch(spelled::contains);
  }

  /** Measures of people an English count is answered in. */
  private static final Set<String> PEOPLE = Set.of("人", "名", "位");
  /** People counted by no noun of their own ({@code how many people}, {@code staff}, {@code how many of them}). */
  private static final Pattern ANY_PEOPLE = Pattern.compile(
      "(?i)\\b(?:people|persons|staff|staffers|personnel)\\b|\\bhow many (?:of them|in total|in all|altogether)\\b");
  /**
   * One-character translations too common to tell one group from another ({@code 人}, {@code 员});
   * others stand for the word the dictionary split ({@code 属} of family members, 家属).
   */
  private static final Set<String> COMMON = Set.of("人", "员", "工", "者", "的", "了", "在", "和", "与", "为", "是", "有");
  /**
   * Characters after a count of people read for the noun it counts ({@code 50名工会专职社会工作者}),
   * to the clause's end at most. Over the 196 sets, 12 lost a read and a never-read answer of the
   * synthetic paper (一线职工, thirteen characters after 5000余名参与疫情防控的医护工作者和); 20 lost none.
   */
  private static final int COUNTED_CHARS = 20;
  /** A count of people in a sentence ({@code 12名}, {@code 22万会员职工}), then the words to its clause's end: group 1. */
  private static final Pattern PEOPLE_COUNT = Pattern.compile(
      "\\d+(?:\\.\\d+)?[余多]?(?:个人|名|人(?!次)|位|万(?![元人次]))([^，。；,;：:！？!?\\d]{0," + COUNTED_CHARS + "})");

  /**
   * Whether a sentence counts the people an English question asks of by a noun of their own: one of
   * the question's Chinese words follows a count of people in it ({@code 12名干部} for {@code how many
   * cadres}), not a count of others ({@code 5000余名…医护工作者} for {@code how many police officers},
   * {@code 10名机关党员干部} for {@code how many migrant residents}). The English keys are translations
   * of every word; a count of people followed by none of them counts someone the question does not ask.
   */
  static boolean countsTheAskedPeople(Question q, String raw) {
    if (q.asks() != Question.Asked.NUMBER || q.measure() == null || !PEOPLE.contains(q.measure())
        || ANY_PEOPLE.matcher(q.text()).find()) {
      return true;
    }
    List<String> words = q.keys().stream().map(Question.Key::word)
        .filter(w -> w.codePoints().allMatch(Character::isIdeographic) && (w.length() >= 2 || !COMMON.contains(w)))
        .toList();
    Matcher count = PEOPLE_COUNT.matcher(ChineseText.normalise(raw));
    while (count.find()) {
      String after = count.group(1);
      if (after.length() < 2 || words.stream().anyMatch(after::contains)) {
        // 受邀前来参加座谈会的只有3个人: no noun after it, the people are the ones named before
        return true;
      }
    }
    return false;
  }

  /**
   * The sentences that answer the English question {@code q}, by index into {@code texts}; none
   * refuses it.
   *
   * @param about whether each candidate's article names the question's bodies and places ({@link
   *     SubjectCheck#aboutBodies}), in the order of {@code texts}
   */
  static List<Integer> answering(Question q, double[] probability, List<Boolean> about, List<String> texts,
      List<Integer> picked) {
    if (strict(q)) {
      // an age, a day, a year, a planned day, households, views, sessions, a population: a figure
      // or a day a report gives or does not, which no other stands in for; a chairman's name,
      // given with the title or not at all; refused when no candidate of any rank has one
      Predicate<String> holds = text -> SentenceCheck.holds(q, text) && countsTheAskedPeople(q, text);
      List<Integer> out = CandidatePick.withOneThatHolds(probability, texts, picked, holds, texts.size());
      if (out.stream().noneMatch(i -> holds.test(texts.get(i)))) {
        return List.of();
      }
      // how much had the Daxing union raised: 朝阳区总工会拨专款500万元, picked first, is another
      // district's sum; the most probable sentence of the question's own body that holds one leads:
      // of a report that names the body (已筹措60余万元 in the Daxing record), not one that names
      // another or none (市总工会10名机关党员干部 for the Haidian union's cadres), nor beside another
      // person than one it spells (王敏…出资3000元 for what Peng Chunhui paid). Stop 75: read +3
      // answers and one wrong answer refused on the pages and the dated pages, +1 on the synthetic
      // paper; never read +4 on the pages and the dated pages
      IntPredicate own = i -> about.get(i) && holds.test(texts.get(i)) && !OtherBodies.aboutAnother(q, texts.get(i))
          && !ofAnotherPerson(q, texts.get(i));
      if (out.stream().anyMatch(own::test)) {
        return out;
      }
      Optional<Integer> owned = CandidatePick.best(probability, texts.size()).stream().filter(own::test).findFirst();
      if (owned.isEmpty()) {
        return out;
      }
      List<Integer> led = new ArrayList<>(List.of(owned.get()));
      out.stream().filter(i -> !OtherBodies.aboutAnother(q, texts.get(i))).limit(CandidatePick.MAX_SENTENCES - 1)
          .forEach(led::add);
      return led;
    }
    if (q.asks() == Question.Asked.PERSON && NAME_ASKED.matcher(q.text()).find() && !CREDITED.matcher(q.text()).find()) {
      // the name of the instructor: a name among the most probable sentences, or none is given
      return CandidatePick.onlyWithOneThatHolds(probability, texts, picked, text -> SentenceCheck.holds(q, text));
    }
    if (q.asks() == Question.Asked.PLACE && !q.heads().isEmpty()) {
      // which subdistrict: a sentence naming one (香河园街道) of any rank, first, when the model's
      // names none (朝阳区疾控中心 is a place, no subdistrict)
      List<Integer> out = CandidatePick.withOneThatHolds(probability, texts, picked, text -> AskedPhrases.fits(q, text),
          texts.size());
      if (out.stream().noneMatch(i -> AskedPhrases.fits(q, texts.get(i)))) {
        // which hospital in Hubei: a report that names none does not say
        return List.of();
      }
      if (out.equals(picked)) {
        return picked;
      }
      List<Integer> led = new ArrayList<>(List.of(out.get(out.size() - 1)));
      picked.stream().limit(CandidatePick.MAX_SENTENCES - 1).forEach(led::add);
      return led;
    }
    return SentenceCheck.checked(q.asks())
        ? CandidatePick.withOneThatHolds(probability, texts, picked, text -> SentenceCheck.holds(q, text), texts.size())
        : picked;
  }
}
