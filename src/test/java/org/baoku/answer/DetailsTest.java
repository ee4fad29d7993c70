package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link Details}: a document, its number, who paid, an end, a day job or where
 * something was bought is answered only by a sentence that gives it.
 */
class DetailsTest {

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
      more than in earlier years, none said   | 丰台区总工会这笔专项资金，比往年多了多少？       | 丰台区总工会投入专项资金139万元，对40个基层单位进行补贴。 | false
      more than in earlier years, said        | 丰台区总工会这笔专项资金，比往年多了多少？       | 专项资金139万元，较去年增长两成。             | true
      a first time, none said                 | 东升科技园二期是头一回拿“安康杯”优胜班组吗？     | 东升科技园二期工程项目获北京市2021年度“安康杯”竞赛优胜班组荣誉称号。 | false
      提高 no change by a figure             | 东升科技园二期是头一回拿“安康杯”优胜班组吗？     | 项目工会探索智慧工地建设与提高职工安康素质。   | false
      a rank given                            | 派西·卫斯理在家里排第几？                       | 派西在卫斯理家排行第三。                       | true
      the fastest, none said                  | 单道每小时160人，在全市算最快的吗？             | 工作中，我做到快而不乱，单道每小时检测量约160人。 | false
      第一时间 is no rank                     | 这次部署会是不是全市第一个开的？                 | 公司工会第一时间组织召开紧急工作部署会。       | false
      who provided it, not said               | 演示用的人体模型和除颤仪，是哪家单位提供的？     | 讲师利用人体模型讲解心肺复苏的详细操作流程。   | false
      who provided it, said                   | 那批保温水壶是哪家单位捐的？                     | 王敏将水壶捐赠给了中国民主促进会怀柔工委。     | true
      who awarded it, not said                | 优胜班组称号是哪个单位评选颁发的？               | 项目获北京市2021年度“安康杯”竞赛优胜班组荣誉称号。 | false
      who sent them, not said                 | 采血人员是哪家血液中心派来的？                   | 100多名职工来到设在飞宇公司的集中采血点。     | false
      an address, only the area               | 医疗保障组在区卫健委的哪栋楼、哪个房间办公？     | 走访慰问了设在区卫健委的区防疫工作医疗保障组。 | false
      an address given                        | 那个卡口具体在平谷哪条路上？                     | 卡口设在平谷区府前街与新平北路交叉口。         | true
      a branch, not given                     | 那家桔子酒店是哪个分店？                         | 6月2日，一行分别来到桔子酒店、区人社局走访慰问。 | false
      a comparison, said by 率先             | 他们是头一回完成接种吗？                         | 北房村率先完成了接种。                         | true
      earlier than usual, said                | 下沉期间他每天比平时早起多久？                   | 他每天比平时早起两个小时。                     | true
      a donor bringing them                   | 这些口罩是哪家企业捐赠的？                       | 北京同仁堂公司向区总工会送来口罩2万只。        | true
      a named building                        | 疫苗接种点设在园区的哪栋楼？                     | 接种点设在园区的综合服务楼内。                 | true
      English, a contract, none named         | Under which service contract did the group send its staff? | 北京顺义物业服务集团组织60余名干部职工每日下沉对应社区。 | false
      English, a document number              | Under which document number was she assigned to the community? | 根据京工发〔2022〕12号文件，她下沉社区。 | true
      English, who paid, no payment said      | Who funded the production costs of the video?   | 常洪霞带领工作室的成员开始制作宣传片。        | false
      English, an end day, a start given      | On what date did Shi Yue's assignment in his community end? | 5月7日,我作为市总工会机关系统下沉社区人员,到居住地所在的社区参与防控工作。 | false
      English, until what day, an end given   | Until what date will the barbers keep visiting workers? | 活动将持续到3月31日结束。 | true
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
      a police station, not who sent          | 慰问的民警是哪个派出所的？       | false
      a party secretary, no rank              | 谁是第一书记？                   | false
      the hardest, asked of someone           | 下沉社区期间，他觉得什么是最大的困难？ | false
      the body given to                       | 区总工会向哪些企业提供了援助资金？ | false
      why provided                            | 为什么这家医院要免费提供核酸检测？ | false
      a route, no address                     | 这趟通勤班车走的是哪条路线？     | false
      the day they were sent                  | 第一批干部是哪天派出去的？       | false
      a stage told, no rank asked             | 扫码录入其实是第一环节，他是用什么办法避免录错的？ | false
      English, a bare when of an end          | When did her assignment end?     | false
      English, a visit paid                   | Who paid a visit to the Daxing police on May 25? | false
      English, who led                        | Who led the team?                | false
      """)
  void noDetailIsAskedByWordsThatOnlyLookLikeIt(String shows, String question, boolean asked) {
    assertEquals(asked, Details.detailAsked(Question.read(question)).isPresent(), shows);
  }
}
