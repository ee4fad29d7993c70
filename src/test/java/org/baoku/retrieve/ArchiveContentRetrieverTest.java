package org.baoku.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import org.baoku.ingest.Passage;
import org.junit.jupiter.api.Test;

class ArchiveContentRetrieverTest {

  @Test
  void contentsCarryThePassageAndWhereItCameFrom() {
    String q = "朝阳区总工会为社区拨了多少专款？";
    List<Hit> hits = RealArchive.get().retrieve(q, 3);
    List<Content> contents = new ArchiveContentRetriever(RealArchive.get(), 3).retrieve(Query.from(q));
    assertEquals(hits.size(), contents.size());
    for (int i = 0; i < hits.size(); i++) {
      Passage p = hits.get(i).passage();
      Content c = contents.get(i);
      Metadata m = c.textSegment().metadata();
      assertEquals(p.text(), c.textSegment().text());
      assertEquals(p.id(), m.getString("id"));
      assertEquals(p.page(), m.getString("page"));
      assertEquals(p.article(), m.getInteger("article"));
      assertEquals(p.headline(), m.getString("headline"));
      assertEquals(p.byline(), m.getString("byline"));
      assertEquals(p.start(), m.getInteger("start"));
      assertEquals(p.end(), m.getInteger("end"));
      assertEquals(hits.get(i).score(), m.getDouble("score"));
      assertEquals(hits.get(i).score(), c.metadata().get(ContentMetadata.SCORE));
    }
  }

  @Test
  void punctuationOnlyQueryGivesNoContent() {
    assertEquals(List.of(), new ArchiveContentRetriever(RealArchive.get(), 3).retrieve(Query.from("？！")));
  }
}
