package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectCarrierTest {

  private final SubjectCarrier carrier = new SubjectCarrier();

  private static List<Condenser.Turn> after(String question) {
    return after(question, "……");
  }

  private static List<Condenser.Turn> after(String question, String answer) {
    return List.of(new Condenser.Turn(question, answer));
  }

  private String standalone(List<Condenser.Turn> history, String question) {
    return carrier.standalone(history, question).question();
  }

  /**
   * A question that leans on the previous answer goes on from it, so its articles are searched
   * first; one that names its own subject, or turns to another, does not.
   */
  @ParameterizedTest
  @CsvSource({
      "大兴区总工会副主席施剑下沉到了哪个集中隔离点？, 他在那里担任什么职务？, true",
      "北京电控系统的职工在哪里献血？, 有多少人参加？, true",
      "顺义区总工会派了几名干部？, 那朝阳区呢？, false",
      "顺义区总工会派了几名干部？, 朝阳区总工会派了几名干部？, false",
      // 已经理了 is 已经 理了 (a haircut), no 经理 (a manager) of its own
      "北辰集团的义务理发是从哪天开始的？, 到见报时已经理了多少？, true",
      // only a question word and a noun: asked of what was just answered
      "东坝集团献血的领队是谁？, 什么荣誉称号？, true",
      "东坝集团献血的领队是谁？, 西坝集团得了什么荣誉？, false",
      "西坝区总工会副主席下沉到了哪个隔离点？, 谁写的日记？, false",
      "西坝区总工会副主席下沉到了哪个隔离点？, 工会会费怎么交？, false",
      "西坝元宵节发的保温壶谁掏钱买的, 口罩又是谁送来的, false",
  })
  void aQuestionGoesOnFromThePreviousAnswerOnlyWhenItLeansOnIt(String previous, String question,
      boolean continues) {
    assertEquals(continues, carrier.standalone(after(previous), question).continues(), question);
  }

  @Test
  void theyAreTheGroupThePreviousQuestionCounted() {
    Condenser.Standalone s = carrier.standalone(after("西坝区总工会机关抽了多少下沉干部？"), "他们去的是哪个社区？");
    assertTrue(s.continues(), s.toString());
    assertTrue(s.question().contains("下沉干部") && s.question().contains("西坝区总工会"), s.toString());
  }

  @Test
  void anEnglishWordInLowerCaseIsNoSubjectOfTheQuestionsOwn() {
    List<Condenser.Turn> history = after("西坝区总工会发动了多少支志愿服务队？");
    assertTrue(carrier.standalone(history, "这些队伍加起来有多少名职工 volunteer？").continues());
    // a name is capitalised: the question turns to it
    assertFalse(carrier.standalone(history, "这些队伍跟 NTUC 比有多少名职工？").continues());
  }

  @Test
  void anEnglishWordOfThePreviousQuestionIsNotCarried() {
    // no report writes it, and the carried question left the sentence it asks after without its topic
    Condenser.Standalone s = carrier.standalone(after("西坝区委老干部局组建的 support team 一共有多少人？"), "分成了几支？");
    assertTrue(s.continues(), s.toString());
    assertFalse(s.question().contains("support") || s.question().contains("team"), s.toString());
    assertTrue(s.question().contains("老干部局"), s.toString());
  }

  @Test
  void theyAreThePeopleSentWhereThePreviousQuestionSaid() {
    // a count of 人次 names no group: they are the ones sent to the 社区 the question named
    Condenser.Standalone s = carrier.standalone(after("西坝区 社区卡口那边又派了多少人次？"), "他们是下沉到哪个街道的？");
    assertTrue(s.continues(), s.toString());
    assertTrue(s.question().contains("社区") && s.question().contains("西坝区"), s.toString());
  }

  /**
   * A follow-up opening with 那 and naming a body of its own asks about that body, not about the
   * person the turn before asked of: the recogniser glues 那 to a place it knows (那大兴区总工会/nt).
   */
  @Test
  void aBodyNamedAfterAnOpening那IsTheQuestionsOwn() {
    List<Condenser.Turn> history = List.of(
        new Condenser.Turn("大兴区总工会副主席施剑下沉到了哪个集中隔离点？", "施剑迅速下沉到兴安健康公寓集中隔离点。[1]"),
        new Condenser.Turn("施剑 他是什么出身？", "作为一名军转干部，施剑始终用军人的标准严格要求自己。[1]"));
    Condenser.Standalone s = carrier.standalone(history, "那大兴区总工会一共选派了多少名机关干部下沉呢？");
    assertFalse(s.continues(), s.question());
    assertFalse(s.question().contains("施剑"), s.question());
  }

  @Test
  void theyKeepTheConversationsSubjectWhenTheCountBeforeNamedNone() {
    List<Condenser.Turn> history = List.of(
        new Condenser.Turn("西坝区总工会机关抽了多少下沉干部？", "区总工会机关抽调44名下沉干部到所联系的社区。[1]"),
        new Condenser.Turn("社区卡口那边又派了多少人次？", "西坝区总工会选派党员干部70余人次参与社区卡口值守。[1]"));
    String s = standalone(history, "他们是下沉到哪个街道的？");
    assertTrue(s.contains("西坝区总工会") && s.contains("社区"), s);
  }

  @Test
  void theyAreTheGroupThePreviousQuestionNamedWithItsNumber() {
    // 都干/nr is no name: the question asks what they did, of no one new
    Condenser.Standalone s = carrier.standalone(after("西坝总工会那44个下沉干部去的哪个社区"), "他们去了都干啥");
    assertTrue(s.continues(), s.toString());
    assertTrue(s.question().contains("44个下沉干部") && s.question().contains("西坝总工会"), s.toString());
  }

  /**
   * A spoken follow-up that opens with its verb after 都 or 钱 (都去了哪些地方, 钱用在哪了) names no
   * one: the recogniser's 都去/nr, 都送/nr, 钱用/nr are no names and no topic of its own.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      西坝区总工会投了多少专项资金？         | 钱用在哪了     | 西坝区总工会
      西坝区总工会多少人参与防疫？           | 都去了哪些地方 | 西坝区总工会
      西坝区总工会一共送了多少件防暑物资？   | 都送的啥东西？ | 西坝区总工会
      """)
  void aVerbGluedToTheWordBeforeItIsNoSubjectOfItsOwn(String previous, String question, String carried) {
    Condenser.Standalone s = carrier.standalone(after(previous), question);
    assertTrue(s.continues(), s.toString());
    assertTrue(s.question().contains(carried), s.toString());
  }

  @Test
  void whoWroteItIsAskedOfTheReportJustCited() {
    // 记者 stands for who is asked, as 地方 and 东西 do: no topic of the question's own
    Condenser.Standalone s = carrier.standalone(after("西坝街道联合工会开沟通会发了哪些宣传材料"), "哪个记者写的");
    assertTrue(s.continues(), s.toString());
    assertTrue(s.question().contains("西坝"), s.toString());
  }

  @Test
  void theFirstQuestionGoesOnFromNothing() {
    assertFalse(carrier.standalone(List.of(), "他们具体做了哪些工作？").continues());
  }

  @Test
  void firstQuestionIsLeftAlone() {
    assertEquals("他们具体做了哪些工作？", standalone(List.of(), "他们具体做了哪些工作？"));
  }

  @Test
  void anEnglishFollowUpIsReadAfterTheQuestionBeforeIt() {
    String before = "How many staff did the Shunyi Commercial Group union send to Shuangfeng Subdistrict?";
    Condenser.Standalone s = carrier.standalone(after(before), "And how many communities were they covering there?");
    assertTrue(s.continues(), s.question());
    assertEquals(before + " And how many communities were they covering there?", s.question());
    // a question naming its own subject stands alone
    assertFalse(carrier.standalone(after(before), "And how many did the Chaoyang union send?").continues());
    // one that points back at nothing stands alone
    assertFalse(carrier.standalone(after(before), "How many workers donated blood?").continues());
  }

  @Test
  void anEnglishFollowUpMayPointBackByANameOrAThingTheQuestionBeforeItGave() {
    String shi = "Where was Daxing union vice-chair Shi Jian deployed?";
    // Shi is the person just asked about, not a name of the follow-up's own
    assertTrue(carrier.standalone(after(shi), "And what post did Shi take on there?").continues());
    String flasks = "Who paid for the thermos flasks given to the Huairou union's staff?";
    assertTrue(carrier.standalone(after(flasks), "How much did the flasks cost?").continues());
    assertTrue(carrier.standalone(after("How much did the Chaoyang union set aside?"), "How was that split?").continues());
    // the thing named is not the one before
    assertFalse(carrier.standalone(after(flasks), "How much did the masks cost?").continues());
    // a clause's that points back at nothing
    assertFalse(carrier.standalone(after(flasks), "Which union said that workers donated blood?").continues());
  }

  @Test
  void pronounFollowUpCarriesThePreviousSubject() {
    String s = standalone(after("门头沟区总工会组织了哪些志愿服务？"), "他们具体做了哪些工作？");
    assertTrue(s.contains("门头沟"), s);
    assertTrue(s.endsWith("他们具体做了哪些工作？"), s);
  }

  @Test
  void aCantoneseFollowUpPointsBackWith佢() {
    String s = standalone(after("牛玉俊6月2號去咗邊度？"), "同佢一齊去嘅仲有邊個？");
    assertTrue(s.contains("牛玉俊"), s);
  }

  @Test
  void thisPieceOfAKindNoCitedReportIsIsAnotherReport() {
    List<Condenser.Turn> daxing = List.of(new Condenser.Turn("牛玉俊5月25号跟6月2号两趟慰问，隔了几天？",
        "5月25日，区总工会党组书记、常务副主席牛玉俊…走访慰问防控一线公安干警。[1]", List.of("“工”同战疫 “会”聚力量")));
    assertFalse(carrier.standalone(daxing, "这篇抗疫日记是谁写的？").continues());
    assertEquals("这篇抗疫日记是谁写的？", standalone(daxing, "这篇抗疫日记是谁写的？"));
    // the report just cited is the diary: the question goes on from it
    List<Condenser.Turn> diary = List.of(new Condenser.Turn("石岳哪天到社区报到的？",
        "5月7日,我作为市总工会机关系统下沉社区人员,到居住地所在的丰台区华苇景苑社区参与新冠疫情防控工作。[1]",
        List.of("我的抗疫日记")));
    assertTrue(carrier.standalone(diary, "截至写这篇日记时，他一共协助完成了多少人次的核酸检测？").continues());
    // any report is a 报道: it points back to the last one
    assertTrue(carrier.standalone(daxing, "这篇报道是谁写的？").continues());
  }

  @Test
  void thisPersonIsTheOneASignatureNames() {
    // a signature sets the name off from the post by a space
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("写抗疫日记那个下沉社区的服务工会主席叫啥名字？",
        "北京市服务工会主席 石岳[1]"));
    String s = standalone(turns, "那这人一个钟头能给多少人做核酸？");
    assertTrue(s.startsWith("石岳 "), s);
  }

  @Test
  void sheIsThePersonThePreviousAnswerNamed() {
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("给快递小哥上云课的那位职工匠师叫什么名字？",
        "以“职工匠师‘三个精神’宣讲与快递小哥同行”为主题[1]活动特邀北京市劳动模范、职工匠师何少花授课。[1]"));
    String s = standalone(turns, "她那堂课定的题目是什么？");
    assertTrue(s.contains("何少花"), s);
    String spoken = standalone(turns, "她那堂课讲的题目叫啥？");
    assertTrue(spoken.contains("何少花"), spoken);
    assertFalse(s.contains("宣讲"), s);
    String thisOne = standalone(turns, "这个人讲了多久？");
    assertTrue(thisOne.contains("何少花"), thisOne);
    String they = standalone(turns, "他们听了多久？");
    assertFalse(they.contains("何少花"), they);
  }

  /**
   * 这位匠师/nz: 位 counts people, and the dictionary's proper noun after a pointing word (这位匠师,
   * 那里的值守/nz人员) is what it points at, not a subject the question names.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      职工大学联合街道工委办的云端共建活动，特邀哪位职工匠师授课？ | 活动特邀北京市劳动模范、市总工会示范性工匠学院职工匠师何少花授课。[1] | 这位匠师本人还拥有什么荣誉称号？ | 何少花
      怀柔区总工会的防控人员是在北房镇哪个小区值守时收到礼物的？ | 当天，坚守在怀柔区北房镇御华园小区值守的区总工会疫情防控人员，同往常一样早早的来到岗位。[1] | 那里的值守人员每人都收到了哪些东西？ | 北房镇
      """)
  void whatAPointingWordPointsAtIsCarried(String previous, String answer, String question, String carried) {
    Condenser.Standalone s = carrier.standalone(List.of(new Condenser.Turn(previous, answer)), question);
    assertTrue(s.continues(), s.toString());
    assertTrue(s.question().contains(carried), s.toString());
  }

  @Test
  void aPersonTheQuestionNamesIsItsOwnSubjectAfterThatOne() {
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("特邀哪位职工匠师授课？",
        "活动特邀北京市劳动模范、市总工会示范性工匠学院职工匠师何少花授课。[1]"));
    assertFalse(standalone(turns, "那位援鄂护士王敏是哪天出发的？").contains("何少花"));
    // 这位置 is a place, and a proper noun the turn before never said is a new topic
    assertFalse(standalone(turns, "这位置具体在哪儿？").contains("何少花"));
    assertFalse(carrier.standalone(turns, "这个支付宝小程序怎么用？").continues());
  }

  @Test
  void aVerbalNounUsedAsTheVerbIsNoNewTopic() {
    // 服务/vn 了: the question's verb, so 一共服务了多少职工 has no topic of its own
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("北辰集团义务理发从哪天开始？",
        "北辰集团工会、女工委从2月24日开始，分时分批为16家单位的270多名职工进行义务理发。[1]"));
    Condenser.Standalone s = carrier.standalone(turns, "一共服务了多少职工？");
    assertTrue(s.continues(), s.toString());
    assertTrue(s.question().contains("北辰集团"), s.toString());
    // a verbal noun used as a noun is a topic: 服务 is not in the turn before
    assertFalse(carrier.standalone(turns, "工会提供了哪些服务？").continues());
  }

  @Test
  void aFollowUpIsAboutThePlaceThePreviousAnswerGave() {
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("西城区总工会对口支援的是哪个街道？",
        "对口支援广安门街道的20名干部立即下沉，协助核酸检测。[1]"));
    String s = standalone(turns, "当时派下去了多少人？");
    assertTrue(s.contains("广安门街道"), s);
    assertTrue(s.endsWith("当时派下去了多少人？"), s);
  }

  @Test
  void aVerbGluedToASurnameIsNoOneNamedSoThisPersonIsTheOneAnswered() {
    // 钱买/nr: the recogniser's surname 钱 and the verb after it
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("卡口收到的那些暖宝宝是谁自己掏钱买的？",
        "这些暖宝宝是志愿者张丽华个人出资500元购买的。[1]"));
    String s = standalone(turns, "这人花了多少钱买的？");
    assertTrue(s.contains("张丽华"), s);
  }

  @Test
  void aWordEndingIn长IsNoOneNamedSoShePointsAtThePersonAnswered() {
    // 时长/nr: the recogniser's surname 时 and 长; she is the one the answer names
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("她们工作室制作的疫情防控宣传片，时长是多少？",
        "劳模李秀英带领工作室的成员制作了这部时长2分钟的宣传片。[1]"));
    String s = standalone(turns, "她本人获得过何种全国性荣誉？");
    assertTrue(s.contains("李秀英") && !s.contains("时长"), s);
  }

  @Test
  void spokenReferencesBackCarryTheSubject() {
    List<Condenser.Turn> talk = List.of(new Condenser.Turn("在网上给快递小哥讲课的那位劳模叫啥名？",
        "活动特邀北京市劳动模范、市总工会示范性工匠学院职工匠师何少花授课。[1]"));
    String they = standalone(talk, "人家那回讲的题目叫个啥？");
    assertTrue(they.contains("何少花"), they);
    String sum = standalone(after("门头沟区总工会给一线防疫的人拨了多少专项资金？"), "这笔钱都拨到哪几个街道乡镇了？");
    assertTrue(sum.contains("门头沟区总工会"), sum);
    // 这俩村 is two villages pointed back at, not a village named 俩村
    String two = standalone(after("郑默杰去通州台湖镇，看的是哪两个村？"), "那给这俩村每村捐了多少个口罩？");
    assertTrue(two.contains("郑默杰"), two);
    // households are no person
    String households = standalone(talk, "怀柔区总工会一共走访了多少户人家？");
    assertEquals("怀柔区总工会一共走访了多少户人家？", households);
  }

  @Test
  void heIsThePersonThePreviousQuestionNamedAndOnlyThePerson() {
    // the answer's 时长 reads as a name; 她 is 常洪霞, whom the question named
    List<Condenser.Turn> film = List.of(new Condenser.Turn("常洪霞带着工作室做的那部公交防疫宣传片有多长？",
        "目前，这部时长2分钟的宣传片制作完成。[1]"));
    assertEquals("常洪霞 她本人得过什么奖章？", standalone(film, "她本人得过什么奖章？"));
    // a question about him is not about the place the last one asked he went to
    List<Condenser.Turn> went = List.of(new Condenser.Turn("大兴区总工会副主席施剑下到哪儿的隔离点去了？",
        "施剑闻令而动，迅速下沉到榆垓镇兴安健康公寓集中隔离点。[1]"));
    assertEquals("施剑 他以前是干啥出身的？", standalone(went, "他以前是干啥出身的？"));
  }

  @Test
  void someoneDescribedByWhatTheyDidIsThePersonAskedAbout() {
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("何少花给快递小哥讲课的题目叫什么？",
        "邀请职工匠师何少花以《平凡一样闪光看到最美自己》为主题开展宣讲。[1]"));
    String s = standalone(turns, "讲课的人是哪个单位的？");
    assertTrue(s.contains("何少花"), s);
    assertTrue(s.endsWith("讲课的人是哪个单位的？"), s);
  }

  @Test
  void heIsThePersonAnsweredEvenWhenTheQuestionNamesABody() {
    // the recogniser tags 他代表市总工会 as one organisation
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("3月4日到口子村调研防疫工作的市总工会领导是谁？",
        "3月4日，市总工会党组书记、副主席郑默杰到市总工会下沉参与防控的通州区台湖镇口子村、胡家堡村调研。[1]"));
    String s = standalone(turns, "他代表市总工会给每个村捐了多少只PVC手套？");
    assertTrue(s.startsWith("郑默杰"), s);
    assertTrue(s.endsWith("他代表市总工会给每个村捐了多少只PVC手套？"), s);
    // the person the previous question named, when its answer names no other (长时间/nz is no subject)
    List<Condenser.Turn> asked = List.of(new Condenser.Turn("防疫志愿者毛彩兰是在哪个卡口值守的？",
        "早上7点钟，平谷区总工会防疫志愿者毛彩兰准时站在北小区卡口。[1]"));
    assertTrue(standalone(asked, "她那天一共守了多长时间？").startsWith("毛彩兰"));
    String named = standalone(turns, "王敏代表市总工会捐了多少只手套？");
    assertEquals("王敏代表市总工会捐了多少只手套？", named);
  }

  @Test
  void heIsTheFirstPersonThePreviousQuestionNamed() {
    // 单道 (one lane) is tagged as a person's name; 他 is 石岳
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("石岳在核酸检测点帮忙，单道每小时大概能检测多少人？",
        "单道每小时检测量约160人。[1]"));
    assertEquals("石岳 他每天几点前到岗？", standalone(turns, "他每天几点前到岗？"));
  }

  @Test
  void heIsThePersonThePreviousQuestionNamedAndNotWhatWasAskedOfHim() {
    // the recogniser reads 施剑闻令而动 as the name 施剑闻
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("大兴区总工会副主席施剑下沉到了哪个集中隔离点？",
        "区总工会党组成员、副主席施剑闻令而动，迅速下沉到榆垓镇兴安健康公寓集中隔离点。[1]"));
    String s = standalone(turns, "他之前是什么出身？");
    assertTrue(s.contains("施剑 "), s);
    assertFalse(s.contains("施剑闻"), s);
    assertFalse(s.contains("隔离"), s);
  }

  @Test
  void thisPersonIsWhoThePreviousAnswerNamedNotAMisreadName() {
    // the recogniser reads 钱买 in 谁个人出钱买的 as a person's name
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("那些保温水壶是谁个人出钱买的？",
        "这30个保温水壶是民进北京怀柔工委副主委王敏个人出资3000元购买的。[1]"));
    String s = standalone(turns, "这个人一共花了多少钱？");
    assertTrue(s.contains("王敏"), s);
    assertFalse(s.contains("钱买"), s);
    // addressed as one: 这位同志
    String addressed = standalone(turns, "这位同志一共出了多少钱？");
    assertTrue(addressed.contains("王敏"), addressed);
  }

  @Test
  void aNameTheAnswerNeverWroteIsNotCarried() {
    // 王敏花多少钱 is tagged 王/nr 敏花/nr; the answer writes 王敏
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("怀柔元宵节那保温壶 王敏花多少钱买的",
        "这30个保温水壶是民进北京怀柔工委副主委王敏个人出资3000元购买的。[1]", List.of("怀柔工会疫情防控员收到爱心礼")));
    String s = standalone(turns, "一共买了几个");
    assertTrue(s.contains("王敏") && !s.startsWith("敏花"), s);
    // 那人 is the person answered
    List<Condenser.Turn> who = List.of(new Condenser.Turn("送的保温水壶，是谁自己掏钱买的？",
        "这30个保温水壶是民进北京怀柔工委副主委王敏个人出资3000元购买的。[1]", List.of("怀柔工会疫情防控员收到爱心礼")));
    String that = standalone(who, "那人花了多少钱？");
    assertTrue(that.contains("王敏"), that);
    // a name the answer only leaves out is still the subject (石岳's diary says 我)
    List<Condenser.Turn> diary = List.of(new Condenser.Turn("石岳在哪个社区参与疫情防控？",
        "5月7日,我作为市总工会机关系统下沉社区人员,到居住地所在的丰台区华苇景苑社区参与新冠疫情防控工作。[1]",
        List.of("我的抗疫日记")));
    String on = standalone(diary, "那个社区一共有几个核酸检测点？");
    assertTrue(on.contains("石岳"), on);
  }

  @Test
  void aUnionNamedByItsLevelIsTheOneOfThatLevelNamedBefore() {
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("门头沟区总工会机关抽了多少下沉干部到大峪花园社区？", "……"),
        new Condenser.Turn("门头沟区总工会 他们去那儿都干些啥？", "……"));
    assertEquals("门头沟区总工会还拨了多少钱下去？", standalone(turns, "区总工会还拨了多少钱下去？"));
    // 市总工会 is a name of its own
    assertEquals("市总工会还拨了多少钱？", standalone(turns, "市总工会还拨了多少钱？"));
  }

  @Test
  void aOneCharacterThingPointedAtIsTheOneThePreviousQuestionAskedOf() {
    String s = standalone(after("门头沟区总工会还拨了多少钱下去？"), "这钱给了哪几个地方？");
    assertEquals("门头沟区总工会还拨了多少钱下去，这钱给了哪几个地方？", s);
  }

  @Test
  void aBodyTurnedToTakesThePlaceOfTheOneBefore() {
    String s = standalone(after("顺义商业集团 双丰街道 一共守了几个社区？"), "那顺义物业服务集团呢，去了多少人？");
    assertFalse(s.contains("顺义商业集团"), s);
    assertTrue(s.contains("社区"), s);
    // a question of its own after the body turned to takes nothing of the one before
    assertEquals("那门头沟区总工会呢，举办了什么活动？",
        standalone(after("西城区总工会面向多少会员职工发出倡议？"), "那门头沟区总工会呢，举办了什么活动？"));
    // people turned to are no subject: the body asked of before stays (基层专职社工呢 下去多少个)
    String people = standalone(after("门头沟工会机关抽了44个人去哪个社区"), "基层专职社工呢 下去多少个");
    assertTrue(people.contains("门头沟"), people);
  }

  @Test
  void aGroupTurnedToTakesThePlaceOfTheGroupCounted() {
    // 社工/nz is tagged as 大峪/nz is: the group counted is what it replaces, not the community
    String s = standalone(after("门头沟区总工会机关派了多少名下沉干部去大峪花园社区？"), "那基层的工会专职社工呢？");
    assertEquals("门头沟区总工会机关派了多少名基层的工会专职社工去大峪花园社区？", s);
    // a body or place turned to still takes the place of the one before
    String body = standalone(after("东城区总工会派了多少名干部？"), "那朝阳区呢？");
    assertTrue(body.contains("朝阳区") && !body.contains("东城区"), body);
  }

  @Test
  void thereIsThePlaceThePreviousAnswerGave() {
    String answer = "区总工会党组成员、副主席施剑闻令而动，迅速下沉到榆垓镇兴安健康公寓集中隔离点，担任二组组长。";
    String where = carrier.standalone(List.of(new Condenser.Turn("施剑下沉到哪儿去了", answer)), "他在那儿干啥的").question();
    assertTrue(where.contains("榆垓镇兴安健康公寓集中隔离点") && where.contains("施剑"), where);
    String kind = carrier.standalone(List.of(new Condenser.Turn("施剑下去的是哪个隔离点", answer)), "他在那儿干啥的").question();
    assertTrue(kind.contains("榆垓镇兴安健康公寓集中隔离点"), kind);
    // a question about him that points at no place takes no place
    String him = carrier.standalone(List.of(new Condenser.Turn("施剑下沉到哪儿去了", answer)), "他以前是干什么出身的").question();
    assertFalse(him.contains("隔离点"), him);
  }

  @Test
  void aQuestionWithNoTopicOfItsOwnTakesThePreviousTopicWithItsSubject() {
    String s = standalone(after("大兴区总工会为慰问医护人员和一线职工一共筹措了多少资金？"), "一共慰问了多少人？");
    assertTrue(s.contains("大兴区"), s);
    assertTrue(s.contains("医护"), s);
    assertFalse(s.contains("多少资金"), s);
  }

  @Test
  void timeAnaphorCarriesTheOrganisation() {
    String s = standalone(after("北京电控系统的职工在哪里献血？"), "当天一共有多少名职工去献血？");
    assertTrue(s.contains("电控"), s);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      顺义区总工会派了几名干部下沉一线？                     | 那朝阳区呢？       | 朝阳区总工会派了几名干部下沉一线？
      旧宫镇总工会送了多少件慰问品？                         | 那青云店镇呢？     | 青云店镇总工会送了多少件慰问品？
      西城区总工会发出了哪些倡议？                           | 那丰台区呢？       | 丰台区总工会发出了哪些倡议？
      門頭溝區總工會的疫情防控志願應急服務隊由幾個人組成？   | 那区总工会拨出去的防控专项资金呢，有多少？ | 那门头沟区总工会拨出去的防控专项资金呢，有多少？
      顺义区总工会派了几名干部？                             | 平谷工会志愿者怎么查湖北籍工人离京的情况 | 平谷工会志愿者怎么查湖北籍工人离京的情况
      朝阳区总工会机关第一批回社区报到的干部有多少名？       | 那对口支援香河园街道的呢？ | 对口支援香河园街道的 朝阳区总工会机关回社区报到的干部有多少名？
      """)
  void anEllipsisOrABareKindTakesThePreviousBodysPlace(String previous, String question, String expected) {
    // 那青云店镇呢: the whole 旧宫镇 (青云店/nz 镇/n), not 旧宫 alone, gives way; 那丰台区呢: the place
    // inside 西城区总工会; 那区总工会: the body of that kind named before; …离京的情况 closes a whole
    // question, not the elliptic 那…的情况呢
    assertEquals(expected, standalone(after(previous), question));
  }

  @Test
  void traditionalFollowUpIsRecognised() {
    String s = standalone(after("北京电控系统的职工在哪里献血？"), "當天一共有多少名職工去獻血？");
    assertTrue(s.contains("电控"), s);
  }

  @Test
  void newTopicWithItsOwnSubjectIsNotPolluted() {
    String q = "海淀区总工会成立了几个联防联控工作组？";
    assertEquals(q, standalone(after("北京电控系统的职工在哪里献血？"), q));
  }

  @Test
  void questionWithoutBackReferenceStandsAlone() {
    String q = "疫情期间，多地工会暂停了哪些集会活动？";
    String s = standalone(after("北京电控系统的职工在哪里献血？"), q);
    assertFalse(s.contains("电控"), s);
  }

  @Test
  void aQuestionWithoutATopicOfItsOwnCarriesThePreviousSubject() {
    String s = standalone(after("北京电控系统的职工在哪里献血？"), "有多少人参加？");
    assertTrue(s.contains("电控"), s);
  }

  @Test
  void aQuestionWhoseOnlyNounStandsForWhatIsAskedCarriesThePreviousSubject() {
    // 地方 names no topic: where the money the previous question asked of went
    String s = standalone(after("门头沟区总工会拨付了多少防控专项资金？"), "拨给了哪些地方？");
    assertTrue(s.contains("门头沟区总工会"), s);
  }

  @Test
  void aShortQuestionWithItsOwnTopicIsANewQuestion() {
    String q = "什么是工会？";
    assertEquals(q, standalone(after("北京电控系统的职工在哪里献血？"), q));
  }

  @Test
  void aFollowUpWithoutAPronounWhoseTopicWasInThePreviousTurnCarriesItsSubject() {
    List<Condenser.Turn> turns = List.of(new Condenser.Turn("郑默杰哪天去的台湖镇那俩村",
        "3月4日，郑默杰到台湖镇口子村、胡家堡村调研，代表市总工会向两个村分别捐赠4000个口罩。[1]"));
    String s = standalone(turns, "给每个村捐了多少口罩");
    assertTrue(s.contains("郑默杰"), s);
    // nothing of the question was in the turn before: a new question
    String q = "报纸上燕京啤酒那则广告留的电话是多少？";
    assertEquals(q, standalone(turns, q));
  }

  @Test
  void aSpokenTurnToAnotherGroupKeepsThePreviousSubject() {
    // 基层专职社工呢 下去多少个: what the previous question asked, of another group of the same body
    String s = standalone(after("门头沟工会机关抽了44个人去哪个社区"), "基层专职社工呢 下去多少个");
    assertTrue(s.contains("门头沟工会") && s.contains("基层专职社工"), s);
    // a question of its own after 呢 keeps its own subject
    String own = standalone(after("门头沟工会机关抽了44个人去哪个社区"), "那社工呢，平谷区总工会派了多少名？");
    assertEquals("那社工呢，平谷区总工会派了多少名？", own);
  }

  @Test
  void aQuestionOpeningWithThenGoesOnFromThePreviousOne() {
    // 那管/nr: the recogniser reads "then" and the verb as a name
    String s = standalone(after("顺义商业集团派多少人去双丰街道守卡口"), "那管了几个社区");
    assertTrue(s.contains("顺义商业集团"), s);
  }

  @Test
  void aQuestionOpeningWithThatOccasionGoesOnFromThePreviousOne() {
    // 那次参/nr: the recogniser reads "that time" and the verb as a name
    String s = standalone(after("建工集团那场急救培训，讲师是哪个单位请来的？"), "那次参训的一共多少人");
    assertTrue(s.contains("急救培训"), s);
  }

  @Test
  void theyAreTheGroupAskedAboutNotThePersonWhoVisitedThem() {
    String s = standalone(after("郑默杰去通州台湖镇调研，市总工会在那边下沉的党员干部有几个人？"), "他们是从几月几号开始下沉的？");
    assertFalse(s.contains("郑默杰"), s);
    assertTrue(s.contains("台湖镇"), s);
  }
  @Test
  void aQuestionNamingNothingAfterOneThatNamedNothingGoesOnAboutTheLastOneNamed() {
    List<Condenser.Turn> history = List.of(
        new Condenser.Turn("胡家堡村外地人多，市总工会下去的工作组是怎么给外来人口登记的？",
            "针对该村外来人口多，编制《胡家堡村外来人口登记专属程序》。[1]"),
        new Condenser.Turn("为啥不用纸本子登记呢？", "市总工会下沉通州区胡家堡村工作组深入调研，创新推出了“四个一”措施。[1]"));
    Condenser.Standalone s = carrier.standalone(history, "那村里一共安排了多少个党员守点位？");
    assertTrue(s.question().startsWith("胡家堡村 市总工会"), s.toString());
    List<Condenser.Turn> turnedAway = List.of(history.get(0),
        new Condenser.Turn("为啥不用纸本子登记呢？", "北京电控系统100多名职工来到设在飞宇公司的集中采血点。[1]"));
    assertFalse(carrier.standalone(turnedAway, "那村里一共安排了多少个党员守点位？").question().contains("胡家堡村"),
        "the last answer no longer names it");
  }

  /**
   * A follow-up asking who did another deed of its own naming is not about the person or body the
   * last answer named for the deed before, and a festival the last question named is its topic still.
   */
  @Test
  void whoAfterWhoLeavesTheAnsweredPersonBehind() {
    String bought = "原来，这30个保温水壶是民进北京怀柔工委经科卫支部副主委王敏个人出资3000元购买的。[1]";
    String who = standalone(after("怀柔元宵节那些保温壶谁掏钱买的", bought), "那口罩谁送的");
    assertFalse(who.contains("王敏"), who);
    assertTrue(who.contains("元宵节"), who);
    assertTrue(standalone(after("怀柔元宵节那些保温壶谁掏钱买的", bought), "那口罩花了多少钱").contains("王敏"),
        "a count asked of the same people");
    String sent = standalone(after("怀柔那30个保温壶 王敏掏了多少钱", bought), "那口罩是谁送去的");
    assertFalse(sent.contains("王敏") || sent.contains("工委经科卫支部"), sent);
    // the question before asked a figure of hers, and carried her with the bodies her answer named
    String again = standalone(after("北京 工委经科卫支部 王敏 怀柔 元宵节 水壶 花了多少钱？", bought), "那口罩又是谁送来的？");
    assertFalse(again.contains("王敏") || again.contains("工委经科卫支部"), again);
  }
}
