package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

class AnswerChoiceTest {

  /** The model's choice (the meeting, no count) and a count of another report, ranked far below it. */
  private static Candidates candidates(double second) {
    List<Scored> ranked = List.of(Passages.sentence("平粮社区联合工会在辖区举办职工沟通会"), Passages.sentence("共计1.1万名职工志愿者"));
    return new Candidates(ranked, Collections.nCopies(2, new double[0]), List.of(true, true),
        new double[] {0.37, second}, 0.75, false);
  }

  @Test
  void aCountTheChecksFindInAReportTheModelHardlyReadsDoesNotAnswer() {
    Question q = Question.read("平谷那次职工沟通会来了多少名职工？");
    assertTrue(AnswerChoice.fromAnotherReportAlone(q, candidates(0.007), List.of(0), List.of(1), 0.025));
    assertFalse(AnswerChoice.fromAnotherReportAlone(q, candidates(0.2), List.of(0), List.of(1), 0.025),
        "probable enough to stand on its own");
    assertFalse(AnswerChoice.fromAnotherReportAlone(q, candidates(0.007), List.of(0, 1), List.of(1), 0.025),
        "the model picked it");
    assertTrue(AnswerChoice.fromAnotherReportAlone(q, candidates(0.007), List.of(0), List.of(0, 1), 0.025),
        "an English reply quotes the model's sentence, which counts no one, beside it");
    assertFalse(AnswerChoice.fromAnotherReportAlone(Question.read("平谷那次职工沟通会是谁办的？"),
        candidates(0.007), List.of(0), List.of(1), 0.025), "not a figure or day");
  }

  @Test
  void anEnglishQuestionIsHeldToAHigherFloorUnlessTheOtherReportNamesWhatItSpells() {
    Question q = Question.read("How many workers attended the Binhe subdistrict union's communication meeting?");
    assertTrue(AnswerChoice.fromAnotherReportAlone(q, candidates(0.2), List.of(0), List.of(1), 0.025),
        "probable enough for a Chinese question, not for an English one");
    assertFalse(AnswerChoice.fromAnotherReportAlone(q, candidates(0.6), List.of(0), List.of(1), 0.025));
    assertFalse(AnswerChoice.fromAnotherReportAlone(
        Question.read("How many workers attended the communication meeting in Pinggu?"), candidates(0.2), List.of(0),
        List.of(1), 0.025), "the report of the count names Pinggu, 平谷, as the question spells it");
    assertTrue(AnswerChoice.fromAnotherReportAlone(
        Question.read("How many workers attended the communication meeting in Pinggu's Binhe subdistrict?"),
        candidates(0.2), List.of(0), List.of(1), 0.025),
        "the model's report names Binhe, 滨河, as well as Pinggu; the report of the count names Pinggu alone");
  }

  @Test
  void aBodyOfTheAskedKindNearTheTopLowersTheBar() {
    Question q = Question.read("给建工集团职工上急救课的讲师，是从哪个单位请来的？");
    Candidates c = ranked("北京建工集团工会开展", "受邀的北京市红十字会培训讲师");
    List<String> texts = c.ranked().stream().map(s -> s.span().text()).toList();
    assertTrue(AnswerChoice.bodyNamedNearTheTop(q, c, texts));
    assertFalse(AnswerChoice.bodyNamedNearTheTop(Question.read("这次急救培训有多少名职工参加？"), c, texts),
        "not an organisation asked");
    assertFalse(AnswerChoice.bodyNamedNearTheTop(Question.read("急救课的课件是哪个单位审定的？"), c, texts),
        "a body asked of a thing, which any body fits");
    Candidates without = ranked("我还年轻,身体顶得住", "大爷您好，请出示一下证件");
    assertFalse(AnswerChoice.bodyNamedNearTheTop(q, without, without.ranked().stream().map(s -> s.span().text()).toList()),
        "no body named");
  }

  @Test
  void theBodyNamedWithTheOneAskedOfLeads() {
    Candidates c = ranked("北京建工集团工会开展", "受邀的北京市红十字会培训讲师");
    List<String> texts = c.ranked().stream().map(s -> s.span().text()).toList();
    assertEquals(Optional.of(1), AnswerChoice.bodyOfTheRoleAsked(Question.read("建工集团请来的讲师是哪儿的？"), c, texts));
    assertEquals(Optional.of(1), AnswerChoice.bodyOfTheRoleAsked(Question.read("急救课请的是哪儿的老师？"), c, texts),
        "a lecturer asked in other words");
    assertEquals(Optional.empty(), AnswerChoice.bodyOfTheRoleAsked(Question.read("培训后又给职工发了哪本手册？"), c, texts),
        "the workers are not whose body is asked");
    Candidates alone = ranked("北京建工集团工会开展", "职工在培训讲师团队手把手的指导下");
    assertEquals(Optional.empty(), AnswerChoice.bodyOfTheRoleAsked(Question.read("建工集团请来的讲师是哪儿的？"), alone,
        alone.ranked().stream().map(s -> s.span().text()).toList()), "the lecturers named with no body");
    Candidates craftsman = ranked("职工匠师何少花授课", "受邀的北京市红十字会培训讲师");
    assertEquals(Optional.of(1), AnswerChoice.bodyOfTheRoleAsked(Question.read("受邀授课的讲师来自哪个机构？"), craftsman,
        craftsman.ranked().stream().map(s -> s.span().text()).toList()),
        "the role as asked (讲师) before one sharing its last character (工匠学院职工匠师)");
  }

  @Test
  void theAskedFigureOfTheMeasuredNounInTheBestArticleLowersTheBar() {
    List<Scored> ranked = List.of(Passages.sentence("制作的疫情防控宣传片的开篇语"), Passages.sentence("宣传片还将在创新工作室微信公众号中推广"),
        Passages.sentence("带领工作室的成员开始制作宣传片"), Passages.sentence("这部时长2分钟的宣传片制作完成"));
    Candidates c = new Candidates(ranked, Collections.nCopies(4, new double[0]), Collections.nCopies(4, true),
        new double[] {0.020, 0.011, 0.010, 0.003}, 0.028, false);
    List<String> texts = ranked.stream().map(s -> s.span().text()).toList();
    List<String> articleOf = ranked.stream().map(s -> s.passage().articleKey()).toList();
    assertTrue(AnswerChoice.measuredInTheBestArticle(Question.read("公交那个劳模带着工作室拍的防疫宣传片有多长？"), c, texts,
        articleOf));
    assertFalse(AnswerChoice.measuredInTheBestArticle(Question.read("那部宣传片拍了多少天？"), c, texts, articleOf),
        "2分钟 is no count of days");
    assertFalse(AnswerChoice.measuredInTheBestArticle(Question.read("那部宣传片是谁拍的？"), c, texts, articleOf),
        "no figure asked");
  }

  /**
   * The model's second or third sentence is searched too, before any other check has read it; the
   * best one's own figure is the model's to weigh.
   */
  @Test
  void theAskedFigureRankedSecondLowersTheBarButTheBestOnesOwnDoesNot() {
    List<Scored> second = List.of(Passages.sentence("制作的疫情防控宣传片的开篇语"), Passages.sentence("这部时长2分钟的宣传片制作完成"),
        Passages.sentence("带领工作室的成员开始制作宣传片"));
    assertTrue(measured("劳模做的那个防疫宣传片多长？", second));
    List<Scored> best = List.of(Passages.sentence("这部时长2分钟的宣传片制作完成"), Passages.sentence("制作的疫情防控宣传片的开篇语"),
        Passages.sentence("带领工作室的成员开始制作宣传片"));
    assertFalse(measured("劳模做的那个防疫宣传片多长？", best));
  }

  /**
   * A reader calls the thing by a word of their own (片子, video, 片长), which the sentence giving
   * the figure does not repeat; it names the figure a length (时长), which is what is asked.
   */
  @Test
  void aLengthOfTimeAskedByTheReadersOwnNounIsTheSentenceNamingItsLength() {
    List<Scored> ranked = List.of(Passages.sentence("带领工作室的成员开始制作宣传片"), Passages.sentence("制作的疫情防控宣传片的开篇语"),
        Passages.sentence("这部时长2分钟的宣传片制作完成"));
    assertTrue(measured("常洪霞她们做的那个防疫宣传 video 有多长", ranked));
    assertTrue(measured("洪霞工作室那个片子多长时间", ranked));
    assertTrue(measured("她们工作室做的那部防控宣传片，片长有多少时间？", ranked));
    assertFalse(measured("洪霞工作室那个片子拍了多少天", ranked), "2分钟 is no count of days");
    List<Scored> unnamed = List.of(Passages.sentence("102名工会社工组成防疫志愿服务队"), Passages.sentence("开展疫情防控宣传和线上解答职工问题"),
        Passages.sentence("值守了6个小时"));
    assertFalse(measured("平谷区总工会的防控宣传视频多长时间", unnamed), "a figure of time not said to be a length");
  }

  /** {@link AnswerChoice#measuredInTheBestArticle} of {@code ranked}, each less probable than the one before. */
  private static boolean measured(String question, List<Scored> ranked) {
    Candidates c = new Candidates(ranked, Collections.nCopies(3, new double[0]), Collections.nCopies(3, true),
        new double[] {0.017, 0.012, 0.010}, 0.03, false);
    return AnswerChoice.measuredInTheBestArticle(Question.read(question), c, ranked.stream().map(s -> s.span().text()).toList(),
        ranked.stream().map(s -> s.passage().articleKey()).toList());
  }

  /**
   * A report on the paper's own city names its union by level alone (市总工会下沉工作组), and the city
   * is named in another paragraph of a report retrieved beside it (本市各区街乡工会…: 当前，北京市总工会…);
   * a province no article of the reports names is another.
   */
  @Test
  void aProvinceNamedFurtherOnInTheReportsRetrievedIsTheirOwn() {
    List<Hit> top = new java.util.ArrayList<>(Passages.hits(1, "郑默杰到市总工会下沉参与防控"));
    top.addAll(Passages.hits(1, "通州区总工会机关党员干部主动与所在社区"));
    assertFalse(ArticleContext.retrieved(top).contains("北京"), "the paragraphs retrieved name the city by level");
    assertTrue(AnswerChoice.namedInTheReports("北京", top, Passages::article));
    assertFalse(AnswerChoice.namedInTheReports("天津", top, Passages::article));
  }

  /** Two sentences of the bundled pages, the first a little more probable, both about the subject. */
  private static Candidates ranked(String first, String second) {
    return new Candidates(List.of(Passages.sentence(first), Passages.sentence(second)), Collections.nCopies(2, new double[0]),
        List.of(true, true), new double[] {0.055, 0.042}, 0.04, false);
  }
}
