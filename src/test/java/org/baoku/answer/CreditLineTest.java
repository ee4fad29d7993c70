package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.RealArchive;
import org.baoku.retrieve.Retrieval;
import org.junit.jupiter.api.Test;

/**
 * A credit line ({@code 本报讯（通讯员 陈力宁）}) opens a passage's text but says nothing a question
 * asks: it is no candidate sentence, while an author's line that gives a post ({@code 北京市服务工会主席
 * 石岳}) still answers what that post is.
 */
class CreditLineTest {

  private final Archive archive = RealArchive.get();
  private final ExtractiveComposer composer = new ExtractiveComposer(archive);

  private List<String> candidates(String q) {
    Retrieval found = archive.search(q, 10);
    return composer.candidates(q, found.hits(), s -> true).ranked().stream().map(s -> s.span().text()).toList();
  }

  @Test
  void aCreditLineIsNoCandidate() {
    // an unanswerable question (新闻奖 is on no page) whose words 本报 and 今年 a credit line shares:
    // before, that line was the sentence the reply gave first
    String q = "本报今年获得了什么新闻奖？";
    Retrieval found = archive.search(q, 10);
    List<String> credits = found.hits().stream().map(h -> ChineseText.folded(h.passage().byline()))
        .filter(b -> b.startsWith("本报")).toList();
    assertFalse(credits.isEmpty());
    List<String> texts = candidates(q);
    assertFalse(texts.isEmpty());
    assertTrue(texts.stream().map(ChineseText::folded).noneMatch(credits::contains), String.join("\n", texts));
  }

  @Test
  void anAuthorsPostStillAnswers() {
    String q = "写《我的抗疫日记》的石岳是什么职务？";
    assertTrue(candidates(q).stream().anyMatch(t -> t.contains("服务工会主席")));
    String answer = composer.compose(q, archive.search(q, 10)).text();
    assertTrue(answer.contains("服务工会主席"), answer);
  }
}
