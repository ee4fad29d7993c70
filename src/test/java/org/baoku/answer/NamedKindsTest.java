package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tables of {@link NamedKinds}: a place or thing asked by the kind its name carries is
 * answered only by a sentence that names one of that kind.
 */
class NamedKindsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a named police station         | 送慰问品的是哪个派出所？ | 旧宫镇总工会慰问旧宫派出所民警。         | true
      a hospital by name             | 她在哪家医院工作？       | 她是北京协和医院的一名护士。             | true
      any front-line station         | 送慰问品的是哪个派出所？ | 旧宫镇总工会慰问防疫一线派出所民警。     | false
      a hospital gone to             | 她在哪家医院工作？       | 职工下班后到医院献血。                   | false
      哪一家 asks as 哪家 does        | 她被派到哪一家医院？     | 她是北京协和医院的一名护士。             | true
      a named community              | 干部下沉到哪个社区？     | 抽调44名干部到所联系的大峪花园社区。     | true
      communities counted, none named | 干部下沉到哪个社区？    | 干部分布在多个社区协助核酸检测。         | false
      several asked, none named      | 干部具体分到了哪几个社区？ | 干部分布在多个社区协助核酸检测。       | false
      each to its own, none named    | 干部具体下沉到哪几个社区？ | 干部职工每日下沉对应社区（村）值守。   | false
      several asked, two named       | 干部具体分到了哪几个社区？ | 干部分到了大峪花园社区、东辛房社区。   | true
      a named isolation site         | 他下沉到哪一处隔离点？   | 下沉到榆垓镇兴安健康公寓集中隔离点。     | true
      any isolation site             | 他下沉到哪一处隔离点？   | 副主席下沉到集中隔离点担任团组长。       | false
      a modifier after 哪个           | 培训是在哪个项目工地办的？ | 培训在东升科技园项目工地举行。         | true
      any site of a modifier         | 培训是在哪个项目工地办的？ | 该集团在项目工地开展10场培训。         | false
      the question's own name        | 她是保修分公司四厂哪个车间的？ | 工会将以保修车间内的职工书屋为载体。 | false
      a workshop named               | 她是保修分公司四厂哪个车间的？ | 她是四厂喷漆车间的青年女工。         | true
      the kind before 是哪一家        | 他支援的驻点核酸检测机构是哪一家？ | 李童支援驻点核酸检测机构。       | false
      the kind before 是哪一家, named  | 他支援的驻点核酸检测机构是哪一家？ | 李童支援迪安核酸检测机构。       | true
      the kind's name asked          | 他下沉到的集中隔离点具体叫什么名字？ | 副主席下沉到集中隔离点担任团组长。 | false
      the kind's name asked, given   | 他下沉到的集中隔离点具体叫什么名字？ | 下沉到榆垓镇兴安健康公寓集中隔离点。 | true
      a shop nearby names none       | 基层单位跟哪家快餐店签的合同？ | 基层单位与就近快餐店签订合同。     | false
      a verb before the kind         | 柳寅被派去支援哪个社区？ | 他们主动请缨加入社区志愿服务。           | false
      going down names none          | 干部下沉到哪个社区？     | 全体干部下沉社区参与核酸检测。           | false
      a stationed one, asked by name | 李童去支援的那个核酸检测机构叫什么名字？ | 李童最早请缨奔赴一线,支援驻点核酸检测机构。 | false
      a designated hospital          | 她被派到哪家医院？       | 她被派到指定医院值守。                   | false
      a hotel asked as a 饭店         | 他们去了哪一家饭店？     | 一行分别来到桔子酒店、区人社局。         | true
      the kind's name after a comma  | 那个驻点核酸检测机构，名称是什么？ | 李童支援驻点核酸检测机构。     | false
      """)
  void aPlaceOfAKindItsNameCarriesIsNamedBeforeTheKind(String shows, String question, String sentence, boolean names) {
    assertTrue(NamedKinds.asksNamedKind(Question.read(question)), question);
    assertEquals(names, NamedKinds.mentionsKind(Question.read(question), sentence), shows);
  }

  @ParameterizedTest
  @ValueSource(strings = {"兴安健康公寓集中隔离点是哪个镇的？", "北田各庄村核酸检测点是哪个镇的？", "香河园街道是哪个区的？"})
  void whatHoldsANamedPlaceIsNoNamedKindAsked(String question) {
    assertFalse(NamedKinds.asksNamedKind(Question.read(question)), question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an APP named                            | 工会开会，让工人手机上下个啥APP？ | 指导职工下载“北京工会12351APP”。 | true
      no APP named                            | 工会开会，让工人手机上下个啥APP？ | 举办职工沟通会，畅通沟通渠道。   | false
      a public account                        | 西城区总工会用的是哪个公众号？    | 利用“西城职工”微信公众号发出倡议。 | true
      its name asked, given in quotes         | 这个公众号叫什么名字？            | 利用“西城职工”微信公众号发出倡议。 | true
      its name asked, only the owner's words  | 工作室的微信公众号叫什么名字？    | 宣传片还将在创新工作室微信公众号中推广。 | false
      its name asked, given as a title        | 那个小程序叫什么？                | 编制《胡家堡村外来人口登记专属程序》，通过二维码注册。 | true
      its name asked, letters before the kind | 那个APP叫啥？                     | 指导职工下载“北京工会12351APP”。 | true
      its name asked, none before the kind    | 那个APP叫啥？                     | 指导职工下载APP。 | false
      """)
  void aThingCarryingItsKindIsNamedWithIt(String shows, String question, String sentence, boolean names) {
    assertEquals(names, NamedKinds.namesThing(Question.read(question), sentence), shows);
  }
}
