package org.baoku.retrieve;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.baoku.ingest.Passage;

/**
 * Our {@link Retriever} as a LangChain4j {@link ContentRetriever}, for RAG pipelines built with
 * LangChain4j. Each {@link Content} is one passage; its segment metadata names where it came from
 * (keys {@code id, page, article, headline, byline, start, end, score}) so a citation can point
 * at it, and {@link ContentMetadata#SCORE} carries the fused score.
 */
public final class ArchiveContentRetriever implements ContentRetriever {

  private final Retriever retriever;
  private final int maxResults;

  public ArchiveContentRetriever(Retriever retriever, int maxResults) {
    this.retriever = Objects.requireNonNull(retriever, "retriever");
    if (maxResults <= 0) {
      throw new IllegalArgumentException("maxResults must be positive: " + maxResults);
    }
    this.maxResults = maxResults;
  }

  /** Most relevant first; an unusable query gives an empty list. */
  @Override
  public List<Content> retrieve(Query query) {
    return retriever.retrieve(query.text(), maxResults).stream().map(ArchiveContentRetriever::content).toList();
  }

  private static Content content(Hit h) {
    Passage p = h.passage();
    Metadata m = new Metadata()
        .put("id", p.id())
        .put("page", p.page())
        .put("article", p.article())
        .put("headline", p.headline())
        .put("byline", p.byline())
        .put("start", p.start())
        .put("end", p.end())
        .put("score", h.score());
    return Content.from(TextSegment.from(p.text(), m), Map.of(ContentMetadata.SCORE, h.score()));
  }
}
