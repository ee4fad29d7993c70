package org.baoku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
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
  void everyDocumentHasEveryNormAndARecordHasNoText() throws IOException {
    Path live = new IndexHome(RealArchive.indexDir()).live().orElseThrow();
    int records = 0;
    try (var dir = FSDirectory.open(live.resolve(Manifest.LUCENE_DIR));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        for (FieldInfo field : r.getFieldInfos()) {
          if (!field.hasNorms()) {
            continue;
          }
          assertTrue(IndexSchema.SEARCHED_TEXT.contains(field.name), field.name + " has norms but records lack it");
          // BM25 reads frequencies and norms; nothing reads positions, which were 13 % of the index.
          assertEquals(IndexOptions.DOCS_AND_FREQS, field.getIndexOptions(), field.name);
          NumericDocValues norms = r.getNormValues(field.name);
          for (int doc = 0; doc < r.maxDoc(); doc++) {
            assertTrue(norms.advanceExact(doc), field.name + " has no norm for document " + doc);
          }
        }
        PostingsEnum recordDocs = r.postings(new Term(IndexSchema.RECORD, "1"));
        assertNotNull(recordDocs, "a merged build holds the records with the passages");
        Set<Integer> recordIds = new HashSet<>();
        for (int doc = recordDocs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = recordDocs.nextDoc()) {
          records++;
          recordIds.add(doc);
          for (String field : IndexSchema.SEARCHED_TEXT) {
            NumericDocValues norms = r.getNormValues(field);
            norms.advanceExact(doc);
            // Length zero: no terms, so BM25's document count and average length see passages alone.
            assertEquals(0, norms.longValue(), field + " of a record");
          }
        }
        // the bundled pages have no dates: every passage is marked undated, and no record is
        PostingsEnum undated = r.postings(new Term(IndexSchema.UNDATED, "1"));
        assertNotNull(undated, "undated passages are marked");
        int marked = 0;
        for (int doc = undated.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = undated.nextDoc()) {
          assertFalse(recordIds.contains(doc), "record document " + doc + " is marked undated");
          marked++;
        }
        assertEquals(r.numDocs() - recordIds.size(), marked);
      }
    }
    assertTrue(records > 0, "a record document per input file");
  }
}
