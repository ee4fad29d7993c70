package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.baoku.retrieve.Archive;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of someone's post ({@code 施剑是什么职务}, {@link PostAsked}): only a title of office
 * gives one. On the bundled pages the model ranks first the sentences that repeat the name and give
 * no post, so the one that gives the post right before the name answers from wherever it ranks, as
 * it does who someone named is (郑默杰是谁, Who is Niu Yujun?); someone the pages name with no post
 * is not given one.
 */
class PostAskedTest {

  private final Archive archive = RealArchive.get();
  private final ExtractiveComposer composer = new ExtractiveComposer(archive);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      施剑是什么职务？ | 副主席施剑
      牛玉俊是什么职务？ | 常务副主席牛玉俊
      郑默杰是谁？      | 党组书记、副主席郑默杰
      牛玉俊是什么人    | 常务副主席牛玉俊
      Who is Niu Yujun? | 常务副主席牛玉俊
      Who is Shi Jian?  | 副主席施剑
      """)
  void thePostBeforeTheNameAnswers(String question, String post) {
    Answer a = composer.compose(question, archive.search(question, 10));
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains(post), a.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      郑默杰是谁？              | true
      Who is Niu Yujun?         | true
      谁最早请缨上一线？        | false
      李童是谁带去的？          | false
      Who is the union chairman? | false
      """)
  void whoSomeoneIsIsAskedOfANameAlone(String question, boolean asked) {
    assertEquals(asked, PostAsked.asksWhoSomeoneIs(question, Tagger.tag(question)), question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      张磊是什么职务？
      """)
  void someoneNamedWithNoPostIsGivenNone(String question) {
    assertFalse(composer.compose(question, archive.search(question, 10)).grounded());
  }

  @Test
  void aPostAskedIsGivenOnlyByATitleOfOffice() {
    Question q = Question.read("诵读《大国追梦》的张磊在厂里担任什么职务？");
    assertTrue(PostAsked.asksPost(q));
    assertTrue(GivenOrNot.asked(q));
    assertFalse(PostAsked.givesAPost("女职工张磊诵读着《大国追梦》。"));
    assertTrue(PostAsked.givesAPost("四厂工会副主席张磊诵读着《大国追梦》。"));
    assertTrue(PostAsked.givesAPost("车间副主任张磊带头诵读。"));
    // spoken: 当个啥, 当的啥, which a role answers as well (工会干部孙世博); not 当什么时候
    assertTrue(PostAsked.asksPostSpoken(Question.read("施剑 他在那儿当个啥？")));
    assertFalse(PostAsked.asksPost(Question.read("施剑 他在那儿当个啥？")));
    assertTrue(PostAsked.asksPostSpoken(Question.read("他在隔离点当的啥？")));
    assertFalse(PostAsked.asksPost(Question.read("他打算当什么时候回来？")));
    assertFalse(PostAsked.asksPostSpoken(Question.read("他打算当什么时候回来？")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the post before the name               | 施剑是什么职务？ | 大兴区总工会党组成员、副主席施剑下沉到集中隔离点。 | true
      the name first, then with its post     | 施剑是什么职务？ | 施剑说，副主席施剑已下沉一线。                     | true
      a post beside another name             | 施剑是什么职务？ | 副主席张昊和施剑一起慰问干警。                     | false
      named with no post                     | 张磊是什么职务？ | 女职工张磊诵读着《大国追梦》。                     | false
      担任 is no name                         | 施剑担任什么职务？ | 由区总工会副主席担任组长。                         | false
      """)
  void thePostOfTheNamedStandsRightBeforeTheName(String shows, String question, String sentence, boolean gives) {
    assertEquals(gives, PostAsked.givesThePostOfTheNamed(Question.read(question), sentence), shows);
  }
}
