package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link OtherBodies}: a sentence that names another body of the asked kind, or
 * opens with a body of its own, is another's; a back reference to the report's own body is not.
 */
class OtherBodiesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the report's own 区总工会 refers back     | 门头沟区总工会的基层工会专职社工有多少人？ | 区总工会机关抽调44名下沉干部到社区。   | false
      it refers back to a reader's short name  | 门头沟工会机关派了多少干部下社区？       | 区总工会机关抽调44名下沉干部到社区。   | false
      another district after a reader's short name | 门头沟工会机关派了多少干部下社区？   | 怀柔区总工会抽调28名党员干部。         | true
      the district's federation is not 基层工会 | 基层工会派了多少干部下社区？           | 区总工会机关抽调44名下沉干部到社区。   | true
      another district's federation           | 门头沟区总工会抽调了多少名干部？     | 怀柔区总工会抽调28名党员干部。         | true
      a body the question names by its core   | 东坝镇、西坝镇和南坝镇三家镇总工会的慰问品哪家最多？ | 南坝镇总工会组织开展慰问活动，送去950件慰问品。 | false
      a body the question does not name       | 东坝镇、西坝镇和南坝镇三家镇总工会的慰问品哪家最多？ | 礼贤镇总工会组织开展慰问活动，送去950件慰问品。 | true
      a subdistrict for the town asked        | 顺义区南法信镇一共有多少名工会工作者加入了下沉队伍？ | 顺义商业集团工会选派32名干部职工下沉支援双丰街道12个社区卡口值守工作。 | true
      the town asked                          | 顺义区南法信镇一共有多少名工会工作者加入了下沉队伍？ | 南法信镇工会工作者积极加入下沉队伍。 | false
      a part of a sum the question names      | 西坝工会拨的资金跟镇街园区筹的钱 一共多少 | 各镇街、园区总工会已筹集资金12万元。 | false
      a park the question does not name        | 西坝工会拨的资金跟镇街筹的钱 一共多少 | 各镇街、园区总工会已筹集资金12万元。 | true
      a count glued to 工会 is no body         | 区总工会下沉天竺镇的干部和李桥镇总工会下村的工会工作者，加起来有几个人？ | 据介绍，自11月初开始，李桥镇总工会4名工会工作者，积极投身支援村居社区防疫一线 | false
      """)
  void aBackReferenceToTheReportsOwnBodyIsNoOtherBody(String shows, String question, String sentence, boolean another) {
    assertEquals(another, OtherBodies.aboutAnother(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another body's deed                     | 6月2日牛玉俊、侯月海一行去桔子酒店慰问，一共送了多少件慰问品？ | 旧宫镇总工会慰问派出所民警，并将1250件慰问品送到他们手中。 | true
      after a time, another body's deed       | 6月2日牛玉俊、侯月海一行去桔子酒店慰问，一共送了多少件慰问品？ | 近日，旧宫镇总工会将1250件慰问品送到民警手中。             | true
      the people asked                        | 6月2日牛玉俊、侯月海一行去桔子酒店慰问，一共送了多少件慰问品？ | 牛玉俊一行为转运专班送去300件慰问品。                     | false
      a body the question names               | 旧宫镇总工会给民警送了多少件慰问品？                           | 旧宫镇总工会将1250件慰问品送到民警手中。                   | false
      no body opens it                        | 6月2日牛玉俊、侯月海一行去桔子酒店慰问，一共送了多少件慰问品？ | 共送去慰问品300件。                                       | false
      the report's own body, by its level     | 朝阳工会首批去居住地社区报到 多少干部                          | 区总工会机关首批39名干部迅速响应并前往各自居住地所在社区报到; | false
      the first person, then a body           | 服务工会主席石岳是哪一天下沉社区的？                           | 5月7日,我作为市总工会机关系统下沉社区人员,到社区参与防控。   | false
      after a clause of what for              | 东坝街道工会的人下沉到哪个社区去了？                           | 为保证一线人员力量充足到位，西坝街道总工会全体工作人员下沉金盏社区。 | true
      a body the reader told of before asking | 我记得东坝区总工会派了干部去社区。请问报上点了哪几个街道的名？ | 东坝区总工会选派32名干部到社区一线，西坝、南坝等街道总工会全员到岗。 | false
      no union, company or group              | 纽西兰国防军海军目前有多少艘舰艇？                             | 目前海军有各类型主要舰艇约10艘。                           | false
      """)
  void aSentenceOpeningWithAnotherBodyIsAnothersDeed(String shows, String question, String sentence, boolean another) {
    assertEquals(another, OtherBodies.opensWithAnotherBody(Question.read(question), sentence), shows);
  }

  @Test
  void theAskedBodyNamedInPartsIsNotAnotherBody() {
    Question q = Question.read("公交保修分公司四厂的读书会上，朗读《大国追梦》的那位女职工是谁？");
    assertFalse(OtherBodies.aboutAnother(q, "日前，北京公交集团保修分公司四厂党员活动室内，女职工张磊诵读着《大国追梦》。"));
    assertTrue(OtherBodies.aboutAnother(Question.read("门头沟区总工会抽调了多少名党员干部？"), "怀柔区总工会抽调28名党员干部深入社区。"));
  }
}
