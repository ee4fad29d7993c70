package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link Wu}: a Shanghai or Suzhou reader's question read with the Mandarin words
 * that ask it, and Mandarin text, names and words of amounts left as they are.
 */
class WuTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      啥辰光 asks when                  | 伊拉啥辰光下沉到社区额？             | 他们什么时候下沉到社区的？
      几钿 asks a sum                    | 王敏买迭个水壶花了几钿？             | 王敏买这个水壶花了多少钱？
      哪能 asks how                      | 侬晓得伊是哪能核对额伐？             | 你晓得他是怎么核对的吗？
      啥人 asks who                      | 迭趟课是啥人上额？                   | 这趟课是谁上的？
      阿是 asks yes or no                | 阿是阿拉区也派了人？                 | 是不是我们区也派了人？
      侪 is all, 覅 do not               | 伊拉侪去了，覅忘记                   | 他们都去了，不要忘记
      a word of amounts keeps 额         | 侬讲慰问金额是几化，名额有几个？     | 你讲慰问金额是多少，名额有几个？
      a name keeps 伊                    | 侬晓得伊利公司捐了几钿伐？           | 你晓得伊利公司捐了多少钱吗？
      Mandarin is unchanged              | 伊拉克和阿拉伯的金额是多少？         | 伊拉克和阿拉伯的金额是多少？
      伐 in Mandarin is unchanged        | 改革的步伐有多快？                   | 改革的步伐有多快？
      a count closing the question stays | 侬晓得伊拉加起来有多少个？           | 你晓得他们加起来有多少个？
      个 closing a question is 的        | 侬晓得口罩是啥人送过去个？           | 你晓得口罩是谁送过去的？
      a Mandarin count is unchanged      | 两村加起来多少个？队长是边个？       | 两村加起来多少个？队长是边个？
      搿 before 句 is this, 真个 really  | 搿句讲真个勿容易                     | 这句讲真的不容易
      """)
  void readsWuAsMandarin(String what, String asked, String read) {
    assertEquals(read, Wu.mandarin(asked), what);
  }
}
