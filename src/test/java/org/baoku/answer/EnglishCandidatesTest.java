package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.RealArchive;
import org.baoku.retrieve.Retrieval;
import org.junit.jupiter.api.Test;

/**
 * An English question's keys are dictionary translations, so the sentence that gives what it asks
 * can share none of them; it must still be among the candidates of a leading hit, and answer.
 */
class EnglishCandidatesTest {

  /**
   * A reader spells 庞各庄 (pang-ge-zhuang) with one g; the sentences' pinyin has two, and the
   * name's key must meet them there.
   */
  @Test
  void aPinyinNameWrittenWithOneGIsKeyedAsTheArchiveSpellsIt() {
    Question q = Question.read("How many frontline staff did the Pangezhuang town union visit?");
    assertTrue(q.keys().stream().anyMatch(k -> k.word().equals("panggezhuang")), q.keys().toString());
  }

  @Test
  void theSentenceGivingTheAskedDurationIsACandidateAndTheAnswer() {
    Archive archive = RealArchive.get();
    String q = "How long is the epidemic-prevention video made by the bus model worker's innovation studio?";
    Retrieval found = archive.search(q, 10);
    ExtractiveComposer composer = new ExtractiveComposer(archive);
    Candidates c = composer.candidates(q, found.hits(), s -> true);
    List<String> texts = c.ranked().stream().map(s -> s.span().text()).toList();
    assertTrue(texts.stream().anyMatch(t -> t.contains("时长2分钟")), String.join("\n", texts));
    String answer = composer.compose(q, found).text();
    assertTrue(answer.contains("2分钟"), answer);
  }
}
