package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the tagger cuts and tags what the recogniser misreads: which words tagged as a person's name
 * are names, the words HanLP's dictionary lacks, the 所 of formal writing, a verb and its object
 * taken for a body's name, a modal glued to its verb, one of a measure taken for a name and a word
 * and the preposition after it taken for a name.
 */
class TaggerTest {

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(delimiter = '|', textBlock = """
      都去 | 都去了哪些地方           | false
      都送 | 都送的啥东西？           | false
      钱用 | 钱用在哪了               | false
      范用 | 范用创办了哪本杂志？     | true
      石岳 | 石岳下沉到了哪个社区？   | true
      """)
  void aVerbAfter都Or钱IsNoGivenName(String word, String question, boolean name) {
    Term t = Tagger.tag(question).stream().filter(x -> x.word.equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError(word + " is not one word of " + Tagger.tag(question)));
    assertEquals(name, Tagger.personName(t), t.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      两拨人加起来有多少名             | 加起来/v
      两家合起来是多少                 | 合起来/v
      门头沟区总工会所拨防控专项资金   | 门头沟区总工会/nt 所/u 拨/v
      女工委所组义务理发小分队         | 女工委/nt 所/u 组/v
      西坝区有多少个工会社工组了志愿服务队 | 组/v 了/ul
      东坝区委那个管退休老干部的局组了支援队 | 局/n 组/v 了/ul
      顺义区委老干部局组了3支支援队    | 顺义区委老干部局/nt 组/v 了/ul
      三镇总工会所送慰问物资           | 三镇总工会/nt 所/u 送/v
      研究所所长                       | 研究所/n 所长/n
      接到支援社区的任务以后           | 支援/v 社区/n
      朝阳区总工会接到任务以后         | 朝阳区总工会/nt
      还将在创新工作室微信公众号中推广 | 创新工作室/nt
      单条检测通道一小时大概能测多少人 | 单/b 条/q
      一小时大概能测多少人             | 能/v 测/v
      特长可达多少                     | 可达/nz
      单位里能源紧张                   | 单位/n
      走访慰问的 村加社区一共多少个    | 加/c 社区/n
      加拿大总理访华                   | 加拿大/ns
      请问石岳在日记中提到             | 石岳/nr 在/p
      请问王敏在哪买的水壶             | 王敏/nr 在/p
      两篇报道都跟“安康杯”沾边        | 都/d 跟/p
      区总工会拨的钱和各镇街筹的钱     | 钱/n 和/p
      比纸质登记强在哪                 | 强/a 在/p
      那他代表市总工会给每个村捐了多少 | 他/rr
      那他代表市总工会给每个村捐了多少 | 市总工会/nt
      端午节前大兴旧宫镇和青云店镇     | 前/f 大兴/ns
      在核酸检测工作中单道每小时测多少人 | 中/f
      西坝工会社工多少人组的志愿服务队   | 多少/r 人/q
      那这笔钱是按什么标准分档发放的   | 钱/n 是/v 按/p
      老干部局组建了几支支援队         | 几/m 支/q 支援队/n
      北辰集团有几位理发师傅           | 几/m 位/q
      建工集团开了几场培训             | 几/m 场/q 培训/vn
      十几名干部下沉社区               | 十几/mq 名/q
      这笔钱用来慰问哪些人             | 这笔/r 钱/n
      这支队伍先后去过几个社区         | 队伍/n 先后/d
      二十几位老师                     | 二十/m 几位/n
      主笔钱钟书写了什么               | 钱钟/nr
      那大兴区总工会一共选派了多少名干部 | 那/r 大兴区/ns
      这北京市总工会拨了多少钱         | 这/r 北京市/ns
      那曲市有多少人                   | 那曲市/ns
      那区总工会后来还下沉到哪个镇     | 那区总工会/nt
      那园区总工会拨了多少钱           | 那园区总工会/nt
      那理发师傅是从哪里来的           | 是/v 从/p
      """)
  void wordsTheDictionaryLacksAndTheParticle所AreCutAsWritten(String text, String expected) {
    String tagged = String.join(" ", Tagger.tag(text).stream().map(Term::toString).toList());
    assertTrue((" " + tagged + " ").contains(" " + expected + " "), tagged);
  }
}
