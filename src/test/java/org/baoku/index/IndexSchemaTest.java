package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.baoku.retrieve.RealArchive;
import org.junit.jupiter.api.Test;

/** The bundled pages' real index, as a build leaves it. */
class IndexSchemaTest {

  @Test
  void everyDocumentHasTheNormsOfTheSearchedTextAndARecordHasNoText() throws IOException {
    Path live = new IndexHome(RealArchive.indexDir()).live().orElseThrow();
    int records = 0;
    try (var dir = FSDirectory.open(live.resolve("lucene"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        PostingsEnum recordDocs = r.postings(new Term(IndexSchema.RECORD, "1"));
        for (String field : IndexSchema.SEARCHED_TEXT) {
          NumericDocValues norms = r.getNormValues(field);
          for (int doc = 0; doc < r.maxDoc(); doc++) {
            assertTrue(norms.advanceExact(doc), field + " has no norm for document " + doc);
          }
        }
        for (int doc = recordDocs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = recordDocs.nextDoc()) {
          records++;
          for (String field : new String[] {IndexSchema.HEADLINE, IndexSchema.TEXT}) {
            NumericDocValues norms = r.getNormValues(field);
            norms.advanceExact(doc);
            // Length zero: no terms, so BM25's document count and average length see passages alone.
            assertEquals(0, norms.longValue(), field + " of a record");
          }
        }
      }
    }
    assertTrue(records > 0, "a record document per input file");
  }
}
