package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link SubjectCheck}: a sentence answers only for the question's bodies,
 * persons, batches and works, not another's.
 */
class SubjectCheckTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the body asked is named                 | 首发养护公司工会的主席叫什么名字？ | 首发养护公司工会主席张三慰问职工。 | true
      another body's chairman                 | 首发养护公司工会的主席叫什么名字？ | 北宇物业公司工会主席刘培沛出席。   | false
      a misread name is no body               | 那些水壶是谁个人出钱买的？         | 民进怀柔工委副主委王敏出资购买。   | true
      a name glued to a verb is no body       | 怀柔元宵节那保温壶 王敏花多少钱买的 | 这30个保温水壶是王敏个人出资3000元购买的。 | true
      a group is a body                       | 东城区总工会送给区防疫医疗保障组的慰问品价值多少元？ | 东城区总工会为全区17个街道各拨付慰问金5万元。 | false
      the group named                         | 东城区总工会送给区防疫医疗保障组的慰问品价值多少元？ | 东城区总工会走访慰问了区防疫工作医疗保障组。 | true
      a fleet shortened as readers shorten it | 客六那个九队有多少党员？ | 北京公交客六分公司第九车队49名党员职工坚守岗位。 | true
      another fleet                           | 客六那个九队有多少党员？ | 北京公交客六分公司第八车队49名党员职工坚守岗位。 | false
      """)
  void aPersonIsCheckedOnTheQuestionsBodies(String shows, String question, String context, boolean about) {
    assertEquals(about, SubjectCheck.aboutBodies(Question.read(question), context), shows);
  }

  @Test
  void onlyABodysOrPlacesShortNameIsAnAbbreviation() {
    assertTrue(SubjectCheck.mentions("北京公交客六分公司第九车队49名党员职工", "九队"));
    // the words between a name's first two characters and its kind dropped
    assertTrue(SubjectCheck.mentions("102名工会社工组成防疫志愿服务队就地参与", "防疫队"));
    assertFalse(SubjectCheck.mentions("防疫工作中，志愿服务队", "防疫队"));
    assertFalse(SubjectCheck.mentions("防疫人员排队测温", "防疫队"));
    assertFalse(SubjectCheck.mentions("党员干部带队下沉", "党员队"));
    assertFalse(SubjectCheck.mentions("环卫工人在车站值守", "环卫站"));
    // a person's name is never shortened so: 王奎 is someone else than 王万奎
    assertFalse(SubjectCheck.mentions("魏善庄镇总工会副主席王万奎到北田各庄村", "王奎"));
  }

  @Test
  void aNameTheTaggerFindsInAQuestionNeedNotBeInTheArticle() {
    Question q = Question.read("怀柔元宵节那保温壶 王敏花多少钱买的");
    String context = "这30个保温水壶是王敏个人出资3000元购买的。";
    assertTrue(q.entities().contains("敏花"), q.entities().toString());
    assertFalse(SubjectCheck.aboutEntities(q, context));
    assertTrue(SubjectCheck.aboutBodies(q, context));
  }

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
      """)
  void aBackReferenceToTheReportsOwnBodyIsNoOtherBody(String shows, String question, String sentence, boolean another) {
    assertEquals(another, SubjectCheck.aboutAnother(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a province opening a body's name        | 河北省总工会派了多少干部下社区？ | 河北
      none                                    | 市总工会派了多少干部下社区？     | ''
      """)
  void aProvinceOpeningANameIsFound(String shows, String question, String province) {
    assertEquals(province.isEmpty() ? List.of() : List.of(province), SubjectCheck.provinces(Question.read(question)), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      another book's reader                   | 读书会上分享的《正道沧桑》是由哪位职工朗读的？ | 女职工张磊诵读着《大国追梦》。                    | true
      the book asked                          | 读书会上诵读《大国追梦》的是哪位女职工？       | 女职工张磊诵读着《大国追梦》。                    | false
      no title in the sentence                | 读书会上分享的《正道沧桑》是由哪位职工朗读的？ | 女职工张磊在活动室诵读。                          | false
      no title asked                          | 读书会上是哪位女职工在诵读？                   | 女职工张磊诵读着《大国追梦》。                    | false
      a figure, another work in passing       | 《芝加哥》获得多少项奥斯卡金像奖？             | 获得6项奥斯卡金像奖，这也是自1968年《孤雏泪》后首次。 | false
      """)
  void aSentenceAboutAnotherWorkDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, SubjectCheck.ofAnotherWork(Question.read(question), sentence), shows);
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
      no union, company or group              | 纽西兰国防军海军目前有多少艘舰艇？                             | 目前海军有各类型主要舰艇约10艘。                           | false
      """)
  void aSentenceOpeningWithAnotherBodyIsAnothersDeed(String shows, String question, String sentence, boolean another) {
    assertEquals(another, SubjectCheck.opensWithAnotherBody(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the second batch asked, the first given | 朝阳区总工会机关第二批多少名干部前往社区报到？ | 区总工会机关首批39名干部迅速响应并前往各自居住地所在社区报到; | true
      the batch asked                         | 朝阳区总工会机关首批多少名干部前往社区报到？   | 区总工会机关首批39名干部迅速响应并前往各自居住地所在社区报到; | false
      both batches given                      | 第二批有多少名干部下沉？                       | 首批39名干部报到后，第二批20名干部也下沉社区。 | false
      a session, not a batch                  | 第二次培训有多少人参加？                       | 首批39名干部迅速响应。 | false
      no ordinal asked                        | 有多少名干部前往社区报到？                     | 首批39名干部迅速响应。 | false
      a batch counted, none given             | 朝阳区总工会机关第二批去社区报到的干部有多少名？ | 与此同时,8名机关干部第一时间主动报名加入支援一线储备人员队伍。 | true
      a round counted, none given             | 石岳所在社区的第一轮全员核酸检测是哪天开始的？ | 5月7日,我到居住地所在的丰台区华苇景苑社区参与新冠疫情防控工作。 | true
      the first batch as 首批, none given     | 首批有多少名干部前往社区报到？                 | 8名机关干部第一时间主动报名。 | false
      a round only in the setting             | 社区正在开展第三轮全员核酸检测，石岳每天几点前到岗？ | 从下沉首日起,我每天6点前准时到岗。 | false
      a phase, not a batch                    | 东升科技园第二期工程是哪一年开工建设的？       | 该工程自2020年开工建设以来。 | false
      a day counted, none given               | 理发小分队活动第一天为多少名职工理了发？       | 从2月24日开始，分批为270多名职工义务理发。 | true
      the first day as 首日                    | 石岳下沉第一天几点到岗？                       | 从下沉首日起,我每天6点前准时到岗。 | false
      another group's leader                  | 隔离点的一组组长是谁？                         | 副主席施剑下沉到隔离点，担任二组组长。 | true
      the group asked                         | 隔离点的二组组长是谁？                         | 副主席施剑下沉到隔离点，担任二组组长。 | false
      a leader of no numbered group           | 隔离点的一组组长是谁？                         | 副主席施剑下沉到集中隔离点担任团组长。 | true
      a team's captain by 第                   | 第三队队长叫什么？                             | 王明任第三队队长。 | false
      groups counted, not numbered            | 这三组人员分别由谁带队？                       | 王明任二组组长。 | false
      the group before its leader's post      | 隔离点的一组组长是谁？                         | 第一组由王强担任组长。 | false
      the group's number in two digits        | 二十二组组长是谁？                             | 十二组组长王强负责消杀。 | true
      the leader named, another fact asked    | 一组组长王强今年多大年龄？                     | 王强今年45岁。 | false
      """)
  void anotherBatchsCountDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, SubjectCheck.ofAnotherOrdinal(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the deed of another name                | 怀柔区总工会社会工作者彭春辉个人出资多少元买的口罩？ | 这30个保温水壶是副主委王敏个人出资3000元购买的。 | true
      the person asked                        | 王敏个人出资多少元买的水壶？           | 这30个保温水壶是副主委王敏个人出资3000元购买的。 | false
      the person's own diary                  | 石岳下沉社区后每天早上几点之前到岗？   | 从下沉首日起，我每天6点前准时到岗。               | false
      a sentence naming nobody                | 常洪霞制作的防疫宣传片有多长？         | 目前，这部时长2分钟的宣传片制作完成。             | false
      who is asked                            | 彭春辉个人出资给谁买的口罩？           | 王敏个人出资3000元购买。                          | false
      """)
  void anotherPersonsDeedDoesNotAnswer(String shows, String question, String sentence, boolean another) {
    assertEquals(another, SubjectCheck.ofAnotherPerson(Question.read(question), sentence), shows);
  }
}
