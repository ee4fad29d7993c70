package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distinctive part of a named body ({@link EntityCore#core}): a province-level prefix and
 * generic endings go, whatever the province, so no city's names live in the rule; a short core is
 * mentioned only by a body's or place's abbreviation, and the province dropped is still found.
 */
class EntityCoreTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      延庆区总工会            | 延庆
      北京市延庆区总工会      | 延庆
      北京电控                | 电控
      上海市浦东新区总工会    | 浦东新
      广西壮族自治区南宁市    | 南宁
      本市                    | ''
      北京市                  | ''
      北京                    | ''
      顺义商业集团            | 顺义商业
      """)
  void keepsTheDistinctivePart(String entity, String core) {
    assertEquals(core, EntityCore.core(entity));
  }

  @Test
  void onlyABodysOrPlacesShortNameIsAnAbbreviation() {
    assertTrue(EntityCore.mentions("北京公交客六分公司第九车队49名党员职工", "九队"));
    // the words between a name's first two characters and its kind dropped
    assertTrue(EntityCore.mentions("102名工会社工组成防疫志愿服务队就地参与", "防疫队"));
    assertFalse(EntityCore.mentions("防疫工作中，志愿服务队", "防疫队"));
    assertFalse(EntityCore.mentions("防疫人员排队测温", "防疫队"));
    assertFalse(EntityCore.mentions("党员干部带队下沉", "党员队"));
    assertFalse(EntityCore.mentions("环卫工人在车站值守", "环卫站"));
    // a person's name is never shortened so: 王奎 is someone else than 王万奎
    assertFalse(EntityCore.mentions("魏善庄镇总工会副主席王万奎到北田各庄村", "王奎"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a province opening a body's name        | 河北省总工会派了多少干部下社区？ | 河北
      none                                    | 市总工会派了多少干部下社区？     | ''
      """)
  void aProvinceOpeningANameIsFound(String shows, String question, String province) {
    assertEquals(province.isEmpty() ? List.of() : List.of(province), EntityCore.provinces(Question.read(question)), shows);
  }
}
