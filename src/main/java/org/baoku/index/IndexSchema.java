package org.baoku.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;

/**
 * The fields of the index and how a passage and its vectors become a document and back. Two kinds
 * of document share the index: one per passage, and one per input file (its {@link SourceRecord}:
 * content hash, counts, articles, problems), so a file's passages and what the index knows about
 * the file change in the same Lucene commit. Both carry {@link #SOURCE}, the input file, so a
 * file's documents are replaced or deleted by one term.
 */
public final class IndexSchema {

  /**
   * Bump when fields, analysis or the embedded text change: older indexes are then rebuilt. 10: one
   * record document per input file, the manifest in the commit. 11: passage vectors as int8 bytes
   * (cosine), sentence vectors 4 bits a dimension after a fixed rotation ({@link VectorStore}). 12:
   * text fields without positions ({@link #SEARCHED_TYPE}), undated passages marked ({@link #UNDATED}).
   */
  public static final int SCHEMA = 12;

  /** BM25 over the normalised passage text (stored: the original text). */
  public static final String TEXT = "text";
  /**
   * BM25 over the normalised headline and byline (stored: the original headline). Every passage
   * of an article carries them, so "what did reporter X write" and a diary signed by its author
   * find passages that never repeat the name.
   */
  public static final String HEADLINE = "headline";
  /**
   * Overlapping character bigrams of the {@link ChineseText#compact compact} text: a quotation's
   * candidates are the passages that share most of its bigrams, whatever the punctuation and line
   * breaks ({@link Queries}); its exact wording is then checked on the stored text.
   */
  public static final String GRAMS = "grams";
  /** {@link ChineseText#pinyinWords} of the passage text, for the Latin words of English questions. */
  public static final String PINYIN = "pinyin";
  public static final String ID = "id";
  /** The paper's name, exact: filters take one paper. */
  public static final String PAPER = "paper";
  /** The date as its epoch day: a point for ranges, a doc value to sort by, stored. */
  public static final String DATE = "date";
  /**
   * Marks a passage whose date the archive does not know (a page read without a date): a date
   * cannot rule it out, so every date filter admits it ({@link Queries#scope}).
   */
  static final String UNDATED = "undated";
  /** The page number (版次): a point for filters, stored. */
  public static final String PAGE_NO = "page_no";
  /** The input file a document came from (its path under the corpus root), on both kinds. */
  static final String SOURCE = "source";

  static final String PAGE = "page";
  private static final String ARTICLE = "article";
  private static final String BYLINE = "byline";
  private static final String START = "start";
  private static final String END = "end";
  private static final String KIND = "kind";
  private static final String SECTION = "section";

  /** Marks a file's record document; passages never carry it. */
  static final String RECORD = "record";
  private static final String HASH = "hash";
  private static final String COUNTS = "counts";
  private static final String PROBLEMS = "problems";
  private static final String ARTICLES = "articles";

  /**
   * The text fields BM25 reads, which a record document carries empty. An empty field has a norm
   * (zero) and no terms, so scores and field statistics are unchanged; what changes is that every
   * document of a segment has a norm. Lucene then reads norms as a plain array. When a few
   * documents lack them, each of a small segment's terms walks a sparse index from its start to
   * find the norms of its documents (Lucene 9.12 {@code Lucene912PostingsWriter.startDoc}), and on
   * the 2,183 CMRC 2018 passages in 6 files that walk took 4 of the build's 55 seconds, at the
   * final merge alone. An index built before keeps its sparse segments until they merge away; and
   * a {@code FieldExistsQuery} on these fields, which reads norms, matches record documents too.
   */
  static final List<String> SEARCHED_TEXT = List.of(HEADLINE, TEXT, GRAMS, PINYIN);

  /**
   * How {@link #SEARCHED_TEXT} is indexed: terms and their frequencies, no positions. BM25 reads
   * frequencies and norms (a norm counts tokens whether positions are kept or not), and no query
   * of ours matches a phrase: positions were 13 % of the index (1.62 of 12.1 MB on the bundled
   * pages among CMRC 2018 dev's 848 paragraphs) and were never read.
   */
  private static final FieldType SEARCHED_TYPE = searchedType();

  /** The stored fields a {@link Passage} is made of: not the sentence vectors, ten times their size. */
  static final Set<String> PASSAGE_FIELDS = Set.of(ID, PAGE, ARTICLE, HEADLINE, BYLINE, TEXT, START, END,
      PAPER, DATE, PAGE_NO, SECTION);
  static final Set<String> RECORD_FIELDS = Set.of(SOURCE, HASH, COUNTS, PROBLEMS);

  /** Articles are kept as JSON with ISO dates, so they stay readable by other tools. */
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private IndexSchema() {}

  /**
   * What the index knows of one input file without reading it again.
   *
   * @param hash {@link Fingerprint#ofFile}: the file is read again only when this changes
   * @param problems what ingest could not read in it, shown again by every {@code baoku index}
   */
  public record SourceRecord(String file, String hash, int pages, int articles, int passages,
      List<String> problems) {
    public SourceRecord {
      problems = List.copyOf(problems);
    }
  }

  private static FieldType searchedType() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  /** The analyzer of every text field. */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(ChineseText.analyzer(),
        Map.of(GRAMS, new WhitespaceAnalyzer(), PINYIN, new WhitespaceAnalyzer()));
  }

  /**
   * The document of passage {@code p} of input file {@code source}; {@code vector} null for a
   * text-only index (then no sentence vectors either).
   */
  static Document passage(String source, Passage p, ArticleKind kind, float[] vector,
      List<float[]> sentences) {
    Document d = new Document();
    d.add(new StringField(SOURCE, source, Field.Store.NO));
    d.add(new StringField(ID, p.id(), Field.Store.YES));
    d.add(new StringField(PAGE, p.page(), Field.Store.YES));
    d.add(new StoredField(ARTICLE, p.article()));
    d.add(new Field(HEADLINE, ChineseText.normalise(p.headline() + "\n" + p.byline()), SEARCHED_TYPE));
    d.add(new StoredField(HEADLINE, p.headline()));
    d.add(new StoredField(BYLINE, p.byline()));
    d.add(new Field(TEXT, ChineseText.normalise(p.text()), SEARCHED_TYPE));
    d.add(new StoredField(TEXT, p.text()));
    d.add(new Field(GRAMS, String.join(" ", bigrams(ChineseText.folded(p.text()))), SEARCHED_TYPE));
    d.add(new Field(PINYIN, String.join(" ",
        ChineseText.pinyinWords(ChineseText.normalise(p.text()))), SEARCHED_TYPE));
    d.add(new StoredField(START, p.start()));
    d.add(new StoredField(END, p.end()));
    d.add(new StoredField(KIND, kind.name()));
    if (vector != null) {
      VectorStore.add(d, vector, sentences);
    }
    Imprint imprint = p.imprint();
    if (imprint.paper() != null) {
      d.add(new StringField(PAPER, imprint.paper(), Field.Store.YES));
      d.add(new SortedDocValuesField(PAPER, new BytesRef(imprint.paper())));
    }
    if (imprint.date() != null) {
      int day = Math.toIntExact(imprint.date().toEpochDay());
      d.add(new IntPoint(DATE, day));
      d.add(new NumericDocValuesField(DATE, day));
      d.add(new StoredField(DATE, day));
    } else {
      d.add(new StringField(UNDATED, "1", Field.Store.NO));
    }
    if (imprint.pageNo() != null) {
      d.add(new IntPoint(PAGE_NO, imprint.pageNo()));
      d.add(new StoredField(PAGE_NO, imprint.pageNo()));
    }
    if (imprint.section() != null) {
      d.add(new StoredField(SECTION, imprint.section()));
    }
    return d;
  }

  /** The passage stored in {@code d} (read with {@link #PASSAGE_FIELDS}). */
  static Passage passage(Document d) {
    return new Passage(d.get(ID), d.get(PAGE), d.getField(ARTICLE).numericValue().intValue(),
        d.get(HEADLINE), d.get(BYLINE), d.get(TEXT),
        d.getField(START).numericValue().intValue(), d.getField(END).numericValue().intValue(),
        imprint(d));
  }

  private static Imprint imprint(Document d) {
    IndexableField date = d.getField(DATE);
    IndexableField pageNo = d.getField(PAGE_NO);
    return new Imprint(d.get(PAPER),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().intValue()),
        pageNo == null ? null : pageNo.numericValue().intValue(), d.get(SECTION));
  }

  /** The record document of one input file, with its articles (gzipped JSON), read back by {@link PassageSearcher#firstArticle()}. */
  static Document record(SourceRecord r, List<Article> articles) {
    Document d = new Document();
    d.add(new StringField(SOURCE, r.file(), Field.Store.YES));
    d.add(new StringField(RECORD, "1", Field.Store.NO));
    d.add(new StoredField(HASH, r.hash()));
    d.add(new StoredField(COUNTS, r.pages() + " " + r.articles() + " " + r.passages()));
    d.add(new StoredField(PROBLEMS, String.join("\n", r.problems())));
    d.add(new StoredField(ARTICLES, gzipJson(articles)));
    for (String field : SEARCHED_TEXT) {
      d.add(new Field(field, "", SEARCHED_TYPE));
    }
    return d;
  }

  /** The record stored in {@code d} (read with {@link #RECORD_FIELDS}). */
  static SourceRecord record(Document d) {
    String[] counts = d.get(COUNTS).split(" ");
    String problems = d.get(PROBLEMS);
    return new SourceRecord(d.get(SOURCE), d.get(HASH), Integer.parseInt(counts[0]),
        Integer.parseInt(counts[1]), Integer.parseInt(counts[2]),
        problems == null || problems.isEmpty() ? List.of() : List.of(problems.split("\n")));
  }

  /** The articles a record document keeps. */
  static List<Article> articles(Document d) {
    BytesRef b = d.getBinaryValue(ARTICLES);
    if (b == null) {
      return List.of();
    }
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b.bytes, b.offset, b.length))) {
      return JSON.readValue(in, new TypeReference<List<Article>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the articles of " + d.get(SOURCE), e);
    }
  }

  static Set<String> articleFields() {
    return Set.of(ARTICLES, SOURCE);
  }

  private static byte[] gzipJson(List<Article> articles) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      JSON.writeValue(out, articles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The distinct {@link #GRAMS} terms of {@code text}, in order, for queries on that field. */
  public static List<String> bigramsOf(String text) {
    return List.copyOf(new LinkedHashSet<>(bigrams(ChineseText.folded(text))));
  }

  /** Overlapping pairs of code points; a single code point stays itself. */
  private static List<String> bigrams(String compact) {
    int[] cps = compact.codePoints().toArray();
    List<String> out = new ArrayList<>();
    if (cps.length == 1) {
      out.add(compact);
    }
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }
}
