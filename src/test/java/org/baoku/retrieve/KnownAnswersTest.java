package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.index.ChineseText;
import org.junit.jupiter.api.Test;

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

  @Test
  void englishQuestionWithSharedLatinToken() {
    assertFound("How many PVC gloves were donated to the villages?", "1000只PVC手套");
  }
}
