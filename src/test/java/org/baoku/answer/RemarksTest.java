package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden table of {@link Remarks}: what someone said or felt is answered only by a sentence that
 * has them speak, not by one that names them at the event, nor by another speaker's words.
 */
class RemarksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the speaker's verb                 | 牛玉俊对公安干警们说了些什么？ | 牛玉俊表示，工会全力做好服务保障工作。 | true
      the verb at the clause's end       | 牛玉俊对公安干警们说了些什么？ | 牛玉俊对各岗位一线公安干警们作出的积极贡献表示感谢，并叮嘱他们注意安全。 | true
      named at the visit only            | 张昊对公安干警们说了些什么？   | 牛玉俊，副主席张昊先后到特警大队走访慰问防控一线公安干警，送上慰问品。 | false
      another speaker                    | 张昊对公安干警们说了些什么？   | 牛玉俊表示，工会全力做好服务保障工作。 | false
      a colon opens the speaker's words  | 韩锋光谈了什么感受？           | 权益部韩锋光：作为党员干部，要努力走在前、做表率。 | true
      named as the lecturer only         | 何少花对这次授课有什么感想？   | 活动特邀劳动模范何少花授课，快递小哥一同聆听劳模成长故事。 | false
      no one named, anyone speaking      | 小哥们听完课有什么感想？       | 小哥们纷纷表示“受益匪浅”“备受鼓舞”。 | true
      no one named, no one speaking      | 小哥们听完课有什么感想？       | 快递小哥通过在线平台聆听劳模成长故事。 | false
      a pronoun opening the sentence     | 彭春辉送口罩时说了什么？       | 她说：“大家用无私的奉献保卫着我们的幸福。” | true
      a pronoun for the name before it   | 刘节对阶级斗争有什么看法？     | 刘节公开提出不同的解释，他认为阶级斗争不曾支配中国的发展。 | true
      a pronoun, the name not there      | 刘节对阶级斗争有什么看法？     | 会上有人提出不同的解释，他认为阶级斗争不曾支配中国的发展。 | false
      written words                      | 弗林特对观念艺术的看法是什么？ | 这个术语最早隶属于作家弗林特，他在1961年写道：这类艺术的素材就是观念。 | true
      a nickname in quotation marks      | 刘立功在检测现场说了什么？     | 副主席刘立功在核酸检测现场变身“大白”，协助采样。 | false
      说 inside a word                   | 张昊对干警们说了些什么？       | 张昊的小说获得了奖项。 | false
      others, not him                    | 张昊对干警们说了些什么？       | 张昊走访了看守所，其他干警表示很受鼓舞。 | false
      they, not him                      | 张昊对干警们说了些什么？       | 他们纷纷表示很受鼓舞。 | false
      how one talked of it, not said     | 施剑自己是怎么谈这段经历和感受的？ | 作为一名军转干部，施剑始终用军人的标准严格要求自己。 | false
      how one talked of it, said         | 施剑自己是怎么谈这段经历和感受的？ | 施剑坦言，这段经历让他终生难忘。 | true
      what one told them, not told       | 柳寅临走前是怎么跟父母交代的？ | 柳寅面对年迈的父母和年幼的孩子，毅然决然立即出征。 | false
      an answer given                    | 被问到为什么不回家，张师傅是怎么回答的？ | 张师傅笑着回答，疫情不结束，他就不回家。 | true
      """)
  void aRemarkAskedIsOneTheNamedPersonMakes(String shows, String question, String sentence, boolean gives) {
    Question q = Question.read(question);
    assertTrue(Remarks.asked(q), question);
    assertEquals(gives, Remarks.givenIn(Remarks.speakers(q), sentence), shows);
  }

  @ParameterizedTest
  @ValueSource(strings = {"“一手抓生产，一手抓安全”是谁说的？", "何少花讲的主题是什么？", "他说了什么时候去？", "张昊是什么时候去慰问的？",
      "这次活动有什么话题？", "听说什么消息了吗？",
      "工会怎么回应职工需求的？", "双方怎么谈判的？", "他下沉前把单位的工作是怎么交代的？"})
  void whoSaidItOrWhatWasTaughtAsksNoRemark(String question) {
    assertFalse(Remarks.asked(Question.read(question)), question);
  }
}
