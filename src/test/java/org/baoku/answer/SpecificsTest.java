package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link Specifics}: titles, lists and the specifics of a kind answer only where
 * a sentence names them.
 */
class SpecificsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      titles list books                         | 读书会上分享了哪几本书？     | 诵读《大国追梦》《正道沧桑》等篇章。        | true
      three verbs list no books                 | 读书会上分享了哪几本书？     | 让大家共读、共享、共进步。                  | false
      one title is no list                      | 读书会上分享了哪几本书？     | 女职工张磊诵读着《大国追梦》。              | false
      kinds of works are listed without titles  | 演出包括哪些门类的作品？     | 通过书法、美术、曲艺等主题文艺作品宣传防疫。 | true
      three things listed                       | 菜园里种了哪些菜？           | 种下西红柿、豆角、茄子。                    | true
      departments are no works                  | 走访慰问了哪些部门？         | 走访特警大队、刑侦支队、治安支队。          | true
      parts of a body are no works              | 除了哪些部位没有鳞？         | 除头部、吸盘、鳍条外全身被鳞。              | true
      a word opening with a work is none         | 菜园里种了哪些书菜？         | 种下西红柿、豆角、茄子。                    | true
      """)
  void aListOfWorksIsAListOfTitles(String shows, String question, String sentence, boolean lists) {
    assertEquals(lists, Specifics.enumerates(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a title in 《》                         | 工作组帮村里编的村规叫什么？ | 组织村民创作《胡家堡防疫村约十六条》。 | true
      the question's own title                | 《大国追梦》是谁诵读的？       | 女职工张磊诵读着《大国追梦》。           | false
      a quoted name of the asked thing        | 拍宣传片的工作室叫什么名字？   | 这是1路“洪霞创新工作室”制作的宣传片。  | true
      a quoted slogan names nothing           | 工作组帮村里编的村规叫什么？ | 创新推出了“四个一”措施。                | false
      """)
  void namesATitleOfTheAskedThing(String shows, String question, String sentence, boolean names) {
    assertEquals(names, Specifics.namesATitle(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a quoted name before the word asked     | 项目工会那个竞赛主题是什么？   | 项目工会积极围绕“强意识，查隐患，促发展，保安康”竞赛主题开展活动。 | true
      a quoted name, 为 before the word       | 何少花那堂课的主题是什么？     | 以“平凡一样闪光看到最美自己”为主题开展宣讲。 | true
      a quoted name before another word       | 项目工会那个竞赛主题是什么？   | 项目获“安康杯”竞赛优胜班组荣誉称号。     | false
      """)
  void namesTheAskedThingByAQuotedNameBeforeItsWord(String shows, String question, String sentence, boolean names) {
    assertEquals(names, Specifics.namesBeforeTheWord(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a title like the thing asked            | 工作组给村里编的防疫村规叫什么名字？ | 创作《胡家堡防疫村约十六条》。           | true
      a title of something else               | 工作组给村里编的防疫村规叫什么名字？ | 制作《外来人口返京流量趋势图》。         | false
      """)
  void aRelatedTitleSharesTheAskedThingsCharacters(String shows, String question, String sentence, boolean names) {
    assertEquals(names, Specifics.namesATitle(Question.read(question), sentence, true), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      items of the asked kind              | 送的慰问品具体是啥？       | 为他们送去西瓜、饮料等1000余件慰问品。     | true
      items of another kind                | 送的慰问品具体是啥？       | 为29个村、12个社区送去关怀和慰问品。       | false
      items before 的 and the kind         | 倡议书具体倡议了哪些事情？ | 发出不要前往高发地区、注意个人卫生的倡议书。 | true
      items after a dash                   | 节日礼物具体是哪些东西？   | 他们收到了节日礼物——保温水壶、医用口罩。   | true
      the kind named, no items             | 送的慰问品具体是啥？       | 为工作人员送去慰问品。                     | false
      two of the asked kind                | 干部具体分到了哪几个社区？ | 干部分到大峪社区、东辛房社区。             | true
      """)
  void whatExactlyIsAnsweredByItemsOfTheAskedKind(String shows, String question, String sentence, boolean gives) {
    assertEquals(gives, Specifics.specifies(Specifics.askedThing(Question.read(question)), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      counted, then named                     | 双丰街道12个社区，具体是哪几个社区？       | 社区
      counted, names asked                    | 服务队先后到过的4个社区（村）分别叫什么名字？ | 社区
      not counted                             | 专项资金拨给了哪几个街道和镇？             | ''
      counted, no names asked                 | 服务队先后到过几个社区？                   | ''
      counted and asked at once               | 服务队在龙泉镇去的是哪4个社区（村）？      | 社区
      which one, not counted                  | 服务队在龙泉镇去的是哪个社区？             | ''
      which one, counted as one               | 镇总工会是到哪一个村去慰问的？             | ''
      bodies named without their kind         | 牛玉俊一行走访慰问了哪两个单位的干警？     | ''
      two, which a report joins with 和       | 郑默杰深入了哪2个村？                       | ''
      one in each of several reports          | 两篇大兴报道里，镇工会分别到了哪四个村？   | ''
      """)
  void placesTheQuestionCountsAreAskedByName(String shows, String question, String kind) {
    assertEquals(kind.isEmpty() ? Optional.empty() : Optional.of(kind),
        Specifics.countedAskedByName(Question.read(question)), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      what exactly, 啥                        | 送的慰问品具体是啥？                     | true
      which task exactly                      | 柳寅去一线以后，具体负责哪项工作？       | true
      no 具体                                 | 柳寅去一线以后负责什么工作？             | false
      a place, asked by its own check         | 柳寅具体在哪个社区支援？                 | false
      """)
  void whatExactlyIsAsked(String shows, String question, boolean asks) {
    assertEquals(asks, Specifics.asksSpecifics(Question.read(question)), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the things a list names                 | 送的慰问物资具体都是些什么东西？           | true
      the thing before a comma                | 送的慰问物资，具体都是些什么东西？         | true
      villages of a part                      | 参与防疫的那部分村庄具体是哪些村？         | true
      a place named between                   | 工作人员具体去的是北房镇哪几个村？         | true
      people, named one by one                | 邀请参加座谈会的家属具体是哪几位？         | false
      事情 stands for the thing before 具体   | 西城区总工会的倡议书具体倡议了哪些事情？   | true
      no thing named                          | 具体都有哪些？                             | false
      """)
  void aListOfWhatExactlyAThingWasIsAsked(String shows, String question, boolean asks) {
    Question q = Question.read(question);
    assertEquals(Question.Asked.LIST, q.asks(), shows);
    assertEquals(asks, Specifics.specificThingAsked(q).isPresent(), shows);
  }

  @Test
  void aListOfWhatExactlyAThingWasNeedsTheThingsNamed() {
    Question q = Question.read("长子营镇总工会送的慰问物资具体都是些什么东西？");
    List<String> texts = List.of("长子营镇总工会对疫情防控数据组150名一线工作人员送上慰问物资。", "叮嘱他们确保自身安全。");
    double[] probability = {0.6, 0.1};
    assertEquals(List.of(), KindCheck.answering(q, probability, List.of(true, true), texts, List.of(0)));
    List<String> named = List.of("长子营镇总工会送上牛奶、方便面、口罩等慰问物资。", "叮嘱他们确保自身安全。");
    assertEquals(List.of(0), KindCheck.answering(q, probability, List.of(true, true), named, List.of(0)));
  }

  @Test
  void aWayAskedIsAnsweredByASentenceTellingAWay() {
    Question q = Question.read("石岳为了避免录错，具体采用了什么方法？");
    assertTrue(Specifics.tellsTheWayAsked(q, "我采用设备先行录入、口头二次确认的方式。"));
    assertFalse(Specifics.tellsTheWayAsked(q, "协助做好防控知识宣传、返京职工动态监测等工作。"));
    // no way asked
    assertFalse(
        Specifics.tellsTheWayAsked(Question.read("送的慰问品具体是什么？"), "我采用设备先行录入的方式。"));
  }
}
