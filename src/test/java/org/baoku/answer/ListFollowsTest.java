package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list announced in one sentence and given in the next ones, on the bundled pages: the items are
 * found after the announcing sentence, as many as the question's count or up to a heading.
 */
class ListFollowsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      工作组推出的“四个一”措施具体是哪四项？       | 创新推出了“四个一”措施 | 编制一个小程序;制作一套趋势图;绘制一张点位图;组建一支宣传队
      大兴区总工会有哪些人谈了下沉心声？           | 听听党员干部们的心声   | 韩锋光;康冬华;宁晓菲;马莲;陈晶晶
      读书会上职工们分享了哪几本红色书籍？         | 分享自己喜爱的红色书籍 | 《大国追梦》
      胡家堡村工作组都采取了哪些防控措施？         | 创新推出了“四个一”措施 | -
      值守人员每人收到了哪几样节日礼物？           | 当天，坚守在怀柔区北房镇 | 保温水壶
      """)
  void theItemsFollowTheSentenceThatAnnouncesThem(String question, String announcing, String expected) {
    Scored announcer = Passages.sentence(announcing);
    Optional<List<Scored>> listed =
        ListFollows.items(Question.read(question), List.of(announcer), List.of(announcer), Passages::article,
            List.of());
    if (expected == null) {
      assertTrue(listed.isEmpty(), () -> listed.get().toString());
      return;
    }
    List<String> items = listed.orElseThrow().stream().skip(1).map(s -> s.span().text()).toList();
    List<String> wanted = Arrays.asList(expected.split(";"));
    for (String w : wanted) {
      assertTrue(items.stream().anyMatch(i -> i.contains(w)), w + " in " + items);
    }
    if (wanted.size() > 1) {
      // one item a paragraph, and nothing past them (the next heading, the next measure)
      assertEquals(wanted.size(), items.size(), items.toString());
    }
  }

  @Test
  void aChosenSentenceThatListsTheItemsKeepsTheAnswer() {
    Question q = Question.read("职工大学这次主题讲座重在弘扬哪三种精神？");
    Scored announcer = Passages.sentence("职工匠师‘三个精神’宣讲");
    Scored listing = Passages.sentence("重在弘扬劳模精神、劳动精神和工匠精神");
    assertTrue(ListFollows.items(q, List.of(announcer), List.of(listing, announcer), Passages::article, List.of())
        .isEmpty());
  }

  @Test
  void twoThingsGivenOneByOneAreTheList() {
    // 为16家单位的270多名职工 counts the units the barbers served; the two they came from are given
    // in the chosen sentence, joined by 和
    Question q = Question.read("义务理发的两位理发师傅，分别来自哪两个单位？");
    Scored counting = Passages.sentence("分时分批为16家单位的270多名职工");
    Scored two = Passages.sentence("两位理发师傅分别来自");
    assertTrue(ListFollows.items(q, List.of(counting), List.of(two), Passages::article, List.of()).isEmpty());
    assertTrue(ListFollows.items(q, List.of(counting), List.of(counting), Passages::article, List.of()).isPresent());
  }

  @Test
  void aListThatNamesNoOneDoesNotAnswerForPeople() {
    Question q = Question.read("分享下沉心声的工会干部有哪几位？");
    Scored announcer = Passages.sentence("听听党员干部们的心声");
    Scored heading = Passages.sentence("全程、全时、全力奋战");
    List<Scored> out = ListFollows.items(q, List.of(announcer), List.of(heading, announcer), Passages::article,
        List.of()).orElseThrow();
    assertTrue(out.stream().anyMatch(s -> s.span().text().contains("韩锋光")), out.toString());
  }

  @Test
  void anotherListOfAnotherCountDoesNotKeepTheCountedItemsOut() {
    // the report's first sentence lists three things given; the question asks for the four 关
    Question q = Question.read("市总下沉组那四道关是哪四个");
    Scored announcer = Passages.sentence("创新推出了“四个一”措施");
    Scored donated = Passages.sentence("代表市总工会向两个村分别捐赠4000个口罩");
    List<Scored> out = ListFollows.items(q, List.of(announcer), List.of(announcer, donated), Passages::article,
        List.of()).orElseThrow();
    assertEquals(5, out.size(), out.toString());
    assertTrue(out.get(4).span().text().contains("入户关"), out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      劳模精神、劳动精神和工匠精神                   | 3
      落实测温、登记、扫码、查证“四件套”工作         | 4
      捐赠4000个口罩、1000只PVC手套、10000片酒精棉片 | 3
      编制一个小程序，把好“入口关”。                 | 1
      """)
  void itemsListedInOneClauseAreCounted(String sentence, int items) {
    assertEquals(items, ListFollows.itemsListed(sentence), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      大兴区总工会有哪些人谈了下沉心声？ | true
      大兴区总工会谁谈了下沉心声？       | false
      讲心声的那几个党员干部都谁         | true
      吐露下沉心声之党员干部，各系何人？ | true
      谈下沉心声的是谁？                 | false
      读书会上分享了哪几本书？           | true
      工作组创新推出的“四个一”措施是什么？ | true
      工作组的四个社区是什么时候划定的？ | false
      """)
  void aQuestionForSeveralPeopleAsksAList(String question, boolean list) {
    assertEquals(list, ListFollows.asksList(Question.read(question)), question);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      发表下沉心声的党员干部有哪几位？   | 下沉镇街感受如何？让我们一起听听党员干部们的心声： | true
      发表下沉心声的党员干部有哪几位？   | 让我们一起听听党员干部们的心声。                   | false
      发表下沉心声的党员干部有哪几位？   | 具体措施如下：                                     | false
      """)
  void aColonOpensAListOfWhatTheQuestionNames(String question, String sentence, boolean opens) {
    assertEquals(opens, ListFollows.opensWithAColon(Question.read(question), sentence));
  }
}
