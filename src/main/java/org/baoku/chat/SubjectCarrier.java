package org.baoku.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.answer.Mandarin;
import org.baoku.answer.Tagger;
import org.baoku.answer.WordSpacing;

/**
 * Makes a follow-up standalone without a language model, by carrying the subject of the previous
 * question: {@code 当天一共有多少名职工去献血？} after a question about 北京电控系统 becomes
 * {@code 北京电控系统 当天一共有多少名职工去献血？}, and {@code 那朝阳区呢？} after
 * {@code 顺义区总工会派了几名干部？} becomes {@code 朝阳区总工会派了几名干部？}.
 *
 * <p>A question is a follow-up when it leans on earlier context: it refers back (他们, 当天, 这些…)
 * or has no topic noun at all (有多少人参加？) and names no subject of its own, or it is the
 * elliptic {@code 那…呢} form. Anything else is left
 * alone, so a new topic is never polluted by the old one. Names, places and organisations come
 * from HanLP's recognisers, tagged as the answerer tags ({@link Tagger}).
 */
public final class SubjectCarrier implements Condenser {

  /** Words that point back to something said before. */
  private static final Set<String> ANAPHORS = Set.of(
      "他", "她", "它", "他们", "她们", "它们", "其", "该", "此", "这", "那", "这些", "那些",
      "这位", "那位", "这个", "那个", "这里", "那里", "当天", "当时", "此次", "上述", "对方",
      "他的", "她的", "他们的", "这家", "那家", "此事", "这项", "这笔", "那笔", "这回", "那回", "这次", "那次");

  /** The kinds of people a question counts as a group. */
  private static final String GROUP_HEADS = "干部|职工|志愿者|社工|党员|人员|工作者|队员|员工";

  /**
   * The group a question counts at its end ({@code 抽了多少下沉干部}, {@code 有几名志愿者}), or names
   * with its number ({@code 那44个下沉干部去的哪个社区}): what 他们 in the next question points at,
   * group 1 for a count asked (a noun of people), the whole match for a number given (44个下沉干部).
   */
  private static final Pattern COUNTED_GROUP = Pattern.compile(
      "(?:多少|几)[名个位批]?(\\p{IsHan}{0,4}(?:" + GROUP_HEADS + "))[？?]?$"
      + "|(?<![\\d.])\\d+[名个位](\\p{IsHan}{0,4}?(?:" + GROUP_HEADS + "))");

  private static final Set<String> PLURAL = Set.of("他们", "她们", "他们的", "她们的");

  /** A count of people that names no group ({@code 又派了多少人次}, {@code 去了几个人}), at the question's end. */
  private static final Pattern PEOPLE_COUNTED = Pattern.compile("(?:多少|几)个?(?:人次|人)[呢啊呀]?[？?]?$");

  /** A person asked for. */
  private static final Pattern WHO_ASKED = Pattern.compile("谁|哪位|哪个人|什么人|叫什么|叫啥");

  /** Words for one person, who is the one the previous answer named when its question named none. */
  private static final Set<String> PERSONAL = Set.of("他", "她", "他的", "她的");
  /**
   * The same in more words, which the segmenter cuts ({@code 这个/r 人/n}), or at the start of a
   * question, where the recogniser can glue it to a name ({@code 他代表市总工会/nt}), or spoken
   * ({@code 人家那回讲的题目}; not the households of {@code 多少户人家}), or addressed as one ({@code
   * 这位同志一共出了多少钱}).
   */
  private static final Pattern PERSONAL_PHRASE = Pattern.compile("这个人|那个人|此人|这人|那人(?!家)|^[他她](?!们)|^[这那]位(?![置于])|(?<![户家])人家"
      + "|[这那]位(?:同志|老同志|师傅|女士|先生|大姐|大哥)");

  /**
   * Someone described by what the previous turn said they did ({@code 讲课的人是哪个单位的？} after
   * {@code 何少花给快递小哥讲课的题目叫什么？}): a reference back, as 他 is, when the question names no
   * one of its own.
   */
  private static final Pattern DESCRIBED = Pattern.compile("的(?:人(?![数次员])|那位|那名|那个人|那些人)");

  /**
   * A question that opens with "then" ({@code 那管了几个社区}, where the recogniser reads 那管 as a
   * name): it goes on from the answer before; not {@code 那个}, {@code 那些} or {@code 那各}, which point.
   */
  private static final Pattern THEN = Pattern.compile("\\s*那(?![个些位里儿次种样各])");

  /**
   * A question that opens by pointing at the occasion just asked about ({@code 那次参训的一共多少人}, where
   * the recogniser reads 那次参 as a name): it asks more of the same event.
   */
  private static final Pattern THAT_TIME = Pattern.compile("\\s*[那这](?:次|回|场|天)(?!\\p{IsHan}?[？?]?$)");

  /** Elliptic follow-up: {@code 那朝阳区呢？}, {@code 那么石岳呢}, {@code 朝阳区呢？}. The part before 呢 asks nothing. */
  private static final Pattern ELLIPSIS =
      Pattern.compile("^(?:那么|那|还有|另外)?\\s*(.{1,20}?)\\s*(?:呢|怎么样|如何|的情况呢|的情况)\\s*[？?]?$");

  /**
   * A spoken follow-up that names what it turns to, then asks ({@code 基层专职社工呢 下去多少个}):
   * the 呢 says the rest of the previous question goes on, as in {@code 那朝阳区呢？}.
   */
  private static final Pattern TURNS_TO = Pattern.compile("^(?:那么|那|还有|另外)?\\s*[^，,。？?\\s]{1,20}?呢[\\s，,]+\\S");

  /**
   * A demonstrative, 各 or a count of two at the start of what the recogniser took for a name
   * ({@code 那各镇/nr}, {@code 这俩村} → 俩村/nt, {@code 两村}).
   */
  private static final Pattern POINTING = Pattern.compile("[那这各该此俩]|两\\p{IsHan}$");
  /** Aspect particles: a verbal noun before one is used as a verb. */
  private static final Set<String> ASPECT = Set.of("了", "过", "着");
  /** Question words; 何 only in its compounds, since alone it is a surname ({@code 何少花}). */
  private static final Pattern QUESTION_WORD = Pattern.compile("哪|什么|啥|谁|多少|几|怎|何[时地处人种以]|[如为]何");

  @Override
  public Standalone standalone(List<Turn> history, String question) {
    if (history.isEmpty() || question.isBlank()) {
      return Standalone.alone(question);
    }
    if (Language.of(question) == Language.ENGLISH) {
      return english(history.get(history.size() - 1).question(), question);
    }
    // 同佢一齊去嘅仲有邊個: read in Mandarin words, as the question itself is, so 佢 points back
    String previous = mandarin(history.get(history.size() - 1).question());
    String simplified = mandarin(question);
    Matcher ellipsis = ELLIPSIS.matcher(simplified.trim());
    if (ellipsis.matches() && !QUESTION_WORD.matcher(ellipsis.group(1)).find()) {
      return Standalone.alone(substitute(previous, ellipsis.group(1)));
    }
    Optional<String> worked = FigureFollowUp.written(history.stream().map(t -> mandarin(t.question())).toList(),
        simplified);
    if (worked.isPresent()) {
      // 比它多多少 after 丰台区…专项资金是多少: both figures, named in one question
      return new Standalone(worked.get(), true);
    }
    Optional<String> parallel = ParallelFollowUp.written(previous, simplified);
    if (parallel.isPresent()) {
      // 对口支援香河园街道的又有几个 after 朝阳区总工会首批…的干部有多少人: the same count of that group
      return new Standalone(parallel.get(), true);
    }
    if (anotherPiece(simplified, history.get(history.size() - 1).headlines())) {
      // 这篇抗疫日记是谁写的 after an answer from no diary: the diary is another report
      return Standalone.alone(question);
    }
    Optional<String> levelNamed = namedLevel(history, simplified);
    if (levelNamed.isPresent()) {
      // 区总工会还拨了多少钱 after turns on 门头沟区总工会: the district's union, named
      return new Standalone(levelNamed.get(), true);
    }
    List<Term> terms = Tagger.tag(simplified);
    String previousTurn = previous + HanLP.convertToSimplifiedChinese(history.get(history.size() - 1).answer());
    Matcher turnsTo = TURNS_TO.matcher(simplified);
    boolean turns = turnsTo.find();
    boolean refersBack = pointsBack(terms, previousTurn) || bare(terms)
        || THEN.matcher(simplified).lookingAt() || THAT_TIME.matcher(simplified).lookingAt() || turns
        || DESCRIBED.matcher(simplified).find()
        || PERSONAL_PHRASE.matcher(simplified).find() || related(terms, previousTurn, true)
        || verbOnItsCount(terms) || clipped(terms);
    boolean personal = terms.stream().anyMatch(t -> PERSONAL.contains(t.word)) || PERSONAL_PHRASE.matcher(simplified).find();
    // what a spoken follow-up turns to (基层专职社工呢) takes the place of the previous question's
    // people, not of its subject: only the asking part can name a subject of its own
    List<Term> asking = turns ? Tagger.tag(simplified.substring(turnsTo.end() - 1)) : terms;
    Set<String> own = turns ? entities(asking) : ownEntities(terms, previousTurn);
    List<Term> previousTerms = Tagger.tag(previous);
    String answer = history.get(history.size() - 1).answer();
    if (turns && Tagger.tag(simplified.substring(0, turnsTo.end() - 1).replaceFirst("^(?:那么|那|还有|另外)", ""))
        .stream().anyMatch(t -> t.nature.toString().matches("ns.*|nt.*") && isEntity(t) && !LEVEL_BODY.matcher(t.word).matches())) {
      // 那顺义物业服务集团呢，去了多少人 after questions on 顺义商业集团: a body or place turned to is the
      // subject now, in the place of the one before; what was asked of that one goes on only when
      // the question asks nothing of its own (去了多少人, not 举办了什么活动)
      String topic = bare(asking) ? topic(previous) : "";
      return new Standalone((topic.isEmpty() ? "" : topic + " ") + question, true);
    }
    if (personal && !own.isEmpty() && terms.stream().noneMatch(t -> isEntity(t) && isPerson(t))) {
      // 他代表市总工会捐了多少: the body is the question's own, 他 is still the person answered
      Set<String> person = answeredPerson(previous, previousTerms, answer);
      if (person.isEmpty()) {
        // the person the previous question named (毛彩兰 for 她那天一共守了多长时间)
        previousTerms.stream().filter(t -> isEntity(t) && isPerson(t)).forEach(t -> person.add(t.word));
      }
      person.removeIf(simplified::contains);
      return person.isEmpty() ? Standalone.alone(question)
          : new Standalone(String.join(" ", person) + " " + question, true);
    }
    if (!refersBack || !own.isEmpty()) {
      return Standalone.alone(question);
    }
    if (!personal) {
      Optional<String> named = namedKind(previousTerms, simplified);
      if (named.isPresent()) {
        return new Standalone(named.get(), true);
      }
    }
    if (!personal && pointsAtAWordOf(terms, previous)) {
      // 这钱给了哪几个地方 after 门头沟区总工会还拨了多少钱下去: the money is the one that question
      // asked of, and only its whole clause says which
      return new Standalone(previous.strip().replaceAll("[？?]+$", "") + "，" + question.strip(), true);
    }
    Set<String> carried = entities(previousTerms);
    if (!history.get(history.size() - 1).headlines().isEmpty()) {
      // a name the answer writes one character over is one the recogniser cut wrong (王敏花多少钱 →
      // 王/nr 敏花/nr, the answer's 王敏): carried on, it is a subject no report has
      String answered = HanLP.convertToSimplifiedChinese(answer);
      previousTerms.stream().filter(t -> isEntity(t) && isPerson(t) && cutWrong(previous, t.word, answered))
          .forEach(t -> carried.remove(t.word));
    }
    if (personal) {
      // 他 is the person the previous question named (常洪霞 for 她本人得过什么奖章 after 常洪霞…有多长),
      // the first one (石岳 in 石岳在检测点帮忙，单道每小时…: 单道/nr is a misread word); when it named
      // none (那位职工匠师叫什么名字), the person its answer named
      Set<String> person = previousTerms.stream().filter(t -> isEntity(t) && isPerson(t)).map(t -> t.word)
          .limit(1).collect(Collectors.toCollection(LinkedHashSet::new));
      if (person.isEmpty()) {
        person = answeredPerson(previous, previousTerms, answer);
      }
      // a question about him (他以前是干什么出身的) is about him, not about where the last one asked
      // he went (大兴区 … 隔离点/nt): his name alone goes with it. A name the recogniser misread
      // (谁出钱买的 → 钱买/nr) was never carried: it is no entity.
      if (!person.isEmpty()) {
        carried.clear();
        carried.addAll(person);
      }
      if (THERE.matcher(simplified).find()) {
        // 他在那儿干啥的 after 施剑下沉到哪儿去了: there is the place the answer gave
        answeredPlace(previous, answer).ifPresent(carried::add);
      }
    }
    if (!personal) {
      // 那会儿派下去了多少人 after 对口支援的是哪个街道: about the street the answer named
      answeredName(previous, answer).ifPresent(carried::add);
    }
    if (terms.stream().anyMatch(t -> PLURAL.contains(t.word))) {
      // 他们 are never the one person named before (郑默杰 visited them): the group is what was asked
      List<String> persons = previousTerms.stream().filter(t -> isEntity(t) && isPerson(t)).map(t -> t.word).toList();
      carried.removeAll(persons);
      // 他们去的是哪个社区 after 门头沟区总工会机关抽了多少下沉干部: they are the 下沉干部 counted
      Matcher group = COUNTED_GROUP.matcher(previous.strip());
      if (group.find()) {
        // a group named with its number keeps it: the number is what the reports write of them
        carried.add(group.group(1) != null ? group.group(1) : group.group());
      } else if (PEOPLE_COUNTED.matcher(previous.strip()).find()) {
        // 他们是下沉到哪个街道的 after 社区卡口那边又派了多少人次: they are the people sent there, named by
        // where they went; not by the person who visited them
        List<String> topics = new ArrayList<>(topicNouns(previousTerms));
        topics.removeAll(persons);
        if (carried.isEmpty()) {
          // the conversation's subject, when that question named none, stays with them
          carried.addAll(keptSubject(history));
        }
        carried.addAll(topics);
      }
    }
    boolean whoOfItsOwn = WHO_ASKED.matcher(simplified).find() && !bare(terms);
    if (!personal && whoOfItsOwn && !DESCRIBED.matcher(simplified).find()
        && previousTerms.stream().anyMatch(t -> isEntity(t) && isPerson(t))) {
      // 那口罩又是谁送来的 after 花了多少钱, which was about 王敏 who bought the kettles: who did this
      // deed is asked, and the one who did that one, with the bodies her answer named, is not it. One
      // described by what they did with the one before (都同行的那位副主席是谁) is asked with them.
      // Stop 77: read +2 on the pages
      carried.clear();
    }
    carried.removeIf(simplified::contains);
    if (carried.isEmpty()) {
      Set<String> kept = keptSubject(history);
      kept.removeIf(simplified::contains);
      if (!kept.isEmpty()) {
        // 那村里一共安排了多少个党员 after 为啥不用纸本子登记呢, itself after a question on 胡家堡村:
        // the conversation is still about what was last named, which the answer in between names too
        return new Standalone(String.join(" ", kept) + " " + question, true);
      }
      // nothing named: what the question was about, and who the answer's first sentence names
      // (北京电控系统 for 献血的活动是哪天举行的), so that 有多少人参加 stays with that report
      String topic = topic(previous);
      Set<String> answered = entities(Tagger.tag(firstSentence(history.get(history.size() - 1).answer())));
      answered.removeIf(simplified::contains);
      if (whoOfItsOwn) {
        // 那口罩谁送的 after 那些保温壶谁掏钱买的 (or 王敏掏了多少钱): the answer named who did the
        // deed before, and with that person and body carried the kettles' sentence answers again.
        // Stop 72: read +1 on the pages, +3 among the synthetic paper; a question naming nothing of
        // its own (是谁组织的) still takes them
        answered.clear();
      }
      return new Standalone(String.join(" ", answered) + (answered.isEmpty() ? "" : " ")
          + (topic.isEmpty() ? previous : topic) + " " + question, true);
    }
    // a question with no topic of its own (一共慰问了多少人) takes the previous one's topic words too;
    // one about him or her (他之前是什么出身) is about the person, not what was asked of them
    String topic = bare(terms) && !personal ? " " + topic(previous) : "";
    return new Standalone(String.join(" ", carried) + topic + " " + question, true);
  }

  /** Words by which an English follow-up points back ({@code And how many…}, {@code those flasks}, {@code there}). */
  private static final Pattern ENGLISH_BACK = Pattern.compile(
      "^\\s*(?:and|so|then|what about|how about)\\b|\\b(?:they|them|their|there|those|these|he|him|his|she|her|it|its|that one)\\b"
          // that as a pronoun, after a verb (How was that split), not the that of a clause
          + "|\\b(?:is|was|were|did|does|do|has|had)\\s+that\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * The most words of a question that points back by naming again a thing of the one before
   * ({@code How much did the flasks cost?}): a longer one says enough alone, and read after the
   * question before it lost two of english-8's answers ({@code How soon after receiving that
   * assignment was the group formed?}).
   */
  private static final int SHORT_WORDS = 6;
  /** {@code the} and the noun after it ({@code How much did the flasks cost?}): group 1. */
  private static final Pattern ENGLISH_THE = Pattern.compile("\\bthe\\s+([a-z]{4,})\\b", Pattern.CASE_INSENSITIVE);
  /** A capitalised word after the first: a name of the question's own ({@code the Chaoyang union}). */
  private static final Pattern ENGLISH_NAME = Pattern.compile("(?<!^)(?<![.?!]\\s)\\b[A-Z][a-z]+");

  /**
   * An English follow-up, read after the question before it ({@code And how many residential
   * communities were they covering there?} after one on the Shunyi Commercial Group's checkpoints
   * in Shuangfeng): English has no tagger here to tell which words are the subject, so the whole
   * earlier question goes before it, and the asked kind is read from its last question. A question
   * that names something of its own, or points back at nothing, stands alone.
   */
  private static Standalone english(String previous, String question) {
    boolean shortAgain = question.strip().split("\\s+").length <= SHORT_WORDS && namesAgain(previous, question, ENGLISH_THE);
    if (!ENGLISH_BACK.matcher(question).find() && !shortAgain
        || ownName(previous, question) || Language.of(previous) != Language.ENGLISH) {
      return Standalone.alone(question);
    }
    String before = previous.strip();
    return new Standalone(before + (before.endsWith("?") || before.endsWith(".") ? " " : ". ") + question.strip(), true);
  }

  /**
   * Whether the question names something of its own, a capitalised word after its first that the
   * question before it lacks: {@code Shi} after a question on Shi Jian is the same person.
   */
  private static boolean ownName(String previous, String question) {
    Matcher m = ENGLISH_NAME.matcher(question.strip());
    while (m.find()) {
      if (!Pattern.compile("\\b" + m.group() + "\\b").matcher(previous).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word {@code pointing} finds in the question (group 1) is one the question before it
   * used: {@code the flasks} after a question on the thermos flasks points back as {@code those} does.
   */
  private static boolean namesAgain(String previous, String question, Pattern pointing) {
    Matcher m = pointing.matcher(question);
    while (m.find()) {
      if (Pattern.compile("\\b" + m.group(1) + "\\b", Pattern.CASE_INSENSITIVE).matcher(previous).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person the previous answer names that its question did not: who 他 or 她 is after
   * {@code 那位职工匠师叫什么名字？} was answered with {@code …职工匠师何少花授课…}. A name right after a
   * word of the question ({@code 匠师何少花}) is preferred to the first name: the recogniser also
   * reads some verbs as names ({@code 宣讲}).
   */
  private static Set<String> answeredPerson(String previous, List<Term> previousTerms, String answer) {
    // a signature sets the name off from the post (北京市服务工会主席 石岳), which the tagger then
    // reads as 石/ng 岳/n
    String joined = HAN_SPACE.matcher(answer == null ? "" : answer).replaceAll("");
    List<Term> terms = Tagger.tag(HanLP.convertToSimplifiedChinese(joined));
    String first = null;
    List<String> asked = previousTerms.stream().filter(t -> isPerson(t) && t.word.length() >= 2).map(t -> t.word)
        .toList();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      // the question's own person, also when misread with the word after it (施剑闻令而动 → 施剑闻)
      if (!t.nature.toString().startsWith("nr") || t.word.length() < 2 || previous.contains(t.word)
          || asked.stream().anyMatch(t.word::contains)) {
        continue;
      }
      if (i > 0 && terms.get(i - 1).word.length() >= 2 && previous.contains(terms.get(i - 1).word)) {
        return new LinkedHashSet<>(List.of(t.word));
      }
      first = first == null ? t.word : first;
    }
    return first == null ? new LinkedHashSet<>() : new LinkedHashSet<>(List.of(first));
  }

  /** Spaces between two Chinese characters. */
  private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan})[ \\u3000]+(?=\\p{IsHan})");

  /** The kind of place or body a question asks for: {@code 哪个街道} → 街道. */
  private static final Pattern ASKED_HEAD = Pattern.compile("哪一?[个家所座]?(\\p{IsHan}{2})");

  /**
   * The name the previous answer gave for the place or body its question asked ({@code 香河园街道}
   * for {@code 哪个街道}, from {@code 对口支援香河园街道的12名干部立即下沉}): the name before the asked
   * kind in the answer's first sentence, which the question did not hold.
   */
  /** A place pointed back to ({@code 他在那儿干啥的}, {@code 在那里}). */
  private static final Pattern THERE = Pattern.compile("那(?:儿|里|边)(?![个些])");
  /** The two characters before a bare 哪 of place ({@code 下沉到哪儿去了}): group 1, the verb the answer repeats. */
  private static final Pattern WHERE_ASKED = Pattern.compile("(\\p{IsHan}{2})哪(?:儿|里|)(?![个家所座些位])");
  /** The place a sentence gives after the verb asked: Han characters up to the clause's end. */
  private static final int MAX_PLACE = 20;

  /**
   * The place the previous answer gave: the name of the asked kind ({@link #answeredName}), else the
   * words after the verb the previous question asked where with ({@code 下沉到哪儿去了}, answered
   * {@code 迅速下沉到榆垓镇兴安健康公寓集中隔离点，}: 榆垓镇兴安健康公寓集中隔离点).
   */
  private static Optional<String> answeredPlace(String previous, String answer) {
    Optional<String> named = answeredName(previous, answer);
    if (named.isPresent()) {
      return named;
    }
    String asking = HanLP.convertToSimplifiedChinese(previous);
    String answered = firstSentence(HanLP.convertToSimplifiedChinese(answer));
    Matcher kind = KIND_LAST.matcher(asking);
    Matcher given;
    if (kind.find()) {
      // 施剑下去的是哪个隔离点: the place of that kind the answer went to (下沉到榆垓镇…集中隔离点)
      given = Pattern.compile("[到在赴去](\\p{IsHan}{0," + MAX_PLACE + "}?" + Pattern.quote(kind.group(1)) + ")")
          .matcher(answered);
    } else {
      Matcher asked = WHERE_ASKED.matcher(asking);
      if (!asked.find()) {
        return Optional.empty();
      }
      given = Pattern.compile(Pattern.quote(asked.group(1)) + "(\\p{IsHan}{2," + MAX_PLACE + "})").matcher(answered);
    }
    return given.find() ? Optional.of(given.group(1)) : Optional.empty();
  }

  /** The kind of place a question asks last ({@code 下去的是哪个隔离点}): group 1. */
  private static final Pattern KIND_LAST = Pattern.compile("哪(?![儿里些])一?[个家所座]?(\\p{IsHan}{2,4})[？?]?$");

  private static Optional<String> answeredName(String previous, String answer) {
    Matcher asked = ASKED_HEAD.matcher(HanLP.convertToSimplifiedChinese(previous));
    if (!asked.find()) {
      return Optional.empty();
    }
    String head = asked.group(1);
    List<Term> terms = Tagger.tag(firstSentence(answer));
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (t.word.length() > head.length() && t.word.endsWith(head) && isEntity(t) && !previous.contains(t.word)) {
        return Optional.of(t.word);
      }
      if (i > 0 && t.word.equals(head) && isEntity(terms.get(i - 1)) && !previous.contains(terms.get(i - 1).word)) {
        return Optional.of(terms.get(i - 1).word + head);
      }
    }
    return Optional.empty();
  }

  /** An answer's text up to its first citation mark, its lead-ins left out. */
  private static String firstSentence(String answer) {
    if (answer == null) {
      return "";
    }
    int cite = answer.indexOf('[');
    String first = cite < 0 ? answer : answer.substring(0, cite);
    int line = first.lastIndexOf('\n');
    return HanLP.convertToSimplifiedChinese(first.substring(line + 1));
  }

  /**
   * The words of a question that name its topic, without what it asked: {@code 献血的活动是哪天举行的}
   * gives {@code 献血 活动 举行}, so that {@code 有多少人参加？} after it asks a count about the blood
   * drive, not a date.
   */
  private static String topic(String question) {
    List<String> words = new ArrayList<>();
    for (Term t : Tagger.tag(HanLP.convertToSimplifiedChinese(question))) {
      String n = t.nature.toString();
      // names travel as entities, checked against the answer; these are the common words, and not
      // the English ones a reader mixes in (组建的 support team): no report writes them. A
      // distinguishing word (怀柔/b, which the tagger does not read as the district) and a festival
      // (元宵节/t) name the topic too: 那口罩谁送的 after 怀柔元宵节那些保温壶谁掏钱买的
      if ((n.startsWith("n") || n.startsWith("v") || n.equals("b") || n.equals("t") && t.word.endsWith("节"))
          && !isEntity(t) && !n.startsWith("nr") && t.word.length() >= 2
          && !QUESTION_WORD.matcher(t.word).find() && !LOWER_LATIN.matcher(t.word).matches()) {
        words.add(t.word);
      }
    }
    return String.join(" ", words);
  }

  /**
   * A question with no topic of its own ({@code 有多少人参加？}, {@code 是哪天举行的？}): not one
   * noun of two or more characters, so it can only be about what was asked before. A question
   * with a topic noun ({@code 什么是工会？}) is a new question.
   */
  /**
   * Whether the question opens with its verb and names nothing but what it counts ({@code
   * 分成了多少支队伍}, {@code 打算给多少职工理}): the doer is the one asked about before, and the
   * counted noun is no topic of its own.
   */
  private static boolean verbOnItsCount(List<Term> terms) {
    if (terms.isEmpty() || !terms.get(0).nature.toString().equals("v")) {
      return false;
    }
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String n = t.nature.toString();
      if ((n.startsWith("n") || n.equals("vn") || n.equals("j")) && t.word.length() >= 2) {
        boolean afterCount = i > 0 && QUESTION_WORD.matcher(terms.get(i - 1).word).find()
            || i > 1 && terms.get(i - 1).nature.toString().equals("q") && QUESTION_WORD.matcher(terms.get(i - 2).word).find();
        if (!afterCount) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code text} in modern Mandarin words and simplified characters, as the question is read. */
  private static String mandarin(String text) {
    return Mandarin.of(WordSpacing.joined(text));
  }

  /** The most characters of a {@link #clipped} question: 什么荣誉称号's six, the read sets' one such follow-up. */
  private static final int CLIPPED_CHARS = 6;

  /**
   * Whether a question is a clipped one, a noun phrase naming nothing of its own and no deed
   * ({@code 什么荣誉称号？} after {@code 七星集团领队是谁？}): clipped as a reply in a conversation is, it
   * asks of what was just answered; alone it would ask of anyone. A question with a verb of its
   * own is a question of its own ({@code 谁写的日记？}, {@code 工会会费怎么交？}, {@code 工会是什么？}: a
   * review's questions, carried with the person before when eight characters with a verb were).
   * Stop 80: followup-3-059.
   */
  private static boolean clipped(List<Term> terms) {
    int chars = 0;
    for (Term t : terms) {
      if (t.nature.toString().startsWith("w")) {
        continue;
      }
      chars += t.word.length();
      if (isEntity(t) || t.nature.toString().startsWith("v")) {
        return false;
      }
    }
    return chars <= CLIPPED_CHARS;
  }

  private static boolean bare(List<Term> terms) {
    return topicNouns(terms).isEmpty();
  }

  /**
   * Nouns that stand for whatever is asked and name no topic ({@code 拨给了哪些地方}, {@code 送了些什么东西}),
   * or for who wrote the report ({@code 哪个记者写的}): a question with no other is about what was
   * asked before.
   */
  private static final Set<String> NO_TOPIC = Set.of("地方", "东西", "事情", "情况", "方面", "内容", "记者", "作者", "通讯员");

  /**
   * The question's nouns of two characters or more that name a topic, not a question word nor one of
   * {@link #NO_TOPIC}; a verbal
   * noun with an aspect particle after it ({@code 一共服务/vn 了/ul 多少职工}) is the question's verb,
   * and a word the recogniser misread as a name ({@link Tagger#personName}: 都去/nr) is none either.
   */
  private static List<String> topicNouns(List<Term> terms) {
    List<String> nouns = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String n = t.nature.toString();
      boolean verb = n.equals("vn") && i + 1 < terms.size() && ASPECT.contains(terms.get(i + 1).word)
          // a verb the recogniser glued to the word before it as a name (都去/nr 了哪些地方)
          || n.startsWith("nr") && !Tagger.personName(t);
      if ((n.startsWith("n") || n.equals("vn") || n.equals("j")) && !verb && t.word.length() >= 2
          && !QUESTION_WORD.matcher(t.word).find() && !NO_TOPIC.contains(t.word)) {
        nouns.add(t.word);
      }
    }
    return nouns;
  }

  /**
   * Whether a word of the question points back: a pronoun or a demonstrative; one right after a
   * name or noun ({@code 怀柔那30个保温水壶}, {@code 燕京啤酒那则广告}) is the spoken 的 and points
   * back only when the question's topic was in the previous turn.
   */
  /**
   * A piece pointed at by its kind ({@code 这篇抗疫日记}, {@code 那篇评论}): group 1. Not the report
   * as any report is called ({@code 这篇报道}, {@code 这篇稿子}), which points back to the last one.
   */
  private static final Pattern PIECE = Pattern.compile("[这那该此]篇(?!报道|文章|稿子|新闻|消息|东西|内容)(\\p{IsHan}{2,8}?)(?=是|的|里|中|上|时|后|前|讲|说|写|提|有|[，,？?]|$)");

  /**
   * Whether {@code question} points at a piece of a kind ({@code 这篇抗疫日记}) that none of the
   * reports the previous answer cited is, by their headlines ({@code 《“工”同战疫 “会”聚力量》}):
   * then it asks about another report, not the one just read. Unknown when no headline is known.
   */
  private static boolean anotherPiece(String question, List<String> headlines) {
    Matcher piece = PIECE.matcher(question);
    if (!piece.find() || headlines.isEmpty()) {
      return false;
    }
    String kind = piece.group(1).substring(piece.group(1).length() - 2);
    return headlines.stream().map(HanLP::convertToSimplifiedChinese).noneMatch(h -> h.contains(kind));
  }

  /**
   * Whether {@code name}, as the recogniser cut it from {@code question}, is the answer's name one
   * character over: not in the answer, which writes the characters shifted by one ({@code 敏花} of
   * {@code 王敏花多少钱}, the answer's {@code 王敏}). A name the answer only leaves out ({@code 我作为…}
   * of 石岳's diary) is no misreading.
   */
  private static boolean cutWrong(String question, String name, String answered) {
    int at = question.indexOf(name);
    if (at < 0 || answered.contains(name)) {
      return false;
    }
    String left = at > 0 ? question.substring(at - 1, at + name.length() - 1) : "";
    String right = at + name.length() < question.length() ? question.substring(at + 1, at + name.length() + 1) : "";
    return left.length() >= 2 && answered.contains(left) || right.length() >= 2 && answered.contains(right);
  }

  /** Words that point at one thing named before: {@code 这钱}, {@code 那笔钱}. */
  private static final Pattern POINTER = Pattern.compile("[这那](?:笔|个|些|批)?");

  /**
   * Whether the question points at a one-character thing the previous question asked of ({@code
   * 这钱} after {@code 拨了多少钱}): a word too short to find its sentence alone.
   */
  private static boolean pointsAtAWordOf(List<Term> terms, String previous) {
    for (int i = 0; i + 1 < terms.size(); i++) {
      Term next = terms.get(i + 1);
      if (POINTER.matcher(terms.get(i).word).matches() && next.word.length() == 1
          && next.nature.toString().startsWith("n") && previous.contains(next.word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean pointsBack(List<Term> terms, String previousTurn) {
    boolean spoken = false;
    for (int i = 0; i < terms.size(); i++) {
      if (!ANAPHORS.contains(terms.get(i).word)) {
        continue;
      }
      String before = i == 0 ? "" : terms.get(i - 1).nature.toString();
      if ((before.startsWith("n") || before.startsWith("t")) && terms.get(i).word.startsWith("那")) {
        spoken = true;
      } else {
        return true;
      }
    }
    return spoken && related(terms, previousTurn, false);
  }

  /**
   * Whether the question's topic nouns were in the previous turn, its question or its answer: any
   * of them for a question that points back ({@code 那两位理发师傅是哪儿来的} after a report on
   * barbers, but not {@code 那个燕京啤酒广告上的电话} after one on a building site), all of them for
   * one that does not ({@code 给每个村捐了多少口罩} after a question on two villages answered with the
   * masks given). A question whose topic nouns are all new is a new question.
   */
  private static boolean related(List<Term> terms, String previousTurn, boolean all) {
    List<String> nouns = topicNouns(terms);
    if (nouns.isEmpty()) {
      return false;
    }
    return all ? nouns.stream().allMatch(previousTurn::contains) : nouns.stream().anyMatch(previousTurn::contains);
  }

  /**
   * The question with a bare kind ({@code 那区总工会拨出去的资金}) named as the previous question named
   * the body of that kind ({@code 门头沟区总工会}): the body, and nothing else of the turn before, is
   * what it is about. A kind is a tail of the name that the question holds at its start or after a
   * demonstrative, not inside a word of its own ({@code 园区工会}).
   */
  private static Optional<String> namedKind(List<Term> previousTerms, String question) {
    for (Term t : previousTerms) {
      if (!isEntity(t)) {
        continue;
      }
      for (int cut = 1; cut <= t.word.length() - 2; cut++) {
        String kind = t.word.substring(cut);
        int at = question.indexOf(kind);
        if (at >= 0 && (at == 0 || POINTING.matcher(question.substring(at - 1, at)).matches())
            && !question.contains(t.word.substring(0, cut))) {
          return Optional.of(question.substring(0, at) + t.word + question.substring(at + kind.length()));
        }
      }
    }
    return Optional.empty();
  }

  /** A batch or round a question counts ({@code 第一批}, {@code 首批}, {@code 第二轮}). */
  private static final Pattern BATCH = Pattern.compile("(?:第[一二两三四五六七八九十\\d]{1,3}|首)[批轮]");

  /** A group of people named by its kind, last in what a follow-up turns to ({@code 基层的工会专职社工}). */
  private static final Pattern GROUP_TURNED_TO = Pattern.compile("\\p{IsHan}*(?:" + GROUP_HEADS + ")$");
  /** The group of people a question counts ({@code 派了多少名下沉干部去…}): group 1. */
  private static final Pattern GROUP_COUNTED = Pattern.compile(
      "(?:多少|几|\\d+)[名个位]?(\\p{IsHan}{0,4}?(?:" + GROUP_HEADS + "))");

  /**
   * Puts {@code subject} in place of the previous question's entity of the same kind; a group of
   * people that names no body or place ({@code 那基层的工会专职社工呢} after {@code 派了多少名下沉干部去大峪花园社区})
   * in place of the group it counted, not of a name the recogniser tags as it tags 社工 ({@code 大峪/nz}).
   */
  private String substitute(String previous, String subject) {
    List<Term> subjectTerms = Tagger.tag(subject);
    Matcher counted = GROUP_COUNTED.matcher(previous);
    if (GROUP_TURNED_TO.matcher(subject).matches() && counted.find()
        && subjectTerms.stream().filter(SubjectCarrier::isEntity).allMatch(t -> t.nature.toString().equals("nz"))) {
      return previous.substring(0, counted.start(1)) + subject + previous.substring(counted.end(1));
    }
    Term named = subjectTerms.stream().filter(SubjectCarrier::isEntity).findFirst().orElse(null);
    if (named == null) {
      return prefixed(subject, previous);
    }
    String kind = named.nature.toString();
    // what the subject says after its name (青云店 镇): the same word after the previous name is
    // replaced with it, so that 旧宫镇总工会 becomes 青云店镇总工会, not 青云店镇镇总工会
    String tail = subject.substring(Math.min(subject.length(), subject.indexOf(named.word) + named.word.length()));
    for (Term t : Tagger.tag(previous)) {
      if (isEntity(t) && t.nature.toString().equals(kind)) {
        return replace(previous, t.word, tail, subject);
      }
    }
    // A place inside an organisation's name: 东城区总工会 is one organisation to the recogniser,
    // but 那怀柔区呢 means 怀柔区总工会.
    for (Term t : Tagger.tagPlaces(previous)) {
      if (isEntity(t) && t.nature.toString().equals(kind)) {
        return replace(previous, t.word, tail, subject);
      }
    }
    return prefixed(subject, previous);
  }

  /**
   * The previous question after the group a follow-up turns to, where nothing of the previous
   * one names its kind: {@code 那对口支援香河园街道的呢} after {@code 第一批回社区报到的干部有多少名} asks
   * of another group than the batch, so the batch is not carried.
   */
  private static String prefixed(String subject, String previous) {
    return subject + " " + (subject.endsWith("的") ? BATCH.matcher(previous).replaceAll("") : previous);
  }

  private static String replace(String previous, String name, String tail, String subject) {
    return !tail.isEmpty() && previous.contains(name + tail) ? previous.replace(name + tail, subject)
        : previous.replace(name, subject);
  }

  /** Person, place, organisation and other proper names, in order, without question words. */
  private static Set<String> entities(List<Term> terms) {
    Set<String> out = new LinkedHashSet<>();
    for (Term t : terms) {
      if (isEntity(t)) {
        out.add(t.word);
      }
    }
    return out;
  }

  /**
   * The names of the latest earlier question that named any, when the last answer names them too:
   * a question that names nothing (为啥不用纸本子登记呢) goes on about them, and its answer says so.
   * Empty when none did, or the last answer turned elsewhere. Stop 59, over 188 sets: read +1 on
   * the pages, the dated pages and the synthetic paper; none lost. Before it, the last answer's
   * first sentence gave its names (市委组织部 市直机关工委 …), which drowned the question.
   */
  private static Set<String> keptSubject(List<Turn> history) {
    String lastAnswer = HanLP.convertToSimplifiedChinese(history.get(history.size() - 1).answer());
    for (int k = history.size() - 2; k >= 0; k--) {
      Set<String> named = entities(Tagger.tag(mandarin(history.get(k).question())));
      if (!named.isEmpty()) {
        named.removeIf(name -> !lastAnswer.contains(name));
        return named;
      }
    }
    return new LinkedHashSet<>();
  }

  /**
   * A union named by its level alone ({@code 区总工会}, {@code 镇总工会}) at a question's start, which
   * a report writes for its own body once it has named it. Not {@code 市总工会}, the city's one
   * federation, which is a name.
   */
  private static final Pattern LEVEL_ONLY = Pattern.compile("^(?:[区县镇乡]|街道)(?:总工会|工会)");
  /** A union of no place but its level, the city's included: a body the report named before. */
  private static final Pattern LEVEL_BODY = Pattern.compile("(?:[区县镇乡市]|街道)?(?:总工会|工会)");

  /**
   * {@code question}, opening with a union named by its level alone, with the name that one of the
   * last three questions gave a union of that level ({@link #namedKind}), if one did.
   */
  private static Optional<String> namedLevel(List<Turn> history, String question) {
    if (!LEVEL_ONLY.matcher(question).lookingAt()) {
      return Optional.empty();
    }
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - 3); i--) {
      Optional<String> named = namedKind(Tagger.tag(HanLP.convertToSimplifiedChinese(history.get(i).question())), question);
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /**
   * The names a question holds of its own: not a word the dictionary lists as a proper noun right
   * after a word that points back ({@code 那里的值守/nz人员}, {@code 这位匠师/nz}) and said in the
   * turn before, which is what the pointing word points at ({@code 这个支付宝小程序} is new).
   */
  private static Set<String> ownEntities(List<Term> terms, String previousTurn) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      int before = i > 0 && terms.get(i - 1).word.equals("的") ? i - 2 : i - 1;
      if (isEntity(t) && !(t.nature.toString().equals("nz") && before >= 0 && ANAPHORS.contains(terms.get(before).word)
          && previousTurn.contains(t.word))) {
        out.add(t.word);
      }
    }
    return out;
  }

  private static boolean isPerson(Term t) {
    return t.nature.toString().startsWith("nr");
  }

  /**
   * An English word in lower case within a Chinese question ({@code 这些队伍加起来有多少名职工 volunteer}):
   * a common word the reader reached for, not a name, which is capitalised ({@code NTUC}, {@code APP}).
   */
  private static final Pattern LOWER_LATIN = Pattern.compile("[a-z]+(?:[ -][a-z]+)*");

  /**
   * A proper name; not a verb the recogniser glued to a surname-like character ({@code 钱买/nr}), nor
   * an English word in {@link #LOWER_LATIN lower case}.
   */
  private static boolean isEntity(Term t) {
    String n = t.nature.toString();
    boolean proper = n.startsWith("nr") ? Tagger.personName(t)
        : n.startsWith("ns") || n.startsWith("nt") || n.equals("nz") || n.equals("nx") && !LOWER_LATIN.matcher(t.word).matches();
    return proper && t.word.length() > 1 && !QUESTION_WORD.matcher(t.word).find()
        && !POINTING.matcher(t.word).lookingAt();
  }
}
