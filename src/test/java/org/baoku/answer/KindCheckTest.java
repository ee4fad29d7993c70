package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The check of what a question asks ({@link KindCheck#answering}): which candidates answer a
 * question asking a number, a date, a person, a place, a list, a title or a way, or refuse it, and
 * the reading of the question that check rests on. The sentences are written for these tests;
 * each row names what it shows.
 */
class KindCheckTest {

  @Test
  void aTitleFoundBelowTheModelsChoiceLeadsTheAnswer() {
    Question q = Question.read("那次讲座用的是什么题目呢？");
    List<String> texts = List.of(
        "近日，职工大学联合街道工委，以“匠师宣讲与快递小哥同行”为主题，在“云端”开展了一次党支部共建活动。",
        "活动特邀职工匠师何少花授课，快递小哥通过在线平台一同聆听劳模成长故事。",
        "邀请何少花以《平凡一样闪光看到最美自己》为主题开展宣讲。");
    double[] probability = {0.3, 0.2, 0.01};
    List<Boolean> about = List.of(true, true, true);
    assertEquals(List.of(2, 0, 1), KindCheck.answering(q, probability, about, texts, List.of(0, 1)));
  }

  @Test
  void theGiverAskedIsTheOneNamedBesideTheThing() {
    List<String> texts = List.of(
        "王敏将水壶捐赠给了中国民主促进会怀柔工委，区民进又将保温水壶捐赠给区总工会。",
        "60个医用口罩，则是区总工会专职工会社会工作者彭春辉一早从怀柔城区送来的。");
    double[] probability = {0.16, 0.04};
    List<Boolean> about = List.of(true, true);
    assertEquals(List.of(1), KindCheck.answering(Question.read("发给防疫人员的医用口罩，又是谁送来的？"), probability, about,
        texts, List.of(0)));
    // asked as 是什么人
    assertEquals(List.of(1), KindCheck.answering(Question.read("同一份礼物里的医用口罩，又是什么人送来的？"), probability, about,
        texts, List.of(0)));
    // a gift no sentence names: the model's giver stands
    assertEquals(List.of(0), KindCheck.answering(Question.read("那些消毒用品又是谁送来的？"), probability, about, texts,
        List.of(0)));
  }

  @Test
  void theGiverBesideTheThingAnswersBelowTheMostProbable() {
    // after a follow-up on the flasks, their sentences lead, and the one of the masks ranks fourth
    List<String> texts = List.of(
        "王敏将水壶捐赠给了中国民主促进会怀柔工委，区民进又将保温水壶捐赠给区总工会。",
        "原来，这30个保温水壶是民进北京怀柔工委经科卫支部副主委王敏个人出资3000元购买的。",
        "与以往不同的是，他们每人收到了一份包含爱心的节日礼物——一个2升保温水壶、一个医用口罩。",
        "60个医用口罩，则是区总工会专职工会社会工作者彭春辉一早从怀柔城区送来的。");
    double[] probability = {0.50, 0.19, 0.02, 0.003};
    List<Boolean> about = List.of(true, true, true, true);
    assertEquals(List.of(3), KindCheck.answering(Question.read("水壶 那一起送到的医用口罩是谁拿过去的？"), probability, about,
        texts, List.of(0, 1)));
  }

  @Test
  void anEnglishTitleIsOfTheReportNamingThePlaceItSpells() {
    // the Yinghai town union's campaign: a quoted name before 慰问活动, of the sentence writing 瀛海
    Question q = Question.read("What was the Dragon Boat Festival campaign of the Yinghai town trade union called?");
    assertEquals(Question.Asked.TITLE, q.asks());
    List<String> texts = List.of(
        "端午节前夕，大兴区各级工会进一步做好服务保障工作，走访慰问工作马不停蹄。",
        "组织村民开展“抗疫有我、保家护村”防疫主题宣传活动。",
        "瀛海镇总工会开展了“粽米飘香，共同抗疫”慰问活动，为投身疫情防控一线的“大白”“小蓝”送去节日慰问品。");
    List<Integer> out = KindCheck.answering(q, new double[] {0.6, 0.3, 0.07}, List.of(true, true, true), texts,
        List.of(0, 1));
    assertEquals(2, out.get(0), out.toString());
  }

  @Test
  void wordsThatStartWithACountWordAreNotCounts() {
    assertNotEquals(Question.Asked.NUMBER, Question.read("在法国殖民前，几内亚地区采用什么贸易方式？").asks());
    assertNotEquals(Question.Asked.NUMBER, Question.read("学校几经改名，最后叫什么名字？").asks());
    assertNotEquals(Question.Asked.NUMBER, Question.read("她在哪部影片中囊括了几乎所有重要的奖项？").asks());
  }

  @Test
  void namesAskedAfterACommaArePeoplesNames() {
    assertEquals(Question.Asked.PERSON, Question.read("那4名工会干部，分别叫什么名字？").asks());
    assertEquals(List.of("干部"), Question.read("那4名工会干部，分别叫什么名字？").roles());
    // 位 counts people: 这四位 are named, whatever noun an aside named before
    assertEquals(Question.Asked.PERSON, Question.read("顺义有4名工会干部下沉到天竺镇，我想在节目里表扬一下他们——这四位分别叫什么名字？").asks());
    // official prose leaves the question word out: 姓名分别为？
    assertEquals(Question.Asked.PERSON, Question.read("下沉天竺镇的4名工会干部，姓名分别为？").asks());
    assertEquals(Question.Asked.TITLE, Question.read("这个节目叫什么名字？").asks());
    assertEquals(Question.Asked.TITLE, Question.read("那位叫常洪霞的劳模，工作室叫什么名字？").asks());
  }

  @Test
  void anAgeIsCountedInYears() {
    assertEquals(new Question.Count("岁", null, false), Question.read("施剑今年多大年纪？").count());
    assertEquals("岁", Question.read("那位老人几岁了？").measure());
  }

  @Test
  void aMeasureTheTaggerGluesIntoANameIsStillCounted() {
    // 几场/nt: the tagger reads the count as an organisation
    assertEquals(Question.Asked.NUMBER, Question.read("集团2021年在工地一共开展了几场应急救护培训？").asks());
  }

  @Test
  void aDoubledStateWordIsNoName() {
    Question q = Question.read("顺义区委老干部局那边急吼吼拉起来的支援队伍，一共有多少号人？");
    // 急吼吼/nz: a state word; as a name it was carried into the follow-up as a subject
    assertTrue(Tagger.tag(q.text()).stream().anyMatch(t -> t.word.equals("急吼吼") && t.nature.toString().equals("z")));
    assertFalse(q.keys().stream().anyMatch(k -> k.word().equals("急吼吼") && k.weight() > 1), q.keys().toString());
    // a person may double the last character of the given name
    assertTrue(Tagger.tag("张丽丽是谁？").get(0).nature.toString().startsWith("nr"));
  }

  @Test
  void theVerbToHaveIsNoPartOfABodysName() {
    List<String> words = Tagger.tag("家里上有年纪大的爹妈、下有还小的孩子，他是谁？").stream().map(t -> t.word).toList();
    assertFalse(words.contains("下有"), words.toString());
    Question q = Question.read("胡家堡村的小程序用手机扫码填有什么好处？");
    assertFalse(q.keys().stream().anyMatch(k -> k.word().contains("有") && k.weight() > 1), q.keys().toString());
    List<String> body = Tagger.tag("朝阳区总工会有多少名干部？").stream().map(t -> t.word).toList();
    assertTrue(body.contains("朝阳区总工会") && body.contains("有"), body.toString());
    // a person's name may hold it, and a body's or a place's inside it
    assertTrue(Tagger.tag("王有才是谁？").get(0).nature.toString().startsWith("nr"));
    assertEquals("大有庄社区", Tagger.tag("大有庄社区有多少名志愿者？").get(0).word);
    assertEquals("北辰集团工会", Tagger.tag("北辰集团工会有几个服务站？").get(0).word);
  }

  @Test
  void aVerbOfLeadingIsNoPartOfABodysName() {
    // 常洪霞带领工作室/nt: a person who leads a studio, not a body
    List<String> words = Tagger.tag("常洪霞带领工作室成员制作的宣传片有多长？").stream().map(t -> t.word).toList();
    assertTrue(words.contains("常洪霞") && words.contains("带领"), words.toString());
  }

  @Test
  void aVerbGluedToABodysPlaceIsNoPartOfItsName() {
    Question q = Question.read("我在排朝阳区总工会的时间线：他们成立党员干部后备小组是几月几号？");
    assertTrue(q.entities().contains("朝阳区总工会"), q.entities().toString());
    assertFalse(q.entities().contains("排朝阳区总工会"), q.entities().toString());
  }

  @Test
  void aPrepositionGluedToANameIsNoPartOfIt() {
    // 以/p 七星/nz 集团/n: the body is 七星集团, which the report names
    Question q = Question.read("献血那天，以七星集团领队身份发言的劳动模范是谁？");
    assertTrue(q.entities().contains("七星集团"), q.entities().toString());
    assertFalse(q.entities().contains("以七星集团"), q.entities().toString());
  }

  @Test
  void aDemonstrativeIsNoPartOfTheNameAfterIt() {
    List<String> words = Tagger.tag("建工集团那次急救培训请来的讲师是哪个单位的？").stream().map(t -> t.word).toList();
    assertTrue(words.contains("那次"), words.toString());
    assertFalse(words.contains("那次急救培训"), words.toString());
  }

  @Test
  void howLongInTimeLeavesNoKeyOfItsOwn() {
    Question q = Question.read("公交1路的防疫宣传片有多长时间？");
    assertTrue(q.keys().stream().noneMatch(k -> k.word().contains("时间")), q.keys().toString());
    assertEquals(Question.Asked.NUMBER, q.asks());
  }

  @Test
  void yixiaIsNoPartOfTheNameAfterIt() {
    List<String> words = Tagger.tag("麻烦问一下朝阳区总工会机关选了几名处级领导？").stream().map(t -> t.word).toList();
    assertTrue(words.contains("朝阳区总工会"), words.toString());
  }

  @Test
  void oneAndAMeasureOrAPictureIsNoName() {
    assertFalse(Question.read("毛彩兰 她一站站了多久？").entities().contains("一站站"));
    assertFalse(Question.read("胡家堡村党员防控点位图里安排了多少名党员？").entities().contains("图里"));
  }

  @Test
  void theWordsOfSomeoneAskingForOthersAreNoNameAndNoKey() {
    Question q = Question.read("听众朋友挺关心工会干部孙世博，想问问他已经多久没回家了？");
    assertEquals(List.of("孙世博"), q.entities());
    assertTrue(q.keys().stream().map(Question.Key::word).noneMatch(w -> w.equals("听众") || w.equals("想问")),
        q.keys().toString());
  }

  @Test
  void aPlaceCutInTwoIsReadWhole() {
    assertTrue(Question.read("瀛海镇总工会一共送出去多少件慰问品？").entities().contains("瀛海镇"));
    assertTrue(Question.read("胡家堡村党员防控点位图里安排了多少名党员？").entities().contains("胡家堡村"));
    // 是/v 黄村镇/ns: the verb is no part of the town, whose name 黄村 has the head 村 in it
    List<String> spoken = Question.read("就是黄村镇总工会走访了多少个村？").entities();
    assertTrue(spoken.stream().anyMatch(e -> e.startsWith("黄村镇")), spoken.toString());
  }

  @Test
  void peopleCountedInGeAreCountedInPersons() {
    assertEquals("人", Question.read("派去支援街道的干部有几个？").measure());
    assertEquals("人", Question.read("这回派了几个工会干部去镇里支援？").measure());
    assertEquals("人", Question.read("朝阳区总工会机关选了几个处级领导借调去支援一线？").measure());
    assertEquals("人", Question.read("平谷区总工会有多少个工会社工组成了防疫志愿服务队？").measure());
    // 执守 is tagged nz, and is no person: 党员 is counted
    assertEquals("人", Question.read("胡家堡村点位图上安排了多少个党员执守防控？").measure());
    assertEquals("人", Question.read("住总集团的座谈会来了几个家属？").measure());
    assertEquals("个", Question.read("大兴区有多少个工会服务站全员投入防控？").measure());
    assertEquals("个", Question.read("学院有多少个语言实验室？").measure());
  }

  @Test
  void englishAgesSumsAndPeopleAreCountedInTheirMeasures() {
    assertEquals("岁", Question.read("How old is the vice-chairman?").measure());
    assertEquals("元", Question.read("How much money did the district union raise?").measure());
    assertEquals("人", Question.read("How many full-time social workers went to the villages?").measure());
    assertEquals(null, Question.read("How many masks were donated?").measure());
    assertEquals("毫升", Question.read("How many millilitres of blood did the workers donate?").measure());
    assertEquals("平方米", Question.read("How many square metres is the vegetable plot?").measure());
    assertEquals("平方米", Question.read("How big, in square metres, is the vegetable plot?").measure());
    assertEquals("毫升", Question.read("How much blood was collected at the blood drive?").measure());
    assertEquals("人次", Question.read("How many person-times of worker volunteers took part?").measure());
    assertEquals("家", Question.read("How many enterprises in Pinggu resumed production?").measure());
    assertEquals(Question.DURATION, Question.read("How many hours a day is the hotline staffed?").measure());
    assertEquals("人", Question.read("Of the members, how many are women?").measure());
    assertEquals("人", Question.read("How many staff worked extra hours?").measure());
    assertEquals("人", Question.read("How many employees of the companies donated blood?").measure());
    assertEquals("岁", Question.read("How many years old is the vice-chairman?").measure());
    assertEquals("户", Question.read("How many households of medical workers in difficulty were visited?").measure());
    assertEquals("个", Question.read("How many teams of volunteers did Pinggu organise?").measure());
    assertEquals("人", Question.read("How many of the employees donated blood?").measure());
    assertEquals("个", Question.read("How many communities did the commercial group workers guard?").measure());
    assertEquals("辆", Question.read("How many vehicles did Mao Cailan check at the checkpoint?").measure());
    assertEquals("元", Question.read("How much did the union give each family in hardship?").measure());
    assertEquals("人", Question.read("Of the 5,000-plus people, how many were medical workers?").measure());
    // a note's question, the thing counted first
    assertEquals("场", Question.read("Jiangong union: CPR trainings at project sites this year — how many?").measure());
    assertEquals("元", Question.read("Money the Fengtai union put in - how much?").measure());
    assertEquals(Question.Asked.OTHER, Question.read("What is the name of the group of volunteers in Mentougou?").asks());
    assertEquals(Question.Asked.PERSON, Question.read("What is the name of the chairman of the Shunyi union?").asks());
    assertEquals(Question.Asked.TITLE, Question.read("For the online lecture, what was the title of her talk?").asks());
    assertEquals(Question.Asked.TITLE, Question.read("What was the theme of the reading session?").asks());
  }

  @Test
  void anEnglishTitleIsTakenFromTheSentenceThatNamesOne() {
    Question q = Question.read("For the online lecture to couriers, what was the title of He Shaohua's talk?");
    List<String> texts = List.of("活动特邀北京市劳动模范何少花授课，顺丰快递小哥通过在线平台聆听。",
        "本次活动邀请职工匠师何少花以《平凡一样闪光看到最美自己》为主题，以线上直播方式授课。");
    // the sentence naming the title leads, the model's choice after it
    assertEquals(List.of(1, 0), KindCheck.answering(q, new double[] {0.9, 0.5}, about(texts), texts, List.of(0)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      people counted, no figure         | How many workers took part in that reading club session?                    | 北京公交保修分公司四厂举办职工读书会，诵读红色经典。 | false
      people counted, a figure          | How many workers took part in that reading club session?                    | 30名职工参加了读书会。                             | true
      the whole the question gives      | Of the 5,000-plus people the union comforted, how many were medical workers? | 对5000余名参与疫情防控的医护工作者和一线职工进行了慰问。 | false
      a part of it                      | Of the 5,000-plus people the union comforted, how many were medical workers? | 其中医护工作者3000余名。                           | true
      a whole in 万 with a decimal      | Of the 11,000 volunteers in Pinggu, how many were women?                      | 共计1.1万名职工志愿者主动参与疫情防控。             | false
      communities counted, people given | How many communities did the property group staff support?                   | 北京顺义物业服务集团组织60余名干部职工每日下沉对应社区（村）。 | false
      communities counted               | How many communities did the commercial group staff support?                 | 选派32名干部职工下沉支援双丰街道12个社区卡口值守工作。 | true
      vehicles counted, hours given     | How many vehicles did Mao Cailan check during her shift?                      | 毛彩兰对进出车辆、人员进行盘查，值守了6个小时。      | false
      a magnitude, no figure            | How big is the vegetable plot the workers dug at their site?                  | 职工们在项目基地开辟了一处菜园，种植了西红柿、豆角。 | false
      a magnitude, a figure             | How big is the vegetable plot the workers dug at their site?                  | 职工们在项目基地开辟了一处200平方米的菜园。          | true
      goods' worth, none given          | What was the total value of the masks and gloves they donated?                | 分别捐赠4000个口罩、1000只PVC手套。                | false
      """)
  void anEnglishCountOfPeopleIsAnsweredOnlyByAFigureItDoesNotGive(String shows, String question, String sentence,
      boolean answers) {
    assertEquals(answers ? List.of(0) : List.of(), alone(Question.read(question), sentence), shows);
  }

  @Test
  void anEnglishCountOfDaysOrEnterprisesIsAnsweredOnlyBySuch() {
    Question days = Question.read("How many days did Shi Jian stay at the quarantine site?");
    assertEquals(List.of(), alone(days, "大兴区总工会选派了16名机关干部参与到集中隔离点工作中。"));
    assertEquals(List.of(0), alone(days, "施剑在隔离点坚守了21天。"));
    Question firms = Question.read("How many enterprises in Pinggu have resumed production?");
    assertEquals(List.of(), alone(firms, "平谷区总工会发动23支志愿服务队对接辖区企业开展复产复工。"));
  }

  @Test
  void anEnglishDateIsAnsweredOnlyByADay() {
    Question q = Question.read("On what date did the video start playing in the dispatch room?");
    assertEquals(List.of(), alone(q, "近日，这部宣传片正式在车队调度室的电视机上滚动播出。"));
    assertEquals(List.of(0), alone(q, "3月4日，这部宣传片在车队调度室播出。"));
    // a bare when is answered by the report's 近日 as well as it can be
    assertEquals(List.of(0), alone(Question.read("When did the video start playing in the dispatch room?"),
        "近日，这部宣传片正式在车队调度室的电视机上滚动播出。"));
    // a follow-up read after a question of the day asks its own thing
    assertEquals(List.of(0), alone(Question.read("On what date did Zheng Mojie inspect the villages in Taihu town? "
        + "Which villages were they?"), "郑默杰深入口子村和胡家堡村疫情防控点，详细了解当地疫情防控工作开展情况。"));
  }

  @Test
  void anEnglishKindOfPlaceIsAnsweredByAPlaceOfThatKind() {
    Question q = Question.read("Which subdistrict were twelve Chaoyang District trade union officials assigned to support?");
    assertEquals(List.of("街道"), q.heads());
    List<String> texts = List.of("工会干部孙世博在支援朝阳区疾控中心的工作中,连夜应战。", "对口支援香河园街道的12名干部立即下沉。");
    assertEquals(List.of(1, 0), KindCheck.answering(q, new double[] {0.5, 0.1}, about(texts), texts, List.of(0)));
    assertEquals(List.of(), Question.read("Where did the twelve officials go?").heads());
  }

  @Test
  void anotherBodysPlaceIsNotTheirs() {
    Question q = Question.read("李桥镇总工会那4名工会工作者是去哪个村支援防疫的？");
    List<String> texts = List.of("据介绍，自11月初开始，李桥镇总工会4名工会工作者，积极投身支援村居社区防疫工作。",
        "南法信镇总工会组织工会工作者到后桥村支援卡口值守。");
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.5, 0.3}, about(texts), texts, List.of(0)));
    List<String> own = List.of(texts.get(0), "李桥镇总工会工会工作者到后桥村支援卡口值守。");
    assertEquals(List.of(0, 1), KindCheck.answering(q, new double[] {0.5, 0.3}, about(own), own, List.of(0)));
  }

  @Test
  void aPlaceNamedOnlyByItsKindIsNoneOfThem() {
    Question q = Question.read("东坝街道工会的人下沉到哪个社区去了？");
    assertEquals(List.of(), alone(q, "东坝街道工会工作人员下沉社区一线参与核酸检测工作"));
    assertEquals(List.of(0), alone(q, "东坝街道工会工作人员下沉到金盏社区参与核酸检测工作。"));
    // another body's community, after a clause of what for, is theirs
    assertEquals(List.of(), alone(q, "为保证一线人员力量充足到位，西坝街道总工会全体工作人员下沉金盏社区参与核酸检测。"));
    // unless such a body is what is asked
    assertEquals(List.of(0), alone(Question.read("那张配图里，是哪个街道总工会的人下沉社区做核酸？"),
        "西坝街道总工会工作人员下沉社区一线参与核酸检测工作"));
    // a name after its kind, or a kind that opens the sentence, names one
    Question novel = Question.read("她为日本哪部小说作过序？");
    assertEquals(List.of(0), alone(novel, "她曾为日本小说《雪国》作序。"));
    Question who = Question.read("哪个德国人通过这个实验说明了这一现象？");
    assertEquals(List.of(0), alone(who, "德国人施密特做了一个实验说明了该现象。"));
  }

  @Test
  void anEnglishQuantityInAUnitIsAnsweredOnlyInThatUnit() {
    Question q = Question.read("How many millilitres of blood did the Beijing Electronics workers donate?");
    assertEquals(List.of(), alone(q, "3月4日，北京电控系统100多名职工来到集中采血点献血。"));
    assertEquals(List.of(0), alone(q, "北京电控职工共献血4万毫升。"));
  }

  @Test
  void aWordBeforeAFigureIsNoName() {
    Question q = Question.read("宣传片是由哪位成员负责配音的？");
    // 时长/nr 2/m 分钟: the recogniser reads a surname in 时
    assertFalse(Names.namesSomeone(q, "目前，这部时长2分钟的宣传片制作完成。"));
    assertTrue(Names.namesSomeone(q, "王敏个人出资3000元购买了保温水壶。"));
    assertTrue(Names.namesSomeone(q, "张磊2020年起担任工会主席。"));
    // a speaker's label: the given name 马莲 is a plant's to the tagger
    assertTrue(Names.namesSomeone(q, "组宣部马莲：疫情就是命令，防控就是责任。"));
    assertFalse(Names.namesSomeone(q, "组宣部：疫情就是命令，防控就是责任。"));
  }

  @Test
  void aWordListedAmongWordsIsNoName() {
    Question q = Question.read("分享下沉心声的工会干部有哪几位？");
    // 全时/nr between 全程/n and 全力/d
    assertFalse(Names.namesSomeone(q, "工会党员干部下沉一线 全程、全时、全力奋战“疫”线"));
    assertTrue(Names.namesSomeone(q, "权益部韩锋光、组宣部康冬华、办公室宁晓菲分享了心声。"));
  }

  @Test
  void aSurnameTaggedAsAWordStillOpensTheName() {
    Question q = Question.read("诵读《大国追梦》的女职工叫什么？");
    // 张/q 磊/nr: the measure 张 is the surname; 才有/nr is a word before a verb, no name
    assertTrue(Names.namesSomeone(q, "日前,北京公交集团保修分公司四厂党员活动室内,女职工张磊诵读着《大国追梦》。"));
    assertFalse(Names.namesSomeone(q, "经历过苦难的民族,才有复兴更深刻的渴望。"));
  }

  @Test
  void aPlaceNameTheTaggerReadsAsAPersonIsNoName() {
    Question q = Question.read("在沟通会上介绍情况的街道工会相关负责人叫什么名字？");
    // 平粮/nr 社区联合工会/nt: a community's name, not a person's
    assertFalse(Names.namesSomeone(q, "近日，平谷区滨河街道平粮社区联合工会在辖区举办职工沟通会。"));
    assertTrue(Names.namesSomeone(q, "平粮社区工会主席刘明介绍了情况。"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      who held it                          | 职工沟通会是谁举办的？           | 近日，平谷区滨河街道平粮社区联合工会在辖区举办职工沟通会。 | true
      the organiser asked                  | 这场沟通会的主办方是谁？         | 近日，平谷区滨河街道平粮社区联合工会在辖区举办职工沟通会。 | true
      who spoke is a person                | 沟通会上是谁介绍的情况？         | 近日，平谷区滨河街道平粮社区联合工会在辖区举办职工沟通会。 | false
      a body that holds nothing            | 职工沟通会是谁举办的？           | 平谷区滨河街道平粮社区联合工会有会员300名。               | false
      who gave, the body opening a clause  | 数据组150个人谁给送的慰问物资？  | 为助力大数据排查工作，长子营镇总工会对数据组150名一线工作人员送上慰问物资。 | true
      who gave it, asked with 是谁送的     | 数据组的慰问物资是谁送的？       | 为助力大数据排查工作，长子营镇总工会对数据组150名一线工作人员送上慰问物资。 | true
      who led the work is a person         | 数据组是谁带队的？               | 为助力大数据排查工作，长子营镇总工会对数据组150名一线工作人员送上慰问物资。 | false
      a body that gives nothing            | 数据组的慰问物资是谁送的？       | 长子营镇总工会有会员300名。                               | false
      """)
  void whoHeldOrGaveSomethingIsAnsweredByABody(String shows, String question, String sentence, boolean named) {
    assertEquals(named, Names.namesSomeone(Question.read(question), sentence), shows);
  }

  @Test
  void anOrganiserAskedFitsTheBodyHoldingTheEvent() {
    assertTrue(AskedPhrases.fits(Question.read("沟通会的主办方是谁？"), "近日，平谷区滨河街道平粮社区联合工会在辖区举办职工沟通会。"));
  }

  @Test
  void severalAskedByNameNeedSeveralNames() {
    Question q = Question.read("朝阳区总工会借调到领导小组的2名处级领导叫什么名字？");
    assertEquals(Question.Asked.PERSON, q.asks());
    assertFalse(Names.namesSomeone(q, "工会干部孙世博在支援朝阳区疾控中心的工作中,连夜应战。"));
    assertTrue(Names.namesSomeone(q, "区总工会副主席王敏和工会干部孙世博借调到领导小组。"));
    // one person asked, though the clause counts something else first
    Question one = Question.read("3月4日去通州台湖镇两个村调研的那位市总领导是谁？");
    assertTrue(Names.namesSomeone(one, "3月4日，市总工会党组书记、副主席郑默杰到台湖镇口子村调研。"));
  }

  @Test
  void peopleCountedInHaoAreCountedInPersons() {
    assertEquals("人", Question.read("服务队总共有多少号人？").measure());
  }

  @Test
  void whatIsCountedFollowsShi() {
    assertEquals(new Question.Count("名", "党员", false), Question.read("44名下沉干部里有多少名是党员？").count());
  }

  /** Candidates whose articles all name the question's bodies. */
  static List<Boolean> about(List<String> texts) {
    return Collections.nCopies(texts.size(), true);
  }

  private static final String ASKED = "抽调的30名下沉干部里有多少名是党员？";
  private static final String EVENT = "区总工会抽调30名下沉干部到社区协助登记。";
  private static final String FIGURE = "其中18名党员组成了先锋队。";
  private static final String OTHER = "另有20名医护人员参与核酸检测。";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the noun before 有多长          | 工作室拍的宣传片有多长？ | 宣传片
      the counted noun after 多少名   | 有多少名党员参加了献血？ | 党员
      none before the question word   | 多少人参加？             |
      """)
  void theNounANumberQuestionMeasures(String shows, String question, String noun) {
    assertEquals(noun, AsAsked.measured(Question.read(question)), shows);
  }

  @Test
  void aKindOfPlaceANameCarriesMustBeSaid() {
    Question q = Question.read("援鄂的那名护士在哪家医院工作？");
    String none = "座谈会在北京住总集团举行，受邀的是援鄂医护工作者家属。";
    assertEquals(List.of(), alone(q, none));
    List<String> named = List.of("座谈会在北京住总集团举行。", "她是北京朝阳医院呼吸科的护士。");
    assertEquals(List.of(0, 1), KindCheck.answering(q, new double[] {0.9, 0.5}, about(named), named, List.of(0)));
    Question list = Question.read("会员卡在哪些超市买东西能打折？");
    assertTrue(GivenOrNot.asked(list));
    assertEquals(List.of(), alone(list, none));
    // a kind a name need not carry is not checked: 哪个部门 is answered by 女工委
    assertEquals(List.of(0), alone(Question.read("这项工作由哪个部门负责？"), none));
  }

  @Test
  void booksAreListedByTitlesOfAnyRank() {
    Question q = Question.read("读书会上职工分享的红色书籍具体有哪几本？");
    List<String> texts = List.of("组织党员干部职工在党员活动室分享自己喜爱的红色书籍。", "据了解，工会以“每期一主题”的形式开展读书会。",
        "现场充满浓郁的书香氛围。", "活动室内职工交流近期的所读所感。", "谱写追梦历程的《大国追梦》、介绍发展历程的《正道沧桑》……职工们大声朗读。");
    double[] p = {0.5, 0.3, 0.2, 0.1, 0.05};
    assertEquals(List.of(4, 0), KindCheck.answering(q, p, about(texts), texts, List.of(0)));
    assertEquals(List.of(), KindCheck.answering(q, p, about(texts.subList(0, 4)), texts.subList(0, 4), List.of(0)));
  }

  @Test
  void whoWasFirstIsAnsweredOnlyByASentenceSayingWhoWasFirst() {
    Question q = Question.read("朝阳工会谁最早请缨上一线？");
    assertEquals(Question.Asked.PERSON, q.asks());
    assertEquals(List.of(0), alone(q, "李童最早请缨奔赴一线，支援驻点核酸检测机构。"));
    assertEquals(List.of(), alone(q, "工会干部孙世博连夜应战，已经近三周没有回家。"));
    // two named and compared is still a comparison
    assertEquals(Question.Asked.COMPARISON, Question.read("李童和孙世博谁更早到一线？").asks());
    assertEquals(Question.Asked.COMPARISON, Question.read("东城区总工会和西城区总工会，谁最早向一线送去慰问品？").asks());
    // 首先 is "first of all", no one first
    assertEquals(List.of(), alone(q, "首先，朝阳区总工会要求干部下沉，孙世博负责物资调配。"));
  }

  @Test
  void anotherBodysPlacePickedBesideTheAnswerIsLeftOut() {
    Question q = Question.read("魏善庄镇总工会到哪个村慰问转运工作人员？");
    List<String> texts = List.of("魏善庄镇总工会到兴隆庄村看望慰问该镇闭环转运一线工作人员，送上食品及防疫物资。",
        "黄村镇总工会对辖区29个村、12个社区一线防疫人员进行走访慰问。");
    assertEquals(List.of(0), KindCheck.answering(q, new double[] {0.9, 0.5}, about(texts), texts, List.of(0, 1)));
    // the question's own body in both: both stay
    List<String> own = List.of(texts.get(0), "魏善庄镇总工会还到了北研村慰问核酸检测人员。");
    assertEquals(List.of(0, 1), KindCheck.answering(q, new double[] {0.9, 0.5}, about(own), own, List.of(0, 1)));
  }

  /** What the check lets {@code sentence} do as the model's only, sure choice: [0] answers, [] refuses. */
  private static List<Integer> alone(Question q, String sentence) {
    List<String> texts = List.of(sentence);
    return KindCheck.answering(q, new double[] {0.9}, about(texts), texts, List.of(0));
  }

  @Test
  void aGroupTheBestSentenceNamesWholeIsCountedOnlyWhole() {
    Question q = Question.read("郑默杰调研口子村时看望了多少名村两委干部？");
    List<String> texts = List.of("郑默杰深入口子村和胡家堡村疫情防控点，并看望慰问村两委干部。",
        "自2月28日以来，市总工会10名机关党员干部一直坚守在疫情防控第一线。");
    // 10名…党员干部 counts another group of the same last characters
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.9, 0.5}, about(texts), texts, List.of(0)));
    List<String> counted = List.of(texts.get(0), "口子村共有村两委干部7名，全部坚守岗位。");
    assertEquals(List.of(1), KindCheck.answering(q, new double[] {0.9, 0.5}, about(counted), counted, List.of(0)));
    // where the best sentence does not name the group, a figure below answers as before
    List<String> unnamed = List.of("郑默杰深入口子村和胡家堡村疫情防控点调研。", texts.get(1));
    assertEquals(List.of(1), KindCheck.answering(q, new double[] {0.9, 0.5}, about(unnamed), unnamed, List.of(0)));
  }

  @Test
  void aFigureAskedAsOfADayComesFromTheSentenceThatGivesOne() {
    Question q = Question.read("截至昨天，小分队已经给多少名职工理过发？");
    List<String> texts = List.of("小分队从2月24日开始，分批为16家单位的270多名职工义务理发。",
        "理发师傅来自两家酒店，截至昨天，已为160多名职工上门服务。");
    assertEquals(List.of(1), KindCheck.answering(q, new double[] {0.9, 0.5}, about(texts), texts, List.of(0)));
    Question spoken = Question.read("小分队到昨天剪了多少人了");
    assertEquals(List.of(1), KindCheck.answering(spoken, new double[] {0.9, 0.5}, about(texts), texts, List.of(0)));
    Question plain = Question.read("小分队准备给多少名职工理发？");
    assertEquals(List.of(0), KindCheck.answering(plain, new double[] {0.9, 0.5}, about(texts), texts, List.of(0)));
  }

  @Test
  void aPlaceLeftUnnamedIsAnsweredByTheSentenceThatNamesIt() {
    List<String> texts = List.of("大兴区总工会党组成员、副主席施剑下沉到集中隔离点担任团组长统筹防疫工作",
        "区总工会党组成员、副主席施剑闻令而动，迅速下沉到榆垓镇兴安健康公寓集中隔离点。",
        "观音寺街道总工会工作人员下沉到榆垓镇兴安健康公寓集中隔离点。");
    double[] p = {0.9, 0.05, 0.2};
    assertEquals(List.of(1, 0), KindCheck.answering(Question.read("大兴区总工会副主席施剑下沉到哪了？"), p, about(texts), texts,
        List.of(0)), "the one naming the site and 施剑, not the more probable one of someone else");
    assertEquals(List.of(0), KindCheck.answering(Question.read("施剑担任什么？"), p, about(texts), texts, List.of(0)),
        "not a place asked");
  }

  @Test
  void placesCountedInTheQuestionAreAnsweredOnlyByTheirNames() {
    Question q = Question.read("工会支援的双丰街道12个社区，具体是哪几个社区？");
    assertEquals(List.of(), alone(q, "工会选派32名干部职工下沉支援双丰街道12个社区卡口值守工作。"));
    assertEquals(List.of(0), alone(q, "工会干部分赴双丰街道的裕龙社区、石园社区等12个社区。"));
  }

  @Test
  void placesAskedByTheirSpecificsAreAnsweredByTheirNamesNotByAnyList() {
    Question q = Question.read("物业集团那60多人具体都下到了哪几个社区？");
    // a list of checks names no 社区, nor does 对应社区 of each worker
    assertEquals(List.of(), alone(q, "物业集团组织60余名干部职工每日下沉对应社区，重点支援测温、扫码、查证等工作。"));
    assertEquals(List.of(0), alone(q, "物业集团组织60余名干部职工下沉金乡社区、林荫社区等社区。"));
    // the place before 具体 is where they went; what they did there is asked, and listed
    Question done = Question.read("那这些干部到了那个社区 具体都帮着干些啥");
    assertEquals(List.of(0), alone(done, "44名下沉干部到大峪花园社区，协助开展入户登记、输送物资、清理生活垃圾等工作。"));
  }

  @Test
  void aReportOfAnotherYearDoesNotAnswer() {
    Question q = Question.read("这个班组在2020年度竞赛中获得了什么荣誉？");
    assertEquals(List.of(), alone(q, "该班组获北京市2021年度竞赛优胜班组荣誉称号。"));
    assertEquals(List.of(0), alone(q, "该班组获北京市2020年度竞赛优胜班组荣誉称号。"));
    assertEquals(List.of(0), alone(q, "该班组获竞赛优胜班组荣誉称号。"));
  }

  @Test
  void keepsTheModelsChoiceWhenItHoldsTheNumber() {
    List<String> texts = List.of(FIGURE, EVENT);
    assertEquals(List.of(0, 1), KindCheck.answering(Question.read(ASKED), new double[] {0.9, 0.5}, about(texts), texts, List.of(0, 1)));
  }

  @Test
  void answersWithTheProbableSentenceThatHoldsTheNumber() {
    List<String> texts = List.of(EVENT, OTHER, FIGURE);
    assertEquals(List.of(2), KindCheck.answering(Question.read(ASKED), new double[] {0.9, 0.5, 0.4}, about(texts), texts, List.of(0)));
  }

  @Test
  void refusesWhenNoneOfTheThreeBestHoldsTheNumber() {
    List<String> texts = List.of(EVENT, OTHER, EVENT, FIGURE);
    assertEquals(List.of(),
        KindCheck.answering(Question.read(ASKED), new double[] {0.9, 0.5, 0.4, 0.3}, about(texts), texts, List.of(0)));
  }

  private static final String ASKED_OF_A_BODY = "通州区总工会有多少名机关干部到社区报到？";
  private static final String ANOTHER_BODYS_FIGURE = "区总工会选派了16名机关干部参与疫情防控。";

  /** Whether each candidate's article names the question's bodies, as the real check reads it. */
  private static List<Boolean> inArticles(Question q, List<String> articles) {
    return articles.stream().map(a -> SubjectCheck.aboutBodies(q, org.baoku.index.ChineseText.folded(a))).toList();
  }

  @Test
  void aFigureFromAnArticleThatNeverNamesTheAskedBodyDoesNotAnswer() {
    Question q = Question.read(ASKED_OF_A_BODY);
    List<String> texts = List.of(ANOTHER_BODYS_FIGURE);
    List<Boolean> elsewhere = inArticles(q, List.of("大兴区总工会迅速行动。" + ANOTHER_BODYS_FIGURE));
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.9}, elsewhere, texts, List.of(0)));
    List<Boolean> same = inArticles(q, List.of("通州区总工会迅速行动。" + ANOTHER_BODYS_FIGURE));
    assertEquals(List.of(0), KindCheck.answering(q, new double[] {0.9}, same, texts, List.of(0)));
  }

  @Test
  void theFallbackSkipsAFigureFromAnotherBodysArticle() {
    Question q = Question.read(ASKED_OF_A_BODY);
    String event = "通州区总工会机关干部主动与所在社区联系并报到。";
    List<String> texts = List.of(event, ANOTHER_BODYS_FIGURE, "其中12名机关干部已到社区报到。");
    List<Boolean> about = inArticles(q, List.of("通州区总工会" + event, "大兴区总工会" + ANOTHER_BODYS_FIGURE,
        "通州区总工会" + event + "其中12名机关干部已到社区报到。"));
    assertEquals(List.of(2), KindCheck.answering(q, new double[] {0.9, 0.5, 0.4}, about, texts, List.of(0)));
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.9, 0.5, 0.1, 0.05},
        List.of(about.get(0), about.get(1), about.get(0), about.get(2)),
        List.of(event, ANOTHER_BODYS_FIGURE, event, texts.get(2)), List.of(0)));
  }

  @Test
  void anotherBodysDeedPickedBesideTheAnswerIsLeftOut() {
    Question q = Question.read("旧宫镇总工会端午节向防疫一线人员送出了多少件慰问品？");
    List<String> texts = List.of("旧宫镇总工会慰问防疫一线人员，并将1250件慰问品送到他们手中。",
        "庞各庄镇总工会到各村社卡口慰问防控一线的900余名干部职工，送去1000余件慰问品。");
    assertEquals(List.of(0), KindCheck.answering(q, new double[] {0.7, 0.2}, about(texts), texts, List.of(0, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      东升科技园二期工程是哪一年开工的？           | 东升科技园二期工程项目获北京市2021年度“安康杯”竞赛优胜班组荣誉称号。 | 据了解,该工程自2020年开工建设以来,项目工会探索智慧工地建设。 | 1
      东升科技园二期工程的竞赛是哪一年举行的？     | 东升科技园二期工程项目获北京市2021年度“安康杯”竞赛优胜班组荣誉称号。 | 据了解,该工程自2020年开工建设以来,项目工会探索智慧工地建设。 | 0
      市总工会派到通州村里的干部是哪天开始下去的？ | 3月4日，市总工会副主席郑默杰到通州区口子村调研，看望市总工会10名下沉干部。 | 自2月28日下沉参与抗疫工作以来，市总工会10名机关党员干部一直坚守在疫情防控第一线。 | 1
      市总工会副主席是哪天到通州村里调研的？       | 3月4日，市总工会副主席郑默杰到通州区口子村调研，看望市总工会10名下沉干部。 | 自2月28日下沉参与抗疫工作以来，市总工会10名机关党员干部一直坚守在疫情防控第一线。 | 0
      """)
  void aDateIsTakenFromTheSentenceOfTheAskedEventOrItsStart(String question, String best, String other, int answers) {
    List<String> texts = List.of(best, other);
    assertEquals(List.of(answers), KindCheck.answering(Question.read(question), new double[] {0.7, 0.2}, about(texts),
        texts, List.of(0)));
  }

  @Test
  void aSumGivenToSeveralDoesNotLetAnotherBodysFigureAnswerForOne() {
    Question q = Question.read("门头沟区总工会给清水镇拨了多少防控专项资金？");
    List<String> texts = List.of("门头沟区总工会已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。",
        "各镇街、园区总工会已筹集资金12万元，支持基层党组织购买防疫物资。");
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.8, 0.2}, about(texts), texts, List.of(0)));
    List<String> own = List.of(texts.get(0), "门头沟区总工会另向清水镇拨付专项资金5万元。");
    assertEquals(List.of(1), KindCheck.answering(q, new double[] {0.8, 0.2}, about(own), own, List.of(0)));
  }

  @Test
  void aThingCarryingItsKindIsAnsweredByTheSentenceNamingIt() {
    Question q = Question.read("平谷滨河街道那个工会开会，让工人手机上下个啥APP？");
    List<String> texts = List.of("平谷区滨河街道平粮社区联合工会在辖区举办职工沟通会。",
        "会上，工作人员指导职工下载“北京工会12351APP”。");
    assertEquals(List.of(0, 1), KindCheck.answering(q, new double[] {0.6, 0.1}, about(texts), texts, List.of(0)));
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.6}, about(texts.subList(0, 1)),
        texts.subList(0, 1), List.of(0)));
  }

  @Test
  void aWriterNamingWhereTheyServeAnswersForThemself() {
    // 石岳 chairs 市服务工会 and went to the community for 市总工会: the diary is about her
    Question q = Question.read("市服务工会主席石岳是哪天到社区参加防疫的？");
    List<String> diary = List.of("5月7日,我作为市总工会机关系统下沉社区人员,到华苇景苑社区参与防疫工作。");
    List<Boolean> hers = inArticles(q, List.of("北京市服务工会主席 石岳" + diary.get(0)));
    assertEquals(List.of(0), KindCheck.answering(q, new double[] {0.9}, hers, diary, List.of(0)));
    List<String> report = List.of("5月7日,市总工会机关干部下沉到华苇景苑社区参与防疫工作。");
    List<Boolean> another = inArticles(q, List.of("北京市服务工会主席 石岳" + report.get(0)));
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.9}, another, report, List.of(0)));
  }

  @Test
  void aFigureReportedOfAnotherBodyOfTheSameKindDoesNotAnswer() {
    Question q = Question.read("门头沟区总工会抽调了多少名党员干部？");
    List<String> texts = List.of("怀柔区总工会抽调28名党员干部深入社区。", "门头沟区总工会抽调44名党员干部到社区。");
    assertEquals(List.of(1), KindCheck.answering(q, new double[] {0.9, 0.5}, about(texts), texts, List.of(0)));
    Question both = Question.read("门头沟区总工会和怀柔区总工会各抽调了多少名党员干部？");
    assertEquals(List.of(0), KindCheck.answering(both, new double[] {0.9, 0.5}, about(texts), texts, List.of(0)));
  }

  @Test
  void aQuestionAcrossReportsMustStillFindWhatItAsks() {
    Question q = Question.read("小分队的那两位理发师傅分别叫什么名字？");
    List<String> texts = List.of("两位理发师傅分别来自北辰五洲会议中心和北辰洲际酒店安保部。");
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.9}, about(texts), texts, List.of(0)));
    List<String> named = List.of("两位理发师傅分别是张建国和李红。");
    assertEquals(List.of(0), KindCheck.answering(q, new double[] {0.9}, about(named), named, List.of(0)));
  }

  @Test
  void aQuestionAcrossReportsOfOneBodyIsNotAnsweredByAnother() {
    Question q = Question.read("怀柔区总工会抽调的那28个人里，党员干部和专职社工分别是多少人？");
    List<String> other = List.of("东城区总工会选派32名干部到社区一线参与支援疫情防控工作。");
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.9}, about(other), other, List.of(0)));
    Question two = Question.read("东城区总工会和怀柔区总工会分别派出了多少名干部？");
    assertEquals(List.of(0), KindCheck.answering(two, new double[] {0.9}, about(other), other, List.of(0)));
  }

  @Test
  void leavesOtherKindsOfQuestionAlone() {
    List<String> texts = List.of(EVENT);
    assertEquals(List.of(0), KindCheck.answering(Question.read("为什么要抽调下沉干部？"), new double[] {0.9}, about(texts), texts, List.of(0)));
    assertEquals(List.of(0), KindCheck.answering(Question.read("下沉干部去了哪里？"), new double[] {0.9}, about(texts), texts, List.of(0)));
  }

  @Test
  void aPlaceQuestionAlsoTakesAProbableSentenceThatNamesAPlace() {
    Question q = Question.read("副主席施剑下沉到了哪个集中隔离点？");
    List<String> texts = List.of("副主席施剑下沉到集中隔离点担任团组长。", "施剑迅速下沉到榆垓镇兴安健康公寓集中隔离点，担任二组组长。");
    assertEquals(List.of(0, 1), KindCheck.answering(q, new double[] {0.6, 0.2}, about(texts), texts, List.of(0)));
    assertEquals(List.of(1), KindCheck.answering(q, new double[] {0.2, 0.6}, about(texts), texts, List.of(1)));
  }

  @Test
  void aListQuestionAlsoTakesAProbableSentenceThatListsThings() {
    Question q = Question.read("项目部的职工在菜园里种了些什么菜？");
    List<String> texts = List.of("项目部工会组织职工在基地开展快乐耕种活动。", "职工们在菜园里种下了西红柿、豆角、茄子等蔬菜。");
    assertEquals(List.of(0, 1), KindCheck.answering(q, new double[] {0.4, 0.1}, about(texts), texts, List.of(0)));
    assertTrue(Specifics.enumerates("读书会上分享了《正道沧桑》和《大国追梦》。"));
    assertTrue(Specifics.enumerates("一是严把入口关，二是严把研判关。"));
    assertFalse(Specifics.enumerates("职工们分享了西红柿、豆角。"));
  }

  @Test
  void anEnglishQuestionTakesTheMostProbableSentenceThatHoldsTheAskedPhraseWhereverItRanks() {
    Question q = Question.read("How long is the video the studio made?");
    List<String> texts = List.of("这是工作室制作的宣传片。", "工作室成员一起讨论脚本。", "宣传片将在公众号推广。", "目前，这部时长2分钟的宣传片制作完成。");
    assertEquals(List.of(0, 1, 3), KindCheck.answering(q, new double[] {0.6, 0.5, 0.4, 0.3}, about(texts), texts,
        List.of(0, 1, 2)));
  }

  @Test
  void aLengthOfTimeIsTakenFromAnyCandidateAndACountOfPeopleOnlyFromTheBestThree() {
    List<String> texts = List.of("这是工作室制作的宣传片的开篇语。", "工作室成员一起讨论脚本。", "宣传片将在公众号推广。",
        "宣传片主要示范一线职工的操作。", "目前，这部时长2分钟的宣传片制作完成。");
    double[] p = {0.6, 0.5, 0.4, 0.35, 0.3};
    assertEquals(List.of(4), KindCheck.answering(Question.read("工作室拍的宣传片片长多少？"), p, about(texts), texts,
        List.of(0)));
    List<String> counted = List.of("这是工作室制作的宣传片的开篇语。", "工作室成员一起讨论脚本。", "宣传片将在公众号推广。",
        "宣传片主要示范一线职工的操作。", "共有12名职工参加拍摄。");
    assertEquals(List.of(), KindCheck.answering(Question.read("有多少名职工参加了拍摄？"), p, about(counted), counted,
        List.of(0)));
  }

  @Test
  void aVolumeIsAskedInLitresAndTakenFromAnyCandidate() {
    assertEquals("升", Question.read("防控人员收到的保温水壶容量是多大？").measure());
    assertEquals("升", Question.read("保温水壶的容量是多少？").measure());
    List<String> texts = List.of("王敏将水壶捐赠给了区总工会。", "防控人员同往常一样早早来到岗位。", "这30个保温水壶是王敏出资购买的。",
        "怀柔区总工会抽调28名党员干部。", "他们每人收到了一份节日礼物——一个2升保温水壶、一个医用口罩。");
    double[] p = {0.6, 0.5, 0.4, 0.35, 0.3};
    assertEquals(List.of(4), KindCheck.answering(Question.read("防控人员收到的保温水壶容量是多大？"), p, about(texts), texts,
        List.of(0)));
  }

  @Test
  void aPersonQuestionIsAnsweredOnlyByASentenceThatNamesSomeone() {
    Question q = Question.read("服务队的队长是谁？");
    List<String> none = List.of("区总工会依托由12人组成的服务队开展工作。", "服务队先后到4个社区协助检测。");
    assertEquals(List.of(), KindCheck.answering(q, new double[] {0.9, 0.5}, about(none), none, List.of(0)));
    List<String> named = List.of("区总工会依托由12人组成的服务队开展工作。", "队长张建国带领队员值守卡口。");
    assertEquals(List.of(1), KindCheck.answering(q, new double[] {0.9, 0.5}, about(named), named, List.of(0)));
    List<String> latin = List.of("球队由地产商人Terry Serepisos出资组建。");
    assertEquals(List.of(0), KindCheck.answering(Question.read("是谁出资组建了球队？"), new double[] {0.9}, about(latin), latin, List.of(0)));
  }

  @Test
  void theModelsChoiceStandsWhenAnyPickedSentenceHoldsThePhrase() {
    List<String> texts = List.of(EVENT, FIGURE);
    assertEquals(List.of(0, 1), KindCheck.answering(Question.read(ASKED), new double[] {0.9, 0.8}, about(texts), texts, List.of(0, 1)));
  }
}
