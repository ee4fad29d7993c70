package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How much of one key term a sentence holds. */
class LexicalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      found whole                          | 社会工作者 | 基层50名工会专职社会工作者下沉到各区域内。 | 1.0
      an abbreviation spelled out          | 专职社工   | 基层50名工会专职社会工作者下沉到各区域内。 | 1.0
      an abbreviation as written           | 社工       | 平谷区总工会102名工会社工组成服务队。     | 1.0
      another noun: its shared bigram only | 专职社工   | 基层50名专职人员下沉。                   | 0.26666666666666666
      a two-character key has no bigrams   | 社工       | 基层50名专职人员下沉。                   | 0.0
      抗疫 spelled out                      | 抗疫       | 用于抗击疫情防护用品购置。                 | 1.0
      区总 spelled out                      | 朝阳区总   | 朝阳区总工会拨专款500万元。               | 1.0
      a film by another word                | 防疫片     | 目前，这部时长2分钟的宣传片制作完成。      | 1.0
      a film asked, none named              | 片子       | 宣传活动持续一周。                         | 0.0
      a feature film is no publicity film   | 影片       | 目前，这部时长2分钟的宣传片制作完成。      | 0.0
      """)
  void creditsAKeyFoundWholeOrSpelledOut(String shows, String key, String sentence, double credit) {
    assertEquals(credit, Lexical.match(key, sentence, ""), 1e-9, shows);
  }
}
