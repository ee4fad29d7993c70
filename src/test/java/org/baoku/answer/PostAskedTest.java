package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.baoku.retrieve.Archive;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question of someone's post ({@code 施剑是什么职务}) on the bundled pages: the model ranks first the
 * sentences that repeat the name and give no post, so the one that gives the post right before the
 * name answers from wherever it ranks; someone the pages name with no post is not given one.
 */
class PostAskedTest {

  private final Archive archive = RealArchive.get();
  private final ExtractiveComposer composer = new ExtractiveComposer(archive);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      施剑是什么职务？ | 副主席施剑
      牛玉俊是什么职务？ | 常务副主席牛玉俊
      """)
  void thePostBeforeTheNameAnswers(String question, String post) {
    Answer a = composer.compose(question, archive.search(question, 10));
    assertTrue(a.grounded(), a.text());
    assertTrue(a.text().contains(post), a.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      张磊是什么职务？
      """)
  void someoneNamedWithNoPostIsGivenNone(String question) {
    assertFalse(composer.compose(question, archive.search(question, 10)).grounded());
  }
}
