package org.baoku.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.Tagger;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Corpus;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;

/**
 * A deterministic archive of a daily paper of any size, for {@code baoku bench --scale}: the same
 * seed and sources give the same pages, byte for byte.
 *
 * <p>Page {@code n} is page {@code n % 8 + 1} of the issue {@code n / 8} days after {@value
 * #FIRST_DAY}, id {@code 合成日报/YYYY-MM-DD/NN.txt} as a dated corpus tree names it. It holds 3–7
 * articles; each is a title from the sources, a reporter's byline on half of them, and 2–6
 * paragraphs of 1–4 sentences drawn from the sources with digits redrawn. The sentences are real
 * text (CMRC 2018's Wikipedia paragraphs and the bundled news pages), so word and bigram
 * frequencies are those of real Chinese; the reporters' names, made of common surnames and given
 * characters, add new words as an archive grows, as new names do. Everything page {@code n} holds
 * comes from a random generator seeded by the archive's seed and {@code n} alone, so a page is
 * made without the pages before it.
 *
 * <p>A page chosen to carry a needle gets one more sentence in one of its articles: a fact about a
 * made-up entity (four characters and a kind, {@code 泓岚钦澄水库}) with a number or a date,
 * and a question whose answer is that number or date. Nothing else in the archive names the
 * entity, so the needle's passage is the one right answer.
 */
public final class SyntheticArchive {

  public static final String PAPER = "合成日报";
  public static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
  public static final int PAGES_PER_ISSUE = 8;
  /** Passages a page holds on average (10.0 from CMRC 2018 dev and the bundled pages, seed 1), to space needles. */
  static final int PASSAGES_PER_PAGE = 10;

  /** Sentences kept from the sources: shorter ones are fragments, longer ones run-ons. */
  private static final int MIN_SENTENCE = 8;
  private static final int MAX_SENTENCE = 120;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";
  /** Characters of made-up entity names: common in place and company names, rare together. */
  private static final String NAME_CHARS = "泓岚钦澄溪桐墨沁川岱霖翊璟琮湄汀峪垣渚沅麓泾珂岑琨瑜璋蔚邺郦渭楠樟枫榆柘槐";

  /** A planted fact: {@code question} is answered by {@code answer}, which {@code sentence} holds. */
  public record Needle(String question, String answer, String page, int article, String sentence) {
    public Needle {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(page, "page");
      if (!sentence.contains(answer)) {
        throw new IllegalArgumentException("needle sentence lacks its answer: " + sentence);
      }
    }

    /** Whether {@code p} is the passage holding this needle. */
    public boolean heldBy(Passage p) {
      return p.page().equals(page) && p.article() == article && p.text().contains(sentence);
    }
  }

  /** One page: its articles in reading order, and the needles planted in them. */
  public record SyntheticPage(int number, String id, Imprint imprint, List<Article> articles, List<Needle> needles) {
    public SyntheticPage {
      articles = List.copyOf(articles);
      needles = List.copyOf(needles);
    }

    /** The passages of its articles, as the archive chunks them. */
    public List<Passage> passages() {
      List<Passage> out = new ArrayList<>();
      articles.forEach(a -> out.addAll(Chunker.chunk(a)));
      return out;
    }

    /** The page as a text file: each article's lines, a blank line between articles. */
    public String text() {
      List<String> out = new ArrayList<>();
      articles.forEach(a -> out.add(a.text()));
      return String.join("\n\n", out) + "\n";
    }
  }

  /** Needle kinds: a sentence with {@code {E}} for the entity and {@code {A}} for the answer, and its question. */
  private record Template(String kind, String sentence, String question, String unit) {}

  private static final List<Template> TEMPLATES = List.of(
      new Template("水库", "据介绍，{E}的总库容为{A}。", "{E}的总库容是多少？", "万立方米"),
      new Template("大桥", "建成后的{E}全长{A}，双向六车道。", "{E}全长多少米？", "米"),
      new Template("公司", "{E}去年实现营业收入{A}。", "{E}去年的营业收入是多少？", "亿元"),
      new Template("中学", "今年{E}共有{A}参加高考。", "{E}今年有多少名学生参加高考？", "名学生"),
      new Template("村", "{E}现有常住人口{A}。", "{E}的常住人口有多少？", "人"),
      new Template("图书馆", "{E}于{A}正式对外开放。", "{E}是什么时候正式对外开放的？", ""));

  private final List<String> sentences;
  private final List<String> titles;
  private final long seed;

  private SyntheticArchive(List<String> sentences, List<String> titles, long seed) {
    if (sentences.isEmpty() || titles.isEmpty()) {
      throw new IllegalArgumentException("a synthetic archive needs sentences and titles to draw from");
    }
    this.sentences = List.copyOf(sentences);
    this.titles = List.copyOf(titles);
    this.seed = seed;
  }

  /**
   * An archive drawing on {@code texts} (split into sentences, those of {@value #MIN_SENTENCE} to
   * {@value #MAX_SENTENCE} characters kept, in order, duplicates once) and {@code titles}.
   */
  public static SyntheticArchive of(List<String> texts, List<String> titles, long seed) {
    Set<String> kept = new LinkedHashSet<>();
    for (String t : texts) {
      for (Sentences.Span s : Sentences.split(t)) {
        String x = s.text().strip().replace("\n", "");
        if (x.length() >= MIN_SENTENCE && x.length() <= MAX_SENTENCE && x.codePoints().anyMatch(Character::isIdeographic)) {
          kept.add(x);
        }
      }
    }
    Set<String> heads = new LinkedHashSet<>();
    titles.stream().map(String::strip).filter(t -> !t.isEmpty() && t.length() <= 30).forEach(heads::add);
    return new SyntheticArchive(new ArrayList<>(kept), new ArrayList<>(heads), seed);
  }

  /**
   * An archive drawing on the paragraphs and titles of a SQuAD-format file (CMRC 2018) and on the
   * articles and headlines of the corpus in {@code pages} (the bundled pages).
   */
  public static SyntheticArchive read(Path squad, Path pages, long seed) {
    List<String> texts = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (SquadSet.Paragraph p : SquadSet.read(squad).paragraphs()) {
      texts.add(p.context());
      titles.add(p.title());
    }
    for (Article a : Corpus.read(pages).articles()) {
      texts.addAll(a.paragraphs());
      if (!a.headline().isEmpty()) {
        titles.add(a.headline());
      }
    }
    return of(texts, titles, seed);
  }

  /** Distinct sentences drawn on. */
  public int sentences() {
    return sentences.size();
  }

  /**
   * Pages from page 0 until they hold at least {@code passages}, with about {@code needles}
   * needles spread evenly over them. Lazy: a million passages are never all in memory.
   */
  public Iterator<SyntheticPage> pages(int passages, int needles) {
    int every = needleSpacing(passages, needles);
    return new Iterator<>() {
      private int next;
      private int held;

      @Override
      public boolean hasNext() {
        return held < passages;
      }

      @Override
      public SyntheticPage next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SyntheticPage p = page(next, next % every == every / 2);
        next++;
        held += p.passages().size();
        return p;
      }
    };
  }

  /** Pages between needles for about {@code needles} of them in {@code passages}. */
  static int needleSpacing(int passages, int needles) {
    return Math.max(1, passages / PASSAGES_PER_PAGE / Math.max(1, needles));
  }

  /** Page {@code n}, with a needle in one of its articles when {@code needle}. */
  public SyntheticPage page(int n, boolean needle) {
    if (n < 0) {
      throw new IllegalArgumentException("page number must not be negative: " + n);
    }
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + n);
    LocalDate date = FIRST_DAY.plusDays(n / PAGES_PER_ISSUE);
    int pageNo = n % PAGES_PER_ISSUE + 1;
    String id = String.format("%s/%s/%02d.txt", PAPER, date, pageNo);
    Imprint imprint = new Imprint(PAPER, date, pageNo, null);
    int count = 3 + r.nextInt(5);
    int needleIn = needle ? 1 + r.nextInt(count) : -1;
    List<Article> articles = new ArrayList<>();
    List<Needle> needles = new ArrayList<>();
    for (int ordinal = 1; ordinal <= count; ordinal++) {
      String headline = titles.get(r.nextInt(titles.size()));
      String byline = r.nextBoolean() ? "本报讯（记者 " + name(r) + "）" : "";
      List<String> paragraphs = new ArrayList<>();
      int paragraphCount = 2 + r.nextInt(5);
      for (int i = 0; i < paragraphCount; i++) {
        StringBuilder para = new StringBuilder();
        int sentenceCount = 1 + r.nextInt(4);
        for (int j = 0; j < sentenceCount; j++) {
          para.append(redrawDigits(sentences.get(r.nextInt(sentences.size())), r));
        }
        paragraphs.add(para.toString());
      }
      if (ordinal == needleIn) {
        Needle nd = needle(r, n, id, ordinal);
        int at = r.nextInt(paragraphs.size());
        paragraphs.set(at, paragraphs.get(at) + nd.sentence());
        needles.add(nd);
      }
      articles.add(new Article(id, ordinal, ArticleKind.ARTICLE, List.of(headline), headline, byline,
          paragraphs, imprint));
    }
    return new SyntheticPage(n, id, imprint, articles, needles);
  }

  /**
   * The needle of page {@code n}: its entity's name is {@code n} scrambled (a bijection modulo the
   * fourth power of the number of {@link #NAME_CHARS}) and written in four of them, so no two
   * pages' entities are alike and neighbouring pages' share no prefix.
   */
  private Needle needle(Random r, int n, String page, int article) {
    Template t = TEMPLATES.get(r.nextInt(TEMPLATES.size()));
    int base = NAME_CHARS.length();
    long code = (n * 7_919L + 104_729L) % ((long) base * base * base * base);
    StringBuilder e = new StringBuilder();
    for (int i = 0; i < 4; i++, code /= base) {
      e.append(NAME_CHARS.charAt((int) (code % base)));
    }
    String entity = e.append(t.kind()).toString();
    String answer = t.unit().isEmpty()
        ? (1950 + r.nextInt(70)) + "年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日"
        : (100 + r.nextInt(9900)) + t.unit();
    return new Needle(t.question().replace("{E}", entity), answer, page, article,
        t.sentence().replace("{E}", entity).replace("{A}", answer));
  }

  private static String name(Random r) {
    StringBuilder s = new StringBuilder().append(Tagger.COMMON_SURNAMES.charAt(r.nextInt(Tagger.COMMON_SURNAMES.length())));
    int given = 1 + r.nextInt(2);
    for (int i = 0; i < given; i++) {
      s.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    return s.toString();
  }

  /**
   * Each run of digits redrawn at the same length (no leading zero): figures vary as news figures
   * do. Parts of dates ({@code 1998年}, {@code 3月}, {@code 12日}) stay: redrawn, they would make
   * impossible dates.
   */
  private static String redrawDigits(String s, Random r) {
    Matcher m = DIGITS.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (m.end() < s.length() && "年月日号".indexOf(s.charAt(m.end())) >= 0) {
        continue;
      }
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < m.group().length(); i++) {
        d.append((char) ('0' + (i == 0 && m.group().length() > 1 ? 1 + r.nextInt(9) : r.nextInt(10))));
      }
      m.appendReplacement(out, d.toString());
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Writes {@code page} as {@code root/合成日报/YYYY-MM-DD/NN.txt}, a dated corpus tree. */
  public static Path write(SyntheticPage page, Path root) {
    Path f = root.resolve(page.id());
    try {
      Files.createDirectories(f.getParent());
      Files.writeString(f, page.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write synthetic page " + f, e);
    }
    return f;
  }
}
