package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

/** A union named by its level alone, read as the report's own body, on the bundled pages. */
class OwnBodyTest {

  private static String named(String sentenceStart) {
    Passage p = Passages.ALL.stream().filter(o -> o.text().contains(sentenceStart)).findFirst().orElseThrow();
    int at = p.text().indexOf(sentenceStart);
    int end = p.text().indexOf('；', at) > 0 ? Math.min(p.text().indexOf('；', at), p.text().indexOf('。', at))
        : p.text().indexOf('。', at);
    return OwnBody.named(p.text().substring(at, end < 0 ? p.text().length() : end + 1), p);
  }

  @Test
  void aUnionNamedByItsLevelIsTheBodyTheHeadlineNames() {
    // 《门头沟区工会干部连续作战筑牢防控屏障》
    assertTrue(named("区总工会机关抽调44名").startsWith("门头沟区总工会机关抽调44名"), named("区总工会机关抽调44名"));
  }

  @Test
  void aHeadlineNamingThePlaceWithoutItsLevelGivesItWhenTheReportDoes() {
    // 《怀柔工会疫情防控员收到爱心礼》, whose report names 怀柔区北房镇
    assertTrue(named("当天，坚守在怀柔区北房镇").contains("值守的怀柔区总工会疫情防控人员"), named("当天，坚守在怀柔区北房镇"));
  }

  @Test
  void aNamedUnionAndARoundUpsBackReferenceStayAsTheyAre() {
    String roundUp = "区总工会启动党员“双联系、双报到”应急响应机制";
    // 《本市各区街乡工会全力投入社区一线防控》 names no district in its headline
    assertTrue(named(roundUp).startsWith(roundUp), named(roundUp));
    assertEquals("东城区总工会选派32名干部到社区一线参与支援疫情防控工作，朝阳门、东直门、和平里等街道总工会全员到岗，加入街道防控疫情的队伍中。",
        named("东城区总工会选派32名干部"));
    // 市总工会 is the city's union, not the district report's
    Passage mentougou = Passages.ALL.stream().filter(o -> o.headline().startsWith("门头沟区")).findFirst().orElseThrow();
    assertEquals("市总工会拨付专项资金。", OwnBody.named("市总工会拨付专项资金。", mentougou));
    assertEquals("基层工会拨付专项资金。", OwnBody.named("基层工会拨付专项资金。", mentougou));
  }
}
