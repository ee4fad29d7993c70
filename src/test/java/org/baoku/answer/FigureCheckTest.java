package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link FigureCheck}, {@link PartOfWhole} and {@link MemberShares}: a figure of
 * the asked measure answers only if it is the one asked, not the whole, another group's, a total
 * for a rate or a joint sum for a share.
 */
class FigureCheckTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a figure given to three together        | 门头沟区总工会给清水镇单独拨了多少资金？ | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      a figure that never names the member    | 门头沟区总工会给清水镇单独拨了多少资金？ | 各镇街、园区总工会已筹集资金12万元。                       | true
      a figure given to each                  | 门头沟区总工会给清水镇单独拨了多少资金？ | 向大峪街道、清水镇分别拨付资金10万元。                     | false
      no share asked                          | 门头沟区总工会给清水镇拨了多少资金？     | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | false
      the member named after 单给             | 区总工会单给东辛房街道拨了多少资金？     | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      a figure of that member alone           | 区总工会单给东辛房街道拨了多少资金？     | 区总工会向东辛房街道拨付专项资金8万元。                   | false
      the member named after 单给…的          | 那笔专项资金里，单给清水镇的是多少钱？   | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      """)
  void aMembersShareIsNotAFigureGivenToSeveral(String shows, String question, String sentence, boolean not) {
    assertEquals(not, MemberShares.notItsShare(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another group's money                   | 给那近1800名抽调干部职工买慰问品花了多少钱？ | 为下沉社区的177名机关干部送去慰问品27万元。 | true
      the group asked                         | 给那177名机关干部买慰问品花了多少钱？        | 为下沉社区的177名机关干部送去慰问品27万元。 | false
      no group counted                        | 给那近1800名抽调干部职工买慰问品花了多少钱？ | 区总工会送去慰问品27万元。                 | false
      people counted of the group asked       | 那5000多人当中医护人员有多少名？             | 其中医护人员300名。                        | false
      spoken, and in another measure of people | 给那一千八百来号人买慰问品花了多少钱        | 为下沉社区的177名机关干部送去慰问品27万元。 | true
      the group asked, in another measure     | 给那28个人送了多少件慰问品？                 | 为28名党员干部送去慰问品300件。            | false
      within the spoken estimate              | 怀柔区总工会那二十来号人一共进了多少户人家？ | 抽调28名党员干部和专职社工，入户1472户。   | false
      past the estimate                       | 那三十来个人支援了几个社区？                 | 选派42名干部职工下沉支援12个社区。         | true
      visits are no group                     | 给那28个人送了多少件慰问品？                 | 累计到岗185人次，送去慰问品300件。         | false
      """)
  void aSentenceOfAnotherGroupDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, FigureCheck.ofAnotherGroup(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a part of the money it names            | 门头沟那30万里头清水镇分了多少           | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      each one's share of it                  | 那30万元专项资金，三个街镇各拿到多少？   | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      a part of the things it counts          | 自筹的200多个口罩中，KN95口罩有多少个？  | 工作组自筹200多个KN95和医用外科口罩。                       | true
      another body's money beside it          | 拨了30万元，那各镇街另外筹集了多少资金？ | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | false
      the report it names, not a part         | 下沉5个社区那篇里，抽了几名干部去专班？  | 下沉到天宫院街道5个社区，助力登记报备。                     | false
      another figure than the one it names    | 门头沟那30万里头清水镇分了多少           | 各镇街、园区总工会已筹集资金12万元。                        | false
      what the things it counts cost          | 彭春辉送来的60个医用口罩花了多少钱？     | 60个医用口罩，则是彭春辉一早从怀柔城区送来的。              | true
      the people it counts are no price       | 给那28个人送了多少件慰问品？             | 抽调28名党员干部和专职社工，深入社区。                      | false
      people counted in spoken 个             | 那16个机关干部里，去机场转运专班的有几个？ | 区总工会选派了16名机关干部参与到集中隔离点、机场转运专班等。 | true
      English, of the money it names          | Of that 300,000 yuan, how much went to Qingshui Town? | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      English, what the things it counts cost | How much did the 60 medical masks cost?  | 60个医用口罩，则是彭春辉一早从怀柔城区送来的。              | true
      English, the money it names, no part    | After the 300,000 yuan, how much did the towns raise? | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | false
      """)
  void aSentenceRestatingTheWholeAskedOfHoldsNoPart(String shows, String question, String sentence, boolean whole) {
    assertEquals(whole, FigureCheck.restatesTheWhole(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the money named before its figure       | 西坝区总工会所拨专项资金之中，东镇分得多少？   | 已经向东镇、西镇拨付防控专项资金30万元。                 | true
      the money named after its figure        | 那笔慰问资金里，给实验室职工花了多少钱？       | 已筹措60余万元资金，对5000余名职工进行了慰问。           | true
      each one's share is a part              | 西坝区总工会拨的慰问金中，每个街道分到多少钱？ | 为全区17个街道各拨付慰问金5万元。                        | false
      a second sum may be the part            | 西坝区总工会所拨专项资金之中，东镇分得多少？   | 拨付专项资金30万元，其中东镇12万元。                     | false
      a figure of another noun                | 西坝区总工会所拨专项资金之中，东镇分得多少？   | 东镇工会送去价值3万元的慰问品。                          | false
      no part asked of it                     | 西坝区总工会拨了多少专项资金？                 | 已经向东镇、西镇拨付防控专项资金30万元。                 | false
      """)
  void aSentenceGivingOnlyTheWholeNamedHoldsNoPart(String shows, String question, String sentence, boolean whole) {
    assertEquals(whole, FigureCheck.onlyTheWholeNamed(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a body listed among those covered       | 东坝区总工会慰问北京飞宇检验实验室的职工，花了多少钱？ | 已筹措60余万元资金，对一线职工进行了慰问，包括医护人员、北京飞宇检验实验室有限公司等一线的职工。 | true
      the group asked with its members        | 东坝区总工会慰问包括北京飞宇检验实验室在内的职工，一共花了多少钱？ | 已筹措60余万元资金，对一线职工进行了慰问，包括医护人员、北京飞宇检验实验室有限公司等一线的职工。 | false
      the body named before the list          | 北京飞宇检验实验室慰问职工花了多少钱？ | 北京飞宇检验实验室筹措60余万元资金慰问职工，包括医护人员、司机等。 | false
      a sum for each body                     | 东坝区总工会慰问北京飞宇检验实验室的职工，花了多少钱？ | 为北京飞宇检验实验室送去5万元，为其他单位送去8万元，包括医护人员。 | false
      a count, not money                      | 东坝区总工会慰问了北京飞宇检验实验室的多少名职工？ | 对5000余名职工进行了慰问，包括医护人员、北京飞宇检验实验室有限公司等一线的职工。 | false
      """)
  void aSumCoveringAGroupTheAskedBodyIsListedInIsNotItsOwn(String shows, String question, String sentence, boolean group) {
    assertEquals(group, FigureCheck.onlyAGroupListingTheAsked(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the group after another's count         | 跟着处级领导一起借调的骨干力量有几名？ | 选派2名处级领导及骨干力量借调朝阳区疾控中心支援一线。 | true
      the group counted                       | 借调的处级领导有几名？                 | 选派2名处级领导及骨干力量借调朝阳区疾控中心支援一线。 | false
      the two groups asked together           | 抽调的党员干部和专职社工，一共有多少人？ | 怀柔区总工会抽调28名党员干部和专职社工，深入社区。 | false
      the group counted alone elsewhere       | 借调的骨干力量有几名？                 | 选派2名处级领导及骨干力量，其中5名骨干力量借调疾控中心。 | false
      人 of 人民 counts no one                 | 派出的骨干力量有多少名？               | 市第一人民医院和区中医医院派出骨干力量。 | false
      counted alone in Chinese numerals       | 借调的骨干力量有几名？                 | 选派2名处级领导及骨干力量，另有三名骨干力量借调疾控中心。 | false
      """)
  void aCountBindsToTheGroupAfterIt(String shows, String question, String sentence, boolean before) {
    assertEquals(before, FigureCheck.countsTheGroupBefore(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the last of the groups counted together | 参加培训的人里，分包职工代表有多少名？ | 该集团相关领导、项目部及分包职工代表50余人参加。 | true
      the groups asked together               | 相关领导和分包职工代表一共多少人参加？ | 该集团相关领导、项目部及分包职工代表50余人参加。 | false
      the group counted alone                 | 参加培训的分包职工代表有多少名？       | 分包职工代表50余人参加培训。 | false
      a clause before the count names no group | 为多少名抽调的干部职工购买了慰问品？   | 为其他8个工作组和36个系统单位抽调的近1800名干部职工购买了慰问品。 | false
      words describing the group are no groups | 有多少名职工参加了培训？               | 一线、后勤职工200余人参加了培训。 | false
      共 between the groups and their count    | 参加的一线职工有多少名？               | 公司领导、中层干部和一线职工共200余人参加。 | true
      """)
  void aCountAfterGroupsListedCountsThemTogether(String shows, String question, String sentence, boolean together) {
    assertEquals(together, FigureCheck.countsTheGroupsTogether(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      round figure, exact asked               | 签订志愿书的医疗人员确切是多少名？ | 已有千余名一线医疗人员自愿签订了志愿书。 | true
      exact figure                            | 签订志愿书的医疗人员确切是多少名？ | 已有1200名一线医疗人员自愿签订了志愿书。 | false
      round figure, exact not asked           | 签订志愿书的医疗人员有多少名？     | 已有千余名一线医疗人员自愿签订了志愿书。 | false
      近 a round figure                       | 抽调的干部职工准确人数是多少名？   | 为近1800名干部职工购买了慰问品。         | true
      """)
  void aRoundFigureDoesNotAnswerAnExactOne(String shows, String question, String sentence, boolean round) {
    assertEquals(round, FigureCheck.onlyRoundWhereExactAsked(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the whole counted, a part asked         | 下沉支援双丰街道的干部职工中，女职工有多少名？ | 商业集团工会选派32名干部职工下沉支援双丰街道。 | true
      the whole in its own measure            | 驰援香河园街道社区的人次中，5月份有多少人次？  | 驰援香河园街道社区85人次,居住地所在社区报到累计84人次。 | true
      the part counted                        | 下沉支援双丰街道的干部职工中，女职工有多少名？ | 选派32名干部职工，其中15名女职工。             | false
      a figure of neither                     | 两个村的应急物资里，酒精棉片每村有多少片？     | 向两个村分别捐赠10000片酒精棉片等应急防护物资。 | false
      no part asked                           | 商业集团工会选派了多少名干部职工？             | 商业集团工会选派32名干部职工下沉支援双丰街道。 | false
      the whole asked after 里                 | 老干部局组建的支援队里一共有多少人？           | 组建成立了由26名精干力量构成的3支支援队。       | false
      one of the counted whole                | 组建的3支支援队中，参与封控督查的那支支援队有多少人？ | 组建成立了由26名精干力量构成的3支支援队，分别参与封控督查、封控闭环管理。 | true
      one of the counted whole, its own figure | 组建的3支支援队中，参与封控督查的那支支援队有多少人？ | 参与封控督查的支援队有9名队员。 | false
      one of several, not counted in the question | 老干部局的支援队里，负责封控督查的那一支有多少人？ | 组建成立了由26名精干力量构成的3支支援队。 | true
      the part counted with others            | 抽调的那批人里，专职社工有多少名？ | 怀柔区总工会抽调28名党员干部和专职社工，深入社区。 | true
      the part counted alone                  | 抽调的那批人里，专职社工有多少名？ | 其中有12名专职社工，深入社区。 | false
      the whole at the end of a long phrase   | 下沉到台湖镇的党员干部里，在口子村的有几名？ | 看望市总工会10名下沉一线参加村疫情防控工作的党员干部。 | true
      the part in the modifier                | 市总工会党员干部中有多少名下沉到口子村、胡家堡村？ | 看望市总工会10名下沉一线参加村疫情防控工作的党员干部。 | false
      a part named with brackets              | 这些志愿服务队中，属于村（社区）服务站一级的有多少支？ | 发动区、乡镇街道、村（社区）服务站三级服务体系的23支志愿服务队。 | true
      the whole did what the part did         | 物业集团的干部职工中，每日下沉对应社区（村）的有多少名？ | 物业集团组织60余名干部职工每日下沉对应社区（村），重点支援卡口值守。 | false
      中心 is no "among"                      | 借调到区疾控中心的处级领导有几名？ | 选派2名处级领导及骨干力量借调朝阳区疾控中心支援一线。 | false
      中 before 学生 is "among"                | 参加活动的职工中学生有多少名？ | 共有120名职工参加活动。 | true
      each one's figure                       | 市总工会向两个村捐赠的口罩里，口子村得到多少个？ | 到口子村、胡家堡村调研，向两个村分别捐赠4000个口罩。 | false
      """)
  void aFigureOfTheWholeDoesNotAnswerForAPart(String shows, String question, String sentence, boolean whole) {
    assertEquals(whole, PartOfWhole.countsTheWhole(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      each of two villages                    | 市总工会累计捐赠了多少个口罩？ | 代表市总工会向两个村分别捐赠4000个口罩。 | true
      the total given                         | 市总工会累计捐赠了多少个口罩？ | 市总工会累计捐赠8000个口罩。 | false
      respectively, not each                  | 这两类人员合计大约有多少人？ | 安排9个分会，分别向1000余名养护员工和800余名保洁工人宣传。 | false
      no total asked                          | 市总工会给每个村捐赠了多少个口罩？ | 代表市总工会向两个村分别捐赠4000个口罩。 | false
      a share asked with 一共                  | 单道每小时一共检测多少人？ | 单道每小时检测量约160人。 | false
      """)
  void aShareOfEachIsNotTheTotal(String shows, String question, String sentence, boolean each) {
    assertEquals(each, FigureCheck.eachNotTheTotal(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the teams' total                        | 3支支援队每一支分别有多少人？ | 组建成立了由26名精干力量构成的3支支援队。 | true
      each team's own                         | 3支支援队每一支分别有多少人？ | 3支支援队各有8名队员。 | false
      each village's share                    | 市总工会给每个村捐赠了多少个口罩？ | 代表市总工会向两个村分别捐赠4000个口罩。 | false
      the villages' total                     | 市总工会给每个村捐赠了多少个口罩？ | 市总工会累计捐赠8000个口罩。 | true
      a rate of time is another check         | 石岳每天几点到岗？ | 我每天6点前准时到岗。 | false
      no each asked                           | 3支支援队一共有多少人？ | 组建成立了由26名精干力量构成的3支支援队。 | false
      a figure for each, listed               | 两家企业每家分别捐了多少钱？ | 两家企业捐款10万元、5万元。 | false
      the share after the figure              | 每户发了多少斤大米？ | 为困难家庭送去大米20斤/户。 | false
      the two barbers' total                  | 两位理发师傅各自给多少名职工理了发？ | 两位理发师傅截至昨天，已为160多名职工上门服务。 | true
      each barber's own                       | 两位理发师傅各自给多少名职工理了发？ | 两位师傅各为80多名职工上门服务。 | false
      """)
  void aTotalIsNotEachOnesShare(String shows, String question, String sentence, boolean total) {
    assertEquals(total, FigureCheck.totalNotEach(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a larger group                          | 那10名党员干部，口子村和胡家堡村各分了几个人？ | 科学安排调整78名党员防控分布。 | true
      another district's larger figure        | 那28个人里，党员干部和专职社工分别是多少人？ | 东城区总工会选派32名干部到社区一线。 | true
      a part of the group                     | 那10名党员干部，口子村和胡家堡村各分了几个人？ | 口子村6名、胡家堡村4名党员干部。 | false
      no share asked                          | 那10名党员干部一共慰问了多少人？ | 慰问78名党员。 | false
      a rate, not a share                     | 这3名医生每天分别要接诊多少人？ | 3名医生每天接诊患者200余人。 | false
      """)
  void aShareOfAGroupIsSmallerThanTheGroup(String shows, String question, String sentence, boolean another) {
    assertEquals(another, FigureCheck.notAShareOfTheGroup(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a month's figure for the year's          | 大兴今年全年累计有多少人次志愿者上阵？ | 近1个月内，全区20123人次职工志愿者参与核酸检测。 | true
      a year's figure                          | 大兴今年全年累计有多少人次志愿者上阵？ | 今年以来，全区20123人次职工志愿者参与核酸检测。 | false
      a month's figure asked                   | 大兴近一个月有多少人次志愿者上阵？ | 近1个月内，全区20123人次职工志愿者参与核酸检测。 | false
      """)
  void aShorterStretchsFigureIsNotTheYears(String shows, String question, String sentence, boolean shorter) {
    assertEquals(shorter, FigureCheck.ofAShorterSpan(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the Party members among them            | 第九车队共有多少名职工？ | 第九车队49名党员职工坚守岗位。 | true
      everyone of the staff                   | 庞各庄镇慰问的防控一线共有多少名职工？ | 慰问防控一线的900余名干部职工。 | false
      a group the question defines            | 下沉社区收到慰问品的共有多少名干部？ | 为下沉社区的177名机关干部送去慰问品。 | false
      all of them                             | 第九车队共有多少名职工？ | 第九车队共有职工120名，49名职工坚守岗位。 | false
      the part the question names             | 第九车队共有多少名党员职工？ | 第九车队49名党员职工坚守岗位。 | false
      not a size asked                        | 第九车队有多少名职工坚守岗位？ | 第九车队49名党员职工坚守岗位。 | false
      """)
  void aGroupsSizeIsNotAPartsFigure(String shows, String question, String sentence, boolean part) {
    assertEquals(part, FigureCheck.ofAPartOfTheGroup(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the part after its count                | 选派的机关干部中有多少名被派到机场转运专班？ | 大兴区总工会选派了16名机关干部参与到集中隔离点、机场转运专班等工作中。 | true
      the part after its count, counted       | 选派的机关干部中有多少名被派到机场转运专班？ | 其中5名干部被派到机场转运专班。 | false
      """)
  void aPartAskedAfterItsCountIsNotTheWhole(String shows, String question, String sentence, boolean whole) {
    assertEquals(whole, PartOfWhole.countsTheWhole(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one figure for three listed             | 门头沟区总工会给清水镇拨了多少防控专项资金？ | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      the question names them all             | 区总工会给大峪街道、东辛房街道和清水镇拨了多少钱？ | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | false
      each given as much                      | 市总工会给口子村捐了多少个口罩？             | 到口子村、胡家堡村调研，向两个村分别捐赠4000个口罩。       | false
      the member alone                        | 区总工会给东辛房街道拨了多少资金？           | 区总工会向东辛房街道拨付专项资金8万元。                   | false
      the recipient after the verb            | 区总工会拨给清水镇的防控专项资金是多少万元？ | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      the sum the question gives              | 那30万元专项资金里，拨给清水镇的是多少？     | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      a kind of recipient, counted            | 镇总工会给村社送了多少件防暑物资？           | 为镇域内50个村社、疫情防控科室、包村干部职工送去3900余件饮用水等防暑物资。 | false
      one place alone                         | 区总工会给清水镇一个地方拨了多少钱的防控资金？ | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      the place right after the verb          | 区总工会单独拨付清水镇的专项资金数额？       | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | true
      a sum, not a place, after the verb      | 区总工会拨付防控专项资金的数额？             | 已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元。 | false
      a kind of recipient after the verb      | 区总工会下拨基层社区的资金是多少？           | 为基层社区、村拨付资金10万元。                             | false
      """)
  void oneRecipientsSumIsNotOneGivenToSeveral(String shows, String question, String sentence, boolean joint) {
    assertEquals(joint, MemberShares.givenJointly(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wages asked, a grant given              | 那50个工会社工下去帮忙，一个月工资给多少钱？ | 区总工会拨付防控专项资金30万元。 | true
      a lecturer's fee asked, none given      | 请红十字会讲师来讲课，讲课费花了多少钱？     | 培训共花费2万元。               | true
      a subsidy asked, a fund given           | 今年工会给退休职工发的取暖补贴是多少钱？     | 丰台区总工会投入专项资金139万元。 | true
      a subsidy given                         | 朝阳区总工会给社区的补贴是多少？             | 按社区大小分别予以5万、8万、10万元的慰问补贴。 | false
      the pay named                           | 社工一个月工资多少钱？                       | 社工月工资为6000元。            | false
      no pay asked                            | 区总工会拨了多少防控专项资金？               | 区总工会拨付防控专项资金30万元。 | false
      """)
  void payIsAnsweredOnlyByThatPay(String shows, String question, String sentence, boolean not) {
    assertEquals(not, FigureCheck.notThePay(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a total for a daily rate                | 平均每天入户多少户？         | 深入社区、乡村，入户1472户。                   | true
      another period                          | 单道每天检测量约多少人？     | 单道每小时检测量约160人。                      | true
      the rate in another clause              | 单道每天检测量约多少人？     | 我每天6点前准时到岗，已协助完成检测1.8万人次。 | true
      the period asked                        | 单道每小时大概能检测多少人？ | 单道每小时检测量约160人。                      | false
      每日 for 每天                           | 每天组织多少名干部职工下沉？ | 组织60余名干部职工每日下沉对应社区。           | false
      a yearly mean                           | 当地年均降水量是多少毫米？   | 当地年平均降水量为1200毫米。                   | false
      a day's figure said with 一天           | 车站每天有几班固定往返班次？ | 一天只有8班固定往返班次。                      | false
      """)
  void aRateIsAnsweredOnlyByAFigureOfThatPeriod(String shows, String question, String sentence, boolean not) {
    assertEquals(not, FigureCheck.notAtTheRate(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the district for the city               | 近1个月北京全市有多少人次职工志愿者参与？ | 近1个月内，全区20123人次职工志愿者参与核酸检测。 | true
      the level asked                         | 大兴全区有多少人次职工志愿者参与？        | 近1个月内，全区20123人次职工志愿者参与核酸检测。 | false
      no level given                          | 北京全市有多少人次职工志愿者参与？        | 20123人次职工志愿者参与核酸检测。               | false
      """)
  void aFigureOfAnotherWholeDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, FigureCheck.ofAnotherWhole(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      one session for ten                     | 那10场心肺复苏培训，一共培训了多少名职工？ | 开展主题培训，项目部及分包职工代表50余人参加。   | true
      the count given with it                 | 那3支支援队，总共由多少人组成？           | 组建成立了由26名精干力量构成的3支支援队。        | false
      the count in numerals                   | 派了二十八个人，他们一共入户了多少户？     | 抽调28名党员干部，深入社区、乡村，入户1472户。  | false
      a total given                           | 那10场培训一共培训了多少名职工？           | 今年以来累计培训职工500余人。                    | false
      a stretch of time, no set of things     | 这一个来月里，志愿者累计有多少人次？       | 近1个月内，全区20123人次职工志愿者参与核酸检测。 | false
      no total asked                          | 那10场培训里第一场有多少名职工参加？       | 开展主题培训，项目部及分包职工代表50余人参加。   | false
      groups the asker names                  | 给民警、医护人员和职工志愿者这三个群体一共送了多少件慰问品？ | 将1250件饮料、牛奶等慰问品送到他们手中。 | false
      a running total                         | 社区已开展了三轮全员核酸检测，她一共协助完成了多少人次？ | 截至目前,已协助完成核酸检测1.8万人次。 | false
      an ordinal is no count                  | 第三轮检测一共检测了多少人？               | 社区开展核酸检测，检测居民3000人。               | false
      an ordinal of two numerals              | 第十二期读书会一共有多少名职工参加？       | 读书会上职工们分享了红色书籍，30名职工参加。     | false
      a count inside another number           | 那3场培训一共培训了多少名职工？            | 项目部30名职工参加了培训。                       | true
      """)
  void aTotalOverCountedThingsIsGivenWithTheCountOrAsATotal(String shows, String question, String sentence, boolean not) {
    assertEquals(not, FigureCheck.notTheTotal(Question.read(question), sentence), shows);
  }
}
