package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link Cantonese}: a Hong Kong reader's question read with the Mandarin words
 * that ask it, and its content words and Mandarin text left as they are.
 */
class CantoneseTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      幾多 asks a count                | 順義區總工會派咗幾多名幹部？     | 順義區總工會派了多少名幹部？
      係 is 是, not in 關係            | 石岳係幾時下沉嘅？他們嘅關係好   | 石岳是什么时候下沉的？他們的關係好
      邊度 asks where                  | 施劍下沉去咗邊度？               | 施劍下沉去了哪里？
      邊 before a measure asks which   | 撥咗畀邊幾個街鎮？               | 撥了给哪幾個街鎮？
      邊個 before a noun asks which    | 44名幹部去咗邊個社區？           | 44名幹部去了哪个社區？
      邊個 before 將 asks who          | 邊個將自己張行軍床帶咗去一線？   | 谁將自己張行軍床帶了去一線？
      幾時 asks when                   | 市總工會係幾時開始下沉？         | 市總工會是什么时候開始下沉？
      幾 before a measure asks how     | 佢哋拍嗰條宣傳片有幾長？幾耐？   | 他们拍那條宣傳片有多長？多久？
      幾久 asks how long               | 他幾久冇返屋企？那他几久没有回家了？ | 他多久没有返屋企？那他多久没有回家了？
      几 before 大 stays a count       | 分為哪几大类？                   | 分為哪几大类？
      旁邊 stays                       | 佢喺旁邊嗰間屋                   | 他在旁邊那間屋
      呢 as this, and as a particle    | 講呢句嘅係邊個？他呢？           | 講这句的是谁？他呢？
      條 counts villages as 个         | 給那兩條村捐咗幾多個口罩？       | 給那兩个村捐了多少個口罩？
      a 条 of no village stays         | 嗰條宣傳片有兩條新聞             | 那條宣傳片有兩條新聞
      邊 before 本 asks which book     | 張磊朗讀緊邊本書？               | 張磊朗讀哪本書？
      緊 of a tense word stays         | 疫情形勢緊張，工作好緊急         | 疫情形勢緊張，工作好緊急
      個鐘 is an hour                  | 一個鐘做得幾多個？               | 一个小时做得多少個？
      个钟头 is an hour, said whole     | 一条通道一个钟头能测多少人？     | 一条通道一个小时能测多少人？
      幾多條村 counts villages          | 慰問咗幾多條村？                 | 慰問了多少个村？
      嚟 睇 乜 攞 are Mandarin words      | 請咗邊個嚟講課？睇咗乜書？攞咗咩獎？ | 請了谁来講課？看了什么書？拿了什么獎？
      幫手 in a Cantonese message helps | 落咗邊個社區幫手？               | 下了哪个社區帮忙？
      幫手 in Mandarin is a helper      | 他的幫手是谁？                   | 他的幫手是谁？
      蚊 after a figure is 元           | 每個街道撥5萬蚊，總共幾多？       | 每個街道撥5萬元，總共多少？
      幾多蚊 asks 元, 好多蚊 stays      | 每人派幾多蚊？好多蚊喺度         | 每人派多少元？好多蚊在度
      飛髮 is a haircut                 | 幫270幾個職工飛髮嘅係邊個？       | 幫270幾個職工理发的是谁？
      Mandarin unchanged               | 大兴区总工会选派了多少名干部？   | 大兴区总工会选派了多少名干部？
      """)
  void cantoneseFunctionWordsReadAsMandarin(String shows, String cantonese, String mandarin) {
    assertEquals(mandarin, Cantonese.mandarin(cantonese), shows);
  }
}
