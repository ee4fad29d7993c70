package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordSpacingTest {

  /** Typed word by word, a question is read without its spaces; a keyword query and a pause keep theirs. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      顺义区总工会 下沉 天竺镇 的 4个 干部，他们 名字 是 什么？ | 顺义区总工会下沉天竺镇的4个干部，他们名字是什么？
      朝阳区 的 李童 干部，一线 去 的 时候 带 了？               | 朝阳区的李童干部，一线去的时候带了？
      北京电控 的 急救 training，老师 是 谁？                   | 北京电控的急救 training，老师是谁？
      大兴区总工会 施剑 副主席，下沉 到 哪个 隔离点 了？         | 大兴区总工会施剑副主席，下沉到哪个隔离点了？
      建工集团 培训 来的 那个 讲师，老师 叫 什么 名字？           | 建工集团培训来的那个讲师，老师叫什么名字？
      他们, 是 谁?                                               | 他们,是谁?
      朝阳 区总 心理咨询热线 号码多少                           | 朝阳 区总 心理咨询热线 号码多少
      平谷 滨河沟通会 跟 万余职工志愿者值守 两篇 哪个记者写的     | 平谷 滨河沟通会 跟 万余职工志愿者值守 两篇 哪个记者写的
      门头沟工会拨的钱加上镇街筹的 一共多少                       | 门头沟工会拨的钱加上镇街筹的 一共多少
      """)
  void joinsOnlyAQuestionTypedWordByWord(String typed, String read) {
    assertEquals(read, WordSpacing.joined(typed));
  }
}
