package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.index.ChineseText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English questions about the bundled pages, on the real archive: through their Chinese terms
 * ({@link EnglishQuery}) a passage holding the sentence that answers them comes back in the top 5,
 * where the English words alone shared nothing with the page but a place name's pinyin.
 */
class EnglishRetrievalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How many Beijing Electronics employees donated blood during the epidemic? | 北京电控系统100多名职工
      What vegetables did the Miyun project department's workers plant?        | 种植了西红柿、豆角、茄子等蔬菜
      How many households did the Huairou district trade union visit?          | 入户1472户
      What watermelons did the Pangezhuang town union send to checkpoints?     | 为他们送去西瓜、饮料等1000余件慰问品
      How many employees got free haircuts from the Beichen Group team?        | 已为160多名职工上门服务
      """)
  void anEnglishQuestionFindsItsChinesePassage(String question, String evidence) {
    List<Hit> hits = RealArchive.get().retrieve(question, 5);
    String wanted = ChineseText.compact(evidence);
    assertTrue(hits.stream().anyMatch(h -> ChineseText.compact(h.passage().text()).contains(wanted)),
        () -> question + " should find " + evidence + " in the top 5, got "
            + hits.stream().map(h -> h.passage().id()).toList());
  }

  /**
   * The BM25 leg alone ranks the passage first: it searches the Chinese terms (献血, 职工), where
   * the English words matched only "beijing" in the pinyin field, on every Beijing passage.
   */
  @Test
  void theBm25LegSearchesTheChineseTerms() {
    List<Hit> hits = RealArchive.get().retriever()
        .bm25("How many Beijing Electronics employees donated blood during the epidemic?", 1);
    assertTrue(ChineseText.compact(hits.get(0).passage().text())
        .contains(ChineseText.compact("北京电控系统100多名职工")), hits::toString);
  }
}
