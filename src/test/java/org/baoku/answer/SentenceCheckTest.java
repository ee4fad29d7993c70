package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link SentenceCheck#holds}: (question, sentence) → whether the sentence holds the
 * asked number, date or name (of the asked measure, counting what is asked, not given by the
 * question). The sentences are written for this table; each row names what it shows.
 */
class SentenceCheckTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the question's own figure is not the answer        | 抽调的30名下沉干部里有多少名是党员？ | 区总工会抽调30名下沉干部到社区协助登记。 | false
      a count of the asked noun after 是                 | 抽调的30名下沉干部里有多少名是党员？ | 其中18名党员组成了先锋队。 | true
      a count of another noun                            | 抽调的30名下沉干部里有多少名是党员？ | 另有20名医护人员参与核酸检测。 | false
      the sentence naming the event without the figure   | 这次读书会一共有多少名职工参加？ | 读书会以每期一主题的形式开展。 | false
      a date does not count people                       | 这次读书会一共有多少名职工参加？ | 读书会于3月4日在活动室举行。 | false
      the counted noun before the number                 | 全线一共有多少座桥梁？ | 全线有桥梁81座，其中特大桥10座。 | true
      the counted noun before the number, spaced         | 学院有多少个语言实验室？ | 学院拥有语言实验室 15 个，可容纳840人。 | true
      the noun's head right after the measure            | 每队中有几名队员？ | 每队派出五名球员上场。 | true
      the head further away belongs to another noun      | 有多少名党员参加？ | 共有44名下沉干部和人员参加。 | false
      亿 before the currency                             | 公司花了多少美元收购这家银行？ | 公司以21亿美元收购该银行。 | true
      a figure in parts and a currency before 元         | 政府为这个计划拨了多少经费？ | 政府通过4亿5000万加元的经费支持这个计划。 | true
      thousands separators                               | 保单持有人共有多少户？ | 保单持有人共2,020万户。 | true
      a length of years answers 几年                     | 这门舰炮在海上试了几年？ | 这门舰炮在驱逐舰上海试了5年，1985年入役。 | true
      a calendar year does not answer 多久               | 这家俱乐部存在了多久？ | 俱乐部于1998年在广州成立。 | false
      公分 answers 厘米                                  | 这种鱼体长可达多少厘米？ | 体长可达35公分。 | true
      an ordinal with spaces                             | 2007年的联赛是第几届？ | 2007年的联赛是第 26 届亚洲冠军联赛。 | true
      the counted noun nine characters on, same clause   | 镇总工会送去了多少件慰问品？ | 镇总工会将1250件饮料、牛奶等慰问品送到他们手中。 | true
      the counted noun ten characters on, same clause    | 这次有多少名志愿者参加？ | 共有120名来自各个社区的青年志愿者参加。 | true
      the counted noun past the clause's end             | 镇总工会送去了多少件慰问品？ | 镇总工会送去1250件饮料，慰问品由各村另行分发。 | false
      a model's name is no figure                        | 工作组自己筹了多少个口罩？ | 工作组自筹200多个KN95和医用外科口罩，用于奖励。 | true
      a day answers 哪天                                  | 读书会是哪天举办的？ | 读书会于3月4日在活动室举行。 | true
      近日 is no day                                      | 读书会是哪天举办的？ | 近日，该厂工会举办了读书会。 | false
      a count of something else does not answer 多少居民  | 社区一共住着多少居民？ | 社区已完成核酸检测1.8万人次。 | false
      the counted noun without a measure                  | 社区一共住着多少居民？ | 社区共有居民3200人。 | true
      今年 does not answer 几月几号                       | 读书会具体是几月几号举办的？ | 今年，该厂工会举办了三场读书会。 | false
      a year does not answer 哪天                         | 读书会是哪天举办的？ | 读书会于2021年在活动室举行。 | false
      a day of the month answers 几月几号                 | 读书会具体是几月几号举办的？ | 读书会于3月4日在活动室举行。 | true
      a year answers 什么时候                             | 读书会是什么时候开始办的？ | 读书会于2021年在活动室开办。 | true
      a time of day answers 几点                          | 志愿者每天早上几点到岗？ | 志愿者每天早上6点前到岗。 | true
      the question's own date is not the answer          | 3月4日的读书会是几点开始的？ | 3月4日，该厂工会举办了读书会。 | false
      a century answers 什么时候                          | 这座寺庙是什么时候建成的？ | 寺庙建于12世纪中叶。 | true
      an age answers 什么时候                             | 女子在什么时候举办笄礼？ | 女子年满15岁时举办笄礼。 | true
      a time of day alone does not answer 哪天            | 第一批志愿者是哪天出发的？ | 早上7点钟，志愿者准时到达卡口。 | false
      a day and a time answer 哪天几点                    | 第一批志愿者是哪天几点出发的？ | 3月2日早上7点，志愿者出发。 | true
      the post asked, with a name                         | 镇总工会的主席叫什么名字？ | 镇总工会主席李明带队慰问。 | true
      another post does not give the one asked            | 镇总工会的主席叫什么名字？ | 镇总工会服务站副站长王强参加志愿服务。 | false
      a deputy does not answer for the post               | 区工委的主委是谁？ | 区工委副主委王敏个人出资购买水壶。 | false
      a deputy answers for the deputy                     | 区工委的副主委是谁？ | 区工委副主委王敏个人出资购买水壶。 | true
      the deputy's mention beside the post's              | 服务队的队长是谁？ | 服务队副队长张华说，队长刘洋已带队出发。 | true
      a byline's reporter past a blank is no one asked    | 那支服务队的队长是谁？ | 本报讯 (记者 闫长禄) | false
      people counted in 号                                | 服务队总共有多少号人？ | 服务队由26名精干力量组成。 | true
      a word the recogniser reads as a name is no one     | 那4个工会干部都叫啥名字？ | 区总工会闻令而动，迅速组织干部下沉。 | false
      a word of place read as a name is no one            | 那位点位负责人叫什么名字？ | 服从点位负责人安排，工作向前一步。 | false
      a spirit named after someone is no one              | 那两位理发师傅分别叫什么名字？ | 为弘扬雷锋精神，集团工会组建义务理发小分队。 | false
      names asked after a comma and 分别                  | 那4名工会干部，分别叫什么名字？ | 区总工会4名工会干部下沉一线。 | false
      只 typed for the 支 of teams                       | 老干部局组了几只支援队？ | 火速组建成立了由26名精干力量构成的3支支援队。 | true
      visits do not count heads                           | 先后抽了几名工会干部去专班？ | 选派党员干部70余人次参与社区卡口值守。 | false
      heads count heads                                   | 先后抽了几名工会干部去专班？ | 该区总工会先后抽调6名工会干部到区疫情防控专班。 | true
      visits asked are answered by visits                 | 志愿者一共有多少人次参加？ | 全区20123人次职工志愿者参与核酸检测。 | true
      """)
  void holdsTheAskedNumber(String shows, String question, String sentence, boolean holds) {
    assertEquals(holds, SentenceCheck.holds(Question.read(question), sentence), shows);
  }
}
