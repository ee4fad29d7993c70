package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.baoku.eval.QaItem;
import org.baoku.eval.QaSet;
import org.baoku.index.Embedder;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;

/** The archive's index stores every passage sentence's vector, and answering uses them. */
class StoredSentenceVectorsTest {

  private static final int HITS = 8;

  @Test
  void indexStoresOneVectorPerSentenceOfTheModel() {
    Archive archive = RealArchive.get();
    Passage p = archive.passages().stream()
        .filter(o -> Sentences.split(o.text()).size() >= 3).findFirst().orElseThrow();
    List<Sentences.Span> spans = Sentences.split(p.text());
    List<float[]> stored = archive.sentenceVectors(p).orElseThrow();
    assertEquals(spans.size(), stored.size());
    // Stored at 4 bits a dimension (VectorCodec): the model's vector comes back at a cosine of about 0.995.
    float[] fresh = Embedder.shared().embed(spans.get(2).text());
    double cosine = 0;
    for (int i = 0; i < fresh.length; i++) {
      cosine += fresh[i] * stored.get(2)[i];
    }
    assertTrue(cosine > 0.98, "cosine " + cosine);
  }

  @Test
  void vectorsOfAnotherTextAreNotServed() {
    Archive archive = RealArchive.get();
    Passage p = archive.passages().get(0);
    Passage edited = new Passage(p.id(), p.page(), p.article(), p.headline(), p.byline(),
        p.text() + "另加一句。", p.start(), p.end());
    assertTrue(archive.sentenceVectors(edited).isEmpty());
  }

  @Test
  void answeringEmbedsNoSentenceOfTheArchive() {
    Archive archive = RealArchive.get();
    ExtractiveComposer stored = new ExtractiveComposer(archive);
    ExtractiveComposer embedding = new ExtractiveComposer(Embedder::shared, ArticlePassages.of(archive),
        p -> Optional.empty());
    QaItem item = QaSet.read(Path.of("eval/holdout-dev.jsonl")).items().get(0);
    List<Hit> hits = archive.retrieve(item.question(), HITS);
    Answer a = stored.compose(item.question(), hits);
    Answer b = embedding.compose(item.question(), hits);
    assertFalse(a.citations().isEmpty());
    assertEquals(0, stored.evidence().embeddings().cachedSentences());
    assertTrue(embedding.evidence().embeddings().cachedSentences() > 0);
    assertEquals(b.text(), a.text());
  }
}
