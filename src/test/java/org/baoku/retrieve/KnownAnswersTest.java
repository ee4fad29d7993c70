package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.index.ChineseText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions a reader could ask about the bundled pages, each checked against a sentence that is
 * printed on the page: a passage holding it must come back in the top 5.
 */
class KnownAnswersTest {

  private static void assertFound(String question, String evidence) {
    List<Hit> hits = RealArchive.get().retrieve(question, 5);
    String wanted = ChineseText.compact(evidence);
    assertTrue(hits.stream().anyMatch(h -> ChineseText.compact(h.passage().text()).contains(wanted)),
        () -> question + " should find " + evidence + " in the top 5, got "
            + hits.stream().map(h -> h.passage().id()).toList());
  }

  @Test
  void shunyiUnionOfficialsSentToTianzhu() {
    List<Hit> hits = RealArchive.get().retrieve("顺义区总工会派了几名干部到天竺镇", 5);
    assertTrue(hits.get(0).passage().page().startsWith("000_"), hits.get(0).toString());
    assertTrue(ChineseText.compact(hits.get(0).passage().text()).contains("顺义区总工会4名工会干部下沉一线"),
        hits.get(0).toString());
  }

  @Test
  void chaoyangSpecialFundForCommunities() {
    assertFound("朝阳区总工会为社区拨了多少专款？", "朝阳区总工会拨专款500万元");
  }

  @Test
  void masksDonatedToTwoVillages() {
    assertFound("市总工会给口子村、胡家堡村捐了多少口罩？", "分别捐赠4000个口罩");
  }

  @Test
  void huairouHouseholdsVisited() {
    assertFound("怀柔区总工会的干部和社工入户走访了多少户？", "入户1472户");
  }

  @Test
  void daxingOfficialsSentDown() {
    assertFound("大兴区总工会选派了多少名机关干部参与防疫？", "大兴区总工会选派了16名机关干部");
  }

  @Test
  void traditionalCharactersFindTheSamePassage() {
    assertFound("懷柔區總工會入戶走訪了多少戶？", "入户1472户");
  }

  /** The place is only spelled in pinyin; a known weakness remains which of its passages wins. */
  @Test
  void englishQuestionNamingAPlaceInPinyinFindsThatPlace() {
    List<Hit> hits = RealArchive.get().retrieve("What did the Huairou union give its epidemic prevention staff?", 3);
    assertTrue(hits.get(0).passage().text().contains("怀柔"), hits::toString);
  }

  /** A person's name in pinyin outweighs the dictionary terms of the rest (大兴, 部门, 工会). */
  @Test
  void englishQuestionNamingAPersonInPinyinFindsThatPerson() {
    assertFound("In the Daxing report, which department of the district trade union does Han Fengguang work in?",
        "权益部韩锋光");
  }

  /**
   * A person spelled with nothing else to search by: "shijian" is also every 时间 and 事件, so the
   * name is looked up in the passages whose pinyin holds it (施剑) and searched for.
   */
  @Test
  void englishQuestionOfAPersonAloneFindsThatPerson() {
    assertFound("Who is Shi Jian?", "施剑始终用军人的标准严格要求自己");
  }

  /** A compound no dictionary knows, spelled in pinyin: looked up by its first two syllables. */
  @Test
  void englishQuestionOfAPlaceNoDictionaryKnowsFindsThatPlace() {
    assertFound("In which district is Huaweijingyuan community?", "丰台区华苇景苑社区");
  }

  @Test
  void englishQuestionWithSharedLatinToken() {
    assertFound("How many PVC gloves were donated to the villages?", "1000只PVC手套");
  }

  /**
   * Through their Chinese words ({@link EnglishQuery}), where the English words alone shared
   * nothing with the page but a place name's pinyin.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How many Beijing Electronics employees donated blood during the epidemic? | 北京电控系统100多名职工
      What vegetables did the Miyun project department's workers plant?        | 种植了西红柿、豆角、茄子等蔬菜
      How many households did the Huairou district trade union visit?          | 入户1472户
      What watermelons did the Pangezhuang town union send to checkpoints?     | 为他们送去西瓜、饮料等1000余件慰问品
      How many employees got free haircuts from the Beichen Group team?        | 已为160多名职工上门服务
      """)
  void englishQuestionFindsItsChinesePassage(String question, String evidence) {
    assertFound(question, evidence);
  }

  /**
   * The BM25 leg alone ranks the passage first: it searches the Chinese terms (献血, 职工), where
   * the English words matched only "beijing" in the pinyin field, on every Beijing passage.
   */
  @Test
  void englishQuestionsBm25LegSearchesItsChineseWords() {
    List<Hit> hits = RealArchive.get().retriever()
        .bm25("How many Beijing Electronics employees donated blood during the epidemic?", 1);
    assertTrue(ChineseText.compact(hits.get(0).passage().text())
        .contains(ChineseText.compact("北京电控系统100多名职工")), hits::toString);
  }
}
