package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link Classical}: a question in formal written Chinese read with the modern
 * question words that ask it, and the words that keep their 何, 几何 or 若干 left as they are.
 */
class ClassicalTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      几何 asks how much                | 专项资金总额几何？                 | 专项资金总额多少？
      几何 before its measure           | 所献之血总量几何毫升？             | 所献之血总量多少毫升？
      系 before 何 is 是                | 该工程系何年开工建设？             | 该工程是哪一年开工建设？
      系于何年何月                      | 大会系于何年何月召开？             | 大会是于哪年几月召开？
      何月何日 asks the day             | 培训确于何月何日举办？             | 培训确于几月几日举办？
      何 before a noun asks which       | 讲师系何机构所派？                 | 讲师是哪个机构所派？
      何种 asks what kind               | 所购之保险系何种保险？             | 所购之保险是什么保险？
      何 before another noun asks what  | 他此前系何出身？担任何职？         | 他此前是什么出身？担任什么职？
      何 before a place asks which      | 其人员所赴之村各系何村？           | 其人员所赴之村各是哪个村？
      何处 before a kind of place       | 施剑下沉至何处集中隔离点？         | 施剑下沉至哪个集中隔离点？
      何区所辖 stays unread             | 香河园街道系何区所辖？             | 香河园街道是何区所辖？
      何 before a measure asks which    | 援鄂之女儿系何名护士？             | 援鄂之女儿是哪名护士？
      何数种 asks which kinds           | 所种之蔬菜系何数种？               | 所种之蔬菜是哪几种？
      何者 asks which one               | 三镇所送物资何者最多？             | 三镇所送物资哪个最多？
      若干 closing the question         | 参训职工共计若干人？               | 参训职工共计多少人？
      若干 before a noun is several     | 工会出台了若干措施                 | 工会出台了若干措施
      何故 asks why                     | 孙世博何故近三周未归？             | 孙世博为什么近三周未归？
      words that keep 何                | 如何判断？为何？何时何人于何处？   | 如何判断？为何？何时何人于何处？
      关系 keeps its 系                 | 两者关系如何？                     | 两者关系如何？
      任何 keeps its 何                 | 任何单位没有任何措施               | 任何单位没有任何措施
      几何 of geometry stays            | 几何图形与曾几何时                 | 几何图形与曾几何时
      何方 and 几许                      | 讲师来自何方？人数几许？           | 讲师来自哪里？人数多少？
      the surname 何 stays              | 何少花讲了什么课？何区长与何月华呢？ | 何少花讲了什么课？何区长与何月华呢？
      a place named with 何 stays       | 何各庄村和何家村在何处？           | 何各庄村和何家村在何处？
      承担任何 keeps its 何             | 承担任何费用吗？                   | 承担任何费用吗？
      系 of a word stays                | 劳动关系何以紧张？联系何部门？     | 劳动关系为什么紧张？联系何部门？
      原因何在 stays                    | 原因何在？                         | 原因何在？
      孰 compares, 孰料 stays           | 两区孰多？孰料如此                 | 两区哪个多？孰料如此
      a quotation stays as written      | “何以解忧”出自何处？《何以中国》   | “何以解忧”出自何处？《何以中国》
      几何 of a subject stays           | 立体几何与几何题                   | 立体几何与几何题
      modern text unchanged             | 大兴区总工会选派了多少名干部？     | 大兴区总工会选派了多少名干部？
      """)
  void classicalQuestionWordsReadAsModern(String shows, String classical, String modern) {
    assertEquals(modern, Classical.modern(classical), shows);
  }
}
