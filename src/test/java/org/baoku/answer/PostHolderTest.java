package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tables of {@link PostHolder}: whoever holds the post or plays the role asked is answered
 * only by a sentence that gives that post, of the body asked, and no other title for a role.
 */
class PostHolderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the post asked of several            | 支援队的队长都是谁？ | 王明任一队队长，李强任二队队长。 | true
      no post given                        | 支援队的队长都是谁？ | 南法信镇工会工作者积极加入下沉队伍。 | false
      a head is whoever heads it           | 物业公司负责人是谁？ | 物业公司党委副书记、工会主席刘培沛出席。 | true
      a head named by no post              | 那位工会负责人叫什么？ | 该厂青年女工王莹说。 | false
      a head by another title              | 这家餐馆的负责人是谁？ | 餐馆老板王建国说，今年生意不错。 | true
      a member is no head                  | 这家公司的负责人是谁？ | 公司工会委员王莹说，今年生意不错。 | false
      another body's head                  | 住总集团工会负责人叫什么？ | 代表家属前来的北宇物业公司党委副书记、工会主席刘培沛出席。 | false
      another body's chair                 | 建工集团工会的主席是谁？ | 北京住总集团工会主席王明出席座谈会。 | false
      the asked body's chair               | 建工集团工会的主席是谁？ | 北京建工集团工会主席王明出席座谈会。 | true
      a chair of no body named             | 建工集团工会的主席是谁？ | 座谈会上，工会主席王明讲话。 | true
      the body nearest the post            | 住总集团工会主席是谁？ | 住总集团所属北宇物业公司工会主席刘培沛出席。 | false
      the body before 的                   | 住总集团工会主席是谁？ | 他是北宇物业公司的工会主席刘培沛。 | false
      a body referred back to              | 业委会主任是谁？ | 该小区业委会主任张三介绍了情况。 | true
      no body asked                        | 工会负责人是谁？ | 北宇物业公司党委副书记、工会主席刘培沛出席。 | true
      a branch's secretary, a group's given | 胡家堡村的党支部书记叫什么名字？ | 市总工会党组书记、副主席郑默杰到胡家堡村调研。 | false
      a branch's secretary given, shortened | 胡家堡村的党支部书记叫什么名字？ | 胡家堡村支部书记王明介绍了情况。 | true
      党委 asked, 党组 given: one to readers   | 市总工会党委书记是谁？ | 市总工会党组书记、副主席郑默杰到村调研。 | true
      """)
  void aPostAskedOfSeveralIsGivenWithTheirNames(String shows, String question, String sentence, boolean gives) {
    assertEquals(gives, PostHolder.givesThePost(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      谁是 before the post                  | 谁是北京市总工会主席？   | 劳动模范钟华说，能参加献血是我的荣耀。 | false
      谁是 before the post, the post given  | 谁是北京市总工会主席？   | 北京市总工会主席张明出席。           | true
      a deputy is not the chair            | 谁是北京市总工会主席？   | 北京市总工会副主席张明出席。         | false
      哪一位 after the post, a deputy       | 区总工会的主席是哪一位？ | 区总工会常务副主席张明出席。         | false
      哪一位 after the post, the post given | 区总工会的主席是哪一位？ | 区总工会主席张明出席。               | true
      担任 before the post                  | 谁担任工会主席。         | 劳动模范钟华说，能参加献血是我的荣耀。 | false
      哪位 before the post                  | 哪位是站长             | 劳动模范钟华说，能参加献血是我的荣耀。 | false
      who appointed is no post asked       | 谁任命了新的局长？       | 劳动模范钟华说，能参加献血是我的荣耀。 | true
      """)
  void aPostAskedWithWhoFirstIsAskedAsItsHolder(String shows, String question, String sentence, boolean gives) {
    assertEquals(gives, PostHolder.givesThePost(Question.read(question), sentence), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the chairman's name asked               | What is the name of the chairman of the Shunyi District trade union? | 主席
      the chairman asked                      | Who is the chairman of the Lingkong District trade union?           | 主席
      the chair asked by its verb             | Who chairs the Qingyuan subdistrict union in Daxing?               | 主席
      no post asked                           | Who led the team to the quarantine site?                            | ''
      a vice-chairman, whose title varies     | Who is the vice-chairman of the Daxing District trade union?        | ''
      a director of a video                   | Who is the director of the epidemic prevention video?               | ''
      a post in Chinese                       | 顺义区总工会的主席叫什么名字？                                        | 主席
      """)
  void aPostAskedIsReadInEitherLanguage(String shows, String question, String post) {
    assertEquals(post.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(post),
        PostHolder.postAsked(Question.read(question)), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a vice-chairman is no lecturer       | 培训请来的讲师叫什么名字？ | 建工集团公司工会副主席冯俊平指出，安全是重中之重。 | true
      the lecturer named                   | 培训请来的讲师叫什么名字？ | 受邀的红十字会培训讲师王明讲解了心肺复苏。 | false
      a name with no title                 | 培训请来的讲师叫什么名字？ | 王明讲解了心肺复苏的操作流程。 | false
      any post heads something             | 建工集团工会哪位负责人说的？ | 建工集团公司工会副主席冯俊平指出，安全是重中之重。 | false
      a cadre by any post                  | 哪位干部最早请缨？ | 副主席施剑闻令而动，迅速下沉到隔离点。 | false
      whoever teaches is the lecturer      | 培训请来的讲师叫什么名字？ | 工会副主席冯俊平为职工授课。 | false
      """)
  void aRoleAskedIsNotAnsweredBySomeoneOfAnotherTitle(String shows, String question, String sentence, boolean another) {
    assertEquals(another, PostHolder.namedUnderAnotherTitle(Question.read(question), sentence), shows);
  }

  @Test
  void anEnglishChairmanIsNotGivenByADeputysTitle() {
    Question q = Question.read("Who is the chairman of the Lingkong District trade union?");
    assertFalse(PostHolder.givesThePost(q, "大兴区总工会党组书记、常务副主席牛玉俊带队慰问抗疫职工"));
    assertTrue(PostHolder.givesThePost(q, "临空区总工会主席张三带队慰问抗疫职工"));
  }
}
