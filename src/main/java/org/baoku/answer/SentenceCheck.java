package org.baoku.answer;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Whether one candidate sentence answers a question asking a number, a date or a person: it holds
 * a phrase of the asked kind that the question does not give ({@link #holds}), reported of the
 * question's subject and of no other body, person, batch, year or share ({@link #answers}). The
 * evidence model weighs how well a sentence fits the event, not whether it gives what is asked;
 * {@link KindCheck} and the composer ask this of each candidate they keep.
 */
final class SentenceCheck {

  /**
   * A writer speaking for themself ({@code 我作为市总工会机关系统下沉社区人员}): a body such a sentence
   * names is where the writer serves, not another body's report, when the article names everyone
   * the question does ({@code 市服务工会主席石岳}, the diary's author). Not {@code 我们}, {@code
   * 我市}, {@code 我国}, which speak for a body, nor {@code 自我预警} and {@code 忘我}, which are no
   * one speaking.
   */
  static final Pattern FIRST_PERSON = Pattern.compile("(?<![自忘])我(?![们市区县省国])");

  private SentenceCheck() {}

  /** The kinds of question the check reads: a number, a date or a person. */
  static boolean checked(Question.Asked asked) {
    return asked == Question.Asked.NUMBER || asked == Question.Asked.DATE || asked == Question.Asked.PERSON;
  }

  /** Whether a sentence holds a number, date or name that answers {@code q} and that {@code q} does not give. */
  static boolean holds(Question q, String sentence) {
    return switch (q.asks()) {
      case PERSON -> Names.namesSomeone(q, sentence) && PostHolder.givesThePost(q, sentence)
          && !PostHolder.namedUnderAnotherTitle(q, sentence);
      // 每天干到几点下班: a start alone (6点前准时到岗) does not say
      case DATE -> (AnswerSpan.in(q, sentence).isPresent() || !Days.asksADay(q) && Days.namesAPeriod(sentence))
          && !ClockEnd.givesNoEnd(q, sentence);
      default -> AnswerSpan.in(q, sentence).isPresent();
    };
  }

  /** {@link #answers(Question, String, boolean)} of each candidate, by index. */
  static IntPredicate answers(Question q, List<String> texts, List<Boolean> about) {
    return i -> answers(q, texts.get(i), about.get(i));
  }

  /** Whether a candidate holds the asked phrase, reported of the question's subject. */
  static boolean answers(Question q, String sentence, boolean about) {
    boolean person = q.asks() == Question.Asked.PERSON;
    return (person || about) && holds(q, sentence) && !MemberShares.notItsShare(q, sentence)
        && !Days.ofAnotherYear(q, sentence) && !FigureCheck.ofAnotherGroup(q, sentence)
        && !FigureCheck.countsTheGroupBefore(q, sentence) && !FigureCheck.countsTheGroupsTogether(q, sentence)
        && !PartOfWhole.countsTheWhole(q, sentence) && !MemberShares.givenJointly(q, sentence)
        && !FigureCheck.notThePay(q, sentence) && !FigureCheck.notAtTheRate(q, sentence)
        && !FigureCheck.ofAnotherWhole(q, sentence) && !FigureCheck.notTheTotal(q, sentence)
        && !FigureCheck.ofAShorterSpan(q, sentence)
        && !FigureCheck.ofAPartOfTheGroup(q, sentence) && !FigureCheck.eachNotTheTotal(q, sentence)
        && !FigureCheck.totalNotEach(q, sentence) && !FigureCheck.notAShareOfTheGroup(q, sentence)
        && !OtherWork.ofAnotherWork(q, sentence) && !FigureCheck.onlyRoundWhereExactAsked(q, sentence)
        && !OtherBodies.opensWithAnotherBody(q, sentence)
        && !Ordinals.ofAnotherOrdinal(q, sentence) && !OtherPerson.ofAnotherPerson(q, sentence)
        && (!OtherBodies.aboutAnother(q, sentence) || about && FIRST_PERSON.matcher(sentence).find());
  }
}
