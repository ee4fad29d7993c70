package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;

/**
 * Our single-text encoder must give the vectors LangChain4j's model gives, which built the index:
 * a query embedded one way and its passages the other would otherwise drift apart.
 */
class EmbedderTest {

  @Test
  void singleTextsGetLangChain4jsVectors() throws Exception {
    List<String> texts = new ArrayList<>();
    try (PassageSearcher index = PassageSearcher.open(new IndexHome(RealArchive.indexDir()).live().orElseThrow())) {
      for (Passage p : index.passages()) {
        texts.add(p.text());
      }
    }
    assertTrue(texts.size() > 20, "the real pages give passages");
    // Longer than the model's 512 tokens (both truncate), Latin and digits, full-width forms.
    texts.add(String.join("", texts).substring(0, 3_000));
    texts.add("Beijing Federation of Trade Unions 北京市总工会 2022年 COVID-19");
    texts.add("ＡＢＣ１２３，急救培训？");
    Embedder embedder = Embedder.shared();
    for (String t : texts) {
      float[] ours = embedder.embed(t);
      float[] theirs = embedder.model().embed(t).content().vector();
      assertEquals(theirs.length, ours.length);
      for (int i = 0; i < ours.length; i++) {
        assertEquals(theirs[i], ours[i], 1e-6f, () -> "dimension differs for: " + t);
      }
    }
  }

  @Test
  void indexPipelineGivesEachPassageAndSentenceItsOwnVectorInOrder() throws Exception {
    List<String> texts = new ArrayList<>();
    try (PassageSearcher index = PassageSearcher.open(new IndexHome(RealArchive.indexDir()).live().orElseThrow())) {
      for (Passage p : index.passages().subList(0, 12)) {
        texts.add(p.text());
      }
    }
    // A passage of one sentence, whose run gives the sentence's vector too.
    texts.add("北京市总工会向一线职工送去慰问品。");
    assertEquals(1, org.baoku.ingest.Sentences.split(texts.get(texts.size() - 1)).size());
    Embedder embedder = Embedder.shared();
    int n = 0;
    try (Embedder.Pipeline pipeline = embedder.embedPassages(texts)) {
      while (pipeline.hasNext()) {
        String text = texts.get(n++);
        Embedder.PassageVectors v = pipeline.next();
        assertArrayEquals(embedder.embed(text), v.passage(), text);
        List<org.baoku.ingest.Sentences.Span> spans = org.baoku.ingest.Sentences.split(text);
        assertEquals(spans.size(), v.sentences().size());
        for (int i = 0; i < spans.size(); i++) {
          assertArrayEquals(embedder.embed(spans.get(i).text()), v.sentences().get(i), spans.get(i).text());
        }
      }
    }
    assertEquals(texts.size(), n);
  }
}
