package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The distinctive part of a named body ({@link SubjectCheck#core}): a province-level prefix and
 * generic endings go, whatever the province, so no city's names live in the rule.
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
    assertEquals(core, SubjectCheck.core(entity));
  }
}
