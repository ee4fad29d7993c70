package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link AskedPhrases#fits}: whether a sentence holds the kind of thing a question
 * asks, the feature the evidence model reads most after its similarity to the question.
 */
class AskedPhrasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a day answers 哪天                              | 献血活动是哪天举行的？           | 3月4日一大早，100多名职工来到采血点献血。 | true
      a time of day alone does not answer 哪天        | 献血活动是哪天举行的？           | 职工每天早上6点前到岗。                   | false
      a time of day answers 几点                      | 石岳每天早上几点之前到岗？       | 从下沉首日起，我每天6点前准时到岗。       | true
      a day does not answer 几点                      | 石岳每天几点收工？               | 5月7日，我到居住地所在社区参与防控。      | false
      the time the question gives is not the one asked | 石岳每天6点前到岗，几点收工？   | 从下沉首日起，我每天6点前准时到岗。       | false
      an hour of another event                        | 石岳每天一般几点收工下班？       | 从下沉首日起，我每天6点前准时到岗。       | false
      a day does not answer what time                 | By what time did Shi Yue report for duty each day? | 5月7日，我到居住地所在社区参与防控。 | false
      a time of day answers what time                 | By what time did Shi Yue report for duty each day? | 从下沉首日起，我每天6点前准时到岗。 | true
      a sentence without a time does not answer 几点  | 石岳每天早上几点之前到岗？       | 我主要负责信息扫码录入等工作。           | false
      a body that comes with the asked role           | 培训请的是哪家机构的讲师？       | 受邀的北京市红十字会培训讲师讲解了急救知识。 | true
      a body without the asked role                   | 培训请的是哪家机构的讲师？       | 北京建工集团工会开展主题培训。           | false
      the role-holders tagged a body                  | 培训请的是哪家单位的培训讲师？   | 职工在培训讲师团队手把手的指导下进行了实际演练。 | false
      a reader's 老师 is the report's 讲师            | 讲课的老师是哪个单位的？         | 受邀的北京市红十字会培训讲师讲解了急救知识。 | true
      a body without the teacher asked                | 讲课的老师是哪个单位的？         | 北京建工集团工会开展主题培训。           | false
      a Hong Kong reader's 导师 is the report's 讲师    | 请了哪个机构的导师来讲课？       | 受邀的北京市红十字会培训讲师讲解了急救知识。 | true
      a reader's 劳模 is a 劳动奖章's holder          | 自己拍防疫宣传片的是哪一位劳模？ | 全国五一劳动奖章获得者常洪霞带领工作室制作宣传片。 | true
      a 劳模 asked, no honour named                   | 自己拍防疫宣传片的是哪一位劳模？ | 司机李明带领工作室制作宣传片。           | false
      money asked after the noun measured             | 慰问金总额是多少？               | 共发放慰问金139万元。                    | true
      a department's own name answers 哪个部门        | 工会的李明是哪个部门的？         | 宣传部李明：防控一线就是考场。           | true
      an office answers 哪个部门                      | 工会的李明是哪个部门的？         | 办公室李明：与社工们一起战斗。           | true
      干部 is no department                           | 工会的李明是哪个部门的？         | 李明作为党员干部走在前。                 | false
      机关干部 is no department                       | 工会的李明是哪个部门的？         | 李明作为机关干部走在前。                 | false
      a place is no department                        | 工会的李明是哪个部门的？         | 李明在小区入口处值守。                   | false
      a count is no sum of money                      | 慰问金总额是多少？               | 为40个基层单位发放慰问金。               | false
      a sum the question gives in 万 is not the answer | 那139万专项资金里买防护用品花了多少？ | 投入专项资金139万元，用于防护用品购置。 | false
      a role named by its stem                        | 那位市劳模献血者叫什么？         | 劳动模范、七星集团献血职工钟华说。       | true
      the count the question gives is not the answer  | 那5000多人当中医护工作者有多少人？ | 对5000余名医护工作者和一线职工进行了慰问。 | false
      a date the question gives is no count           | 4月30日接到任务后多长时间内成立了小组？ | 4月30日，在接到任务30分钟内成立小组。 | true
      a length is no time taken                       | 他在隔离点一共驻守了多长时间？   | 提醒居民戴口罩、保持2米间距。            | false
      a month is no count of hours                    | 志愿者一共服务了多少个小时？     | 近1个月内，全区20123人次职工志愿者参与核酸检测。 | false
      hours answer 几个小时                           | 她在卡口站了几个小时？           | 早上7点钟她准时站在卡口，值守了6个小时。 | true
      a length answers 有多长                         | 那条隧道有多长？                 | 隧道全长2公里。                          | true
      every one counted is no count                   | 微信群共有多少名成员？           | 及时通过微信工作群传达到每一名员工。     | false
      people in 万 need no measure                    | 西城工会会员职工多少人？         | 面向全区22万会员职工发出倡议。           | true
      a figure in 万 of things is no count of people  | 西城工会会员职工多少人？         | 投入专项资金22万用于慰问。               | false
      a day does not answer 哪年                      | 牛玉俊是哪年当上常务副主席的？   | 6月2日，常务副主席牛玉俊带队慰问。       | false
      a year answers 哪年                             | 这个项目是哪一年开工的？         | 该项目于2020年开工。                     | true
      a share in digits answers 百分之多少            | 志愿者里党员占百分之多少？       | 其中党员占62%。                          | true
      a share written out answers 多大比例            | 志愿者里党员占多大比例？         | 其中党员占到百分之六十。                 | true
      a count is no share                             | 志愿者里党员占多大比例？         | 其中党员有300名。                        | false
      the day asked again does not answer its hour    | 郑默杰3月4号去口子村是上午几点到的？ | 3月4日，郑默杰到口子村调研。         | false
      a time answers the hour of a given day          | 郑默杰3月4号去口子村是上午几点到的？ | 3月4日上午9点，郑默杰到口子村调研。  | true
      an age asked of this year                       | 孙世博今年到底多大？             | 孙世博已经近三周没有回家。               | false
      a day that happened is no day planned           | 二期工程计划什么时候竣工？       | 该工程自2020年开工建设。                 | false
      a day planned answers a plan                    | 二期工程计划什么时候竣工？       | 该工程计划于2023年6月竣工。              | true
      a project named 计划 asks no plan               | 单体型图计划第三阶段数据将在什么时间发布？ | 第三阶段数据于2009年春季发布。 | true
      a day gives the weekday its issue's year works out | 职工献血那天是星期几？        | 3月4日一大早，职工来到采血点献血。       | true
      no day, no weekday                              | 职工献血那天是星期几？           | 一大早，职工来到采血点献血。             | false
      an hour is no weekday                           | 职工献血那天是星期几？           | 职工每天6点前来到采血点献血。            | false
      a day of the week answers it                    | 职工献血那天是星期几？           | 3月4日（星期三），职工来到采血点献血。   | true
      周几 asks it too                                 | 读书会周几举行？                 | 读书会每周五下午举行。                   | true
      慰问品 are goods of any name                     | 镇总工会送了多少件慰问品？       | 为村社送去3900余件饮用水、清凉礼包等防暑物资。 | true
      but goods are no people                          | 镇总工会慰问了多少名职工？       | 为村社送去3900余件饮用水、清凉礼包等防暑物资。 | false
      a volume is asked in litres                      | 保温水壶的容量是多大？           | 每人收到一个2升保温水壶。               | true
      """)
  void fitsWhatIsAsked(String shows, String question, String sentence, boolean fits) {
    assertEquals(fits, AskedPhrases.fits(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', textBlock = """
      劳模 | 北京市劳动模范钟华说     | true
      劳模 | 劳动者在岗位上做楷模     | false
      讲师 | 受邀的培训讲师讲解       | true
      模范 | 劳动模范                 | true
      """)
  void aRoleIsFoundWholeOrAsTheFullFormOfItsAbbreviation(String role, String text, boolean found) {
    assertEquals(found, AskedPhrases.abbreviates(role, text), role + " in " + text);
  }
}
