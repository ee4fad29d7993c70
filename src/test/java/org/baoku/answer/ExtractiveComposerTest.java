package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.Embedder;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractiveComposerTest {

  static final ExtractiveComposer COMPOSER = new ExtractiveComposer(Embedder::shared, Passages::article, p -> Optional.empty());
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

  private static Answer ask(String question, String... phrases) {
    Answer a = COMPOSER.compose(question, Passages.hits(6, phrases));
    assertWellFormed(a);
    return a;
  }

  /** Every marker has a citation and every citation a marker; quotes are verbatim in the answer. */
  static void assertWellFormed(Answer a) {
    assertNotNull(a);
    Set<Integer> markers = new TreeSet<>();
    Matcher m = MARKER.matcher(a.text());
    while (m.find()) {
      markers.add(Integer.parseInt(m.group(1)));
    }
    Set<Integer> numbers = new TreeSet<>();
    for (Citation c : a.citations()) {
      numbers.add(c.n());
      assertTrue(c.passage().text().startsWith(c.quote(), c.quoteStart()), "quote verbatim in passage");
      // the same words of several reports (本报讯（记者 马超）) are each quoted once
      long cited = a.citations().stream().filter(o -> o.quote().equals(c.quote())).count();
      long quoted = Pattern.compile(Pattern.quote(c.quote())).matcher(a.text()).results().count();
      assertTrue(c.quote().length() < 8 || quoted <= cited, () -> "a sentence quoted twice: " + a.text());
    }
    assertEquals(numbers, markers, a.text());
    if (!a.grounded()) {
      assertTrue(a.citations().isEmpty());
    }
  }

  @Test
  void equalFiguresOfTwoPartsSayTheyAreAlike() {
    Passage shunyi = Passages.hits(1, "顺义商业集团工会选派32名").get(0).passage();
    Passage dongcheng = Passages.hits(1, "东城区总工会选派32名干部").get(0).passage();
    List<Passage> ranked = new java.util.ArrayList<>(List.of(shunyi));
    Passages.hits(40, "工会").stream().map(Hit::passage)
        .filter(p -> !p.equals(shunyi) && !p.equals(dongcheng)).limit(ExtractiveComposer.PASSAGES - 2).forEach(ranked::add);
    ranked.add(dongcheng);
    List<Hit> hits = inOrder(ranked);
    Answer a = COMPOSER.compose("顺义商业集团工会选派下沉的干部职工，和东城区总工会选派到社区一线的干部，哪边人更多？", hits);
    assertWellFormed(a);
    assertTrue(a.text().startsWith("一样多"), a.text());
  }

  @Test
  void aDifferenceReadsThePartsFigureFromALaterPassageOfATopReport() {
    // 朝阳's 500万元 is told in a paragraph of the report on every district that the search ranks
    // below a whole report on 朝阳's cadres, which gives no sum of money
    Passage fengtai = Passages.hits(1, "丰台区总工会投入专项资金139万元").get(0).passage();
    Passage chaoyang = Passages.hits(1, "朝阳区总工会拨专款500万元").get(0).passage();
    assertEquals(fengtai.articleKey(), chaoyang.articleKey());
    List<Passage> ranked = new java.util.ArrayList<>(List.of(fengtai));
    Passages.hits(40, "朝阳区总工会").stream().map(Hit::passage)
        .filter(p -> !p.equals(fengtai) && !p.equals(chaoyang)).limit(ExtractiveComposer.PASSAGES + 2).forEach(ranked::add);
    ranked.add(chaoyang);
    Answer a = COMPOSER.compose("朝阳区总工会和丰台区总工会的防疫专项资金差多少？", inOrder(ranked));
    assertWellFormed(a);
    assertTrue(a.text().startsWith("相差361万元"), a.text());
  }

  @Test
  void aComparedBodysSentenceIsItsPartThoughItNamesOtherBodies() {
    // 东城区总工会选派32名干部…朝阳门、东直门、和平里等街道总工会全员到岗 names other 街道 than the
    // question's 双丰街道, and is still 东城区总工会's: not its 177名 of the 慰问品 sentence
    Answer a = ask("东城区总工会选派到社区一线支援的干部，和顺义商业集团工会派去双丰街道守卡口的干部职工相比，哪边人数更多？",
        "东城区总工会选派32名干部", "顺义商业集团工会选派32名", "177名机关干部");
    assertTrue(a.text().startsWith("一样多"), a.text());
  }

  @Test
  void twoQuestionsSpokenAsOneAreEachAnswered() {
    // voice input: no mark between the two questions, 还有 joins them, 分别说说 closes the message
    Answer a = ask("朝阳区总工会拨的那笔慰问社区的专款是多少钱还有机关第一批去社区报到的干部有多少个分别说说",
        "朝阳区总工会拨专款500万元", "首批39名干部", "朝阳区");
    assertTrue(a.grounded() && a.text().contains("500万元") && a.text().contains("39名"), a.text());
    // typed quickly, a space between them
    Answer b = ask("东城总工会选派下社区多少干部 顺义商业集团工会派去双丰街道多少人", "东城区总工会选派32名干部", "顺义商业集团工会选派32名");
    assertEquals(2, b.citations().size(), b.text());
  }

  @Test
  void eachOfTwoQuestionsReadsTheHitsInItsOwnOrder() {
    // the real search ranks the 第九车队 report first for the message, the 宣传片 report the first
    // question asks after second
    String message = "報上有兩則北京公交的防疫消息：自己拍防疫宣傳片的是哪一位勞模？客六分公司第九車隊又有幾位黨員職工堅守崗位？";
    Answer a = COMPOSER.compose(message, RealArchive.get().search(message, 10).hits());
    assertWellFormed(a);
    assertTrue(a.grounded() && a.text().contains("常洪霞") && a.text().contains("49名"), a.text());
  }

  @Test
  void theHourSomethingEndedIsWorkedOutFromItsStartAndLength() {
    // 早上7点钟…毛彩兰准时站在北小区卡口…值守了6个小时: until 13点
    Answer end = ask("毛彩兰在北小区卡口站岗站到几点？", "毛彩兰");
    assertTrue(end.text().startsWith("13点（据[1]推算：早上7点起6个小时）"), end.text());
    // the start asked is given, nothing to work out
    Answer start = ask("毛彩兰早上几点站到北小区卡口？", "毛彩兰");
    assertFalse(start.text().contains("推算"), start.text());
  }

  @Test
  void aYearTheReaderRemembersBeforeTheQuestionDoesNotLimitIt() {
    String asked = "顺义区总工会派去的4名工会干部参与的是哪个镇的防控工作？";
    String remembered = "我家在顺义，记得去年冬天那会儿疫情很紧，我想知道顺义区总工会派去的4名工会干部参与的是哪个镇的防控工作？";
    String[] phrases = {"顺义区总工会4名工会干部", "天竺镇", "顺义"};
    assertTrue(ask(asked, phrases).text().contains("天竺镇"), asked);
    Answer a = ask(remembered, phrases);
    assertTrue(a.grounded() && a.text().contains("天竺镇"), a.text());
    // the year asked outright still limits it: the undated report cannot say it was last year's
    assertFalse(ask("去年冬天顺义区总工会派去的4名工会干部参与的是哪个镇的防控工作？", phrases).grounded());
  }

  @Test
  void aCaptionIsFollowedByTheReportsSentenceThatSaysTheSame() {
    // the caption under the picture says 团组长, the report 二组组长: both are quoted
    Answer a = ask("施剑在那里担当什么职务？", "团组长", "施剑");
    assertTrue(a.text().contains("担任团组长") && a.text().contains("担任二组组长"), a.text());
  }

  @Test
  void aPersonNamedBelowTheBestSentenceOfAnotherDeedIsNoAnswer() {
    // the best sentence tells of the soup and names no one; 彭春辉 brought the masks
    Answer soup = ask("怀柔那位给志愿者送鸡汤的热心居民叫啥名字？", "鸡汤", "彭春辉");
    assertFalse(soup.grounded(), soup.text());
    // the sentence right before the best names the one whose deed it tells
    Answer first = ask("朝阳区总工会最早请缨奔赴一线、还把行军床带过去的是谁？", "行军床", "李童");
    assertTrue(first.grounded() && first.text().contains("李童"), first.text());
  }

  @Test
  void aWritersReportsAreAnsweredByTheirHeadlinesAndBylines() {
    Answer a = ask("署名记者马超的稿子有哪几篇？", "马超");
    assertTrue(a.text().contains("《平谷工会社工志愿者走入抗疫一线》：本报讯（记者 马超）"), a.text());
    assertEquals(3, a.citations().size(), a.text());
  }

  @Test
  void aReportsHeadlineAskedLeadsTheSentenceThatTellsIt() {
    Answer a = ask("北辰集团义务理发那篇稿子的标题是什么？", "北辰集团", "义务理发");
    assertTrue(a.text().startsWith("《北辰集团义务理发小分队上门送服务》："), a.text());
    Answer worded = ask("北辰集团义务理发那篇报道，标题原文是怎样写的？", "北辰集团", "义务理发");
    assertTrue(worded.text().startsWith("《北辰集团义务理发小分队上门送服务》："), worded.text());
  }

  @Test
  void aSentenceWithoutASubjectAnswersWhoWithTheNameBeforeIt() {
    // on the page the name ends one passage and the sentence that answers opens the next
    Answer a = ask("朝阳区总工会哪位干部把行军床带去了一线？", "行军床", "隔离区床位紧缺", "朝阳区总工会");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("李童"), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("行军床")), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().startsWith("李童")), a.text());
  }

  @Test
  void twoQuestionsOfOneMessageAreAnsweredEachWithCitationsNumberedOn() {
    Answer a = ask("门头沟区总工会的志愿应急服务队有多少人？朝阳区总工会拨了多少专款？",
        "门头沟区总工会", "志愿应急服务队", "朝阳区总工会", "专款");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("12人"), a.text());
    assertTrue(a.text().contains("500万元"), a.text());
    assertTrue(a.citations().size() >= 2, a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("500万元") && c.n() > 1), a.text());
  }

  @Test
  void aQuestionOfTwoMayAskWhatAsWellAsHowMuch() {
    Answer a = ask("朝阳区总工会在两篇不同的报道里，一篇说它拨了多少专款？另一篇说它开通了什么热线服务？",
        "朝阳区总工会", "专款", "心理咨询热线");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("500万元"), a.text());
    assertTrue(a.text().contains("心理咨询热线"), a.text());
  }

  @Test
  void aQuestionOfTwoIsTriedAloneBeforeWithTheOther() {
    Answer a = ask("施剑在哪个隔离点担任组长？魏善庄镇的职工志愿者值守多少个核酸检测点？",
        "施剑", "兴安健康公寓", "魏善庄镇", "核酸检测点");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("兴安健康公寓"), a.text());
  }

  @Test
  void anEnglishWhoIsAnsweredWithTheNameBeforeASentenceWithoutASubject() {
    // the scene's "when" asks nothing: the last sentence asks a name
    Answer a = ask("One Chaoyang union official hauled his own camp bed to the front line when isolation beds ran short."
        + " What's his name?", "行军床", "隔离区床位紧缺", "朝阳区总工会");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().startsWith("李童")), a.text());
  }

  @Test
  void aGroupToldOfAsTheyIsAnsweredWithTheBodyNamedBefore() {
    // 他们 goes on from the sentence naming 李桥镇总工会4名工会工作者
    Answer a = ask("入户倡议租户及跨区人员两点一线、非必要不出区的，是顺义哪个镇的工会工作者？", "两点一线", "李桥镇", "顺义");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("李桥镇总工会"), a.text());
    assertTrue(a.text().contains("他们分别入户"), a.text());
  }

  @Test
  void aSentenceWithoutASubjectSaysWhatThePersonNamedBeforeItDid() {
    // 把什么带到了一线 names 李童; the sentence that answers names no one, the one before opens with him
    Answer a = ask("李童把什么带到了一线？", "李童", "行军床", "一线");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("行军床"), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().startsWith("李童")), a.text());
  }

  @Test
  void aQuotationAnswersWhoWithTheSpeakerNamedAfterIt() {
    Answer a = ask("说红色书籍分享给青年职工搭了阅读平台的那位女工叫什么？", "分享红色书籍", "阅读平台", "青年女工");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("王莹"), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("阅读平台")), a.text());
  }

  @Test
  void aListAnnouncedRightAfterTheChosenSentenceGivesItsItems() {
    Answer a = ask("大兴区总工会谈下沉心声的党员干部都是谁？", "下沉心声", "党员干部", "大兴区总工会");
    assertTrue(a.grounded(), a.text());
    for (String name : List.of("韩锋光", "康冬华", "宁晓菲")) {
      assertTrue(a.text().contains(name), a.text());
    }
  }

  @Test
  void aShortLineOfAnAdvertisementIsQuotedWithItsBlock() {
    Answer a = ask("Which beer brand is an official partner of the lunar exploration program?", "探月工程", "合作伙伴");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.citations().stream().anyMatch(c -> c.quote().contains("燕京啤酒") && c.quote().contains("探月")), a.text());
  }

  @Test
  void anEnglishQuestionIsAnsweredThoughMostOfItsTranslationsAreNotInTheSentence() {
    // 电话 meets the line; 号码, 纸张, 论文 and 登 do not
    Answer a = ask("What telephone number does the page give for placing advertisements in the paper?", "登报咨询电话",
        "广告", "电话");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("63522410"), a.text());
  }

  @Test
  void anEnglishWhereOfAPersonSpelledInPinyinIsAnsweredByTheSentenceNamingThePlace() {
    // the caption's 施剑下沉到集中隔离点 names no site; the report under it does, and names 施剑
    Answer a = ask("At which quarantine site did Daxing trade union vice-chairman Shi Jian lead a team?",
        "施剑下沉到集中隔离点", "施剑闻令而动", "军转干部");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("兴安健康公寓"), a.text());
  }

  @Test
  void anEnglishNameAskedOfAPersonThePagesLeaveUnnamedIsRefused() {
    Answer a = ask("What was the name of the Red Cross instructor who taught the first-aid course?",
        "红十字会培训讲师", "心肺复苏", "应急救护");
    assertFalse(a.grounded(), a.text());
  }

  @Test
  void anEnglishFigureIsNotTakenFromAReportReadFarBelow() {
    // searched as the bot searches: the proposal counts no one, and 只有3个人 of the 住总 meeting, a
    // report neither the search nor the model reads near the top, is another report's count
    String asked = "How many pregnant or breastfeeding female workers in Beijing were allowed to work from home"
        + " under the women workers' committee's proposal?";
    Answer proposal = COMPOSER.compose(asked, RealArchive.get().search(asked, 10));
    assertWellFormed(proposal);
    assertFalse(proposal.grounded(), proposal.text());
    String meeting = "How many family members of medical workers came to the meeting at Beijing Uni-Construction Group?";
    Answer a = COMPOSER.compose(meeting, RealArchive.get().search(meeting, 10));
    assertTrue(a.text().contains("3个人"), a.text());
  }

  @Test
  void aFigureOfAnotherBodyInTheSameReportDoesNotAnswer() {
    // searched as the bot searches: 青云店镇's own sentence counts 3900余件 of goods and no one, and
    // 5000余名, two paragraphs on, is what the district union reached
    Answer town = searched("青云店镇“同心抗疫、关爱同行”活动慰问了多少名一线工作人员？");
    assertFalse(town.grounded(), town.text());
    Answer district = searched("大兴区总工会一共慰问了多少名医护工作者和一线职工？");
    assertTrue(district.text().contains("5000余名"), district.text());
    // a clause after a semicolon goes on with the body that opened the sentence (魏善庄镇总工会…；
    // 专职工会社会工作者…；镇域内职工志愿者…值守46个): not another body's figure
    Answer chained = searched("魏善庄镇的职工志愿者值守了多少个核酸检测点？");
    assertTrue(chained.text().contains("46个"), chained.text());
  }

  @Test
  void aBodyOfAnotherReportDoesNotAnswerForTheQuestionsSubject() {
    // the 首发 report says the cleaners work for partner units and names none; 北宇物业公司 is
    // another report's company, which the model hardly reads
    Answer partner = ask("首发养护公司工会给800余名保洁工人宣传防疫，这些工人所属的保洁协作单位是哪家公司？",
        "保洁协作单位", "北宇物业公司");
    assertFalse(partner.grounded(), partner.text());
    // a choice between bodies the question names is no subject of its own
    Answer named = ask("东城区总工会和怀柔区总工会，哪个派到社区一线的干部更多？", "选派32名干部", "抽调28名党员干部");
    assertTrue(named.grounded(), named.text());
  }

  @Test
  void aPersonNamedBySurnameAndPostIsReadByTheNameTheReportGives() {
    // the diary is signed 北京市服务工会主席 石岳; 石主席 is a name no report holds as typed
    Answer diary = searched("石主席做核酸那儿一个小时能测多少人");
    assertTrue(diary.grounded(), diary.text());
    assertTrue(diary.text().contains("约160人"), diary.text());
  }

  @Test
  void theDayAskedIsNoWordTheReportMustHold() {
    // 那天 and 几号 frame the day asked; as keys, the report of the blood drive lacked two of three
    Answer drive = searched("献血那天是几号");
    assertTrue(drive.grounded(), drive.text());
    assertTrue(drive.text().contains("3月4日"), drive.text());
  }

  private static Answer searched(String question) {
    Answer a = COMPOSER.compose(question, RealArchive.get().search(question, 10));
    assertWellFormed(a);
    return a;
  }

  @Test
  void anEnglishQuestionNamingAPlaceIsAnsweredOnlyFromAReportOnThatPlace() {
    // 朝阳区总工会拨专款500万元…慰问补贴: Chaoyang's, no answer for Haidian, which the round-up names
    String[] phrases = {"拨专款500万元", "海淀区区总工会", "慰问补贴"};
    Answer haidian = ask("How much money did the Haidian District union earmark for comfort subsidies to communities?", phrases);
    assertFalse(haidian.grounded(), haidian.text());
    Answer chaoyang = ask("How much money did the Chaoyang District union earmark for comfort subsidies to communities?", phrases);
    assertTrue(chaoyang.text().contains("500万元"), chaoyang.text());
  }

  @Test
  void aDivisionAskedIsAnsweredOnlyByASentenceNamingOne() {
    Answer none = ask("北京公交集团保修分公司四厂在北京哪个区？", "保修分公司四厂", "读书会");
    assertFalse(none.grounded(), none.text());
    Answer named = ask("石岳下沉的华苇景苑社区在哪个区？", "华苇景苑社区");
    assertTrue(named.text().contains("丰台区"), named.text());
    // a district's name without its kind (密云老旧小区) names it
    Answer bare = ask("城建十六公司那个老旧小区综合整治项目在哪个区？", "老旧小区综合整治项目");
    assertTrue(bare.text().contains("密云"), bare.text());
  }

  @Test
  void aDivisionNamedInAnotherBodysSentenceDoesNotAnswer() {
    // 北京顺义物业服务集团…下沉对应社区（村）names no 街道; 顺义商业集团工会…双丰街道 is another body's,
    // and the 北京 before 顺义 is part of a name
    Answer other = ask("顺义物业服务集团的人下沉到了哪个镇或街道？", "物业服务集团", "双丰街道");
    assertFalse(other.grounded(), other.text());
    // a body that is itself the division asked answers
    Answer own = ask("大兴那组配图里，有一张拍的是哪个街道的总工会工作人员到社区一线做核酸检测？", "观音寺街道总工会");
    assertTrue(own.text().contains("观音寺街道"), own.text());
  }

  @Test
  void aQuotationIsAnsweredWithTheSpeakerTheSentenceAfterItOpensWith() {
    // “…我还年轻,身体顶得住。”工会干部孙世博在支援…: the report quotes, then names him
    Answer a = ask("“我还年轻，身体扛得住”，这句话是哪个工会干部说的？", "身体顶得住", "孙世博", "香河园街道");
    assertTrue(a.text().contains("孙世博"), a.text());
  }

  @Test
  void aQuotationAskedOfAWorkerIsAnsweredWithTheSpeakerNamedAfterIt() {
    // “…共进步。”该厂青年女工王莹说。: 哪位职工 asks someone, whatever post the report gives her
    Answer a = ask("“紧张的工作生活节奏容易让职工变得心浮气躁”这句话出自读书会报道中的哪位职工？", "心浮气躁", "王莹");
    assertTrue(a.text().contains("王莹"), a.text());
  }

  @Test
  void aCountAskedSoFarIsTheFigureGivenSoFarNotThePlan() {
    // 分时分批为270多名职工进行义务理发 is the plan; 截至昨天，已为160多名职工上门服务 the count so far
    Answer a = ask("北辰集团义务理发小分队到见报前，已经给多少人理过发了？", "义务理发", "北辰");
    assertTrue(a.text().contains("160多名"), a.text());
    assertFalse(a.text().contains("270多名"), a.text());
  }

  @Test
  void aGenericRoleAsksOnlyForSomeone() {
    assertTrue(AskedPhrases.fits(Question.read("哪位干部最早请缨奔赴一线？"), "李童最早请缨奔赴一线,支援驻点核酸检测机构。"));
    assertFalse(AskedPhrases.fits(Question.read("哪位讲师讲了急救知识？"), "李童讲了急救知识。"));
  }

  @Test
  void aQuestionAboutAPictureIsAnsweredFromItsCaption() {
    // the reports around the picture name other 街道总工会 doing the same; the caption names its own
    Answer a = ask("照片里下沉社区参与核酸检测的是哪个街道总工会的工作人员？", "核酸检测", "街道总工会", "下沉社区");
    assertTrue(a.text().contains("观音寺街道总工会"), a.text());
    assertEquals("", a.citations().get(0).passage().headline());
  }

  @Test
  void aNumberTheModelRanksLowIsTakenFromTheBestArticleWhenItMeasuresTheAskedNoun() {
    Answer a = ask("常洪霞工作室拍的那部宣传片有多长？", "宣传片", "常洪霞");
    assertTrue(a.text().contains("2分钟"), a.text());
  }

  @Test
  void aFigureOfTheMeasuredNounInTheBestArticleAnswersWhatTheModelDoubts() {
    Answer a = ask("公交那个劳模带着工作室拍的防疫宣传片有多长？", "宣传片", "常洪霞");
    assertTrue(a.grounded() && a.text().contains("2分钟"), a.text());
  }

  @Test
  void aSumIsNeverComputedFromAnotherBodysFigures() {
    // 东城区总工会为全区17个街道各拨付慰问金5万元 would make 85万元 for 门头沟区's three places
    Answer a = ask("门头沟区总工会给大峪街道、东辛房街道和清水镇一共拨了多少防控专项资金？", "17个街道各拨付", "东辛房街道",
        "防控专项资金");
    assertFalse(a.text().contains("合计"), a.text());
    assertTrue(a.text().contains("30万元"), a.text());
  }

  @Test
  void aComparisonReadsAUnionNamedByItsLevelAsTheReportsOwn() {
    // 门头沟's report says 区总工会机关抽调44名下沉干部, never 门头沟 in that sentence
    Answer a = ask("门头沟和怀柔哪个抽调的干部多？", "抽调", "门头沟", "怀柔");
    assertTrue(a.text().startsWith("门头沟更多（44名["), a.text());
    assertTrue(a.text().contains("怀柔28名["), a.text());
  }

  @Test
  void whichOfTwoEventsCameFirstIsReadFromTheDayOfEach() {
    Answer a = ask("大兴区总工会慰问公安干警和去桔子酒店慰问转运组，哪个先？", "5月25日", "6月2日", "桔子酒店");
    assertTrue(a.text().startsWith("大兴区总工会慰问公安干警在先（5月25日["), a.text());
    assertTrue(a.text().contains("去桔子酒店慰问转运组6月2日["), a.text());
    Answer later = ask("大兴区总工会慰问公安干警和去桔子酒店慰问转运组，哪个更晚？", "5月25日", "6月2日", "桔子酒店");
    assertTrue(later.text().startsWith("去桔子酒店慰问转运组在后（6月2日["), later.text());
    // one event the pages date, one they do not: nothing is compared
    Answer one = ask("大兴区总工会慰问公安干警和石景山区总工会开会，哪个先？", "5月25日", "公安干警");
    assertFalse(one.text().contains("在先"), one.text());
    // 北京电控职工 are dated by their blood donation, not by a check-up the pages never report
    Answer other = ask("北辰集团开始义务理发和北京电控职工体检，哪个先？", "2月24日", "3月4日", "北京电控");
    assertFalse(other.text().contains("在先"), other.text());
  }

  @Test
  void whoTaughtIsAnsweredByTheBodyAndRoleTheReportGives() {
    Answer a = ask("建工那急救培训是谁来讲的", "急救", "培训讲师", "冯俊平");
    assertTrue(a.text().startsWith("培训中，受邀的北京市红十字会培训讲师"), a.text());
    // a name asked: the role is none
    Answer name = ask("建工那急救培训的讲师叫啥名字", "急救", "培训讲师", "冯俊平");
    assertFalse(name.text().contains("红十字会培训讲师通过"), name.text());
  }

  @Test
  void theTimeUsedIsAnsweredByASentenceTellingIt() {
    Answer a = ask("常洪霞和工作室的成员是利用什么时间做的宣传片？", "常洪霞", "宣传片", "休息时间");
    assertTrue(a.text().contains("运营间隙及下班后的休息时间"), a.text());
    // 第一时间 says how soon, no time used
    Answer soon = ask("大兴区总工会趁什么时间慰问一线人员送清凉？", "第一时间", "大兴区总工会", "慰问");
    assertFalse(soon.text().contains("第一时间为21个镇街"), soon.text());
  }

  @Test
  void aSumOfTwoPartsOfOneDistrictAddsBoth() {
    // 一百零二名工会 is no body: 平谷区总工会102名工会社工 is the district's own union
    Answer a = ask("平谷区总工会一百零二名工会社工组成的防疫志愿服务队，和区总工会组建的机关干部下沉力量，加起来一共多少人？",
        "平谷区总工会", "102名", "26人");
    assertTrue(a.text().startsWith("合计128人"), a.text());
  }

  @Test
  void aWhyQuestionAnsweredByWhatWasDoneIsLedByTheReportsBackground() {
    Answer a = ask("北京市总工会女职工委员会为什么建议疫情期间加强孕期、哺乳期女职工特别保护？", "女职工委员会", "孕期", "哺乳期");
    assertTrue(a.text().contains("易感人群"), a.text());
    assertTrue(a.text().indexOf("易感人群") < a.text().indexOf("女职工委员会建议"), a.text());
  }

  @Test
  void whatElseIsTheSentenceAfterWhatTheQuestionSetsAside() {
    Answer a = ask("天宫院街道总工会除了在检测点帮忙，还咋宣传防疫知识的？", "天宫院街道总工会", "检测点", "防疫");
    assertTrue(a.text().contains("微信群、朋友圈"), a.text());
  }

  @Test
  void aQuestionDatedByAnotherEventIsAnsweredOnlyWhenBothReportsGiveTheDay() {
    Answer a = ask("郑默杰去通州台湖镇两个村调研的同一天，北京电控有多少职工去集中采血点献血？", "郑默杰", "北京电控", "集中采血点");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().startsWith("3月4日，市总工会党组书记、副主席郑默杰"), a.text());
    assertTrue(a.text().contains("100多名职工"), a.text());
    // 石岳 went to his community on 5月7日: not the day of the blood drive
    Answer other = ask("石岳到社区报到的同一天，北京电控有多少职工去集中采血点献血？", "石岳", "北京电控", "集中采血点");
    assertFalse(other.grounded(), other.text());
  }

  @Test
  void howItWasDoneTakesTheSentenceThatGoesOnFromTheBodys() {
    // 并通过微信群、朋友圈转发疫情防控知识 has no subject: it goes on from 天宫院街道总工会…
    Answer a = ask("天宫院街道总工会是通过啥渠道把防疫知识转出去的？", "天宫院街道总工会", "防疫");
    assertTrue(a.text().contains("微信群、朋友圈"), a.text());
  }

  @Test
  void numberQuestionIsAnsweredWithTheSentenceHoldingTheNumberAndItsCitation() {
    Answer a = ask("李桥镇的工会工作者在卡口要求查验多少小时内的核酸阴性证明？", "李桥镇", "核酸阴性证明", "卡口");
    assertTrue(a.grounded(), a.text());
    assertEquals(ExtractiveComposer.NAME, a.composer());
    assertTrue(a.text().contains("24小时"), a.text());
    assertEquals(1, a.citations().size());
    assertTrue(a.text().contains(a.citations().get(0).quote()), "the cited sentence is the answer");
  }

  @Test
  void aWordTheTaggerReadsAsANameDoesNotKeepTheFigureOut() {
    // 王敏花多少钱买的: 敏花 is read as a name, which no article holds; the figure's article
    // names every body and place the question does
    Answer a = ask("怀柔元宵节那保温壶 王敏花多少钱买的", "保温水壶", "王敏", "怀柔");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("3000元"), a.text());
  }

  @Test
  void aCaptionCopiedIntoOtherPagesIsReadOnce() {
    // a caption without an end mark, copied into two other pages and run on into their next
    // sentence: its three copies must not fill the places whose kind is checked ahead of the
    // sentence that names the place
    String caption = "大兴区总工会党组成员、副主席施剑下沉到集中隔离点担任团组长统筹防疫工作";
    Passage own = Passages.hits(1, caption).get(0).passage();
    Passage told = Passages.hits(1, "兴安健康公寓集中隔离点").get(0).passage();
    List<Hit> hits = inOrder(List.of(copied(caption, 1), own, copied(caption, 2), told));
    Answer a = COMPOSER.compose("大兴区总工会副主席施剑下沉到了哪个集中隔离点？", hits);
    assertWellFormed(a);
    assertTrue(a.text().contains("兴安健康公寓"), a.text());
    assertFalse(a.text().contains("送温暖"), "the copy kept is the caption alone: " + a.text());
  }

  /** Hits of {@code ranked}, the first ranked first, with scores falling as the retriever's do. */
  private static List<Hit> inOrder(List<Passage> ranked) {
    List<Hit> hits = new java.util.ArrayList<>();
    for (Passage p : ranked) {
      hits.add(new Hit(p, 1.0 / (hits.size() + 1), hits.size() + 1));
    }
    return hits;
  }

  /** A page of another day that reprints {@code caption} run on into a sentence of its own. */
  private static Passage copied(String caption, int day) {
    String text = caption + "春节前夕，区总工会到" + day + "个班组送温暖，看望坚守岗位的职工。";
    return new Passage("reprint-" + day + "#1.1", "reprint-" + day + ".txt", 1, "职工风采", "", text, 0, text.length());
  }

  /** The same passages in traditional characters, headline and byline too. */
  private static Passage traditional(Passage p) {
    return new Passage(p.id(), p.page(), p.article(), HanLP.convertToTraditionalChinese(p.headline()),
        HanLP.convertToTraditionalChinese(p.byline()), HanLP.convertToTraditionalChinese(p.text()),
        p.start(), p.end());
  }

  @Test
  void aTraditionalScriptPageAnswersQuestionsInEitherScript() {
    ExtractiveComposer composer = new ExtractiveComposer(Embedder::shared,
        p -> Passages.article(p).stream().map(ExtractiveComposerTest::traditional).toList(),
        p -> Optional.empty());
    List<Hit> hits = Passages.hits(6, "李桥镇", "核酸阴性证明", "卡口").stream()
        .map(h -> new Hit(traditional(h.passage()), h.score(), h.rank())).toList();
    for (String q : List.of("李桥镇的工会工作者在卡口要求查验多少小时内的核酸阴性证明？",
        "李橋鎮的工會工作者在卡口要求查驗多少小時內的核酸陰性證明？")) {
      Answer a = composer.compose(q, hits);
      assertWellFormed(a);
      assertTrue(a.grounded(), a.text());
      assertTrue(a.text().contains("24小時"), "quoted in the page's own script: " + a.text());
    }
  }

  @Test
  void whoseLecturerIsAnsweredByTheBodyBeforeTheRoleNotByTheLecturersThemselves() {
    // 培训讲师团队 is tagged a body; the sentence naming 北京市红十字会 ranks below the three best
    Answer a = ask("建工集团工会这次应急救护培训，请来的讲师是哪个单位的？", "应急救护", "讲师", "培训");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("北京市红十字会"), a.text());
  }

  @Test
  void aLecturerAskedInTraditionalScriptWithShenmeIsAskedForByName() {
    Answer a = ask("建工集團請來講心肺復蘇的那位紅十字會培訓講師叫甚麼名字？", "红十字会培训讲师", "心肺复苏", "应急救护");
    assertFalse(a.grounded(), a.text());
  }

  @Test
  void theDayAPieceMarksItselfWithIsItsDateLine() {
    Answer a = ask("石岳那篇《我的抗疫日记》标注的是哪一天？", "我的抗疫日记", "石岳");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().startsWith("5月14日"), a.text());
    // the day it was written is the day it marks itself with, not the day it tells of (5月7日)
    Answer written = ask("石岳的抗疫日记是哪天写的", "我的抗疫日记", "石岳");
    assertTrue(written.text().startsWith("5月14日"), written.text());
    // the date line the question gives does not answer what else it asks
    Answer hour = ask("石岳的《我的抗疫日记》，落款5月14日，里面说他每天几点之前到岗？", "我的抗疫日记", "到岗");
    assertTrue(hour.text().contains("6点前"), hour.text());
  }

  @Test
  void placeQuestionFindsTheNamedCommunity() {
    Answer a = ask("清源街道总工会的工作人员下沉到了哪个社区？", "清源街道", "下沉", "社区");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("枣园尚城社区"), a.text());
  }

  @Test
  void personQuestionNeedsANameWithTheAskedRole() {
    Answer a = ask("“大爷您好，请出示一下证件。”是哪位防疫志愿者说的？", "大爷您好", "志愿者");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("毛彩兰"), a.text());
    assertFalse(a.text().replace("毛彩兰", "").matches("(?s).*毛彩兰.*"));
  }

  @Test
  void listQuestionKeepsTheWholeEnumeratingSentence() {
    Answer a = ask("职工大学的职工匠师主题讲座重在弘扬哪几种精神？", "职工匠师", "弘扬", "精神");
    assertTrue(a.grounded(), a.text());
    for (String item : List.of("劳模精神", "劳动精神", "工匠精神")) {
      assertTrue(a.text().contains(item), a.text());
    }
  }

  @Test
  void sharesOfAWholeTheQuestionRestatesBelowTheBestSentenceAreRefused() {
    // 各镇街…已筹集资金12万元 gives the whole asked of and no share; 30万元 above it is another sum
    Answer a = ask("门头沟各镇街、园区总工会筹集的那12万元，各单位分别出资多少？", "门头沟", "12万元", "30万元", "筹集");
    assertFalse(a.grounded(), a.text());
    // the share of the other sum, which the best sentence gives, as before
    Answer b = ask("门头沟那30万里头清水镇分了多少", "门头沟", "12万元", "30万元", "清水镇");
    assertFalse(b.grounded(), b.text());
  }

  @Test
  void nearMissWithoutTheAskedPersonIsRefused() {
    Answer a = ask("建工集团急救培训的讲师叫什么名字？", "建工集团", "培训", "讲师", "急救");
    assertFalse(a.grounded(), a.text());
    assertTrue(a.text().startsWith("资料中没有找到"), a.text());
    assertTrue(a.text().contains("建工集团急救培训的讲师叫什么名字"), "says what was asked");
  }

  @Test
  void aSentenceNamingAnotherBodyDoesNotTakeTheAskedBodyFromTheSentenceBeforeIt() {
    // 长子营镇总工会…150名一线工作人员 follows 黄村镇总工会对…一线防疫人员进行走访慰问, which counts none
    Answer a = ask("黄村镇总工会这次一共慰问了多少名一线人员？", "黄村镇", "一线防疫人员", "数据组");
    assertFalse(a.grounded(), a.text());
  }

  @Test
  void whatExactlyIsAnsweredOnlyByTheThingsThemselves() {
    assertFalse(ask("黄村镇总工会送去的慰问品具体是什么？", "黄村镇", "慰问品").grounded());
    Answer named = ask("庞各庄镇总工会送去的慰问品具体是什么？", "庞各庄镇", "慰问品");
    assertTrue(named.text().contains("西瓜"), named.text());
  }

  @Test
  void aYearBeforeTheReportsOwnIsNotAnsweredByThisYearsFigure() {
    assertFalse(ask("北京建工集团去年在工地上搞了几场心肺复苏培训？", "建工集团", "心肺复苏", "项目工地").grounded());
    assertTrue(ask("北京建工集团今年在工地上搞了几场心肺复苏培训？", "建工集团", "心肺复苏", "项目工地").text().contains("10场"));
  }

  @Test
  void aSpokenQuestionIsReadAsItsPlainForm() {
    Answer a = ask("怀柔那保温水壶算下来一个多少钱", "保温水壶", "怀柔");
    assertTrue(a.text().contains("100元"), a.text());
  }

  @Test
  void personWhoseNameTheTaggerSplitsIsFound() {
    Answer a = ask("60个医用口罩是谁从怀柔城区送来的？", "医用口罩", "怀柔城区");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("彭春辉"), a.text());
  }

  @Test
  void howLongWantsANumberWithAUnit() {
    Answer a = ask("毛彩兰在北小区卡口值守了多久？", "毛彩兰", "北小区", "卡口");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("6个小时"), a.text());
  }

  /**
   * The refusal model's probability that {@code question} is answered by the passages holding
   * {@code phrases}.
   */
  private static double answered(String question, String... phrases) {
    return COMPOSER.candidates(question, Passages.hits(6, phrases), sentence -> true).answered();
  }

  /**
   * Near misses (the article is there, the thing asked is not) against a question the same
   * passages do answer: the near miss is always the less likely to be answered. Whether it is
   * refused outright depends on the threshold, chosen to keep false refusals at 3 %.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      北京电控职工这次献血一共献了多少毫升？ | 北京电控系统有多少名职工参加了这次献血？ | 北京电控,献血,采血
      顺义商业集团工会下沉支援的干部职工中有多少名党员？ | 顺义商业集团工会选派了多少名干部职工下沉支援？ | 顺义商业集团,双丰街道,干部职工
      长子营镇总工会送给数据组的慰问物资是从哪家超市采购的？ | 长子营镇总工会给数据组多少名一线工作人员送上慰问物资？ | 长子营镇,慰问物资,数据组
      长子营镇总工会是哪一天给数据组的工作人员送去慰问物资的？ | 长子营镇总工会给数据组多少名一线工作人员送上慰问物资？ | 长子营镇,慰问物资,数据组
      """)
  void aNearMissIsLessLikelyAnsweredThanItsAnswerableTwin(String nearMiss, String twin, String phrases) {
    String[] p = phrases.split(",");
    assertTrue(answered(nearMiss, p) < answered(twin, p), nearMiss + " vs " + twin);
    assertTrue(ask(twin, p).grounded(), twin);
  }

  @Test
  void traditionalCharactersAreAnsweredLikeSimplified() {
    Answer a = ask("清源街道總工會的工作人員下沉到了哪個社區？", "清源街道", "下沉", "社区");
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains("枣园尚城社区"), a.text());
  }

  @Test
  void englishQuestionGetsChineseSentencesUnderAnEnglishLeadOrAnEnglishRefusal() {
    Answer a = ask("Which community did the Qingyuan Subdistrict trade union staff go to?", "清源街道", "下沉", "社区");
    if (a.grounded()) {
      assertTrue(a.text().startsWith(Replies.EN_LEAD), a.text());
    } else {
      assertTrue(a.text().startsWith("I couldn't find that in the archive."), a.text());
    }
  }

  @Test
  void noHitsOrBlankQuestionIsARefusalNotAnError() {
    Answer none = COMPOSER.compose("清源街道总工会下沉到了哪个社区？", List.of());
    assertFalse(none.grounded());
    assertTrue(none.text().startsWith("资料中没有找到"));
    List<Hit> hits = Passages.hits(3, "社区");
    for (String blank : new String[] {null, "", "   ", "？？", "\u0000\u0007"}) {
      Answer a = COMPOSER.compose(blank, hits);
      assertFalse(a.grounded());
      assertWellFormed(a);
    }
  }

  @Test
  void hostileInputNeverThrows() {
    List<Hit> hits = Passages.hits(6, "社区", "工会");
    String[] inputs = {
      "哪个社区？".repeat(20_000),
      "<b>谁</b><script>alert(1)</script>说的“",
      "\uD83D\uDE00\uD83D\uDE00 多少？ \uD800",
      "[1][2]【3】 第几批？",
      "“" + "被隔离".repeat(500),
      "ﾃｽﾄ　１２３　ＡＢＣ？"
    };
    for (String q : inputs) {
      assertWellFormed(COMPOSER.compose(q, hits));
      assertWellFormed(COMPOSER.compose(q, (List<Hit>) null));
    }
  }
}
