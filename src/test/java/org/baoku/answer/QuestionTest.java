package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.baoku.chat.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of question readings, one row per kind of question: what is asked, the measure a
 * number must carry, what is counted, the kind of body asked after {@code 哪个}, whose name is
 * asked. A change in the reading rules shows here, row by row, before it shows as a moved figure.
 */
class QuestionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      李桥镇的工会工作者要求查验多少小时内的核酸阴性证明？ | NUMBER       | 小时 | -    | -              | -
      顺义商业集团工会下沉支援的干部职工中有多少名党员？     | NUMBER       | 名   | 党员 | -              | -
      这次活动一共捐了多少钱？                               | NUMBER       | 元   | -    | -              | -
      拨给各街道的慰问金总额具体是多少？                     | NUMBER       | 元   | -    | -              | -
      培训的费用一共有多少？                                 | NUMBER       | 元   | -    | -              | -
      二期工程的总投资是多少？                               | NUMBER       | 元   | -    | -              | -
      给社区买口罩花了多少？                                 | NUMBER       | 元   | -    | -              | -
      为干部职工购买慰问品共花费多少？                       | NUMBER       | 元   | -    | -              | -
      她掏了多少钱买的水壶？                                 | NUMBER       | 元   | -    | -              | -
      区工会拿出来多少专向资金？                             | NUMBER       | 元   | -    | -              | -
      北辰集团工会给多少职工免费上门理发？                   | NUMBER       | -    | 职工 | -              | -
      参加读书会的人数有多少？                               | NUMBER       | 人   | -    | -              | -
      村里的外地人到底有多少？                               | NUMBER       | 人   | 外地人 | -            | -
      截至目前，胡家堡村登记在册的外来人口总数是多少？       | NUMBER       | 人   | -    | -              | -
      志愿者的数量是多少？                                   | NUMBER       | 人   | -    | -              | -
      建工集团工会组织主题培训，主要是出于哪些考虑？         | REASON       | -    | -    | -              | -
      工会开通心理热线有哪些目的？                           | REASON       | -    | -    | -              | -
      下沉天竺镇的那4名工会干部分别是哪几位同志？            | PERSON       | -    | -    | -              | -
      通知里说哪些人是流感的易感人群？                       | OTHER        | -    | -    | -              | -
      老人和孩子属于何种人群？                               | OTHER        | -    | -    | -              | -
      哪些人参加了这次培训？                                 | PERSON       | -    | -    | -              | -
      这笔钱用来慰问哪些人？                                 | OTHER        | -    | -    | -              | -
      还给职工发了哪本宣传册？                               | OTHER        | -    | -    | -              | -
      哪部门负责发放宣传册？                                 | ORGANISATION | -    | -    | 部门           | -
      值守的核酸检测点，数量？                               | NUMBER       | -    | -    | -              | -
      那4名干部，名单/姓名？                                 | PERSON       | -    | -    | -              | 干部
      那份通知，具体发布日期？                               | DATE         | -    | -    | -              | -
      Runtime of the video made by the studio?               | NUMBER       | 时长 | -    | -              | -
      分享下沉心声的工会干部有哪几位？                       | LIST         | -    | -    | -              | -
      慰问品的数量是多少？                                   | NUMBER       | -    | -    | -              | -
      程序启用后共登记外来人口多少人？                       | NUMBER       | 人   | 人口 | -              | -
      这种鱼的体长是多少？                                   | NUMBER       | -    | -    | -              | -
      读书会的名额有几个？                                   | NUMBER       | 个   | -    | -              | -
      宣传片的点击量是多少？                                 | NUMBER       | -    | -    | -              | -
      文章发到公众号以后，阅读量有多少？                     | NUMBER       | -    | 阅读 | -              | -
      那条倡议的阅读量最后有多少？                           | NUMBER       | -    | 阅读 | -              | -
      这批口罩的价格是多少？                                 | NUMBER       | 元   | -    | -              | -
      图书馆上线了多少本电子书？                             | NUMBER       | 本   | 电子书 | -            | -
      工会送了多少台电脑？                                   | NUMBER       | 台   | 电脑 | -              | -
      小程序一共登记了多少名外来人口？                       | NUMBER       | 名   | 人口 | -              | -
      小程序一共登记了多少名外来人员？                       | NUMBER       | 名   | 外来人员 | -          | -
      服务站一共有多少名工作人员？                           | NUMBER       | 名   | 工作人员 | -          | -
      工会一共走访了多少户人家？                             | NUMBER       | 户   | -    | -              | -
      旧宫跟青云店，各送了多少件东西                         | NUMBER       | 件   | -    | -              | -
      三支支援队总共由多少名人员组成？                       | NUMBER       | 名   | -    | -              | -
      施剑下到哪儿的隔离点去了？                             | PLACE        | -    | -    | 隔离点         | -
      镇总工会是到哪一个村去看望工作人员的？                 | PLACE        | -    | -    | 村             | -
      筹措的60余万元资金里有多少来自市总工会？               | NUMBER       | 万元 | -    | -              | -
      那30万元专项资金里，拨给清水镇的是多少？               | NUMBER       | 万元 | -    | -              | -
      毛彩兰在北小区卡口值守了多久？                         | NUMBER       | 时间 | -    | -              | -
      施剑在隔离点一共驻守了多长时间？                       | NUMBER       | 时间 | -    | -              | -
      施剑在隔离点一共驻守了多少时间？                       | NUMBER       | 时间 | -    | -              | -
      城建十六那块菜地多大                                   | NUMBER       | -    | -    | -              | -
      城建十六那块菜地有多大？                               | NUMBER       | -    | -    | -              | -
      城建十六公司那块菜园多大面积？                         | NUMBER       | -    | -    | -              | -
      口子村村支书叫什么？                                   | PERSON       | -    | -    | -              | 村支书
      宣传片有多长？                                         | NUMBER       | 时长 | -    | -              | -
      毛彩兰在卡口一站站了几个钟头？                         | NUMBER       | 钟点 | -    | -              | -
      朝阳工会心理热线 几个小时有人接                        | NUMBER       | 钟点 | -    | -              | -
      郑默杰调研口子村时看望了多少名村两委干部？             | NUMBER       | 名   | 村两委干部 | -        | -
      建工集团今年在工地搞了几场急救培训                     | NUMBER       | 场   | 急救培训 | -          | -
      常洪霞工作室制作的宣传片时长是多少？                   | NUMBER       | 时长 | -    | -              | -
      常洪霞带着工作室做的防疫宣传片，片长多少？             | NUMBER       | 时长 | -    | -              | -
      佢哋拍嗰條疫情防控宣傳片有幾長？                       | NUMBER       | 时长 | -    | -              | -
      胡家堡村外地来的租户有多少人？                         | NUMBER       | 人   | 租户 | -              | -
      施剑下沉到哪了？                                       | PLACE        | -    | -    | -              | -
      北京电控职工的献血活动是哪天举行的？                   | DATE         | -    | -    | -              | -
      集中采血点设在几点开始采血？                           | DATE         | -    | -    | -              | -
      60个医用口罩是谁从怀柔城区送来的？                     | PERSON       | -    | -    | -              | -
      建工集团急救培训的讲师叫什么名字？                     | PERSON       | -    | -    | -              | 讲师
      建工集團急救培訓的講師叫甚麼名字？                     | PERSON       | -    | -    | -              | 讲师
      座谈会上说到的那位护士，本人叫什么名字？               | PERSON       | -    | -    | -              | 护士
      有位干部都快三个礼拜没回家了，他叫什么名字？           | PERSON       | -    | -    | -              | -
      那个把自己行军床带到一线的人叫啥                       | PERSON       | -    | -    | -              | -
      把自己行军床搬到一线那哥们叫啥                         | PERSON       | -    | -    | -              | 哥们
      给志愿者送鸡汤的那位热心居民叫啥名字                   | PERSON       | -    | -    | -              | 居民
      那个小伙子叫什么                                       | PERSON       | -    | -    | -              | 小伙子
      下沉天竺镇的那4名工会干部，我想写进文章，他们分别叫什么？ | PERSON       | -    | -    | -              | -
      两位理发师傅的姓名分别是什么？                         | PERSON       | -    | -    | -              | -
      哪位防疫志愿者在卡口值守？                             | PERSON       | -    | -    | -              | 志愿者
      把行军床带到一线去的是哪一位？                         | PERSON       | -    | -    | -              | -
      拍摄保障组照片的是哪一位记者？                         | PERSON       | -    | -    | -              | 记者
      沟通会那篇是哪个记者写的                               | PERSON       | -    | -    | -              | 记者
      哪个干部把自家行军床扛到了一线？                       | PERSON       | -    | -    | -              | 干部
      在哪个园区慰问职工？                                   | PLACE        | -    | -    | 园区           | -
      哪个劳模创新工作室拍的宣传片？                         | ORGANISATION | -    | -    | 劳模           | -
      这是形容哪个单位党员干部的？                           | ORGANISATION | -    | -    | 单位党员干部,干部 | -
      集中采血点设在哪里？                                   | PLACE        | -    | -    | -              | -
      上课的老师是哪儿请来的？                               | PLACE        | -    | -    | -              | 老师
      哪个社区的居民收到了口罩？                             | PLACE        | -    | -    | 社区           | 居民
      区总工会先派了几名干部去一线，他们接着要去的是哪个镇？ | PLACE        | -    | -    | 镇             | -
      志愿者打电话问职工啥时候回京，他们靠哪个系统做统计？   | ORGANISATION | -    | -    | 系统           | -
      施剑是哪天下沉的，为什么？                             | DATE         | -    | -    | -              | -
      下沉的那4名工会干部，分别叫什么名字？                  | PERSON       | -    | -    | -              | 干部
      下沉天竺镇的4名工会干部，他们名字都是什么？            | PERSON       | -    | -    | -              | -
      两位理发师傅具体叫什么名字？                           | PERSON       | -    | -    | -              | -
      这句话是王敏说的，还是另有其人？                       | PERSON       | -    | -    | -              | -
      北辰集团的两位理发师傅，名字叫什么？                   | PERSON       | -    | -    | -              | -
      谁下沉到兴安健康公寓集中隔离点，是什么时候？           | PERSON       | -    | -    | -              | -
      哪个街道工委和职工大学开展了党支部共建？               | ORGANISATION | -    | -    | 街道工委,工委  | -
      哪家公司设立了集中采血点？                             | ORGANISATION | -    | -    | 公司           | -
      听课的是哪家快递公司的小哥？                           | ORGANISATION | -    | -    | 快递公司,快递  | 小哥
      培训请的是哪家机构的讲师？                             | ORGANISATION | -    | -    | 机构           | 讲师
      来讲课的老师是哪个单位的？                             | ORGANISATION | -    | -    | 单位           | 老师
      援鄂的护士在哪家医院工作？                             | ORGANISATION | -    | -    | 医院           | -
      文章开头引用的是卫健委哪份通知？                       | TITLE        | -    | -    | 通知           | -
      捐来的物资最后送进了哪一家医院？                       | ORGANISATION | -    | -    | 医院           | -
      副主席后来被派到哪一处集中隔离点？                     | PLACE        | -    | -    | 集中隔离点,隔离 | -
      几场讲座的题目各为何？                                 | TITLE        | -    | -    | 题目           | -
      做宣传片的那个工作室，全称叫什么？                     | TITLE        | -    | -    | 工作室         | -
      他支援的那个检测机构，名称是什么？                     | TITLE        | -    | -    | 机构           | -
      那次讲座用的是什么题目呢？                             | TITLE        | -    | -    | 题目           | -
      宣讲用的题目，书名号里原文是怎么写的？                 | TITLE        | -    | -    | 题目           | -
      项目工会围绕一个竞赛主题搞活动，那个主题是什么？       | TITLE        | -    | -    | 主题           | -
      受表彰的那位老人，她儿子叫什么名字？                   | PERSON       | -    | -    | -              | 儿子
      志愿者里党员占百分之多少？                             | NUMBER       | %    | -    | -              | -
      返岗职工占多大比例？                                   | NUMBER       | %    | -    | -              | -
      参训职工的考核合格率是多少？                           | NUMBER       | %    | -    | -              | -
      捐赠的应急防护物资，总价值是多少？                     | NUMBER       | 元   | -    | -              | -
      西坝区工会拿出来多少防疫的专项钱                       | NUMBER       | 元   | -    | -              | -
      投入的专项资金具体数额为何？                           | NUMBER       | 元   | -    | -              | -
      参加座谈会的人数是什么？                               | NUMBER       | 人   | -    | -              | -
      一对一帮扶几个户困难医护人员？                         | NUMBER       | 户   | -    | -              | -
      两处报到的合计多少个人次？                             | NUMBER       | 人次 | -    | -              | -
      她那堂课的题目叫个啥？                                 | TITLE        | -    | -    | 题目           | -
      讲课 的 题目 叫 什么 名字？                            | TITLE        | -    | -    | 题目           | -
      街道那工作站咋想起办这个活动                           | REASON       | -    | -    | -              | -
      16名干部里有几个人去了机场转运专班？                   | NUMBER       | 人   | -    | -              | -
      那一百几个职工总共献了多少毫升血？                     | NUMBER       | 毫升 | 血   | -              | -
      派了二十几名干部去哪个街道？                           | PLACE        | -    | -    | 街道           | -
      长子营镇工会给多少个搞大数据排查的一线人员送了慰问？   | NUMBER       | 人   | -    | -              | -
      给多少个参加活动的社区发了慰问品？                     | NUMBER       | 个   | -    | -              | -
      商业集团工会选了多少个干部职工下沉去守卡口？           | NUMBER       | 人   | 干部 | -              | -
      公交劳模常洪霞获得过哪项全国性的荣誉？                 | OTHER        | -    | -    | -              | -
      文末列举了哪些基层工会？                               | LIST         | -    | -    | -              | -
      职工在菜园里种了些什么菜？                             | LIST         | -    | -    | -              | -
      防控人员过元宵节收到了什么礼物？                       | LIST         | -    | -    | -              | -
      职工在菜园子里都种上什么菜了？                         | LIST         | -    | -    | -              | -
      工作组的“三个一”办法分别是什么？                       | LIST         | -    | -    | -              | -
      都什么时候举办？                                       | DATE         | -    | -    | -              | -
      为什么要给快递小哥开展党课？                           | REASON       | -    | -    | -              | -
      那几个工会的人挨家劝租户别出区，图的是啥？             | REASON       | -    | -    | -              | -
      老干部局那边一共抽了多少人组服务队？                   | NUMBER       | 人   | -    | -              | -
      这些人大概有多少？                                     | NUMBER       | 人   | -    | -              | -
      工会是怎样帮助返岗职工的？                             | REASON       | -    | -    | -              | -
      工作室的成员是利用什么时间做的这部片子？               | REASON       | -    | -    | -              | -
      小哥们又是挤什么时间听的呢？                           | REASON       | -    | -    | -              | -
      这部片子是什么时间拍完的？                             | DATE         | -    | -    | -              | -
      大兴区的慰问金比房山区更多吗？                         | COMPARISON   | -    | -    | -              | -
      东坝镇和西坝镇送的慰问品，哪个镇的更多？               | COMPARISON   | -    | -    | -              | -
      几支服务队的人跟商业集团派的人比，哪边人多？           | COMPARISON   | -    | -    | -              | -
      东坝镇和西坝镇都送了慰问品，请问哪个镇送的件数多一些？ | COMPARISON   | -    | -    | -              | -
      东坝镇总工会和西坝镇总工会都慰问了职工，请问哪个镇总工会慰问的人数更多？ | COMPARISON | - | - | -    | -
      东坝镇和西坝镇相比，哪个镇总工会送出的慰问品件数更多？ | COMPARISON   | -    | -    | -              | -
      哪个镇总工会送出的慰问品件数更多？                     | ORGANISATION | -    | -    | 镇总工会,总工会 | -
      东坝工会派去社区的干部跟西坝工会的干部比，哪边多？多几个？ | NUMBER     | 人   | -    | -              | -
      东城区总工会给街道的慰问金和给干部的慰问品，合计投入多少？ | NUMBER     | 元   | -    | -              | -
      哪个镇有多少名志愿者？                                 | NUMBER       | 名   | 志愿者 | -            | -
      支援队分别由谁担任队长？                               | PERSON       | -    | -    | -              | -
      社区共有多少常住居民？                                 | NUMBER       | -    | 居民 | -              | -
      读书会是否邀请了劳模？                                 | YES_NO       | -    | -    | -              | -
      孙世博说自己还年轻，他今年到底多大？                   | NUMBER       | 岁   | -    | -              | -
      城建十六公司的菜园种了啥菜？                           | LIST         | -    | -    | -              | -
      项目部职工开了块菜园，种了点啥菜？                     | LIST         | -    | -    | -              | -
      急救培训完了工人上手练了啥？                           | LIST         | -    | -    | -              | -
      平谷区总工会为推行职工学习开发了什么线上平台？         | OTHER        | -    | -    | -              | -
      菜园今年到底多大的面积？                               | OTHER        | -    | -    | -              | -
      黄村镇总工会一共慰问了多少个一线防疫人员？             | NUMBER       | 人   | 一线 | -              | -
      那16名下沉的机关干部里，有几个是去机场转运专班的？     | NUMBER       | 人   | -    | -              | -
      这篇报道讲了什么？                                     | OTHER        | -    | -    | -              | -
      受邀授课的讲师来自哪个机构？                           | ORGANISATION | -    | -    | 机构           | 讲师
      讲师是来自哪个机构的？                                 | ORGANISATION | -    | -    | 机构           | 讲师
      急救培训的讲师是从哪个单位请来的？                     | ORGANISATION | -    | -    | 单位           | 讲师
      讲课的不是集团内部人员，而是从哪个单位请来的讲师？     | ORGANISATION | -    | -    | 单位           | 讲师
      职工志愿者一共有多少人次参加核酸检测？                 | NUMBER       | 人次 | -    | -              | -
      一共安排给多少名staff理发？                            | NUMBER       | 名   | -    | -              | -
      How long is the epidemic-prevention video?             | NUMBER       | 时长 | -    | -              | -
      How many workers donated blood?                        | NUMBER       | 人   | -    | -              | -
      How much did he pay for the masks?                     | NUMBER       | 元   | -    | -              | -
      How many confirmed COVID-19 cases were reported?       | NUMBER       | 例   | -    | -              | -
      How many cases of drinking water were sent?            | NUMBER       | -    | -    | -              | -
      When did the workers donate blood?                     | DATE         | -    | -    | -              | -
      What did they bring when they visited the group?       | OTHER        | -    | -    | -              | -
      The video is out; when will it be shown?               | DATE         | -    | -    | -              | -
      Can you tell me when the drive was held?               | DATE         | -    | -    | -              | -
      What telephone number does the page give for ads?      | NUMBER       | -    | -    | -              | -
      Who gave the lecture to the couriers?                  | PERSON       | -    | -    | -              | -
      Which hotel did the union leaders visit?               | OTHER        | -    | -    | -              | -
      Which union cadre took his camp bed to the front line? | PERSON       | -    | -    | -              | -
      He took his camp bed there when beds ran short. What's his name? | PERSON | -  | -    | -              | -
      Which WeChat official account did the union use?       | OTHER        | -    | -    | -              | -
      Which official WeChat account did the union use?       | OTHER        | -    | -    | -              | -
      Which man's team made the video?                       | OTHER        | -    | -    | -              | -
      Which book was the woman worker reading aloud?         | OTHER        | -    | -    | -              | -
      How long is the video made at the No. 1 bus line?      | NUMBER       | 时长 | -    | -              | -
      What was the name of the Red Cross instructor?         | PERSON       | -    | -    | -              | -
      What are the names of the two barbers who visited?     | PERSON       | -    | -    | -              | -
      What is the name of the volunteer team in Pinggu?      | OTHER        | -    | -    | -              | -
      The barbers who gave haircuts - which two places did they come from? | OTHER | - | - | -     | -
      In that report, who led the team?                      | PERSON       | -    | -    | -              | -
      Where was Shi Jian sent to coordinate the work?        | PLACE        | -    | -    | -              | -
      At which quarantine site did he lead a team?           | PLACE        | -    | -    | -              | -
      In May, which quarantine site was Shi Jian sent to?    | PLACE        | -    | -    | -              | -
      It was taught by an instructor. What was the instructor's name? | PERSON | - | - | -            | -
      What were the two barbers' names?                      | PERSON       | -    | -    | -              | -
      What was the project's name?                           | OTHER        | -    | -    | -              | -
      He went to a quarantine site. Which was this site?     | PLACE        | -    | -    | -              | -
      He led a team at a quarantine site. Which one?         | PLACE        | -    | -    | -              | -
      He read out a book. Which one?                         | OTHER        | -    | -    | -              | -
      The union, which sent people, is where?                | OTHER        | -    | -    | -              | -
      What did they do at the site where he worked?          | OTHER        | -    | -    | -              | -
      Which is the length of the video the studio produced?  | NUMBER       | 时长 | -    | -              | -
      Which is the number of persons tested in one hour?     | NUMBER       | 人   | -    | -              | -
      What was the total amount of money the union raised?   | NUMBER       | 元   | -    | -              | -
      What is the number of the bus line?                    | OTHER        | -    | -    | -              | -
      From which date did the barbers start their visits?    | DATE         | -    | -    | -              | -
      东升科技园二期工程总投资多少亿？                       | NUMBER       | 元   | -    | -              | -
      有多少万人次参与？                                     | NUMBER       | 人次 | -    | -              | -
      面向多少万会员职工发出倡议？                           | NUMBER       | -    | 会员 | -              | -
      22个工会服务站一共有多少工作人员？                     | NUMBER       | -    | 工作人员 | -          | -
      两篇报道里一篇说派了几个？                             | NUMBER       | 人   | -    | -              | -
      两篇报道里一篇说建了几个？                             | NUMBER       | 个   | -    | -              | -
      两支队伍的人数分别是多少？                             | NUMBER       | 人   | -    | -              | -
      机关干部和社工两拨人加起来有多少名？                   | NUMBER       | 名   | -    | -              | -
      外地来的租户有多少人？                                 | NUMBER       | 人   | 租户 | -              | -
      援鄂的女儿是哪名护士？                                 | PERSON       | -    | -    | -              | 护士
      援鄂的那位护士，姓名？                                 | PERSON       | -    | -    | -              | 护士
      援鄂的那位护士，名字是什么？                           | PERSON       | -    | -    | -              | 护士
      那位护士女儿，确切叫什么名字？                         | PERSON       | -    | -    | -              | 女儿
      """)
  void readsWhatIsAsked(String question, Question.Asked asks, String measure, String counted, String heads,
      String roles) {
    Question q = Question.read(question);
    assertEquals(asks, q.asks(), question);
    assertEquals(measure, q.measure(), question);
    assertEquals(counted, q.count().counted(), question);
    assertEquals(heads == null ? List.of() : List.of(heads.split(",")), q.heads(), question);
    assertEquals(roles == null ? List.of() : List.of(roles), q.roles(), question);
  }

  @Test
  void typedKindsAreTheOnesAnsweredByAPhrase() {
    for (Question.Asked a : Question.Asked.values()) {
      boolean phrase = switch (a) {
        case NUMBER, PERSON, PLACE, ORGANISATION, DATE -> true;
        default -> false;
      };
      assertEquals(phrase, a.typed(), a.name());
    }
  }

  @Test
  void anOrdinalCountIsMarked() {
    Question q = Question.read("他是第几次参加献血？");
    assertEquals(Question.Asked.NUMBER, q.asks());
    assertTrue(q.count().ordinal());
  }

  @Test
  void namesTheBodiesTheQuestionIsAbout() {
    Question q = Question.read("顺义区总工会派了几名干部到天竺镇？");
    assertTrue(q.entities().contains("天竺镇"), q.entities().toString());
    assertTrue(q.entities().stream().anyMatch(e -> e.startsWith("顺义")), q.entities().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Which studio at the bus company made the video?            | ORGANISATION | 工作室
      From which company did the two barbers come?               | OTHER        | -
      Which company's workers had their hair cut?                | OTHER        | -
      From which organisation did the trainers come?             | OTHER        | -
      """)
  void anEnglishQuestionAsksAStudioByTheWordItsNameEndsIn(String question, Question.Asked asked, String head) {
    Question q = Question.read(question);
    assertEquals(asked, q.asks(), question);
    assertEquals(head == null ? List.of() : List.of(head), q.heads(), question);
  }

  @Test
  void anEnglishQuestionNamesThePlaceItSpellsInPinyinBeforeItsDivision() {
    assertEquals(List.of("海淀区"), Question.read("How much did the Haidian District union set aside?").entities());
    // a word before a division that the dictionary does not spell so names no place
    assertEquals(List.of(), Question.read("How many people did the union's district office send?").entities());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      讲座的题目叫什么？               | TITLE
      这个工作室叫什么名字？           | TITLE
      授课的讲师叫什么名字？           | PERSON
      这句话是哪个工会干部说的？       | PERSON
      这是形容哪个单位党员干部作风的？ | ORGANISATION
      两位理发师傅叫什么名字？         | PERSON
      小分队的那两位理发师傅分别叫什么名字？ | PERSON
      下沉的4名工会干部都叫什么名字？  | PERSON
      两位理发师傅，他们俩叫什么名字？ | PERSON
      她们三个人叫什么？               | PERSON
      第二个叫什么名字？               | TITLE
      这次慰问活动叫什么名字？         | TITLE
      那堂课定的题目是什么？           | TITLE
      她那堂课讲的题目叫啥？           | TITLE
      """)
  void aNameQuestionAsksForAPersonOnlyWhenAPersonIsNamed(String question, Question.Asked asked) {
    assertEquals(asked, Question.read(question).asks());
  }

  @Test
  void aCountTheTaggerCutApartIsStillACount() {
    // 多/m 少/a 亿元/q and 多少年/nz
    assertEquals(new Question.Count("亿元", null, false), Question.read("工程总投资是多少亿元？").count());
    assertEquals(new Question.Count("年", null, false), Question.read("军转干部施剑在部队服役了多少年？").count());
  }

  @Test
  void aPlaceAndTheWordJoiningItToTheNextAreNoName() {
    // HanLP tags 东城跟 and 东城比 as names; 少几 too
    assertEquals(List.of("东城", "东城"), Question.read("东城跟怀柔两个区都派了人，东城比怀柔多派了几个？").entities());
    assertEquals(new Question.Count("人", "干部", false), Question.read("那批比首批的干部少几个人？").count());
    // 多少/r 支队/n 伍/m: the measure glued to what it counts
    assertEquals(new Question.Count("支", "队伍", false), Question.read("平谷区总工会一共组建了多少支队伍？").count());
  }

  @Test
  void aDateIsNotGluedToTheNameAfterIt() {
    // HanLP tags 11月大兴疫情 as 11/m 月大兴/ns
    assertEquals(List.of("大兴", "区总工会"), Question.read("11月大兴疫情期间，区总工会拨了多少资金？").entities());
  }

  @Test
  void aWordOfQuantityIsNotGluedToTheBodyAfterIt() {
    // HanLP tags 不少区总工会 as one organisation
    assertEquals(List.of("区总工会"), Question.read("楼里来了不少区总工会的干部，抽调了多少名干部？").entities());
  }

  @Test
  void aDifferentDayIsNoSameDay() {
    assertTrue(SameDay.asked(Question.read("北京电控在不同日期组织了几次献血？")).isEmpty());
    assertTrue(SameDay.asked(Question.read("郑默杰去台湖镇调研的同一天，北京电控有多少职工去献血？")).isPresent());
  }

  @Test
  void aCountOfMembersIsNoBody() {
    // HanLP tags 一百零二名工会 as one organisation
    assertEquals(List.of("平谷区", "防疫志愿服务队"),
        Question.read("平谷区总工会一百零二名工会社工组成的防疫志愿服务队有多少人？").entities());
  }

  @Test
  void aCityBeforeItsDistrictIsNoEntityOfItsOwn() {
    assertEquals(List.of("门头沟区总工会"), Question.read("北京市门头沟区总工会拨付的30万元防控专项资金，分别拨给了哪几个街道、镇？").entities());
    assertEquals(List.of("顺义区", "李桥镇"), Question.read("请问北京市顺义区李桥镇总工会的工会工作者是自何时起投身防疫的？").entities());
    assertEquals(List.of("北京市总工会女职工委员会"), Question.read("北京市总工会女职工委员会发出了什么建议？").entities());
    assertEquals(List.of("门头沟区总工会职工文化艺术协会"),
        Question.read("请问北京市门头沟区总工会职工文化艺术协会举办的网络文艺演出是哪天举办的？").entities());
  }

  @Test
  void placesOpeningABodysNameArePartOfIt() {
    // 北京/ns 顺义/ns 物业服务集团/nt: one body; 顺义 alone is in 顺义商业集团, another body
    assertEquals(List.of("北京顺义物业服务集团"), Question.read("北京顺义物业服务集团那60多名干部职工每天下沉的是哪个街道？").entities());
    // 那镇/ns is 那 and 镇街, no place opening the body after it
    assertFalse(Question.read("门头沟区总工会 那镇街园区工会自己又筹了多少").entities().stream().anyMatch(e -> e.startsWith("那")));
  }

  @Test
  void aSurnameBeforeTheQuestionWordIsNoName() {
    assertEquals(List.of("朝阳区总工会"), Question.read("北京市朝阳区总工会在接到支援社区任务后，于多长时间内成立了后备小组？").entities());
    assertEquals(List.of("王多多"), Question.read("王多多长大后想做什么？").entities());
    // 有/v 多大/nt: the question word, no body
    assertEquals(List.of(), Question.read("城建十六那块菜地有多大").entities());
  }

  @Test
  void aCantoneseQuestionAsksWhatItsMandarinAsks() {
    Question q = Question.read("順義區總工會派咗幾多名工會幹部落天竺鎮參與防疫？");
    assertEquals(Question.Asked.NUMBER, q.asks());
    assertEquals(Question.Script.TRADITIONAL, q.script());
    assertEquals(Question.Asked.PLACE, Question.read("大興區總工會副主席施劍下沉去咗邊度？").asks());
  }

  @Test
  void aClassicalQuestionAsksWhatItsModernWordsAsk() {
    assertEquals(Question.Asked.NUMBER, Question.read("大兴区总工会拨付之专项资金，总额几何？").asks());
    assertEquals(Question.Asked.DATE, Question.read("该工程系何年开工建设？").asks());
    assertEquals(Question.Asked.ORGANISATION, Question.read("受邀讲授急救知识之讲师系何机构所派？").asks());
    List<String> keys = Question.read("门头沟区总工会所拨资金与各镇街所筹资金，两者合计几何？").keys().stream()
        .map(Question.Key::word).toList();
    assertTrue(keys.contains("门头沟区总工会") && keys.stream().noneMatch(k -> k.contains("几何") || k.contains("合计")),
        keys.toString());
  }

  @Test
  void aBodyAfterACountIsStillABody() {
    assertTrue(Question.read("参加活动的2名怀柔区总工会干部叫什么名字？").entities().stream().anyMatch(e -> e.startsWith("怀柔区")));
  }

  @Test
  void whatACountCountsIsNoPlace() {
    // HanLP tags 人里 of 那28个人里 (among those 28) as a place
    assertEquals(List.of("怀柔区"), Question.read("怀柔区总工会抽调的那28个人里，党员干部和专职社工分别是多少人？").entities());
    // 28个人下社区: 人下社区/ns is the people and where they went, no place
    assertEquals(List.of("怀柔区"), Question.read("怀柔区总工会抽了28个人下社区、乡村，一共入户了多少户？").entities());
    // 社工进社区: 进社区/nt is a verb of going and the kind of place, no body
    assertEquals(List.of("怀柔区"), Question.read("怀柔区总工会抽调党员干部和专职社工进社区、下乡村，一共入户走访了多少户？").entities());
    assertEquals(List.of("怀柔区"), Question.read("怀柔区总工会派人下社区、乡村宣传防控，一共入了多少户？").entities());
    // 帮社区做了: 帮社区/ns is what was done for the community, no place
    assertEquals(List.of("石岳"), Question.read("石岳下沉到现在帮社区做了多少人次核酸？").entities());
  }

  @Test
  void aDateQuestionNamesTheEventAsked() {
    assertEquals(List.of("开工"), Question.read("东升科技园二期工程是哪一年开工的？").events());
    assertEquals(List.of(), Question.read("献血的活动是哪天举行的？").events());
    assertEquals(List.of(), Question.read("东升科技园二期工程开工了多少天？").events());
  }

  @Test
  void whatTheQuestionSetsAsideIsNoKey() {
    Question q = Question.read("天宫院街道总工会除了在检测点和卡口值守，还用什么办法营造防疫氛围？");
    List<String> keys = q.keys().stream().map(Question.Key::word).toList();
    assertTrue(keys.contains("天宫院"), keys.toString());
    assertTrue(keys.stream().noneMatch(k -> k.contains("检测点") || k.contains("卡口")), keys.toString());
    assertFalse(q.entities().contains("检测点"), q.entities().toString());
    List<String> plain = Question.read("天宫院街道总工会在检测点和卡口值守时用什么办法？").keys().stream()
        .map(Question.Key::word).toList();
    assertTrue(plain.stream().anyMatch(k -> k.contains("卡口")), plain.toString());
    List<String> ruledOut = Question.read("这次急救培训，讲课的不是集团内部人员，而是从哪个单位请来的讲师？").keys().stream()
        .map(Question.Key::word).toList();
    assertTrue(ruledOut.contains("急救培训") && ruledOut.stream().noneMatch(k -> k.contains("内部")), ruledOut.toString());
    List<String> apart = Question.read("门头沟那边，除区总工会拨付的以外，各镇街自己筹集了多少资金？").keys().stream()
        .map(Question.Key::word).toList();
    assertTrue(apart.contains("门头沟") && apart.stream().noneMatch(k -> k.contains("拨付")), apart.toString());
  }

  @Test
  void aCountQuestionWordAndTheMoneyAfterAMeasureAreReadApart() {
    // 几支/nz: the question word glued to its measure, a key no report holds (it writes 3支)
    List<String> count = Question.read("顺义区委老干部局组建了几支支援队？").keys().stream().map(Question.Key::word).toList();
    assertTrue(count.contains("支援队") && count.stream().noneMatch(k -> k.contains("几")), count.toString());
    // 多少 钱/n 搞/v: what a count asks is not joined to the verb after it
    List<String> money = Question.read("大兴工会凑了多少钱搞慰问").keys().stream().map(Question.Key::word).toList();
    assertTrue(money.contains("慰问") && money.stream().noneMatch(k -> k.contains("钱搞")), money.toString());
    // 这笔 钱用/nr 来: the money after its measure, no name
    List<String> pointing = Question.read("门头沟区总工会 那笔 专项 资金 这笔钱用来慰问哪些人").keys().stream()
        .map(Question.Key::word).toList();
    assertTrue(pointing.contains("资金") && pointing.stream().noneMatch(k -> k.equals("钱用")), pointing.toString());
  }

  @Test
  void aVerbOfCarryingTheDictionaryListsAsAProperNounWeighsAsAPlainWord() {
    // 搬去/nz: as a name it weighed as much as 朝阳区总工会, and no sentence of the report has it
    Question q = Question.read("朝阳区总工会报道里，把自己的行军床搬去检测一线的是谁？");
    double carried = q.keys().stream().filter(k -> k.word().equals("搬去")).mapToDouble(Question.Key::weight).max().orElse(0);
    assertTrue(carried > 0 && carried < KeyTerms.NAMED_WEIGHT, q.keys().toString());
  }

  @Test
  void charactersTheSegmenterLeftApartAreJoinedAgainButNotIntoANameBesideThem() {
    // HanLP knows neither 下沉 nor 防控: 下/f 沉/v, 防/v 控/v
    List<String> keys = Question.read("他是哪天下沉到社区参加防控的？").keys().stream().map(Question.Key::word).toList();
    assertTrue(keys.contains("下沉") && keys.contains("防控"), keys.toString());
    // 北房/nz 镇/n 御/vg 华园/ns: 镇 ends one name and 御 starts the next
    List<String> named = Question.read("北房镇御华园小区的防控人员收到了什么？").keys().stream()
        .map(Question.Key::word).toList();
    assertFalse(named.contains("镇御"), named.toString());
    // 宣/nr 传/v: a word of the dictionary cut into a one-character name and a verb
    List<String> told = Question.read("天宫院街道总工会还怎么宣传防疫知识？").keys().stream().map(Question.Key::word).toList();
    assertTrue(told.contains("宣传") && !told.contains("宣"), told.toString());
  }

  @Test
  void aNameAskedAsAnyoneNamed() {
    assertEquals(Question.Asked.PERSON, Question.read("那4位工会干部，报上登了他们的姓名没有？都叫什么？").asks());
  }

  @Test
  void aFormOfAddressIsNoKey() {
    List<String> keys = Question.read("服务工会主席石岳同志是哪一天下沉到社区的？").keys().stream().map(Question.Key::word).toList();
    assertTrue(keys.contains("石岳") && !keys.contains("同志"), keys.toString());
  }

  @Test
  void aNameTheTaggerLeavesBeforeItsKindOfPlaceIsOnePlace() {
    // 光明/n 街道/n and 小关/nz 街道/n: the recogniser knows neither, the reader means one place
    assertEquals(List.of("顺义商业集团工会", "光明街道"),
        Question.read("顺义商业集团工会选派多少名干部职工支援光明街道的社区卡口值守？").entities());
    assertEquals(List.of("朝阳区总工会", "小关街道"), Question.read("朝阳区总工会机关干部定向驰援小关街道社区多少人次？").entities());
    // 乡镇街道 is every one of them, no place
    assertFalse(Question.read("平谷区发动区、乡镇街道、村三级服务体系的几支志愿服务队？").entities().contains("乡镇街道"));
  }

  @Test
  void wordsThePlaceRecogniserMisreadsAreNoEntities() {
    // 干部下社区/nt: the people and where they went; 几/m 场急救培训/nt: the count's measure
    assertEquals(List.of("门头沟工会"), Question.read("门头沟工会机关抽了多少干部下社区").entities());
    assertEquals(List.of(), Question.read("建工集团今年在工地搞了几场急救培训").entities());
    // HanLP tags 的村 and 一个月里 as places
    assertEquals(List.of("黄村镇"), Question.read("黄村镇总工会走访慰问的村和社区，加起来一共有多少个？").entities());
    // 辖区/n 内村/ns: the locative closes the noun before it
    assertEquals(List.of("黄村镇"), Question.read("黄村镇总工会走访了辖区内村和社区的防疫人员，村和社区一共多少个？").entities());
    assertEquals(List.of("大兴区"), Question.read("近一个月里，大兴区参加核酸检测的职工志愿者有多少人次？").entities());
    // 坚守/v 一站/ns and 总工会派人/nt are no names; 四厂 is one
    assertEquals(List.of("平谷区", "毛彩兰"), Question.read("平谷区志愿者毛彩兰坚守一站多长时间？").entities());
    // 这/r 回派/nr: the demonstrative's measure read as the start of a name
    assertEquals(List.of("顺义区", "天竺镇"), Question.read("顺义区总工会这回派了几名干部去天竺镇？").entities());
    assertEquals(List.of("大兴"), Question.read("大兴这一个来月里，做核酸的职工志愿者累计有多少人次？").entities());
    assertEquals(List.of("客四分公司"), Question.read("客四分公司1路那部防疫宣传片有多长？").entities());
    // 那篇 里丰台区总工会/nt: the 里 of the report; 一个月 内全区/ns: the 内 of the month
    assertEquals(List.of("丰台区总工会"), Question.read("那篇里丰台区总工会投入的专项资金是多少？").entities());
    assertEquals(List.of("通州区"), Question.read("通州区近一个月内全区志愿者累计多少人次？").entities());
    // 多少 人组支援队/nt: the measure of the count, not the start of a name
    assertEquals(List.of("顺义区委"), Question.read("顺义区委老干部局一共抽了多少人组支援队？").entities());
    // HanLP tags 那各镇 in 那各镇街、园区的工会 as a person
    assertEquals(List.of(), Question.read("那各镇街、园区的工会自己又筹了多少钱？").entities());
    // 区里 is the district spoken of; 俩村 two villages pointed at
    assertEquals(List.of("门头沟区总工会"), Question.read("门头沟区总工会替区里给一线防疫的人拨了多少专项资金？").entities());
    assertEquals(List.of("郑默杰"), Question.read("郑默杰给这俩村每村捐了多少个口罩？").entities());
    assertEquals(List.of("大兴区"), Question.read("大兴区总工会 抽进区防控专班几人").entities());
    // 石岳那/nr, 市政那工程队/nt, 时所引/nr: a bare demonstrative or a particle glued into a name
    assertEquals(List.of("石岳"), Question.read("石岳那检测通道一小时能测几个人？").entities());
    assertEquals(List.of(), Question.read("市政那工程队咋想起让工人种菜").entities());
    assertEquals(List.of("女职委", "国家卫健委"), Question.read("女职委发出建议时所引的国家卫健委文件叫什么").entities());
    // 文中点/ns in 文中点到书名的: where in the report
    assertEquals(List.of("四厂"), Question.read("四厂读书会上，文中点到书名的有哪几部？").entities());
    // 钱跟/nr and 钱加/nr: money and the word joining it
    assertFalse(Question.read("门头沟区总工会拨的钱跟各镇街园区凑的钱加起来一共多少？").entities().stream()
        .anyMatch(e -> e.startsWith("钱")));
    // 多少 钱去/nr: the money asked and a verb
    assertEquals(List.of("大兴区"), Question.read("大兴区总工会一共筹了多少钱去慰问医护和一线职工？").entities());
    // 七点就站/nt: a time of day and the words after it
    assertEquals(List.of("毛彩兰"), Question.read("毛彩兰早上七点就站卡口了，她那天值守了多长时间？").entities());
    // 临/v 空区总工会/nt: no district has a one-character name
    assertEquals(List.of("临空区总工会"), Question.read("临空区总工会是怎么保证下沉干部职工能长期坚持在岗的？").entities());
    // 不少村/ns: many villages, none named
    assertEquals(List.of("黄村镇"),
        Question.read("黄村镇总工会那次走访慰问一线防疫人员，覆盖了辖区不少村和社区，村和社区加起来一共是多少个？").entities());
    // 一些村/ns: some villages, none named
    assertEquals(List.of("黄村镇"), Question.read("黄村镇总工会去慰问了一些村和社区，村和社区加起来一共几个？").entities());
  }

  @Test
  void anAsideNamesNothingTheQuestionIsAbout() {
    // 我老伴儿在东城区邮局干过: where the reader's wife worked, not the body whose ways are asked
    Question q = Question.read("工会想了好多法子，我老伴儿在东城区邮局干过，挺关心这事。都有哪几种方式？");
    assertFalse(q.text().contains("东城区"), q.text());
    assertTrue(q.told().contains("老伴儿"), q.told());
  }

  @Test
  void aPreamblesFirstNameIsCarriedWithTheNamesWrittenRightAfterIt() {
    // 大兴区黄村镇总工会…，请问所覆盖的村和社区…: the town within the district, not the district alone
    Question q = Question.read("大兴区黄村镇总工会对辖区村、社区一线防疫人员进行走访慰问，请问所覆盖的村和社区合计有多少个？");
    assertTrue(q.text().startsWith("大兴区黄村镇 "), q.text());
    assertTrue(q.entities().contains("黄村镇"), q.entities().toString());
  }

  @Test
  void theReadersOwnReadingWeighsAsAPlainWord() {
    // 读着/nz: no report holds the reader's reading, and as a name it weighed as 北京市服务工会 does
    Question q = Question.read("北京市服务工会主席写的那篇抗疫日记我读着挺有感触，作者说自己从下沉第一天起每天几点之前就到岗了？");
    double read = q.keys().stream().filter(k -> k.word().equals("读着")).mapToDouble(Question.Key::weight).max().orElse(0);
    assertTrue(read > 0 && read < KeyTerms.NOUN_WEIGHT, q.keys().toString());
  }

  @Test
  void 哪一位AsksAPersonButNotInsideAWordForAPlaceOrARank() {
    assertEquals(Question.Asked.PERSON, Question.read("东城区总工会的主席是哪一位？").asks());
    assertEquals(Question.Asked.PERSON, Question.read("哪一名职工献了血？").asks());
    for (String q : List.of("集中采血点设在飞宇公司的哪一位置？", "项目被列入哪一名单？", "班组获得了哪一名次？")) {
      assertNotEquals(Question.Asked.PERSON, Question.read(q).asks(), q);
    }
  }

  @Test
  void quotationMarksAskForASourceOnlyWhenTheQuestionAsksWhoSaidIt() {
    assertEquals(List.of("我还年轻，身体顶得住。"), Question.read("“我还年轻，身体顶得住。”这句话是哪位工会干部说的？").quotes());
    assertEquals(List.of("给我的人生添上了一抹浓厚的色彩"), Question.read("“给我的人生添上了一抹浓厚的色彩”出自哪位工会干部？").quotes());
    Question named = Question.read("“互助保障，祝您安康”主题培训请的是哪家机构的讲师？");
    assertEquals(List.of(), named.quotes());
    assertTrue(named.keys().stream().anyMatch(k -> k.word().equals("互助保障，祝您安康")), named.keys().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      这些报道中哪些区工会拨了专款？                     | true
      两家单位分别派了多少人？                           | true
      顺义商业集团和东城区总工会派去的干部各有多少人？   | true
      东城区总工会派了多少名干部？                       | false
      两篇大兴防疫报道里魏善庄镇总工会去了哪个村？       | true
      根据报道，东城区总工会派了多少名干部？             | false
      那篇报道里发言的领队叫什么？                       | false
      """)
  void aQuestionAboutSeveralPartsMayBeAnsweredFromSeveralReports(String question, boolean across) {
    assertEquals(across, Question.read(question).acrossArticles(), question);
  }

  @Test
  void aPersonTheTaggerJoinedToABodyIsTwoEntities() {
    // HanLP tags 郑默杰代表市总工会 as one organisation
    Question q = Question.read("郑默杰代表市总工会送到两个村的物资里，酒精棉片每村有多少片？");
    assertEquals(List.of("郑默杰", "市总工会"), q.entities());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How many workers donated blood on March 4?           | ENGLISH | LATIN
      Who taught the first aid course?                     | ENGLISH | LATIN
      Where did workers of 北京电控 donate blood?          | ENGLISH | LATIN
      北京电控有多少名职工献血？                           | CHINESE | SIMPLIFIED
      AED是什么？                                          | CHINESE | SIMPLIFIED
      李橋鎮的工會工作者要求查驗多少小時內的核酸陰性證明？ | CHINESE | TRADITIONAL
      """)
  void readsTheLanguageAndScriptAndFoldsTraditional(String question, Language language, Question.Script script) {
    Question q = Question.read(question);
    assertEquals(language, q.language(), question);
    assertEquals(script, q.script(), question);
    assertFalse(q.keys().isEmpty(), "keys of " + question);
    if (language == Language.CHINESE) {
      assertEquals(com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(q.text()), q.text());
    }
  }

  @Test
  void tradionalAndSimplifiedReadAlike() {
    Question t = Question.read("李橋鎮的工會工作者要求查驗多少小時內的核酸陰性證明？");
    Question s = Question.read("李桥镇的工会工作者要求查验多少小时内的核酸阴性证明？");
    assertEquals(s.text(), t.text());
    assertEquals(s.asks(), t.asks());
    assertEquals(s.count(), t.count());
    assertEquals(s.keys(), t.keys());
  }

  @Test
  void hasNoDateScopeYet() {
    assertTrue(Question.read("2020年3月北京电控有多少名职工献血？").dateScope().isEmpty());
  }

  @Test
  void aDateScopeCannotEndBeforeItStarts() {
    assertThrows(IllegalArgumentException.class,
        () -> new Question.DateScope(LocalDate.of(2020, 3, 5), LocalDate.of(2020, 3, 4)));
  }

  @Test
  void isImmutable() {
    Question q = Question.read("文末列举了哪些基层工会？");
    assertThrows(UnsupportedOperationException.class, () -> q.keys().clear());
    assertThrows(UnsupportedOperationException.class, () -> q.entities().add("x"));
  }

  @ParameterizedTest(name = "[{index}]")
  @CsvSource(delimiter = '|', textBlock = """
      ''                              | ''
      '   '                           | ''
      ？？？                          | ？？？
      """)
  void blankAndMarkOnlyQuestionsReadWithoutThrowing(String question, String text) {
    Question q = Question.read(question);
    assertEquals(text, q.text());
    assertEquals(question.isBlank(), q.isBlank());
  }

  @Test
  void nullReadsAsTheEmptyQuestion() {
    assertTrue(Question.read(null).isBlank());
  }

  @Test
  void aLongQuestionIsCutAndQuotedBackShort() {
    Question q = Question.read("工".repeat(1000) + "？");
    assertEquals(QuestionReader.MAX_CHARS, q.text().length());
    assertEquals(Replies.ASKED_CHARS + 1, Replies.quotedBack(q).length());
  }

  @Test
  void aLongMessageKeepsTheQuestionItAsksLast() {
    String background = "我是一名退休职工，平时喜欢看报纸上关于工会的消息。".repeat(20);
    Question q = Question.read(background + "请问献血活动是哪天举行的？");
    assertTrue(q.text().contains("献血活动是哪天举行的"), q.text());
    assertTrue(q.text().length() <= QuestionReader.MAX_CHARS, q.text());
  }

  @Test
  void aLongMessageThatAsksFirstKeepsItsHead() {
    String background = "我是一名退休职工，平时喜欢看报纸上关于工会的消息。".repeat(20);
    Question q = Question.read("请问献血活动是哪天举行的？" + background);
    assertTrue(q.text().contains("献血活动是哪天举行的"), q.text());
  }
}
