package org.baoku.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.baoku.ingest.Issue;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.apache.lucene.index.IndexableField;
import org.baoku.ingest.Imprint;
import java.time.LocalDate;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * Passages in a Lucene index on disk: BM25 fields analysed by {@link ChineseText}, stored display
 * fields, a bge-small-zh vector per passage for kNN search, and stored vectors of the passage's
 * sentences, so answering never embeds a sentence of the archive.
 *
 * <p>{@link #build} writes a complete index into an empty directory; {@link #open} serves one.
 * Documents keep the input order (one segment, log merge policy), so doc id = passage index and
 * ties can be broken by it. An open index is reference counted so a replacement can be swapped in
 * while queries still run on it: see {@link #tryAcquire()}.
 */
public final class PassageIndex implements Closeable {

  /** Bump when fields, analysis or the embedded text change: older indexes are then rebuilt. */
  public static final int SCHEMA = 10;

  /** BM25 over the normalised passage text (stored: the original text). */
  public static final String TEXT = "text";
  /**
   * BM25 over the normalised headline and byline (stored: the original headline). Every passage
   * of an article carries them, so "what did reporter X write" and a diary signed by its author
   * find passages that never repeat the name.
   */
  public static final String HEADLINE = "headline";
  /** The passage's vector, int8 ({@link VectorCodec#bytes}), for a cosine kNN search. */
  public static final String VECTOR = "vector";
  /**
   * Overlapping character bigrams of the {@link ChineseText#compact compact} text, with positions:
   * an exact phrase is a {@link PhraseQuery} over them, whatever the punctuation and line breaks.
   */
  public static final String GRAMS = "grams";
  /** {@link ChineseText#pinyinWords} of the passage text, for the Latin words of English questions. */
  public static final String PINYIN = "pinyin";
  public static final String ID = "id";
  /**
   * Stored only: the vectors of the passage's {@link Sentences#split sentences}, in order, packed
   * by {@link VectorCodec#pack} (4 bits a dimension). Embedding them once here takes
   * embedding off the answer path, where a cold passage cost about 150 ms per question.
   */
  public static final String SENTENCES = "sentences";

  private static final String PAGE = "page";
  private static final String ARTICLE = "article";
  private static final String BYLINE = "byline";
  private static final String START = "start";
  private static final String END = "end";
  private static final String KIND = "kind";
  /** The paper's name, exact: filters take one paper. */
  public static final String PAPER = "paper";
  /** The issue's date as its epoch day: a point for ranges, a doc value to sort by, stored. */
  public static final String DATE = "date";
  /** The page number (版次): a point for filters, stored. */
  public static final String PAGE_NO = "page_no";
  private static final String SECTION = "section";
  private static final String LUCENE_DIR = "lucene";
  /** The stored fields a {@link Passage} is made of: not the sentence vectors, ten times their size. */
  private static final Set<String> PASSAGE_FIELDS = Set.of(ID, PAGE, ARTICLE, HEADLINE, BYLINE, TEXT, START, END,
      PAPER, DATE, PAGE_NO, SECTION);
  private static final String ARTICLES_FILE = "articles.json.gz";
  /** The model a {@link #buildTextOnly text-only} index names in its manifest. */
  public static final String TEXT_ONLY_MODEL = "none (text only)";
  /** Passages between two progress reports. */
  private static final int PROGRESS_EVERY = 32;
  /** Code points of a phrase turned into a phrase query; the rest is checked on the candidates. */
  private static final int MAX_PHRASE_QUERY = 200;
  /** Articles are kept as JSON with ISO dates, so the file stays readable by other tools. */
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path dir;
  private final Manifest manifest;
  private final Integrity integrity;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean deleteOnClose;
  private final NavigableSet<Issue> issues;

  private PassageIndex(Path dir, Manifest manifest, Directory directory, DirectoryReader reader,
      Integrity integrity) {
    this.dir = dir;
    this.manifest = manifest;
    this.integrity = integrity;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.issues = readIssues();
    IndexHome.inUse(dir, true);
    reader.getReaderCacheHelper().addClosedListener(key -> released());
  }

  /**
   * Indexes {@code passages} (all of kind article) into {@code dir}, which must not exist or be
   * empty. For indexes of other collections (the evaluation's SQuAD paragraphs); the archive's
   * own index is built through {@link IndexHome}.
   */
  public static Manifest build(List<Passage> passages, Path dir, Progress progress) {
    Set<String> pages = new HashSet<>();
    Set<String> articles = new HashSet<>();
    for (Passage p : passages) {
      pages.add(p.page());
      articles.add(p.page() + "#" + p.article());
    }
    Manifest template = new Manifest(SCHEMA, Embedder.MODEL_NAME, Fingerprint.ofPassages(passages),
        pages.size(), articles.size(), passages.size(), Instant.now(), 0, List.of());
    return write(passages, p -> ArticleKind.ARTICLE, template, dir, progress, true);
  }

  /**
   * Like {@link #build(List, Path, Progress)} but without vectors: every text field is the same,
   * kNN search finds nothing and no sentence vectors are stored, so only lookups that read no
   * vectors work on it ({@link #sharingGrams}). {@code baoku bench} measures
   * citation lookup on such an index of 100k passages, which would take hours to embed here
   * (about 20 passages a second on 2 cores).
   */
  public static Manifest buildTextOnly(List<Passage> passages, Path dir, Progress progress) {
    Set<String> pages = new HashSet<>();
    Set<String> articles = new HashSet<>();
    for (Passage p : passages) {
      pages.add(p.page());
      articles.add(p.page() + "#" + p.article());
    }
    Manifest template = new Manifest(SCHEMA, TEXT_ONLY_MODEL, Fingerprint.ofPassages(passages),
        pages.size(), articles.size(), passages.size(), Instant.now(), 0, List.of());
    return write(passages, p -> ArticleKind.ARTICLE, template, dir, progress, false);
  }

  /**
   * Indexes every passage of every article of {@code corpus} into {@code dir} (must not exist or be
   * empty) and keeps the articles beside it for {@link #articles()}.
   *
   * @param fingerprint {@link Fingerprint#ofCorpus} of the directory the report was read from
   */
  public static Manifest build(Corpus.Report corpus, String fingerprint, Path dir, Progress progress) {
    Map<String, ArticleKind> kinds = new HashMap<>();
    List<Passage> passages = new ArrayList<>();
    for (Article a : corpus.articles()) {
      kinds.put(a.page() + "#" + a.ordinal(), a.kind());
      passages.addAll(Chunker.chunk(a));
    }
    Manifest template = new Manifest(SCHEMA, Embedder.MODEL_NAME, fingerprint,
        corpus.pages().size(), corpus.articles().size(), passages.size(), Instant.now(), 0,
        corpus.problems());
    try {
      Files.createDirectories(dir);
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(ARTICLES_FILE)))) {
        JSON.writeValue(out, corpus.articles());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
    return write(passages, p -> kinds.getOrDefault(p.page() + "#" + p.article(), ArticleKind.ARTICLE),
        template, dir, progress, true);
  }

  /**
   * Writes the index, then the manifest (last: its presence marks a complete index); without
   * {@code embed}, no vectors at all.
   */
  static Manifest write(List<Passage> passages, Function<Passage, ArticleKind> kinds,
      Manifest template, Path dir, Progress progress, boolean embed) {
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(dir);
      try (Directory d = FSDirectory.open(dir.resolve(LUCENE_DIR));
          IndexWriter w = new IndexWriter(d, writerConfig())) {
        String phase = "建索引 / indexing " + passages.size() + " passages";
        progress.update(phase, 0, passages.size());
        try (Embedder.Pipeline vectors = embed
            ? Embedder.shared().embedPassages(passages.stream().map(PassageIndex::embeddingText).toList())
            : null) {
          int done = 0;
          for (Passage p : passages) {
            w.addDocument(document(p, kinds.apply(p), vectors == null ? null : vectors.next()));
            if (++done % PROGRESS_EVERY == 0 || done == passages.size()) {
              progress.update(phase, done, passages.size());
            }
          }
        }
        w.forceMerge(1);
        w.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index in " + dir, e);
    }
    Manifest m = new Manifest(template.schema(), template.model(), template.fingerprint(),
        template.pages(), template.articles(), template.passages(), Instant.now(),
        (System.nanoTime() - t0) / 1_000_000, template.problems());
    m.write(dir);
    return m;
  }

  /**
   * What the vector represents: the passage text alone. Prefixing the headline made dense-only
   * retrieval worse on seed-dev (R@5 0.810 with it, 0.905 without; 88 passages, 21 questions):
   * one headline shared by all passages of an article pulls their vectors together.
   */
  static String embeddingText(Passage p) {
    return p.text();
  }

  private static IndexWriterConfig writerConfig() {
    IndexWriterConfig c = new IndexWriterConfig(new PerFieldAnalyzerWrapper(
        ChineseText.analyzer(), Map.of(GRAMS, new WhitespaceAnalyzer(), PINYIN, new WhitespaceAnalyzer())));
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    // Log merges only merge adjacent segments, so doc ids keep the input order.
    c.setMergePolicy(new LogByteSizeMergePolicy());
    c.setRAMBufferSizeMB(128);
    return c;
  }

  private static Document document(Passage p, ArticleKind kind, Embedder.PassageVectors vectors) {
    Document d = new Document();
    d.add(new StringField(ID, p.id(), Field.Store.YES));
    d.add(new StringField(PAGE, p.page(), Field.Store.YES));
    d.add(new StoredField(ARTICLE, p.article()));
    d.add(new TextField(HEADLINE, ChineseText.normalise(p.headline() + "\n" + p.byline()), Field.Store.NO));
    d.add(new StoredField(HEADLINE, p.headline()));
    d.add(new StoredField(BYLINE, p.byline()));
    d.add(new TextField(TEXT, ChineseText.normalise(p.text()), Field.Store.NO));
    d.add(new StoredField(TEXT, p.text()));
    d.add(new TextField(GRAMS, String.join(" ", bigrams(ChineseText.folded(p.text()))), Field.Store.NO));
    d.add(new TextField(PINYIN, String.join(" ",
        ChineseText.pinyinWords(ChineseText.normalise(p.text()))), Field.Store.NO));
    d.add(new StoredField(START, p.start()));
    d.add(new StoredField(END, p.end()));
    d.add(new StoredField(KIND, kind.name()));
    if (vectors != null) {
      byte[] vector = VectorCodec.bytes(vectors.passage());
      if (vector != null) {
        d.add(new KnnByteVectorField(VECTOR, vector, VectorSimilarityFunction.COSINE));
      }
      d.add(new StoredField(SENTENCES, VectorCodec.pack(vectors.sentences(), Embedder.DIMENSIONS)));
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

  /**
   * The stored vectors of the {@link Sentences#split sentences} of {@code p}, in sentence order;
   * empty unless this index holds a passage of that id and that very text (a passage from an
   * index since rebuilt may differ).
   */
  public Optional<List<float[]>> sentenceVectors(Passage p) {
    TopDocs top = search(new TermQuery(new Term(ID, p.id())), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    try {
      Document d = reader.storedFields().document(top.scoreDocs[0].doc, Set.of(TEXT, SENTENCES));
      BytesRef bytes = d.getBinaryValue(SENTENCES);
      if (bytes == null || !p.text().equals(d.get(TEXT))) {
        return Optional.empty();
      }
      return Optional.of(VectorCodec.unpack(bytes.bytes, bytes.offset, bytes.length, Embedder.DIMENSIONS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code dir} holds a complete index (its manifest was written last). */
  public static boolean isComplete(Path dir) {
    return Manifest.read(dir) != null;
  }

  /**
   * Opens the complete index in {@code dir} once every byte of its Lucene files passes the
   * {@link Integrity} check.
   *
   * @throws IllegalStateException when {@code dir} holds no complete index
   * @throws IndexDamagedException when a file is damaged, cut short or missing
   * @throws UncheckedIOException when the files cannot be read for another reason
   */
  public static PassageIndex open(Path dir) {
    Manifest m = Manifest.read(dir);
    if (m == null) {
      throw new IllegalStateException("no complete index in " + dir);
    }
    Directory d = null;
    DirectoryReader r = null;
    try {
      d = FSDirectory.open(dir.resolve(LUCENE_DIR));
      r = DirectoryReader.open(d);
      return new PassageIndex(dir, m, d, r, Integrity.check(r));
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(r, d);
      throw IndexDamagedException.isDamage(e) ? IndexDamagedException.of(e, dir.resolve(LUCENE_DIR))
          : new UncheckedIOException("cannot open index in " + dir, e);
    }
  }

  public Manifest manifest() {
    return manifest;
  }

  /** What the check on open verified, and how long it took. */
  public Integrity integrity() {
    return integrity;
  }

  /** The directory this index lives in. */
  public Path dir() {
    return dir;
  }

  public int size() {
    return reader.maxDoc();
  }

  /**
   * The articles of the corpus this index was built from, in page then ordinal order; empty for an
   * index built from bare passages. Read from disk on each call.
   */
  public List<Article> articles() {
    Path f = dir.resolve(ARTICLES_FILE);
    if (!Files.isRegularFile(f)) {
      return List.of();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return List.copyOf(JSON.readValue(in, new TypeReference<List<Article>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read articles of index " + dir, e);
    }
  }

  /** The distinct {@link #GRAMS} terms of {@code text}, in order, for queries on that field. */
  public static List<String> bigramsOf(String text) {
    return List.copyOf(new LinkedHashSet<>(bigrams(ChineseText.folded(text))));
  }

  /**
   * Passages whose {@link #GRAMS} hold at least {@code minShared} of the distinct {@code grams}
   * ({@link #bigramsOf} terms), those sharing the most first, ties in index order, at most {@code
   * k}: the candidates of a lookup that tolerates wrong characters, which the caller checks by
   * aligning. Each gram counts once, whatever its frequency: a misread character breaks two grams
   * wherever it falls. Thread-safe.
   */
  public List<Passage> sharingGrams(Collection<String> grams, int minShared, int k) {
    Set<String> distinct = new LinkedHashSet<>(grams);
    if (distinct.isEmpty() || k <= 0) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String g : distinct) {
      b.add(new ConstantScoreQuery(new TermQuery(new Term(GRAMS, g))), BooleanClause.Occur.SHOULD);
    }
    b.setMinimumNumberShouldMatch(Math.max(1, Math.min(minShared, distinct.size())));
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : search(b.build(), k).scoreDocs) {
      out.add(passage(sd.doc));
    }
    return out;
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

  /**
   * The kNN score, {@code (1 + cos) / 2} as {@link #VECTOR}'s similarity gives it, of each of
   * {@code docs} against {@code query}: exact, where an approximate search only scores the
   * neighbours it visits (and quantizes the query to bytes too; here it stays float). Docs without
   * a vector, or not in the index, are left out. Thread-safe.
   */
  public Map<Integer, Double> vectorScores(float[] query, Collection<Integer> docs) {
    int[] sorted = docs.stream().mapToInt(Integer::intValue)
        .filter(d -> d >= 0 && d < reader.maxDoc()).sorted().distinct().toArray();
    Map<Integer, Double> out = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    try {
      ByteVectorValues values = null;
      int leaf = -1;
      for (int doc : sorted) {
        int l = ReaderUtil.subIndex(doc, leaves);
        if (l != leaf) {
          leaf = l;
          values = leaves.get(l).reader().getByteVectorValues(VECTOR);
        }
        if (values == null) {
          continue;
        }
        int local = doc - leaves.get(l).docBase;
        // Docs ascend within a leaf, so one forward pass of the iterator serves them all.
        int at = values.docID() < local ? values.advance(local) : values.docID();
        if (at == local) {
          out.put(doc, (1 + VectorCodec.cosine(query, values.vectorValue())) / 2);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A disjunction of {@code terms}, each clause boosted by its value, with every term looked up
   * once, through one terms enumeration per field. Terms the index does not hold make no clause:
   * Lucene would otherwise look each one up again, per clause, to find nothing. Nor do terms found
   * in more than {@code maxShare} of the passages: their BM25 weight is small (at 0.3 an IDF of at
   * most 1.2, where a rare term has 6) and their postings are the longest to score. A CMRC 2018
   * question keeps 21.6 of its 33.4 clauses at share 1, 19.4 at 0.3. Thread-safe.
   */
  public Query anyOf(Map<Term, Float> terms, double maxShare) {
    long maxDocFreq = (long) Math.floor(maxShare * reader.maxDoc());
    IndexReaderContext top = searcher.getTopReaderContext();
    List<LeafReaderContext> leaves = reader.leaves();
    Map<String, TermsEnum[]> enums = new HashMap<>();
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    try {
      for (Map.Entry<Term, Float> e : terms.entrySet()) {
        Term term = e.getKey();
        TermsEnum[] perLeaf = enums.get(term.field());
        if (perLeaf == null) {
          perLeaf = new TermsEnum[leaves.size()];
          for (LeafReaderContext leaf : leaves) {
            Terms t = leaf.reader().terms(term.field());
            perLeaf[leaf.ord] = t == null ? null : t.iterator();
          }
          enums.put(term.field(), perLeaf);
        }
        TermStates states = null;
        for (LeafReaderContext leaf : leaves) {
          TermsEnum te = perLeaf[leaf.ord];
          if (te != null && te.seekExact(term.bytes())) {
            states = states == null ? new TermStates(top) : states;
            states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
          }
        }
        if (states != null && states.docFreq() <= maxDocFreq) {
          Query clause = new TermQuery(term, states);
          q.add(e.getValue() == 1f ? clause : new BoostQuery(clause, e.getValue()),
              BooleanClause.Occur.SHOULD);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return q.build();
  }

  /**
   * The approximate {@code k} nearest passages to {@code v} by {@link #VECTOR}, among those {@code
   * filter} admits (all when null), scored {@code (1 + cos) / 2}.
   */
  public Query nearest(float[] v, int k, Query filter) {
    byte[] target = VectorCodec.bytes(v);
    return target == null ? new MatchNoDocsQuery() : new KnnByteVectorQuery(VECTOR, target, k, filter);
  }

  /** Top {@code n} (at most the index size); thread-safe. */
  public TopDocs search(Query query, int n) {
    try {
      return searcher.search(query, Math.max(1, Math.min(n, reader.maxDoc())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The passage with Lucene doc id {@code doc} (= its position in build order). */
  public Passage passage(int doc) {
    try {
      return passage(reader.storedFields().document(doc, PASSAGE_FIELDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Passage> byId(String id) {
    TopDocs top = search(new TermQuery(new Term(ID, id)), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(passage(top.scoreDocs[0].doc));
  }

  /**
   * The passages of one article in reading order: a term lookup of its page, so an answer reads
   * the few articles it cites, never the archive.
   */
  public List<Passage> article(String page, int article) {
    TopDocs top = search(new TermQuery(new Term(PAGE, page)), Integer.MAX_VALUE);
    List<Passage> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Passage p = passage(sd.doc);
      if (p.article() == article) {
        out.add(p);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Passage::start));
    return out;
  }

  /**
   * The first passage of every article printed on {@code date} (in {@code paper} when not null),
   * ordered by page number, page and article: an issue's table of contents. A day of a daily paper
   * is a few hundred passages, so they are read whole.
   */
  public List<Passage> issue(LocalDate date, String paper) {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(IntPoint.newExactQuery(DATE, Math.toIntExact(date.toEpochDay())), BooleanClause.Occur.FILTER);
    if (paper != null) {
      q.add(new TermQuery(new Term(PAPER, paper)), BooleanClause.Occur.FILTER);
    }
    Map<String, Passage> first = new HashMap<>();
    for (ScoreDoc sd : search(q.build(), Integer.MAX_VALUE).scoreDocs) {
      Passage p = passage(sd.doc);
      first.merge(p.page() + "#" + p.article(), p, (a, b) -> a.start() <= b.start() ? a : b);
    }
    List<Passage> out = new ArrayList<>(first.values());
    out.sort(java.util.Comparator.comparing((Passage p) -> p.imprint().pageNo(),
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(Passage::page).thenComparingInt(Passage::article));
    return out;
  }

  /** Every passage in build order; reads all stored fields, so meant for small indexes and tools. */
  public List<Passage> passages() {
    try {
      StoredFields stored = reader.storedFields();
      List<Passage> out = new ArrayList<>(reader.maxDoc());
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        out.add(passage(stored.document(doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every issue the archive holds (paper and date of each dated passage), read from doc values
   * when the index opens (it never changes once open).
   */
  public NavigableSet<Issue> issues() {
    return issues;
  }

  private NavigableSet<Issue> readIssues() {
    NavigableSet<Issue> out = new TreeSet<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues dates = leaf.reader().getNumericDocValues(DATE);
        if (dates == null) {
          continue;
        }
        SortedDocValues papers = leaf.reader().getSortedDocValues(PAPER);
        for (int doc = dates.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = dates.nextDoc()) {
          String paper = papers != null && papers.advanceExact(doc)
              ? papers.lookupOrd(papers.ordValue()).utf8ToString() : null;
          out.add(new Issue(paper, LocalDate.ofEpochDay(dates.longValue())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dates of index " + dir, e);
    }
    return java.util.Collections.unmodifiableNavigableSet(out);
  }

  private static Passage passage(Document d) {
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

  /**
   * Takes a reference for one query; false when the index is already closed (then take the
   * current index again). Pair with {@link #release()}.
   */
  public boolean tryAcquire() {
    return reader.tryIncRef();
  }

  public void release() {
    try {
      reader.decRef();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes once the last running query released it, then deletes its directory unless another
   * open index in this JVM still reads it (that one is cleaned up by a later build).
   */
  public void retire() {
    deleteOnClose = true;
    close();
  }

  /** Closes once the last running query has released it. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      release();
    }
  }

  private void released() {
    int users = IndexHome.inUse(dir, false);
    try {
      directory.close();
    } catch (IOException e) {
      // Nothing was written through this directory; a failed close loses nothing.
    }
    if (deleteOnClose && users == 0) {
      IndexHome.deleteTree(dir);
    }
  }
}
