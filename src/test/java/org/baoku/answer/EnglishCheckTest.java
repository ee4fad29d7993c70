package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person asked by name in English is answered only by a name among the most probable sentences;
 * who wrote or photographed a report is named by its byline, which no sentence is.
 */
class EnglishCheckTest {

  private static final List<String> TEXTS = List.of(
      "培训中，受邀的北京市红十字会培训讲师通过真实案例、解答互动等多种方式，向职工普及了心肺复苏知识。",
      "今年，该集团在项目工地开展10场应急救护心肺复苏培训。",
      "培训结束后，职工在培训讲师团队手把手的指导下进行了实操练习。",
      "该厂青年女工王莹说。");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      What was the name of the Red Cross instructor who taught the course?  | 0
      What was the name of the reporter who wrote the first-aid story?      | 3
      Who taught the first-aid course?                                       | 3
      """)
  void aNameAskedIsGivenOnlyByANameNearTheTop(String question, int answered) {
    assertAnswers(answered, question, new double[] {0.8, 0.5, 0.3, 0.1}, TEXTS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the cadres counted                | How many cadres went to Xiangheyuan subdistrict?                 | 对口支援香河园街道的12名干部立即下沉。                       | true
      another group counted             | How many police officers did the union leaders call on?          | 对5000余名参与疫情防控的医护工作者和一线职工进行了慰问。       | false
      the social workers counted        | How many full-time trade union social workers went down?         | 基层50名工会专职社会工作者下沉到各区域内。                    | true
      a team of so many people          | How many full-time trade union social workers went down?         | 区总工会依托由12人组成的疫情防控志愿应急服务队。               | false
      people counted by no noun         | How many people did the union visit?                              | 对5000余名参与疫情防控的医护工作者和一线职工进行了慰问。       | true
      a count with no noun after it     | How many family members were invited to the forum?               | 受邀前来参加座谈会的只有3个人。                              | true
      people counted in 万               | How many union members did the appeal reach?                      | 面向全区22万会员职工发出倡议。                               | true
      """)
  void anEnglishCountOfPeopleIsOfThePeopleItNames(String shows, String question, String sentence, boolean counts) {
    assertEquals(counts, EnglishCheck.countsTheAskedPeople(Question.read(question), sentence), shows);
  }

  /** That {@link EnglishCheck#answering} gives {@code answered} sentences, the model having picked the first two. */
  private static void assertAnswers(int answered, String question, double[] probability, List<String> texts) {
    List<Integer> out = EnglishCheck.answering(Question.read(question), probability, about(texts.size()), texts, List.of(0, 1));
    assertEquals(answered, out.size(), out.toString());
  }

  private static final List<String> HUBEI = List.of(
      "今年春节，北京市派出第一批驰援湖北医疗队。",
      "北京住总集团党委、工会专程邀请集团援鄂医护人员家属参加座谈会。",
      "她不仅是护士，还是一名战士。");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Which hospital in Hubei were the group's medical staff assigned to?   | 0
      Where did the group's medical staff go?                               | 2
      """)
  void aPlaceOfTheAskedKindIsGivenOnlyWhereASentenceNamesOne(String question, int answered) {
    assertAnswers(answered, question, new double[] {0.5, 0.4, 0.3}, HUBEI);
  }

  private static final List<String> PROJECT = List.of(
      "该工程是集科研办公楼、国际化酒店、文化娱乐等为一体的大型公建项目。",
      "据了解,该工程自2020年开工建设以来,项目工会探索智慧工地建设。",
      "该工程计划于2023年12月竣工。");

  /**
   * A planned day or a year is answered only by a sentence that gives one (the third, here, for a
   * plan; the second for the year the project started); without it the question is refused. A bare
   * {@code when} keeps the model's choice.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      When is the Phase II project scheduled to be completed?   | 3 | [0, 2]
      When is the Phase II project scheduled to be completed?   | 2 | []
      In what year did the Phase II project start?              | 2 | [0, 1]
      In what year did the Phase II project start?              | 1 | []
      When did the Phase II project start?                      | 1 | [0]
      On what exact date did the Phase II project start?        | 1 | []
      """)
  void aPlannedDayOrAYearIsGivenOnlyByASentenceGivingOne(String question, int sentences, String answered) {
    double[] probability = java.util.Arrays.copyOf(new double[] {0.8, 0.5, 0.3}, sentences);
    List<Integer> out = EnglishCheck.answering(Question.read(question), probability, about(sentences), PROJECT.subList(0, sentences), List.of(0));
    assertEquals(answered, out.toString());
  }

  private static final List<String> PROPOSAL = List.of(
      "北京市总工会女职工委员会建议安排孕期、哺乳期女职工居家远程办公。",
      "北京市总工会女职工委员会发出建议",
      "积极向地方有关部门反映疫情期间女职工特殊权益保护诉求。",
      "受邀前来参加座谈会的只有3个人。");

  /**
   * A figure taken from a candidate of any rank answers only when its report is read near the top:
   * the article of one of the three most probable sentences or of one of the three best hits.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0.9, 0.5, 0.4, 0.1 | women, women, women, family   | false
      0.9, 0.5, 0.4, 0.1 | other, third, family, women   | true
      0.9, 0.1, 0.4, 0.5 | women, women, women, women    | true
      """)
  void aFigureOfAnyRankIsHeldToTheReportsReadNearTheTop(String probabilities, String hitArticles, boolean answered) {
    double[] probability = java.util.Arrays.stream(probabilities.split(",")).mapToDouble(Double::parseDouble).toArray();
    List<String> articleOf = List.of("women", "women", "women", "family");
    Question q = Question.read("How many pregnant female workers were allowed to work from home?");
    assertEquals(answered, EnglishCheck.reportedNearTheTop(q, List.of(0, 3), PROPOSAL, articleOf, probability,
        List.of(hitArticles.split(",\\s*"))));
  }

  private static final List<String> FUNDS = List.of(
      "朝阳区总工会拨专款500万元，按社区大小分别予以5万、8万、10万元的慰问补贴。",
      "据了解，大兴区总工会第一时间为21个镇街和产业基地拨付疫情防控专项资金。",
      "大兴区总工会建立包户联系制度，一对一帮扶13户困难医护人员。",
      "已筹措60余万元资金，对5000余名参与疫情防控的医护工作者和一线职工进行了慰问。");

  /**
   * A sum asked of the body an English question names leads with a sentence of that body's own
   * (the fourth here names none, and so none other), not another district's sum the model picked
   * first, when its report names the body; with no body named, the model's sum stands.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How much money had the Daxing District federation of trade unions raised for front-line staff? | true  | [3, 1, 2]
      How much money had the Daxing District federation of trade unions raised for front-line staff? | false | [0, 1, 2]
      How much money was raised for front-line staff?                                                | true  | [0, 1, 2]
      """)
  void aSumOfTheNamedBodyLeadsOverAnotherBodysSum(String question, boolean about, String answered) {
    List<Integer> out = EnglishCheck.answering(Question.read(question), new double[] {0.9, 0.7, 0.6, 0.4},
        List.of(true, true, true, about), FUNDS, List.of(0, 1, 2));
    assertEquals(answered, out.toString());
  }

  private static final List<String> SOCIAL_WORKERS = List.of(
      "记者了解到，平谷区总工会102名工会社工组成防疫志愿服务队就地参与本乡镇街道疫情防控工作。",
      "连日来，门头沟区总工会积极动员工会干部、工会专职社会工作者发扬连续作战精神。",
      "基层50名工会专职社会工作者下沉到各区域内参与社区(村)疫情防控工作。",
      "原来，这30个保温水壶是民进北京怀柔工委副主委王敏个人出资3000元购买的。");

  /**
   * A count of the place an English question spells leads from a report that writes it (the third
   * sentence's), before another district's sentence the model picked; a figure beside another
   * person's name does not lead an answer about the person spelled.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      How many full-time trade union social workers in Mentougou went down to the communities? | true, true, true  | [1, 0]
      How many full-time trade union social workers in Mentougou went down to the communities? | false, true, true | [2, 1, 0]
      """)
  void aCountOfTheSpelledPlaceLeads(String question, String about, String answered) {
    List<Boolean> of = java.util.Arrays.stream(about.split(",\\s*")).map(Boolean::parseBoolean).toList();
    List<Integer> out = EnglishCheck.answering(Question.read(question), new double[] {0.6, 0.7, 0.1}, of,
        SOCIAL_WORKERS.subList(0, 3), List.of(1, 0));
    assertEquals(answered, out.toString());
  }

  @org.junit.jupiter.api.Test
  void anotherPersonsFigureDoesNotLead() {
    Question q = SpelledPeople.named(Question.read("How much did Peng Chunhui pay for the medical masks?"),
        Passages.hits(3, "彭春辉"));
    List<String> texts = List.of("朝阳区总工会拨专款500万元，按社区大小分别予以慰问补贴。", SOCIAL_WORKERS.get(3));
    // the model picked another district's sum; 王敏's 3000元, of a report about the masks, is not led with
    List<Integer> out = EnglishCheck.answering(q, new double[] {0.6, 0.3}, List.of(false, true), texts, List.of(0));
    assertEquals(List.of(0), out);
  }

  /** Every candidate's article names the question's bodies. */
  private static List<Boolean> about(int candidates) {
    return java.util.Collections.nCopies(candidates, true);
  }
}
