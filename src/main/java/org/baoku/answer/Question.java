package org.baoku.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.baoku.chat.Language;

/**
 * One reading of a question, made once by {@link QuestionReader} and passed down unchanged to every
 * stage of the extractive answer: what kind of thing is asked, its key terms, the named bodies it
 * is about, the language and script it was written in. Nothing downstream tags or normalises the
 * question again.
 *
 * @param raw the question as the reader sent it
 * @param text the question normalised (NFKC, control characters removed, at most {@link
 *     QuestionReader#MAX_CHARS} characters; Chinese also simplified, with full-width marks); what
 *     sentences are matched against. Of a message that tells more than it asks, only the question,
 *     after the names its preamble gives when it names none of its own
 * @param told what the reader said around the question ({@link Preamble}), normalised as the text;
 *     empty when the message is all question
 * @param language English when the question has Latin letters and no Han characters
 * @param script the script the question was written in
 * @param asks the kind of answer the question wants; drives the check that refuses near misses
 * @param count for {@link Asked#NUMBER}, the measure and what is counted; {@link Count#NONE} otherwise
 * @param heads for {@link Asked#PLACE} and {@link Asked#ORGANISATION}, the kind of body asked
 *     after {@code 哪个} ({@code 社区}, {@code 街道工委}); empty for {@code 哪里}; for {@link Asked#TITLE}
 *     the thing whose name is asked ({@code 工作室叫什么名字} → 工作室)
 * @param roles who or what the asked name belongs to ({@code 哪位防疫志愿者} → 志愿者,
 *     {@code 哪里的讲师} → 讲师): the answering sentence must mention one
 * @param events for {@link Asked#DATE}, the verbs after the question word that name the event
 *     asked ({@code 是哪一年开工的} → 开工), folded; not those that only frame one ({@code 举行})
 * @param keys key terms and their weights for lexical matching, lower case
 * @param entities the named places, organisations and people the question is about (its subject)
 * @param quotes quotations whose source the question asks ({@code “…”这句话是谁说的}); a quoted name
 *     ({@code “互助保障，祝您安康”主题培训}) is only a key
 * @param acrossArticles the question asks across several reports ({@code 这些报道中}, {@code 分别}):
 *     the answer may draw on several articles and names each one
 * @param dateScope the dates the question limits itself to ({@code 2020年3月}); always empty until
 *     the archive knows its pages' dates
 * @param people for an English question, the people it spells in pinyin as the retrieved passages
 *     write them ({@code Shi Jian} → 施剑, {@link SpelledPeople}); empty until read against them
 */
record Question(String raw, String text, String told, Language language, Script script, Asked asks, Count count,
    List<String> heads, List<String> roles, List<String> events, List<Key> keys, List<String> entities,
    List<String> quotes, boolean acrossArticles, Optional<DateScope> dateScope, List<String> people) {

  /**
   * The kind of answer a question wants. {@link #NUMBER}, {@link #PERSON}, {@link #PLACE},
   * {@link #ORGANISATION} and {@link #DATE} are typed: the answering sentence must hold such a
   * phrase. The rest are open: a list, a reason or way, the name or title of a thing ({@code
   * 工作室叫什么名字}, {@code 题目是什么}), a comparison, a yes or no, anything else.
   */
  enum Asked {
    NUMBER, PERSON, PLACE, ORGANISATION, DATE, LIST, REASON, TITLE, COMPARISON, YES_NO, OTHER;

    /** Whether the answer is a phrase of this kind: a number, name, place, body or date. */
    boolean typed() {
      return this == NUMBER || this == PERSON || this == PLACE || this == ORGANISATION || this == DATE;
    }

    /** A place or a body: the two are answered by the same tagged names. */
    boolean placeOrBody() {
      return this == PLACE || this == ORGANISATION;
    }
  }

  /** The script a question was written in; matching folds both Chinese scripts to simplified. */
  enum Script { SIMPLIFIED, TRADITIONAL, LATIN }

  /**
   * What a number question counts.
   *
   * @param measure the measure word the number must carry ({@code 名}, {@link #DURATION} for
   *     {@code 多久}, {@code 元} for money), or null when any does
   * @param counted what is counted ({@code 多少名党员} → 党员), or null; a number of something else
   *     ({@code 32名干部职工}) does not answer it
   * @param ordinal {@code 第几} asks for an ordinal
   */
  record Count(String measure, String counted, boolean ordinal) {
    static final Count NONE = new Count(null, null, false);
  }

  /** A key term and its weight in the lexical overlap. */
  record Key(String word, double weight) {
    Key {
      Objects.requireNonNull(word, "word");
    }
  }

  /** Days a question limits itself to, both inclusive. */
  record DateScope(LocalDate from, LocalDate to) {
    DateScope {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("date scope ends before it starts: " + from + ".." + to);
      }
    }
  }

  /** Stands for any unit of time or length ({@code 多长}, {@code 多久}). */
  static final String DURATION = "时长";

  /**
   * Stands for a unit of time only ({@code 多长时间}, {@code 多久}): {@code 保持2米间距} is no answer
   * to how long someone stayed.
   */
  static final String TIME_TAKEN = "时间";

  /**
   * Stands for hours, spoken with 个 ({@code 几个小时}, {@code 多少个钟头}): {@code 近1个月内} is no
   * answer to how many hours.
   */
  static final String HOURS = "钟点";

  /** Whether the count asks how long: in time or length ({@link #DURATION}), in time only, or in hours. */
  boolean asksHowLong() {
    return DURATION.equals(count.measure()) || TIME_TAKEN.equals(count.measure()) || HOURS.equals(count.measure());
  }

  Question {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(told, "told");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(asks, "asks");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(dateScope, "dateScope");
    heads = List.copyOf(heads);
    events = List.copyOf(events);
    roles = List.copyOf(roles);
    keys = List.copyOf(keys);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    people = List.copyOf(people);
  }

  /** The reading of {@code raw} ({@link QuestionReader#read}); null reads as the empty question. */
  static Question read(String raw) {
    return QuestionReader.read(raw);
  }

  boolean isBlank() {
    return text.isBlank();
  }

  boolean english() {
    return language == Language.ENGLISH;
  }

  /** The measure word a number must carry, or null ({@link Count#measure}). */
  String measure() {
    return count.measure();
  }
}
