package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.baoku.answer.Answer;
import org.baoku.chat.Command;
import org.baoku.chat.Reply;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaEvaluationTest {

  @TempDir Path dir;

  @Test
  void followUpsAreAskedInTheConversationOfTheirRootAndScoredOnTheAnswersHits() throws IOException {
    Path f = dir.resolve("set.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\": \"a\", \"question\": \"石岳下沉到了哪个社区？\", \"answers\": [\"华苇景苑社区\"], \"evidence\": [\"华苇景苑社区\"], \"type\": \"factoid\", \"follows\": null}",
        "{\"id\": \"b\", \"question\": \"另一个问题？\", \"answers\": [], \"evidence\": [], \"type\": \"unanswerable\", \"follows\": null}",
        "{\"id\": \"c\", \"question\": \"他协助完成了多少人次？\", \"answers\": [\"1.8万人次\"], \"evidence\": [\"1.8万人次\"], \"type\": \"followup\", \"follows\": \"a\"}",
        "{\"id\": \"d\", \"question\": \"那之后呢？\", \"answers\": [\"x\"], \"evidence\": [\"x\"], \"type\": \"followup\", \"follows\": \"c\"}"));
    Passage p = new Passage("p1", "page.txt", 1, "", "", "到华苇景苑社区参与防控，已协助完成核酸检测1.8万人次。", 0, 27);
    List<String> asked = new ArrayList<>();
    List<QaOutcome> outcomes = new QaEvaluation(Dump.none()).ask(QaSet.read(f), (conversation, command) -> {
      asked.add(conversation + ":" + ((Command.Ask) command).question());
      List<Hit> hits = List.of(new Hit(p, 1, 1));
      return Reply.answer(new Answer("已协助完成核酸检测1.8万人次。[1]", List.of(), true, "test", "", hits));
    });
    assertEquals(List.of("a:石岳下沉到了哪个社区？", "b:另一个问题？", "a:他协助完成了多少人次？",
        "a:那之后呢？"), asked);
    assertEquals(4, outcomes.size());
    assertEquals(1, Metrics.firstRelevantRank(outcomes.get(2).hits(), x -> Metrics.supports(x, List.of("1.8万人次"))));
  }
}
