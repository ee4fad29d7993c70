package org.baoku.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;

/**
 * The sentences that answer, chosen once the evidence model has scored the candidates: none when
 * the refusal model says the question is not answered, else the most probable ones, which the
 * checks after the model narrow, replace or refuse (the kind of thing asked, a subject carried
 * from the sentence beside it, another year, another body, the items of a list, a picture's
 * caption, a whole block of display lines). The model lets near misses through (a sentence of
 * the kind asked about another body or year) and ranks some answers low; these rules read what
 * it does not weigh.
 */
final class AnswerChoice {

  static final int MAX_CHARS = 300;

  /**
   * The share of the fitted refusal thresholds applied. They are fitted to refuse at most 3 % of
   * answerable questions by the model alone; the checks after it ({@link KindCheck}, the other
   * year, the other body) refuse near misses the model lets through, and add their own false
   * refusals. Over the 15 read seed-format sets (874 answerable, 193 unanswerable): at 1.0, 16
   * false refusals and 174 refused; 0.89, 15 and 171; 0.81, 13 and 171; 0.74, 10 and 170; 0.66,
   * 10 and 166. On three sets nobody had read (holdout-19 to -21), 0.74 refused one answerable
   * question fewer and every unanswerable one as before.
   */
  static final double REFUSAL_MARGIN = 0.74;

  /**
   * The further share of the thresholds applied to an English question. The refusal model reads
   * an English question through dictionary translations, several per word, most of which its
   * answer sentence lacks (登报咨询电话 for "telephone number for placing advertisements in the
   * paper" meets 电话 but not 号码, 纸张, 论文), so it scores the question as a near miss. On the
   * 153 English questions of the read sets (143 answerable; 10 not, 8 of them written to probe
   * refusal): at 1.0, 7 false refusals and 5 refused; 0.7, 5 and 4; 0.5, 1 and 4; 0.35, 0 and 4.
   */
  static final double ENGLISH_MARGIN = 0.5;

  /**
   * The share of the refusal threshold below which a figure or day taken by the checks from
   * another report than the model's choice does not answer ({@link #fromAnotherReportAlone}).
   * Over the read sets (2,837 answerable, 819 not) in stop 37: 0.15 changed nothing; 0.3, 0.5 and
   * 1.0 refused two more near misses (723 → 725) and lost no answer; 2.0 lost six answers.
   */
  static final double ANOTHER_REPORT_FLOOR = 0.5;

  /**
   * A higher floor for an English question, as a probability, unless the other report names a place
   * or person the question spells in pinyin: its threshold is halved ({@link #ENGLISH_MARGIN}), and
   * a quarter of that let another report's figure answer how much Peng Chunhui paid for the masks
   * (60余万元 of Daxing, at 0.33). Over the English and near-miss sets in stop 53: 0.3 and 0.5
   * refused 11 and 14 more near misses and lost no answer; 0.7 lost one (85人次 at 0.61, the model's
   * own choice being another report's sentence). With the names spelled, over all 167 sets: read
   * near misses refused 1429 → 1435, never-read 622 → 623, no answer lost; on the synthetic paper,
   * where one Mentougou answer was lost without them, 1398 → 1405 and 612 → 613.
   */
  static final double ENGLISH_ANOTHER_REPORT_FLOOR = 0.5;

  /**
   * The share of the refusal threshold that holds for an organisation asked when one of the two
   * most probable sentences names a body of the asked kind and is about the question's subject
   * ({@code 讲师是从哪个单位请来的}: {@code 受邀的北京市红十字会培训讲师}, which the model ranks second,
   * below the sentence that repeats the training's name). Over the read sets in stop 38 (2,957
   * answerable, 879 not): 1.0 and 0.75 changed nothing, 0.5, 0.3 and 0.15 answered one more and
   * refused as many near misses; the never-read sets, checked after, answered two more (false
   * refusals 27 → 25) and refused as many. Narrowed after a review to people named by what they
   * are ({@link #bodyNamedNearTheTop}), with every answer of the sets the same.
   */
  static final double NAMED_BODY_SHARE = 0.5;

  private AnswerChoice() {}

  /**
   * Whether {@code q} asks the organisation of someone it names by what they are ({@code 讲师是从哪个
   * 单位请来的}) and one of the two most probable sentences names a body with them ({@code 受邀的北京市
   * 红十字会培训讲师}). Not a body asked of a thing ({@code 宣传片的脚本是哪个单位审定的}): any body of
   * the report fits a 单位, so the sentence would not say it was that one.
   */
  static boolean bodyNamedNearTheTop(Question q, Candidates c, List<String> texts) {
    if (q.asks() != Question.Asked.ORGANISATION || q.english()) {
      return false;
    }
    List<String> people = Tagger.tag(q.text()).stream().map(t -> t.word)
        .filter(w -> w.length() >= 2 && AskedNouns.PERSON_HEAD.matcher(w).matches()).toList();
    return !people.isEmpty() && CandidatePick.best(c.probability(), 2).stream()
        .anyMatch(i -> c.about().get(i) && AskedPhrases.fits(q, texts.get(i))
            && people.stream().anyMatch(ChineseText.normalise(texts.get(i))::contains));
  }

  /**
   * The most probable of the three best sentences that names a body with the one whose body or
   * place the question asks ({@code 请来的讲师是哪儿的}, {@code 讲师是从哪个单位请来的}: {@code
   * 受邀的北京市红十字会培训讲师}), about the question's subject: it leads the answer, and the refusal
   * bar is lowered for it as for {@link #bodyNamedNearTheTop}. The report's opening sentence (建工集团
   * 工会开展…主题培训) names a place too, and the model ranks it first. Stop 61: two read answers
   * more, every other answer of the 201 sets the same; read by any person the question names, not
   * only the one asked of, it answered 还给职工发了哪本宣传册 wrongly and lost a near miss.
   */
  static Optional<Integer> bodyOfTheRoleAsked(Question q, Candidates c, List<String> texts) {
    if (!q.asks().placeOrBody() || q.english()) {
      return Optional.empty();
    }
    Optional<String> asked = roleAsked(q.text());
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> naming = CandidatePick.best(c.probability(), ROLE_BODY_RANKS).stream()
        .filter(i -> c.about().get(i) && AskedPhrases.fits(q, texts.get(i))).toList();
    // the role as asked first (讲师 asked: 红十字会培训讲师 before 工匠学院职工匠师), then by its last character
    return Stream.of(asked.get(), asked.get().substring(asked.get().length() - 1))
        .flatMap(role -> naming.stream().filter(i -> namedWith(ChineseText.normalise(texts.get(i)), role)))
        .findFirst();
  }

  /**
   * Whom the question asks the body or place of: someone it names by what they are, just before
   * 是哪, 来自哪 or 是从哪 ({@code 讲师，是从哪个单位请来的}, {@code 老师是哪家单位请来的}) or just after
   * 哪…的 ({@code 哪儿的讲师}); not one it names elsewhere ({@code 还给职工发了哪本宣传册}).
   */
  private static Optional<String> roleAsked(String question) {
    for (Term t : Tagger.tag(question)) {
      if (t.word.length() >= 2 && AskedNouns.PERSON_HEAD.matcher(t.word).matches()) {
        String role = Pattern.quote(t.word);
        if (Pattern.compile(role + "[，,\\s]*(?:是|来自|从|是从)\\p{IsHan}{0,2}?哪").matcher(question).find()
            || Pattern.compile("哪\\p{IsHan}{0,3}的" + role).matcher(question).find()) {
          return Optional.of(t.word);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A body's name ending just before what someone is, with at most a few words between ({@code
   * 北京市红十字会培训讲师}); not the role alone ({@code 在培训讲师团队的指导下}). Called with the role's
   * last character too, which a report may word otherwise (老师 asked, 讲师 written).
   */
  static boolean namedWith(String sentence, String role) {
    return Pattern.compile(BODY_END + "\\p{IsHan}{0,4}" + Pattern.quote(role)).matcher(sentence).find();
  }

  /** How the name of a body or place ends ({@code 红十字会}, {@code 疾控中心}, {@code 朝阳区}). */
  private static final String BODY_END = "(?:会|局|院|所|中心|公司|集团|委|站|学校|大学|队|厂|部|[省市区县镇村])";

  /** The best sentences {@link #bodyOfTheRoleAsked} reads: the opening sentence and another may lead it. */
  private static final int ROLE_BODY_RANKS = 3;

  /**
   * Whether a number or date question is answered only by sentences the model did not pick, each
   * from another report than its choice and less probable than {@code floor}: the checks found
   * the asked kind of phrase ({@code 1.1万名}) where the model saw no answer, in a report it
   * hardly reads. Only the sentences that hold the asked kind of phrase count: a reply may quote
   * the model's own sentences beside them (an English one always does), which answer nothing.
   *
   * <p>So too a place or body asked of one subject ({@code 首发养护公司…保洁协作单位是哪家公司}:
   * 北宇物业公司 of another report), unless the other report's sentence names the subject; not a choice
   * among bodies the question names ({@code 东城区总工会和怀柔区总工会，哪个派的干部更多}). Stop 57,
   * over 178 sets: 1 read and 1 never-read near miss more refused, no answer lost; with a choice
   * among named bodies, one read answer was lost.
   *
   * <p>An English question's figure of another report is held to {@link #ENGLISH_ANOTHER_REPORT_FLOOR}
   * unless that report names what the question spells, every name of it the model's own report
   * names too ({@link #spellsAllItsChoiceSpells}). Stop 59, over 188 sets: pages read +4 and never
   * read +1 near misses refused, the synthetic paper read +3 more; no answer lost.
   */
  static boolean fromAnotherReportAlone(Question q, Candidates c, List<Integer> picked,
      List<Integer> answering, double floor) {
    boolean named = q.asks().placeOrBody() && q.entities().size() <= 1;
    if (q.asks() != Question.Asked.NUMBER && q.asks() != Question.Asked.DATE && !named || picked.isEmpty()) {
      return false;
    }
    // how many households: the model's sentences quoted, 13户 of another report beside them
    List<Integer> holding = answering.stream().filter(i -> named ? AskedPhrases.fits(q, c.ranked().get(i).span().text())
        : SentenceCheck.holds(q, c.ranked().get(i).span().text())).toList();
    if (holding.isEmpty() || holding.stream().anyMatch(picked::contains)
        || named && picked.stream().anyMatch(i -> namesAPlace(q, c.ranked().get(i).span().text()))) {
      return false;
    }
    String chosen = c.ranked().get(picked.get(0)).passage().articleKey();
    return holding.stream().allMatch(i -> !c.ranked().get(i).passage().articleKey().equals(chosen)
        && !(named && q.entities().stream().anyMatch(ChineseText.normalise(c.ranked().get(i).span().text())::contains))
        && (c.probability()[i] < floor || q.english() && c.probability()[i] < ENGLISH_ANOTHER_REPORT_FLOOR
            && !(spellsWhatItNames(q, c.ranked().get(i).passage())
                && spellsAllItsChoiceSpells(q, c.ranked().get(i).passage(), c.ranked().get(picked.get(0)).passage()))));
  }

  /**
   * Whether a retrieved passage or another passage of its article names {@code province}: a report
   * on the paper's own city names it by its level alone ({@code 市总工会下沉工作组}) in the paragraphs
   * retrieved, and the city further on, or not at all while another report retrieved beside it
   * does; {@code 北京市总工会…调研是哪一天} was refused. Stop 72: read +1 on the pages.
   */
  static boolean namedInTheReports(String province, List<Hit> top, ArticlePassages articles) {
    if (ArticleContext.retrieved(top).contains(province)) {
      return true;
    }
    // each article read once: several retrieved passages are often of one report
    Map<String, Passage> byArticle = new LinkedHashMap<>();
    top.forEach(h -> byArticle.putIfAbsent(h.passage().articleKey(), h.passage()));
    return byArticle.values().stream().anyMatch(p -> ArticleContext.articleContext(p, top, articles).contains(province));
  }

  /**
   * Whether a sentence of the best candidate's article gives the asked figure of the noun the
   * question measures, below the model's best ({@link AsAsked#inTheBestArticle}: for
   * {@code 公交那个劳模带着工作室拍的防疫宣传片有多长}, {@code 这部时长2分钟的宣传片制作完成}, which repeats
   * little of the question): evidence the refusal model does not weigh, as a body named near the top
   * is, and weighed as that ({@link #NAMED_BODY_SHARE}). Not for a figure worked out of several
   * ({@link ArithmeticQuestion#asked}). Stop 64, over 216 sets: never read +1 on the pages and the
   * dated pages, +3 among the synthetic paper; read +1 and +2, and without the arithmetic exception
   * one read near miss (a sum over every town) answered. Any sentence but the best is searched, the
   * model's second and third too, which nothing has checked yet here ({@code 公交劳模做的那个防疫宣传片多长}:
   * 这部时长2分钟的宣传片 third); stop 72, read +3 on the pages. The best itself, whose figure the
   * model has read, answered a never-read near miss.
   */
  static boolean measuredInTheBestArticle(Question q, Candidates c, List<String> texts, List<String> articleOf) {
    if (q.asks() != Question.Asked.NUMBER || c.ranked().isEmpty() || ArithmeticQuestion.asked(q).isPresent()) {
      // 各镇总工会送出去的慰问品加起来一共多少件: a sum of several, which no one figure gives
      return false;
    }
    return !AsAsked.inTheBestArticle(q, c.probability(), SentenceCheck.answers(q, texts, c.about()), texts, articleOf, 1)
        .isEmpty();
  }

  /**
   * A sentence ended with a full stop, not a clause of a list of one body's deeds ({@code …王万奎到
   * 北田各庄村核酸检测点进行志愿服务；专职工会社会工作者…；镇域内职工志愿者…值守46个}): a body opening
   * it is the subject of the sentence after it only then.
   */
  private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[。！？!?][”’\"」]?\\s*$");

  /**
   * Whether a number or date question is answered only by sentences the model did not pick that
   * name none of the question's places and bodies, each less probable than {@code floor}, while
   * the model's choice names one of them and holds no phrase of the asked kind: the report tells
   * that body's deed without the figure, and the figure found is another body's in the same
   * report ({@code 青云店镇…慰问了多少名一线工作人员}: its sentence counts 3900余件 of goods, and
   * 5000余名 is what the district union reached). The figure's sentence must open with another
   * body, or follow a full sentence that does: a story goes on about its subject without naming it
   * (这部时长2分钟的宣传片 after 常洪霞's studio), and without that condition 25 read answers were
   * lost. With it, in stop 57 over 178 sets on the pages, the dated pages and the synthetic paper:
   * 4 more read and 1 more never-read near misses refused, no answer lost, CMRC 2018 dev the same.
   * The floor is {@link #ANOTHER_REPORT_FLOOR}'s, measured there.
   */
  static boolean fromAnotherBodyAlone(Question q, Candidates c, List<Integer> picked,
      List<Integer> answering, ArticlePassages articles, double floor) {
    if (q.asks() != Question.Asked.NUMBER && q.asks() != Question.Asked.DATE || picked.isEmpty()
        || q.entities().isEmpty() || q.english()) {
      return false;
    }
    List<Integer> holding = answering.stream()
        .filter(i -> SentenceCheck.holds(q, c.ranked().get(i).span().text())).toList();
    String chosen = ChineseText.normalise(c.ranked().get(picked.get(0)).span().text());
    if (holding.isEmpty() || holding.stream().anyMatch(picked::contains)
        || SentenceCheck.holds(q, chosen) || q.entities().stream().noneMatch(chosen::contains)) {
      return false;
    }
    return holding.stream().allMatch(i -> c.probability()[i] < floor
        && q.entities().stream().noneMatch(ChineseText.normalise(c.ranked().get(i).span().text())::contains)
        && (OtherBodies.opensWithAnotherBody(q, c.ranked().get(i).span().text())
            || CarriedSubject.before(c.ranked().get(i), articles)
                .filter(b -> ENDS_A_SENTENCE.matcher(b.span().text()).find()
                    && OtherBodies.opensWithAnotherBody(q, b.span().text())).isPresent()));
  }

  /**
   * Whether {@code raw} names a place, body or person the question does not, of any kind: the
   * model's own sentence may give the answer in a name the kind check does not read as the kind
   * asked ({@code 马纳瓜是尼加拉瓜的首都} for 哪个国家, the writer 艾萨克·阿西莫夫 for 哪个美国作家; without
   * this, {@link #fromAnotherReportAlone} refused 6 questions of CMRC 2018 dev that were answered).
   */
  private static boolean namesAPlace(Question q, String raw) {
    String question = ChineseText.compact(q.text());
    return Tagger.tag(ChineseText.normalise(raw)).stream().anyMatch(t -> t.word.length() >= 2
        && t.nature.toString().matches("ns.*|nt.*|nr.*") && !question.contains(t.word));
  }

  /**
   * Whether each candidate is about what an English question names: its article names the bodies
   * ({@link Candidates#about}), and, when any candidate's passage writes a place the question spells
   * in pinyin ({@code Mentougou}), its own does too; the dictionary knows no such small place, so
   * the question names no body to check, and 平谷区总工会102名工会社工 counted the social workers of
   * another district. Stop 75: read +3 answers on the pages and the dated pages, +4 on the synthetic
   * paper; never read +2, +2, +1.
   */
  private static List<Boolean> spelledAbout(Question q, Candidates c) {
    List<Boolean> spells = c.ranked().stream().map(s -> spellsWhatItNames(q, s.passage())).toList();
    if (!spells.contains(true)) {
      return c.about();
    }
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < spells.size(); i++) {
      out.add(c.about().get(i) && spells.get(i));
    }
    return out;
  }

  /**
   * Whether {@code p} names a place or person an English question spells in pinyin ({@code
   * Mentougou}: 门头沟): then its figure may answer, though the model chose another report's
   * sentence, as an English question's candidates rank less surely. Read in the passage and its
   * headline, as the index's pinyin field reads them.
   */
  private static boolean spellsWhatItNames(Question q, Passage p) {
    return EnglishCheck.spellsAName(q, p.headline() + " " + p.text());
  }

  /**
   * Whether {@code p} names every place or person the English question spells that the model's
   * chosen passage names too: a figure of another Pinggu report (1.1万名职工志愿者) is no count of
   * the Binhe meeting that the model's report tells of, while another Daxing report's 60余万元 may
   * be the Daxing union's sum. Spelled names the choice does not name decide nothing.
   */
  private static boolean spellsAllItsChoiceSpells(Question q, Passage p, Passage choice) {
    Set<String> spelled = new HashSet<>(ChineseText.pinyinWords(p.headline() + " " + p.text()));
    Set<String> chosen = new HashSet<>(ChineseText.pinyinWords(choice.headline() + " " + choice.text()));
    return EnglishCheck.spelledNames(q).stream().filter(chosen::contains).allMatch(spelled::contains);
  }

  /**
   * Nothing when the refusal model says the question is not answered; else the most probable
   * sentence and the next most probable ones within the model's ratio of it (one ratio for open
   * questions, one for those asking a number, name, place or date), as {@link KindCheck} lets
   * them answer a number question; for a sum or difference of parts the question names, the
   * sentence holding each part's figure ({@link Arithmetic#sentences}).
   */
  static List<Scored> choose(Question q, Candidates c, List<Hit> top,
      ArticlePassages articles, EvidenceModel m) {
    List<String> texts = c.ranked().stream().map(s -> s.span().text()).toList();
    // a figure for each part the question names, in a sentence that shares the part's words, is
    // evidence the refusal model does not weigh: it reads the best sentence, which holds one part
    List<Integer> found = ArithmeticQuestion.asked(q).isEmpty() ? List.of()
        : Arithmetic.sentences(q, ofTheBodies(q, c.ranked().stream().map(OwnBody::named).toList()));
    // both parts in one sentence (辖区29个村、12个社区) only when the model reads it best: another
    // report giving other figures for the same parts is no evidence over the model's choice
    List<Integer> parts = found.size() >= 2 && found.stream().distinct().count() == 1
        && !found.get(0).equals(CandidatePick.best(c.probability(), 1).get(0)) ? List.of() : found;
    if (parts.size() >= 2) {
      return parts.stream().distinct().map(c.ranked()::get).toList();
    }
    // 首批报到的干部，以及对口支援香河园街道的干部，人数分别是多少: each part's figure, cited
    List<Integer> each = ArithmeticQuestion.eachParts(q).size() < 2 ? List.of()
        : Arithmetic.eachSentences(q, ofTheBodies(q, c.ranked().stream().map(OwnBody::named).toList()));
    if (each.size() >= 2) {
      return each.stream().map(c.ranked()::get).toList();
    }
    // the two days a question counts between, each reported of its bodies: the count is worked out
    List<Scored> days = DaysBetween.sentences(q, c, top, articles);
    if (!days.isEmpty()) {
      return days;
    }
    // 慰问公安干警和去桔子酒店慰问转运组，哪个先: the sentence dating each, which the reply compares
    List<Scored> first = FirstOfTwo.sentences(q, top);
    if (!first.isEmpty()) {
      return first;
    }
    double threshold = (c.open() ? m.threshold() : m.thresholdTyped()) * REFUSAL_MARGIN
        * (q.english() ? ENGLISH_MARGIN : 1);
    Optional<Integer> roleBody = bodyOfTheRoleAsked(q, c, texts);
    // 急救培训是谁来讲的: 受邀的北京市红十字会培训讲师, who the report says taught, by body and role
    Optional<Integer> taught = WhoTaught.byRole(q, c, texts);
    List<String> articleOf = c.ranked().stream().map(s -> s.passage().articleKey()).toList();
    boolean bodyNamed = roleBody.isPresent() || taught.isPresent() || bodyNamedNearTheTop(q, c, texts)
        || measuredInTheBestArticle(q, c, texts, articleOf);
    if (c.ranked().isEmpty() || c.answered() < threshold * (bodyNamed ? NAMED_BODY_SHARE : 1)) {
      return List.of();
    }
    if (!parts.isEmpty()) {
      return parts.stream().distinct().map(c.ranked()::get).toList();
    }
    List<Integer> picked = pick(c.probability(), texts, c.open() ? m.addRatio() : m.addRatioTyped());
    Map<Integer, CarriedSubject.Carried> carried = carriedSubjects(q, c, articles);
    List<String> checked = new ArrayList<>(texts);
    carried.forEach((i, who) -> checked.set(i, CarriedSubject.checked(c.ranked().get(i), Optional.of(who))));
    int best = CandidatePick.best(c.probability(), 1).get(0);
    if (Stream.concat(Stream.of(best), picked.stream()).distinct().anyMatch(i -> FigureCheck.restatesTheWhole(q, checked.get(i))
        && !SentenceCheck.answers(q, checked.get(i), c.about().get(i)) || FigureCheck.onlyTheWholeNamed(q, checked.get(i))
        || FigureCheck.onlyAGroupListingTheAsked(q, checked.get(i)))) {
      // 那30万里头清水镇分了多少: the report the question restates (拨付防控专项资金30万元) gives the
      // whole and no share; a figure of another sentence (各镇街…已筹集资金12万元) is of something else.
      // The restating sentence may rank below the model's best (那12万元，各单位分别出资多少: 30万元
      // first): stop 68, read +1 near miss refused on every corpus, every other answer the same
      return List.of();
    }
    List<Integer> answering = KindCheck.answering(q, c.probability(), q.english() ? spelledAbout(q, c) : c.about(),
        checked, picked);
    if (OtherDeed.personOfAnotherDeed(q, c.ranked(), best, answering)) {
      // 送鸡汤的热心居民叫啥: the best sentence tells of the soup and names no one; 彭春辉 brought masks
      return List.of();
    }
    if (q.english() && EnglishCheck.strict(q) && !answering.isEmpty() && !EnglishCheck.reportedNearTheTop(q, answering, checked, articleOf,
        c.probability(), top.stream().map(h -> h.passage().articleKey()).toList())) {
      // What is the hotline number of the union: 010-… of an advertisement far below is no answer
      return List.of();
    }
    if (answering.isEmpty() && !picked.isEmpty()) {
      answering = AsAsked.inTheBestArticle(q, c.probability(),
          SentenceCheck.answers(q, texts, c.about()), texts, articleOf, CandidatePick.CHECKED);
    }
    answering = AsAsked.countingTheNoun(q, c.probability(), checked, articleOf, answering);
    answering = AsAsked.soFar(q, c.probability(), checked, articleOf, answering);
    answering = Framed.leading(q, c.probability(), texts, articleOf, answering);
    answering = Disposed.leading(q, c.probability(), texts, articleOf, answering);
    answering = Prevented.leading(q, c.probability(), texts, articleOf, answering);
    answering = Causes.leading(q, c.probability(), texts, articleOf, answering);
    answering = TargetedGroup.leading(q, c.probability(), texts, articleOf, answering);
    answering = Afterwards.leading(q, c.probability(), texts, articleOf, answering);
    answering = AfterTheEvent.leading(q, c.probability(), texts, articleOf, answering);
    answering = WhereDone.leading(q, c.probability(), texts, articleOf, answering);
    answering = TurnedTo.leading(q, c.probability(), texts, articleOf, answering);
    answering = TimeUsed.answering(q, c.probability(), texts, answering);
    answering = ListedTitles.leading(q, c.probability(), texts, articleOf, answering);
    if (roleBody.isPresent() && !answering.isEmpty() && !answering.get(0).equals(roleBody.get())) {
      // 请来的讲师是哪儿的: 受邀的北京市红十字会培训讲师 says it, not the report's opening on 建工集团
      List<Integer> led = new ArrayList<>(List.of(roleBody.get()));
      answering.stream().filter(i -> !i.equals(roleBody.get())).limit(1).forEach(led::add);
      answering = led;
    }
    if (taught.isPresent()) {
      answering = List.of(taught.get());
    }
    if (fromAnotherReportAlone(q, c, picked, answering, threshold * ANOTHER_REPORT_FLOOR)) {
      // 平谷那次职工沟通会来了多少名职工: the model's sentence tells of the meeting and counts no one,
      // and 1.1万名职工志愿者 of a report it hardly reads is no answer for the meeting
      return List.of();
    }
    if (fromAnotherBodyAlone(q, c, picked, answering, articles, threshold * ANOTHER_REPORT_FLOOR)) {
      // 青云店镇…慰问了多少名: its sentence counts goods, and 5000余名 two paragraphs on is the
      // district union's
      return List.of();
    }
    if (DatedDeed.figureOfAnotherDeed(q, c, answering)) {
      // 五月二十五日…所慰问之公安干警共计几人: the day's sentence counts no one, and 5000余名 of the
      // campaign, told in another paragraph, is not that day's
      return List.of();
    }
    if (answering.isEmpty() && GivenOrNot.asked(q)) {
      // a brand, a telephone number, a hospital: no list or caption stands in for it
      return List.of();
    }
    List<Scored> chosen = withSubjects(c, answering, carried);
    if (chosen.stream().anyMatch(s -> Days.relativeToAnotherYear(q, s.span().text(), s.passage().imprint().date()))
        && chosen.stream().noneMatch(s -> Days.namesTheAskedYear(q, s.span().text()))) {
      // 2021年 asked, 今年 reported in an undated report: the year is not known to be the one asked
      return List.of();
    }
    if (!chosen.isEmpty() && Days.namesAYear(q) && chosen.stream().noneMatch(s -> Days.ofTheAskedYear(q,
        ArticleContext.articleContext(s.passage(), top, articles), s.passage().imprint().date()))) {
      // 2021年…筹措了多少 asked, and no report chosen names 2021 or is of 2021: it tells of its own year
      return List.of();
    }
    if (Days.relativeYearUnknown(q, chosen.stream().map(s -> s.span().text()).toList(),
        chosen.stream().anyMatch(s -> s.passage().imprint().date() != null))) {
      // 去年端午节送出了多少件, answered by 端午节前夕…1250件 of an undated page: of its own year
      return List.of();
    }
    if (Days.asksTheWeekday(q) && chosen.stream().noneMatch(Weekdays::answers)) {
      // 那天是星期几, answered by 3月4日 of an undated page: the year, and so the weekday, is unknown
      return List.of();
    }
    if (Afterwards.untold(q, chosen.stream().map(s -> s.span().text()).toList())) {
      // 接下来还打算怎么推动建会, answered by 此次沟通会…得到了职工的认可: the report tells no plan
      return List.of();
    }
    if (ListFollows.asksList(q)) {
      Optional<List<Scored>> listed = ListFollows.items(q, announcers(q, c, answering), chosen, articles, top)
          // 队长都是谁 is answered by names: 召之即来、来之能战、战之能胜 lists none
          .filter(l -> q.asks() != Question.Asked.PERSON
              || l.stream().anyMatch(s -> Names.namesSomeone(q, s.span().text())));
      if (listed.isPresent()) {
        return listed.get();
      }
    }
    if (q.asks() == Question.Asked.PERSON && taught.isEmpty() && !chosen.isEmpty() && chosen.stream().noneMatch(s ->
        Names.namesSomeone(q, s.span().text())
            && SubjectCheck.aboutBodies(q, ArticleContext.articleContext(s.passage(), top, articles)))) {
      // the name given is someone of another report: 北宇物业公司的工会主席 for 首发养护公司工会的主席
      return List.of();
    }
    if (q.english() && !chosen.isEmpty() && !q.entities().isEmpty()
        && chosen.stream().noneMatch(s -> answersForThePlace(q, s))) {
      // How much money did the Haidian District union earmark: 朝阳区总工会拨专款500万元 is Chaoyang's
      return List.of();
    }
    if (!chosen.isEmpty() && divisionUnnamed(q, chosen)) {
      // 四厂在北京哪个区: 北京公交集团保修分公司四厂党员活动室内 names no district
      return List.of();
    }
    List<String> provinces = EntityCore.provinces(q);
    if (!chosen.isEmpty() && q.asks() != Question.Asked.YES_NO && !provinces.isEmpty()
        && !provinces.stream().allMatch(p -> namedInTheReports(p, top, articles))) {
      // 河北省总工会 asked, no report retrieved names 河北: 区总工会 of a report on 门头沟 is another
      // body; 是不是河南籍 is answered by 湖北籍
      return List.of();
    }
    Optional<Scored> caption = Captions.caption(q, c, texts);
    if (caption.isPresent()) {
      return List.of(caption.get());
    }
    // an open answer read on past its sentences: a why's background, what else, how it went on
    List<Scored> told = Causes.withTheCause(q, Captions.wholeBlocks(Captions.withTheReport(q, chosen, c.ranked())),
        articles, top);
    if (Causes.choiceUnexplained(q, told)) {
      // 为啥偏偏派到兴安健康公寓: the sentence that sends him there gives no reason for the choice
      return List.of();
    }
    told = Besides.withWhatFollows(q, told, articles, top);
    told = Continued.withWhatFollows(q, told, articles, top);
    return DayReference.resolved(q, told, articles, top);
  }

  /**
   * Whether {@code s} answers an English question for the place it names ({@code Haidian
   * District}): the sentence holds the asked kind of phrase where one is checked, and its passage
   * names the place; not its article, since a round-up article names every district (with the
   * article's text, both read near misses were answered again). The English path quotes the model's sentences even when none holds what is
   * asked, and a round-up report gives the same deed of several districts, so without this a near
   * miss about one district was answered with another's figure. Over the read sets in stop 42
   * (3,351 answerable, 991 not) it refused two more near misses and lost no answer; the never-read
   * sets refused one more.
   */
  private static boolean answersForThePlace(Question q, Scored s) {
    return (!SentenceCheck.checked(q.asks()) || SentenceCheck.holds(q, s.span().text()))
        && SubjectCheck.aboutEntities(q, ChineseText.normalise(s.passage().headline() + s.passage().text()));
  }

  /** A body referred back to ({@code 该集团50名职工分赴仁和街道}): the report's own, whoever opens the sentence. */
  private static final Pattern BACK_REFERENCE = Pattern.compile("该(?:集团|公司|单位|工会|厂|局|中心|企业)");

  /** Kinds of administrative division a place question may ask ({@code 哪个区}, {@code 哪个镇}). */
  private static final Set<String> DIVISIONS = Set.of("省", "市", "区", "县", "镇", "乡", "街道");

  /**
   * Whether {@code q} asks which division something is in ({@code 四厂在北京哪个区}, {@code 在密云哪个镇})
   * and none of {@code chosen} names one of that kind that the question does not, nor any place
   * the question does not name ({@code 密云老旧小区}, its kind left out): a report that tells where
   * the works are writes the district's name, and one that does not, does not say. Stop 42: two
   * read near misses more refused, every other answer of the 99 sets and of CMRC 2018 dev the same;
   * without the kindless place, one read and one never-read answer were lost. A sentence opening
   * with another body names that body's division, unless the body is itself of the asked kind, and
   * a place before another name is part of it ({@code 北京顺义物业服务集团}): stop 43, one read near
   * miss more refused, every other answer of the 104 sets and of CMRC 2018 dev the same.
   */
  private static boolean divisionUnnamed(Question q, List<Scored> chosen) {
    if (q.asks() != Question.Asked.PLACE || q.english()) {
      return false;
    }
    String question = ChineseText.normalise(q.text());
    // 顺义商业集团工会选派32名干部…下沉支援双丰街道: another body's division, not the one asked after;
    // 观音寺街道总工会工作人员下沉社区: a body that is itself the division asked
    return q.heads().stream().filter(DIVISIONS::contains).anyMatch(kind -> chosen.stream()
        .filter(s -> OtherBodies.anotherOpeningBody(q, s.span().text()).map(b -> b.contains(kind)).orElse(true)
            || BACK_REFERENCE.matcher(s.span().text()).find())
        .noneMatch(s -> NamedKinds.namesOne(ChineseText.normalise(s.span().text()), question, kind)
            || namesAPlace(ChineseText.normalise(s.span().text()), question)));
  }

  /** Whether {@code sentence} names a place the question does not, its kind left out ({@code 密云老旧小区}). */
  private static boolean namesAPlace(String sentence, String question) {
    // 北京市 is the question's 北京, not another place; 北京/ns 顺义/ns 物业服务集团/nt: a place
    // before another name is part of that name, no place the sentence tells
    List<Term> terms = Tagger.tag(sentence);
    for (int i = 0; i < terms.size(); i++) {
      String w = terms.get(i).nature.toString().equals("ns") ? PLACE_KIND.matcher(terms.get(i).word).replaceAll("") : "";
      boolean beforeAName = i + 1 < terms.size() && terms.get(i + 1).nature.toString().matches("ns|nt.*");
      if (w.length() >= 2 && !question.contains(w) && !beforeAName) {
        return true;
      }
    }
    return false;
  }

  /** The kind at the end of a place's name ({@code 北京市}, {@code 河北省}). */
  private static final Pattern PLACE_KIND = Pattern.compile("(?:省|市|区|县)$");

  /**
   * The sentences an answer takes, by index: the most probable, then the next most probable ones
   * whose probability is at least {@code ratio} of it, at most {@value CandidatePick#MAX_SENTENCES}
   * sentences and about {@value #MAX_CHARS} characters. {@link EvidenceTrainer} scores its fits
   * with this too.
   */
  static List<Integer> pick(double[] probability, List<String> texts, double ratio) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < probability.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -probability[i]).thenComparingInt(i -> i));
    List<Integer> out = new ArrayList<>();
    int chars = 0;
    for (int i : order) {
      if (out.size() >= CandidatePick.MAX_SENTENCES
          || !out.isEmpty() && probability[i] < probability[out.get(0)] * ratio) {
        break;
      }
      if (out.isEmpty() || chars + texts.get(i).length() <= MAX_CHARS) {
        out.add(i);
        chars += texts.get(i).length();
      }
    }
    return out;
  }

  /**
   * The {@value CandidatePick#CHECKED} most probable sentences that carry who they are about from a
   * sentence beside them, by index: for a person question any such person ({@link
   * CarriedSubject#of}), for another the person the question names ({@link CarriedSubject#named}).
   * What the checks read ahead of each, and what the reply cites with it.
   */
  private static Map<Integer, CarriedSubject.Carried> carriedSubjects(Question q, Candidates c,
      ArticlePassages articles) {
    Map<Integer, CarriedSubject.Carried> out = new LinkedHashMap<>();
    if (!q.english() || q.asks() == Question.Asked.PERSON) {
      for (int i : CandidatePick.best(c.probability(), CandidatePick.CHECKED)) {
        Scored s = c.ranked().get(i);
        (q.asks() == Question.Asked.PERSON ? CarriedSubject.of(q, s, articles)
            : CarriedSubject.body(q, s, articles).or(() -> CarriedSubject.named(q, s, articles)))
            .ifPresent(who -> out.put(i, who));
      }
    }
    return out;
  }

  /**
   * The sentences {@code answering}, each that answers through a carried subject with the
   * sentence that names it (before it, or after a quotation), so that the reply quotes the name.
   */
  private static List<Scored> withSubjects(Candidates c, List<Integer> answering,
      Map<Integer, CarriedSubject.Carried> carried) {
    List<Scored> chosen = answering.stream().map(c.ranked()::get).toList();
    List<Scored> out = new ArrayList<>();
    for (int i : answering) {
      CarriedSubject.Carried who = carried.get(i);
      boolean cite = who != null && Stream.concat(chosen.stream(), out.stream()).noneMatch(s -> s.sameSentence(who.sentence()));
      if (cite && !who.after()) {
        out.add(who.sentence());
      }
      out.add(c.ranked().get(i));
      if (cite && who.after()) {
        out.add(who.sentence());
      }
    }
    return out;
  }

  /**
   * The candidates' texts, those naming another body of the question's kind blanked: 东城区's
   * {@code 17个街道各5万元} is no part of 门头沟区's sum. Not every body must be named: the parts of
   * a sum are often in different reports. In a comparison, a sentence that names one of the
   * question's bodies in full is that part's, whatever else it names ({@code
   * 东城区总工会选派32名干部…朝阳门、东直门等街道总工会全员到岗} when 东城区总工会 is compared with
   * 顺义商业集团工会 in 双丰街道).
   */
  private static List<String> ofTheBodies(Question q, List<String> texts) {
    Optional<ArithmeticOp> asked = ArithmeticQuestion.asked(q);
    boolean compared = asked.filter(op -> op == ArithmeticOp.MORE || op == ArithmeticOp.LESS).isPresent();
    boolean combined = asked.filter(op -> op == ArithmeticOp.SUM || op == ArithmeticOp.DIFFERENCE).isPresent();
    // the parts, read once for every candidate, with a union's 总 aside as ofItsOwnPart compares names
    List<String> parts = combined
        ? ArithmeticQuestion.parts(q).stream().map(p -> p.replace("总工会", "工会")).toList() : List.of();
    return texts.stream().map(t -> OtherBodies.aboutAnother(q, t) && !(compared && SubjectCheck.namesABody(q, t))
        && !(combined && ofItsOwnPart(q, parts, t)) ? "" : t).toList();
  }

  /**
   * Whether {@code raw} is the sentence of one of {@code parts}, a sum's or difference's (their
   * unions' 总 aside): it holds a name the
   * question gives in that part as written, a union's 总 aside ({@code 李桥镇工会} is the report's
   * 李桥镇总工会), and none of that part's other names is missing. {@code 各镇街、园区总工会已筹集资金12万元}
   * is the part {@code 镇街筹的} of {@code 门头沟工会拨的钱加上镇街筹的}, though it lacks 门头沟 and names
   * another union; {@code 顺义区总工会4名干部…参与天竺镇…} is no part of a question asking of 顺义区总工会
   * in 牛栏山镇 (stop 80: a never-read near miss answered when any name was enough).
   */
  private static boolean ofItsOwnPart(Question q, List<String> parts, String raw) {
    String norm = ChineseText.compact(ChineseText.normalise(raw)).replace("总工会", "工会");
    Set<Integer> named = new HashSet<>();
    Set<Integer> lacking = new HashSet<>();
    for (String e : q.entities()) {
      String name = ChineseText.compact(e).replace("总工会", "工会");
      int part = partOf(parts, name);
      // a union named by its level alone (区总工会) is one of many, which any district's sentence
      // names (丰台区总工会 for 門頭溝…區總工會撥的專項資金)
      if (name.length() < 2 || part < 0 || Tagger.LEVEL_ONLY.matcher(name).matches()) {
        continue;
      }
      (norm.contains(name) ? named : lacking).add(part);
    }
    return named.stream().anyMatch(p -> !lacking.contains(p));
  }

  /** The index of the first of {@code parts} that holds {@code name}, or -1. */
  private static int partOf(List<String> parts, String name) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).contains(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The sentences that may announce a list ({@link ListFollows}): any candidate that opens one with
   * a colon and names what the question lists ({@link ListFollows#opensWithAColon}), most probable
   * first; then those chosen, the {@value CandidatePick#CHECKED} most probable and the {@value
   * CandidatePick#CHECKED} ranked first.
   */
  private static List<Scored> announcers(Question q, Candidates c, List<Integer> answering) {
    Set<Integer> out = new LinkedHashSet<>();
    // first any candidate that opens a list with a colon and names what the question lists
    // (让我们一起听听党员干部们的心声： for 发表下沉心声的有哪几位): it repeats few of the question's
    // words, and the model ranks it low, below a sentence whose next one merely holds a 、
    for (int i : CandidatePick.best(c.probability(), c.ranked().size())) {
      if (ListFollows.opensWithAColon(q, c.ranked().get(i).span().text())) {
        out.add(i);
      }
    }
    out.addAll(answering);
    out.addAll(CandidatePick.best(c.probability(), CandidatePick.CHECKED));
    for (int i = 0; i < Math.min(CandidatePick.CHECKED, c.ranked().size()); i++) {
      out.add(i);
    }
    return out.stream().map(c.ranked()::get).toList();
  }
}
