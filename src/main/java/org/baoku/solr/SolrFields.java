package org.baoku.solr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.baoku.index.ChineseText;
import org.baoku.index.Embedder;
import org.baoku.index.IndexSchema;
import org.baoku.index.VectorStore;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;

/**
 * The collection's fields (the configset's {@code schema.xml}) and the one mapping between
 * a {@link Passage} and a Solr document. The indexed fields hold what the local index holds
 * ({@link IndexSchema}): the text is normalised here, bigrams and pinyin words are made here, so
 * BM25 sees the same terms and document lengths in both.
 */
final class SolrFields {

  static final String ID = "id";
  static final String DOC_TYPE = "doc_type";
  static final String ORD = "ord";
  static final String PAGE = "page";
  static final String PAGE_HASH = "page_hash";
  static final String ARTICLE = "article";
  static final String KIND = "kind";
  static final String START = "start";
  static final String END = "end";
  static final String PAPER = "paper";
  static final String DATE = "date";
  static final String PAGE_NO = "page_no";
  static final String SECTION = "section";
  static final String TEXT = "text";
  static final String HEADLINE = "headline";
  static final String BYLINE = "byline";
  static final String TEXT_ZH = "text_zh";
  static final String HEADLINE_ZH = "headline_zh";
  static final String GRAMS = "grams";
  static final String PINYIN = "pinyin";
  static final String VECTOR = "vector";
  static final String SENTENCES = "sentences";
  static final String META_JSON = "meta_json";

  static final String PASSAGE_TYPE = "passage";
  static final String META_TYPE = "meta";
  /** The one document of type meta: what `baoku index` counted, and with which model. */
  static final String META_ID = "_meta";

  /** The stored fields a {@link Passage} is read from: not the sentence vectors, ten times their size. */
  static final String PASSAGE_FL = String.join(",", ID, ORD, PAGE, ARTICLE, HEADLINE, BYLINE, TEXT,
      START, END, PAPER, DATE, PAGE_NO, SECTION);

  private SolrFields() {}

  /** The local index's field for {@code field} of a BM25 clause, as the collection names it. */
  static String solrField(String localField) {
    return switch (localField) {
      case IndexSchema.TEXT -> TEXT_ZH;
      case IndexSchema.HEADLINE -> HEADLINE_ZH;
      case IndexSchema.GRAMS -> GRAMS;
      case IndexSchema.PINYIN -> PINYIN;
      default -> throw new IllegalArgumentException("no such BM25 field: " + localField);
    };
  }

  static SolrInputDocument document(Passage p, ArticleKind kind, int ord, String pageHash,
      float[] vector, List<float[]> sentences) {
    SolrInputDocument d = new SolrInputDocument();
    d.addField(ID, p.id());
    d.addField(DOC_TYPE, PASSAGE_TYPE);
    d.addField(ORD, ord);
    d.addField(PAGE, p.page());
    d.addField(PAGE_HASH, pageHash);
    d.addField(ARTICLE, p.article());
    d.addField(KIND, kind.name());
    d.addField(START, p.start());
    d.addField(END, p.end());
    d.addField(TEXT, p.text());
    d.addField(HEADLINE, p.headline());
    d.addField(BYLINE, p.byline());
    d.addField(TEXT_ZH, ChineseText.normalise(p.text()));
    d.addField(HEADLINE_ZH, ChineseText.normalise(p.headline() + "\n" + p.byline()));
    d.addField(GRAMS, String.join(" ", bigramsWithRepeats(p.text())));
    d.addField(PINYIN, String.join(" ", ChineseText.pinyinWords(ChineseText.normalise(p.text()))));
    List<Float> v = new ArrayList<>(vector.length);
    for (float f : VectorStore.asStored(vector)) {
      v.add(f);
    }
    d.addField(VECTOR, v);
    d.addField(SENTENCES, pack(sentences));
    Imprint imprint = p.imprint();
    if (imprint.paper() != null) {
      d.addField(PAPER, imprint.paper());
    }
    if (imprint.date() != null) {
      d.addField(DATE, Date.from(imprint.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    if (imprint.pageNo() != null) {
      d.addField(PAGE_NO, imprint.pageNo());
    }
    if (imprint.section() != null) {
      d.addField(SECTION, imprint.section());
    }
    return d;
  }

  /**
   * Every overlapping bigram of the folded text, repeats kept, as the local index tokenises its
   * grams field: BM25 counts each occurrence, and the document's length is their number.
   */
  private static List<String> bigramsWithRepeats(String text) {
    int[] cps = ChineseText.folded(text).codePoints().toArray();
    List<String> out = new ArrayList<>();
    if (cps.length == 1) {
      out.add(new String(cps, 0, 1));
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }

  static Passage passage(SolrDocument d) {
    Date date = (Date) d.getFirstValue(DATE);
    Imprint imprint = new Imprint((String) d.getFirstValue(PAPER),
        date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC),
        (Integer) d.getFirstValue(PAGE_NO), (String) d.getFirstValue(SECTION));
    return new Passage((String) d.getFirstValue(ID), (String) d.getFirstValue(PAGE),
        (Integer) d.getFirstValue(ARTICLE), (String) d.getFirstValue(HEADLINE),
        (String) d.getFirstValue(BYLINE), (String) d.getFirstValue(TEXT),
        (Integer) d.getFirstValue(START), (Integer) d.getFirstValue(END), imprint);
  }

  static int ord(SolrDocument d) {
    Object o = d.getFirstValue(ORD);
    return o == null ? Integer.MAX_VALUE : (Integer) o;
  }

  /** A filter query for an exact value of a string field, whatever characters it holds. */
  static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  /** A range endpoint for a day: midnight UTC, as {@link #document} stores dates; quoted. */
  static String day(LocalDate d) {
    return d == null ? "*" : '"' + d.atStartOfDay(ZoneOffset.UTC).toInstant().toString() + '"';
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code value} as JSON (facet requests, the meta document). */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static <T> T fromJson(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad JSON in the collection: " + e.getOriginalMessage());
    }
  }

  /** Sentence vectors as the local index packs them (4 bits a dimension), so answers match it. */
  static byte[] pack(List<float[]> vectors) {
    return VectorStore.packSentences(vectors);
  }

  static List<float[]> unpack(byte[] bytes) {
    return VectorStore.unpackSentences(bytes);
  }
}
