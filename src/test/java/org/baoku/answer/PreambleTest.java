package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link Preamble}: what a reader tells around a question is set apart from what
 * they ask, and a message that is all question, or whose told words are the quotation asked
 * about, is left whole.
 */
class PreambleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      clauses before 我想知道               | 我家在平谷，前年春天在卡口见过他们，我想知道平谷派了几批干部？ | 我家在平谷，前年春天在卡口见过他们， | 我想知道平谷派了几批干部？
      a sentence before 请问                | 我在邮政网点上班。请问邮政工会怎么安排午饭？                   | 我在邮政网点上班。                   | 请问邮政工会怎么安排午饭？
      why the reader asks, after it         | 宣传片在哪里播放？我想让同事也看看。                           | 我想让同事也看看。                   | 宣传片在哪里播放？
      two questions and a wish              | 片子在哪播？以后放哪？我想转给家人。                           | 我想转给家人。                       | 片子在哪播？以后放哪？
      a question going on after a full stop | 平谷派了几批干部？还有，毛彩兰值守了多久。                     | ''                                   | 平谷派了几批干部？还有，毛彩兰值守了多久。
      a wish holding a question word        | 她买了多少个水壶？我想算算每个多少钱。                         | 我想算算每个多少钱。                 | 她买了多少个水壶？
      a request to add the figures up       | 东坝镇走访了多少个村、多少个社区？麻烦帮我把村和社区加在一起，算个总数。 | ''                    | 东坝镇走访了多少个村、多少个社区？麻烦帮我把村和社区加在一起，算个总数。
      a premise without a word that asks    | 顺义派了4名干部。朝阳比它多几名？                              | ''                                   | 顺义派了4名干部。朝阳比它多几名？
      the reader telling of themselves      | 我想给学生讲一个劳模的例子。常洪霞获得过什么荣誉？             | 我想给学生讲一个劳模的例子。         | 常洪霞获得过什么荣誉？
      a quotation the reader read           | 我读到“我还年轻，身体顶得住。”是哪位干部说的？                 | ''                                   | 我读到“我还年轻，身体顶得住。”是哪位干部说的？
      all question                          | 大兴区总工会派了多少名干部？                                   | ''                                   | 大兴区总工会派了多少名干部？
      a semicolon joins one sentence        | 大兴派人去了5个社区；后来又去了哪个社区？                      | ''                                   | 大兴派人去了5个社区；后来又去了哪个社区？
      the quotation asked about             | 疫情就是命令，防控就是责任。这句话出自哪篇报道？               | ''                                   | 疫情就是命令，防控就是责任。这句话出自哪篇报道？
      a quotation and who said it           | 我读到“我还年轻，身体顶得住。”请问是哪位干部说的？             | ''                                   | 我读到“我还年轻，身体顶得住。”请问是哪位干部说的？
      a full stop inside quotation marks    | 有人说“再苦再累也值得。”他是谁？                               | ''                                   | 有人说“再苦再累也值得。”他是谁？
      traditional characters                | 我住在懷柔，請問北房鎮收到幾個水壺？                           | 我住在懷柔，                         | 請問北房鎮收到幾個水壺？
      what is asked of, before 请问          | 胡家堡村的外来人口不少，请问登记在案的总共有多少人？           | ''                                   | 胡家堡村的外来人口不少，请问登记在案的总共有多少人？
      the reader's own case before 请问      | 我住在胡家堡村，请问一共有多少人？                             | 我住在胡家堡村，                     | 请问一共有多少人？
      a story retold before 请问             | 顺义那篇报道里，区总工会先派了干部，负责人又说还要轮着下去，请问他们接着去哪个镇？ | 顺义那篇报道里，区总工会先派了干部，负责人又说还要轮着下去， | 请问他们接着去哪个镇？
      an aside inside the question          | 邮政工会想了好多法子，我老伴儿在邮局干过，挺关心这事。都有哪几种午饭的方式？ | 我老伴儿在邮局干过，挺关心这事。 | 邮政工会想了好多法子，都有哪几种午饭的方式？
      an aside to the end of its sentence   | 讲师讲怎么抢救，我们车间有个老师傅是心梗走的，唉。报上写的是黄金几分钟？ | 我们车间有个老师傅是心梗走的，唉。 | 讲师讲怎么抢救，报上写的是黄金几分钟？
      what the reader recalls stays         | 讲师说有个黄金时间，我印象里是黄金5分钟？报上写的是黄金几分钟。 | '' | 讲师说有个黄金时间，我印象里是黄金5分钟？报上写的是黄金几分钟。
      the reader's own case opening it      | 俺在工地上摔伤了，工伤认定得去哪儿办？                         | ''                                   | 俺在工地上摔伤了，工伤认定得去哪儿办？
      what the reader lays out after a colon | 大兴派了机关干部，我剪了两篇：一篇是4月底的。一共派了多少人？ | '' | 大兴派了机关干部，我剪了两篇：一篇是4月底的。一共派了多少人？
      the aside ends where the paper speaks | 老干部局，我们老厂长的关系在那儿，报上说他们拉起了三支队。这三支队是多少人？ | 我们老厂长的关系在那儿， | 老干部局，报上说他们拉起了三支队。这三支队是多少人？
      the reader's own clause that asks     | 区总工会发了通知，我们区拨了多少钱？                           | ''                                   | 区总工会发了通知，我们区拨了多少钱？
      an aside leaving nothing asked        | 工会发了慰问品，我老伴儿也领了一份，是真的吗？                 | ''                                   | 工会发了慰问品，我老伴儿也领了一份，是真的吗？
      the reader's own yes-or-no question   | 大兴区派了几名干部下社区，我们单位的老张是不是也去了？         | ''                                   | 大兴区派了几名干部下社区，我们单位的老张是不是也去了？
      who the reader is, in a few words     | 东城区总工会，我们环卫工人，每人能领多少补贴？                 | ''                                   | 东城区总工会，我们环卫工人，每人能领多少补贴？
      a stretch of time points at no words  | 他那段时间连夜应战，有多久没回家了？作为老医生，我实在担心他的身体。 | 作为老医生，我实在担心他的身体。 | 他那段时间连夜应战，有多久没回家了？
      几分 of a degree asks nothing         | 石岳是怎么核对的？这和医院的“双人核对”有几分相似。             | 这和医院的“双人核对”有几分相似。     | 石岳是怎么核对的？
      which of the two told is more         | 东坝镇和西坝镇都送了慰问品，请问哪个镇送的件数多一些？ | ''    | 东坝镇和西坝镇都送了慰问品，请问哪个镇送的件数多一些？
      a question that answers itself        | 发现疑似病例，按报道的说法要采取什么措施？这不正是常讲的“四早”么？ | 这不正是常讲的“四早”么？         | 发现疑似病例，按报道的说法要采取什么措施？
      """)
  void whatIsToldIsSetApartFromWhatIsAsked(String shows, String message, String told, String asked) {
    Preamble.Split s = Preamble.split(message);
    assertEquals(told, s.said(), shows);
    assertEquals(asked, s.asked(), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      another body asked after 那           | 东城区给每个街道拨了5万元慰问金，那西城区总工会给每个街道拨了多少？ | 东城区给每个街道拨了5万元慰问金 | 西城区总工会给每个街道拨了多少？
      another village asked after 那        | 胡家堡村安排了78名党员上防控点位，那口子村有多少名党员参与防控？   | 胡家堡村安排了78名党员上防控点位 | 口子村有多少名党员参与防控？
      a sum of what was told                | 东城区总工会给十七个街道每个都拨了五万块慰问金，那加起来一共是多少钱？ | -                          | -
      那 of a demonstrative                 | 截至见报前一天，那两位理发师傅已经给多少名职工上门理过发了？       | -                                | -
      a question before 那                  | 施剑下沉到哪个隔离点，那他担任什么职务？                           | -                                | -
      a sum with the statement's figure     | 东城区总工会给17个街道各拨了5万元，那加上朝阳区的500万元一共多少钱？ | -                            | -
      a comparison with the statement       | 东城区总工会拨了85万元，那和朝阳区总工会比谁多？                   | -                                | -
      the statement's body by its core      | 东城区为17个街道各拨付慰问金5万元，那东城区总工会一共拨了多少慰问金？ | -                          | -
      那时 is a time                        | 郑默杰3月4日去调研，那时市总工会有多少名干部下沉胡家堡村？         | -                                | -
      """)
  void aStatementOfOneBodyBefore那AndAQuestionOfAnotherIsTold(String shows, String message, String told, String asked) {
    Optional<Preamble.Split> s = Preamble.contrast(message);
    assertEquals(told == null ? Optional.empty() : Optional.of(new Preamble.Split(told, asked)), s, shows);
  }

  @Test
  void theQuestionIsReadWithoutItsPreambleAndWithTheNamesItGives() {
    Question q = Question.read("我住在顺义，记得去年冬天疫情紧的时候，区总工会派了工会干部下沉一线，我想知道他们参与的是哪个镇的防控工作？");
    assertTrue(q.text().startsWith("顺义"), q.text());
    assertTrue(q.text().contains("我想知道他们参与的是哪个镇"), q.text());
    assertTrue(!q.text().contains("去年"), q.text());
    assertTrue(q.told().contains("去年冬天"), q.told());
    // the preamble's words still weigh, below the weight of a topic word left unanswered
    assertTrue(q.keys().stream().anyMatch(k -> k.word().equals("下沉") && k.weight() < 1), q.keys().toString());
  }

  @Test
  void aQuestionNamingItsOwnSubjectCarriesNoNameOfThePreamble() {
    Question q = Question.read("我是丰台区的职工，听说补贴了40个基层单位，请问西城区总工会发了多少条倡议？");
    assertEquals("请问西城区总工会发了多少条倡议？", q.text());
  }

  @Test
  void aClausePointingAtTheReportWeighsAsAPreambleAndKeepsItsBodies() {
    Question q = Question.read("大兴区总工会下沉天宫院街道5个社区那篇里，先后抽了几名工会干部去区疫情防控专班？");
    assertTrue(q.entities().contains("大兴区"), q.entities().toString());
    assertTrue(q.keys().stream().anyMatch(k -> k.word().equals("天宫院") && k.weight() < 1), q.keys().toString());
    assertTrue(q.keys().stream().anyMatch(k -> k.word().equals("干部") && k.weight() >= 1), q.keys().toString());
    assertEquals("大兴区那篇纪实里，".length(), Preamble.reportPointed("大兴区那篇纪实里，分享下沉心声的有哪几位？"));
    assertEquals(0, Preamble.reportPointed("那篇报道说了什么？"));
    assertEquals(0, Preamble.reportPointed("首发养护公司工会建防疫微信群那篇里，记者是白莹。"));
  }

  @Test
  void aRefusalQuotesBackWhatWasAskedWithoutThePreamble() {
    Question q = Question.read("我是一名护士，平时很关注献血。請問北京電控職工一共獻了多少毫升血？");
    assertEquals("請問北京電控職工一共獻了多少毫升血", Replies.quotedBack(q));
  }

  @Test
  void aRemarkOnWhatIsRetoldIsAnAside() {
    Question q = Question.read("还有位公交劳模常洪霞，带着工作室自己拍防疫宣传片，这劲头真是没谁了。她那个工作室叫什么名字？");
    assertTrue(!q.text().contains("劲头"), q.text());
    assertTrue(q.text().contains("常洪霞"), q.text());
    assertTrue(q.keys().stream().filter(k -> k.word().equals("劲头")).allMatch(k -> k.weight() < 1), q.keys().toString());
    assertTrue(!Question.read("工作组编了份村约，这招挺接地气的。那份村约全名叫什么？").text().contains("接地气"));
    // a clause asking, though it opens with 这, is kept; 特别 here is no degree of feeling
    assertTrue(Question.read("报道说送了水壶，这真是谁买的？").text().contains("谁买的"));
    assertTrue(Question.read("建工集团办了培训，这次特别邀请了红十字会讲师，讲了哪些内容？").text().contains("红十字会"));
    // a single dash joins, a title keeps its dash
    assertTrue(Question.read("2021—2022年度获奖的项目，我想表扬一下，是哪个？").text().contains("2021—2022"));
  }
}
