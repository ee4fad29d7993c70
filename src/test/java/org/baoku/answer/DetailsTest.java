package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tables of {@link Details}: a brand, a telephone number, a post, an honour, a named place
 * or thing and a document's details are answered only by a sentence that gives them.
 */
class DetailsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a medal                          | 她获得过什么全国荣誉？ | 全国五一劳动奖章获得者常洪霞带领成员制作宣传片。 | true
      a title of honour                | 她得过啥奖？           | 她曾被评为北京市三八红旗手。                   | true
      no honour                        | 她获得过什么全国荣誉？ | 这是客四分公司1路“洪霞创新工作室”制作的宣传片的开篇语。 | false
      """)
  void anHonourAskedIsOneTheSentenceNames(String shows, String question, String sentence, boolean gives) {
    assertTrue(Details.asksHonour(Question.read(question)), question);
    assertEquals(gives, Details.givesAnHonour(sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a named police station         | 送慰问品的是哪个派出所？ | 旧宫镇总工会慰问旧宫派出所民警。         | true
      a hospital by name             | 她在哪家医院工作？       | 她是北京协和医院的一名护士。             | true
      any front-line station         | 送慰问品的是哪个派出所？ | 旧宫镇总工会慰问防疫一线派出所民警。     | false
      a hospital gone to             | 她在哪家医院工作？       | 职工下班后到医院献血。                   | false
      哪一家 asks as 哪家 does        | 她被派到哪一家医院？     | 她是北京协和医院的一名护士。             | true
      a named community              | 干部下沉到哪个社区？     | 抽调44名干部到所联系的大峪花园社区。     | true
      communities counted, none named | 干部下沉到哪个社区？    | 干部分布在多个社区协助核酸检测。         | false
      several asked, none named      | 干部具体分到了哪几个社区？ | 干部分布在多个社区协助核酸检测。       | false
      each to its own, none named    | 干部具体下沉到哪几个社区？ | 干部职工每日下沉对应社区（村）值守。   | false
      several asked, two named       | 干部具体分到了哪几个社区？ | 干部分到了大峪花园社区、东辛房社区。   | true
      a named isolation site         | 他下沉到哪一处隔离点？   | 下沉到榆垓镇兴安健康公寓集中隔离点。     | true
      any isolation site             | 他下沉到哪一处隔离点？   | 副主席下沉到集中隔离点担任团组长。       | false
      a modifier after 哪个           | 培训是在哪个项目工地办的？ | 培训在东升科技园项目工地举行。         | true
      any site of a modifier         | 培训是在哪个项目工地办的？ | 该集团在项目工地开展10场培训。         | false
      the question's own name        | 她是保修分公司四厂哪个车间的？ | 工会将以保修车间内的职工书屋为载体。 | false
      a workshop named               | 她是保修分公司四厂哪个车间的？ | 她是四厂喷漆车间的青年女工。         | true
      the kind before 是哪一家        | 他支援的驻点核酸检测机构是哪一家？ | 李童支援驻点核酸检测机构。       | false
      the kind before 是哪一家, named  | 他支援的驻点核酸检测机构是哪一家？ | 李童支援迪安核酸检测机构。       | true
      the kind's name asked          | 他下沉到的集中隔离点具体叫什么名字？ | 副主席下沉到集中隔离点担任团组长。 | false
      the kind's name asked, given   | 他下沉到的集中隔离点具体叫什么名字？ | 下沉到榆垓镇兴安健康公寓集中隔离点。 | true
      a shop nearby names none       | 基层单位跟哪家快餐店签的合同？ | 基层单位与就近快餐店签订合同。     | false
      """)
  void aPlaceOfAKindItsNameCarriesIsNamedBeforeTheKind(String shows, String question, String sentence, boolean names) {
    assertTrue(Details.asksNamedKind(Question.read(question)), question);
    assertEquals(names, Details.mentionsKind(Question.read(question), sentence), shows);
  }

  @ParameterizedTest
  @ValueSource(strings = {"兴安健康公寓集中隔离点是哪个镇的？", "北田各庄村核酸检测点是哪个镇的？", "香河园街道是哪个区的？"})
  void whatHoldsANamedPlaceIsNoNamedKindAsked(String question) {
    assertFalse(Details.asksNamedKind(Question.read(question)), question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the post asked of several            | 支援队的队长都是谁？ | 王明任一队队长，李强任二队队长。 | true
      no post given                        | 支援队的队长都是谁？ | 南法信镇工会工作者积极加入下沉队伍。 | false
      a head is whoever heads it           | 物业公司负责人是谁？ | 物业公司党委副书记、工会主席刘培沛出席。 | true
      a head named by no post              | 那位工会负责人叫什么？ | 该厂青年女工王莹说。 | false
      a head by another title              | 这家餐馆的负责人是谁？ | 餐馆老板王建国说，今年生意不错。 | true
      a member is no head                  | 这家公司的负责人是谁？ | 公司工会委员王莹说，今年生意不错。 | false
      another body's head                  | 住总集团工会负责人叫什么？ | 代表家属前来的北宇物业公司党委副书记、工会主席刘培沛出席。 | false
      another body's chair                 | 建工集团工会的主席是谁？ | 北京住总集团工会主席王明出席座谈会。 | false
      the asked body's chair               | 建工集团工会的主席是谁？ | 北京建工集团工会主席王明出席座谈会。 | true
      a chair of no body named             | 建工集团工会的主席是谁？ | 座谈会上，工会主席王明讲话。 | true
      the body nearest the post            | 住总集团工会主席是谁？ | 住总集团所属北宇物业公司工会主席刘培沛出席。 | false
      the body before 的                   | 住总集团工会主席是谁？ | 他是北宇物业公司的工会主席刘培沛。 | false
      a body referred back to              | 业委会主任是谁？ | 该小区业委会主任张三介绍了情况。 | true
      no body asked                        | 工会负责人是谁？ | 北宇物业公司党委副书记、工会主席刘培沛出席。 | true
      """)
  void aPostAskedOfSeveralIsGivenWithTheirNames(String shows, String question, String sentence, boolean gives) {
    assertEquals(gives, Details.givesThePost(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      谁是 before the post                  | 谁是北京市总工会主席？   | 劳动模范钟华说，能参加献血是我的荣耀。 | false
      谁是 before the post, the post given  | 谁是北京市总工会主席？   | 北京市总工会主席张明出席。           | true
      a deputy is not the chair            | 谁是北京市总工会主席？   | 北京市总工会副主席张明出席。         | false
      哪一位 after the post, a deputy       | 区总工会的主席是哪一位？ | 区总工会常务副主席张明出席。         | false
      哪一位 after the post, the post given | 区总工会的主席是哪一位？ | 区总工会主席张明出席。               | true
      担任 before the post                  | 谁担任工会主席。         | 劳动模范钟华说，能参加献血是我的荣耀。 | false
      哪位 before the post                  | 哪位是站长             | 劳动模范钟华说，能参加献血是我的荣耀。 | false
      who appointed is no post asked       | 谁任命了新的局长？       | 劳动模范钟华说，能参加献血是我的荣耀。 | true
      """)
  void aPostAskedWithWhoFirstIsAskedAsItsHolder(String shows, String question, String sentence, boolean gives) {
    assertEquals(gives, Details.givesThePost(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the post before the name               | 施剑是什么职务？ | 大兴区总工会党组成员、副主席施剑下沉到集中隔离点。 | true
      the name first, then with its post     | 施剑是什么职务？ | 施剑说，副主席施剑已下沉一线。                     | true
      a post beside another name             | 施剑是什么职务？ | 副主席张昊和施剑一起慰问干警。                     | false
      named with no post                     | 张磊是什么职务？ | 女职工张磊诵读着《大国追梦》。                     | false
      担任 is no name                         | 施剑担任什么职务？ | 由区总工会副主席担任组长。                         | false
      """)
  void thePostOfTheNamedStandsRightBeforeTheName(String shows, String question, String sentence, boolean gives) {
    assertEquals(gives, Details.givesThePostOfTheNamed(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      gifts named without a brand             | 送给值守人员的保温水壶是什么牌子的？ | 他们每人收到了一个2升保温水壶、一个医用口罩。 | false
      a body is no brand                      | 送给干警的自热米饭是什么牌子的？     | 副主席到特警大队、刑侦支队送上自热米饭。       | false
      a brand in Latin letters                | 广告里的啤酒是什么牌子的？           | YANJING BEER 中国探月工程官方合作伙伴。        | true
      a name before 牌                        | 送给值守人员的保温水壶是什么牌子的？ | 送上30个象印牌保温水壶。                       | true
      a firm beside other things              | 送给干警的自热米饭是什么牌子的？     | 基层单位充分利用小家冰箱、微波炉等设施设备。   | false
      """)
  void aBrandQuestionIsAnsweredOnlyByANamedBrand(String shows, String question, String sentence, boolean names) {
    assertEquals(names, Details.namesABrand(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      hours are no telephone number           | 心理咨询热线电话号码是多少？ | 开通工会心理咨询热线24小时值守服务。     | false
      a hotline's digits                      | 心理咨询热线电话号码是多少？ | 职工可拨打心理咨询热线010-12351咨询。    | true
      a group chat's number not given         | 防疫微信群 群号多少           | 建立专用的防疫微信群，及时传达到每一名员工。 | false
      a group chat's number                   | 防疫微信群的群号是多少？       | 防疫微信群群号为80512345，欢迎加入。     | true
      """)
  void aTelephoneOrAnotherNumberIsDigitsThePageGives(String shows, String question, String sentence, boolean gives) {
    Question q = Question.read(question);
    assertEquals(true, Details.asksPhoneNumber(q), question);
    assertEquals(gives, Details.givesPhoneNumber(q, sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an APP named                            | 工会开会，让工人手机上下个啥APP？ | 指导职工下载“北京工会12351APP”。 | true
      no APP named                            | 工会开会，让工人手机上下个啥APP？ | 举办职工沟通会，畅通沟通渠道。   | false
      a public account                        | 西城区总工会用的是哪个公众号？    | 利用“西城职工”微信公众号发出倡议。 | true
      """)
  void aThingCarryingItsKindIsNamedWithIt(String shows, String question, String sentence, boolean names) {
    assertEquals(names, Details.namesThing(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a document, none named                  | 组建3支支援队参与封控督查，是依据哪份文件的部署？ | 火速组建成立了由26名精干力量构成的3支支援队。 | false
      a document, its title given             | 开头引用的是国家卫健委哪份通知？                 | 国家卫健委发布的《关于做好疫情防控工作的通知》明确。 | true
      its number, only the title given        | 国家卫健委发布的那份通知文号是什么？             | 国家卫健委发布的《关于做好疫情防控工作的通知》明确。 | false
      its number given                        | 那份表彰文件的文号是什么？                       | 根据京工发〔2022〕12号文件，项目获评优胜班组。 | true
      who paid, no payment said               | 这次培训的费用由哪一方支付？                     | 建工集团工会开展主题培训，50余人参加。        | false
      who paid, a purchase said               | 那30个保温水壶是谁掏钱买的？                     | 这30个保温水壶是王敏个人出资3000元购买的。     | true
      an end, none given                      | 下沉期限到哪天结束？                             | 3月4日，副主席到村里调研。                    | false
      an end given                            | 活动到哪天结束？                                 | 活动将持续到3月31日结束。                     | true
      a figure as of today is no end          | 核酸检测是到哪一天收尾结束的？                   | 从下沉首日起，截至目前已协助完成1.8万人次。   | false
      截止到昨天 is no end either               | 核酸检测是到哪一天收尾结束的？                   | 截止到昨天，已协助完成1.8万人次。             | false
      a day job, only a title's body          | 讲课的何少花平时是在哪个单位上班的？             | 特邀市总工会示范性工匠学院职工匠师何少花授课。 | false
      a day job given                         | 那名护士原本在哪家医院工作？                     | 她在北京朝阳医院工作了十年。                  | true
      a day job, where from                   | 理发师傅平时在哪个单位上班？                     | 两位理发师傅分别来自北辰五洲会议中心和北辰洲际酒店安保部。 | true
      a day job, the employee speaking        | 钟华平时在哪家公司上班？                         | 七星集团献血职工钟华说：“这是我的荣耀。”       | true
      where bought, only who paid             | 那批水壶是在哪家商店买的？                       | 这30个保温水壶是王敏个人出资3000元购买的。     | false
      where bought given                      | 那批口罩是从哪家企业买的？                       | 口罩是工会从本市一家医疗器械公司采购的。       | true
      English, a contract, none named         | Under which service contract did the group send its staff? | 北京顺义物业服务集团组织60余名干部职工每日下沉对应社区。 | false
      English, a document number              | Under which document number was she assigned to the community? | 根据京工发〔2022〕12号文件，她下沉社区。 | true
      English, who paid, no payment said      | Who funded the production costs of the video?   | 常洪霞带领工作室的成员开始制作宣传片。        | false
      """)
  void aDetailAReportGivesOrNotIsAnsweredOnlyWithItsWords(String shows, String question, String sentence, boolean gives) {
    Question q = Question.read(question);
    assertTrue(Details.detailAsked(q).isPresent(), shows);
    assertEquals(gives, Details.detailAsked(q).get().givenIn(sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a method, not a document                | 石岳用了什么办法防止录错？       | false
      a group that organised it               | 沟通会是由哪个工会组织办的？     | false
      who took the photograph                 | 配图由哪位通讯员拍摄？           | false
      whose a lecturer is                     | 讲课的人是哪个单位的？           | false
      English, an end date                    | On what date did her assignment end? | false
      English, a visit paid                   | Who paid a visit to the Daxing police on May 25? | false
      English, who led                        | Who led the team?                | false
      """)
  void noDetailIsAskedByWordsThatOnlyLookLikeIt(String shows, String question, boolean asked) {
    assertEquals(asked, Details.detailAsked(Question.read(question)).isPresent(), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the chairman's name asked               | What is the name of the chairman of the Shunyi District trade union? | 主席
      the chairman asked                      | Who is the chairman of the Lingkong District trade union?           | 主席
      no post asked                           | Who led the team to the quarantine site?                            | ''
      a vice-chairman, whose title varies     | Who is the vice-chairman of the Daxing District trade union?        | ''
      a director of a video                   | Who is the director of the epidemic prevention video?               | ''
      a post in Chinese                       | 顺义区总工会的主席叫什么名字？                                        | 主席
      """)
  void aPostAskedIsReadInEitherLanguage(String shows, String question, String post) {
    assertEquals(post.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(post),
        Details.postAsked(Question.read(question)), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a vice-chairman is no lecturer       | 培训请来的讲师叫什么名字？ | 建工集团公司工会副主席冯俊平指出，安全是重中之重。 | true
      the lecturer named                   | 培训请来的讲师叫什么名字？ | 受邀的红十字会培训讲师王明讲解了心肺复苏。 | false
      a name with no title                 | 培训请来的讲师叫什么名字？ | 王明讲解了心肺复苏的操作流程。 | false
      any post heads something             | 建工集团工会哪位负责人说的？ | 建工集团公司工会副主席冯俊平指出，安全是重中之重。 | false
      a cadre by any post                  | 哪位干部最早请缨？ | 副主席施剑闻令而动，迅速下沉到隔离点。 | false
      whoever teaches is the lecturer      | 培训请来的讲师叫什么名字？ | 工会副主席冯俊平为职工授课。 | false
      """)
  void aRoleAskedIsNotAnsweredBySomeoneOfAnotherTitle(String shows, String question, String sentence, boolean another) {
    assertEquals(another, Details.namedUnderAnotherTitle(Question.read(question), sentence), shows);
  }

  @Test
  void anEnglishChairmanIsNotGivenByADeputysTitle() {
    Question q = Question.read("Who is the chairman of the Lingkong District trade union?");
    assertFalse(Details.givesThePost(q, "大兴区总工会党组书记、常务副主席牛玉俊带队慰问抗疫职工"));
    assertTrue(Details.givesThePost(q, "临空区总工会主席张三带队慰问抗疫职工"));
  }
}
