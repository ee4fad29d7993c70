package org.baoku.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * Who wrote or photographed a report, from its byline, credit line or signature ({@code
 * 本报讯（记者 唐诗 通讯员 王彬）}, {@code 通讯员 李小雷 摄}, {@code 北京市服务工会主席 石岳} closing a diary):
 * a reader's {@code 这篇稿子署名的通讯员是谁}, {@code 照片是谁拍的} or {@code 这篇日记是谁写的}. These
 * lines are no sentences the evidence model ranks well (they share no words with the question but
 * the role), and the person check leaves the name after a credit word out,
 * since in any other question it names the writer, not the person asked about.
 */
final class Credits {

  /** A question about a report's writer or photographer. */
  private static final Pattern ASKED = Pattern.compile("署名|记者|通讯员|摄影|拍摄|拍的|照片|配图|(?<!工)作者|撰稿"
      // who wrote the piece (这篇日记是谁写的, 写…的是谁, 写日记那个主席), not a thing named after it (谁写的决心书)
      + "|谁写的[吗呀呢]?[？?]?$|(?<![描编填抄改])写[^，,。？?]{1,10}?的人?是谁"
      + "|(?<![描编填抄改])写[^，,。？?]{0,6}?(?:日记|文章|稿子|报道|来信|手记|随笔)(?:的|那个|那位|这个|这位)");
  private static final Pattern PHOTO_ASKED = Pattern.compile("摄影|拍摄|拍的|照片|配图");
  /** A byline's writer: the role, then a name of two to four characters. */
  private static final Pattern WRITER = Pattern.compile("(记者|通讯员)\\s*(\\p{IsHan}{2,4})(?=\\s|[）)，,、]|$)");
  /**
   * A writer's signature closing a first-person piece ({@code 北京市服务工会主席 石岳}): who they are,
   * a space, and a name of two to four characters ending the line.
   */
  private static final Pattern SIGNATURE = Pattern.compile("^[^。，,！!？?：:]{2,30}?[ \\u3000]+\\p{IsHan}{2,4}$");
  /** A heading numbered in order ({@code 一、 筑牢防线}) or a page's editor ({@code 责任编辑 李四}): no writer. */
  private static final Pattern NOT_A_SIGNATURE = Pattern.compile("^[一二三四五六七八九十0-9]+[、.．]|编辑|责编|校对|美编");
  /** A photo credit: a name, then 摄 or 摄影报道 at the line's end ({@code 本报记者 边磊 摄影报道}). */
  private static final Pattern PHOTOGRAPHER = Pattern.compile("(\\p{IsHan}{2,4})\\s*摄(?:影报道)?\\s*$");
  /** A report's byline, with or without a writer named ({@code 本报讯}, {@code 本报记者}). */
  private static final Pattern BYLINE = Pattern.compile("^\\W?本报(?:讯|记者)");
  /**
   * A credit asked in words that ask nothing else ({@code 署名的通讯员是谁}, {@code 照片是谁拍的}): when
   * the report gives none, no other person answers. Not {@code 作者}, which may be a book's, nor a
   * bare {@code 记者}, who may be the one interviewing ({@code 接受记者采访的是谁}), nor a 拍 of no
   * picture ({@code 被谁拍下}, a bid; {@code 这部影片和谁一起拍的}: CMRC 2018 dev lost both).
   */
  private static final Pattern NAMED_CREDIT = Pattern.compile("署名|采写|撰稿|撰写|通讯员|哪位记者|记者是谁"
      + "|摄影(?:者|师)?(?:是谁|是哪位)|(?:照片|配图|图片)[^，。？]{0,8}?(?:谁拍|拍的|拍摄|摄)");
  /** Credit lines are short; a longer sentence that says 记者 is reporting, not a credit. */
  private static final int MAX_LINE = 40;
  /** Articles searched: those of the best few hits. */
  private static final int ARTICLES = 3;

  private Credits() {}

  /**
   * The credit line that answers {@code q}, from the articles of its best hits in order; empty
   * when {@code q} asks no such thing or none of those articles has the credit asked.
   */
  static Optional<Scored> line(Question q, List<Hit> hits, ArticlePassages articles) {
    if (q.asks() != Question.Asked.PERSON || !ASKED.matcher(q.text()).find() || ofAWork(q, hits)) {
      return Optional.empty();
    }
    boolean photo = PHOTO_ASKED.matcher(q.text()).find();
    String role = q.text().contains("通讯员") ? "通讯员" : q.text().contains("记者") ? "记者" : null;
    Set<String> seen = new LinkedHashSet<>();
    for (Hit h : hits) {
      if (!seen.add(h.passage().articleKey())) {
        continue;
      }
      if (seen.size() > ARTICLES) {
        break;
      }
      boolean credited = false;
      for (Passage p : articles.orOwn(h.passage())) {
        for (Sentences.Span s : Sentences.split(p.text())) {
          if (credits(s.text(), photo, role)) {
            return Optional.of(new Scored(new Hit(p, h.score(), h.rank()), s, 0, 0, 0));
          }
          credited |= creditLine(s.text());
        }
      }
      if (credited) {
        // the first report with a byline is the one asked about: another report's credit is no
        // answer (公交保修读书会那篇是哪位记者写的: its byline names a 通讯员 only)
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Reports asked in the plural: {@code 写了哪几篇}, {@code 署名的报道有哪些}, {@code 图片新闻是哪几条},
   * counted ({@code 哪两篇稿子}) or told about before the kind of report ({@code 哪几条关于平谷区工会的消息}):
   * stop 55, two read and one never-read answer more, every other answer of the 171 sets the same.
   */
  private static final Pattern REPORTS_ASKED = Pattern.compile("(?:哪几|哪些|几|哪[两二三四五六七八九十])篇"
      + "|(?:哪几|哪些|几|哪[两二三四五六七八九十])[条则]?[^，。？]{0,10}?(?:报道|稿子|稿件|文章|新闻|消息)"
      + "|(?:报道|稿子|稿件|文章|新闻|消息)[^，。？]{0,4}?(?:有哪|是哪|都有哪)"
      + "|写了哪些|写过哪些");
  /** Words crediting a writer or photographer in a question about their reports. */
  private static final Pattern CREDITED = Pattern.compile("记者|通讯员|署名|采写|撰写|写|摄影");

  /**
   * The byline of each retrieved report that credits the person {@code q} names, when it asks
   * which reports they wrote or photographed ({@code 署名记者马超的稿子有哪几篇}); in the order
   * retrieved, empty when it asks no such thing or no report found credits them.
   */
  static List<Scored> reports(Question q, List<Hit> hits, ArticlePassages articles) {
    if (q.english() || !REPORTS_ASKED.matcher(q.text()).find() || !CREDITED.matcher(q.text()).find()) {
      return List.of();
    }
    List<String> people = q.entities().stream().filter(e -> e.length() >= 2 && e.length() <= 4).toList();
    boolean photo = PHOTO_ASKED.matcher(q.text()).find();
    List<Scored> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Hit h : hits) {
      if (!seen.add(h.passage().articleKey())) {
        continue;
      }
      creditOf(h, articles, people, photo).ifPresent(out::add);
    }
    return out;
  }

  /** The credit line of {@code h}'s report that names one of {@code people}; a photo credit where one is asked. */
  private static Optional<Scored> creditOf(Hit h, ArticlePassages articles, List<String> people, boolean photo) {
    for (Passage p : articles.orOwn(h.passage())) {
      for (Sentences.Span s : Sentences.split(p.text())) {
        String line = ChineseText.normalise(s.text()).strip();
        if (isCredit(line) && (!photo || PHOTOGRAPHER.matcher(line).find())
            && people.stream().anyMatch(line::contains)) {
          return Optional.of(new Scored(new Hit(p, h.score(), h.rank()), s, 0, 0, 0));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code q} asks a credit in words that ask nothing else ({@link #NAMED_CREDIT}). */
  static boolean namedCreditAsked(Question q) {
    Matcher m = NAMED_CREDIT.matcher(q.text());
    return q.asks() == Question.Asked.PERSON && m.find() && !CREDIT_GIVEN.matcher(q.text()).find()
        && !(m.group().startsWith("撰") && TITLE.matcher(q.text()).find());
  }

  /**
   * A report named by its credit ({@code 通讯员马振涛报道中…的女职工是谁}): the credit is given, a
   * person of the report asked. 撰写 of a work in 《》 is the work's writer, not a report's.
   */
  private static final Pattern CREDIT_GIVEN = Pattern.compile("(?:记者|通讯员)\\s*\\p{IsHan}{2,3}(?:的|那篇|这篇|报道|写|采写|所写)");

  /** Whether a line is a byline or credit of any kind, a writer named or not. */
  static boolean creditLine(String raw) {
    return isCredit(ChineseText.normalise(raw).strip());
  }

  /** {@link #creditLine} of a line already normalised and stripped. */
  private static boolean isCredit(String line) {
    return line.length() <= MAX_LINE && (BYLINE.matcher(line).find() || WRITER.matcher(line).find()
        || PHOTOGRAPHER.matcher(line).find());
  }

  private static final Pattern TITLE = Pattern.compile("《([^》]+)》");

  /**
   * Whether {@code q} asks about a work it names by a title that heads none of the reports found
   * ({@code 诵读的《大国追梦》，作者是谁}): the book's author, not the report's writer.
   */
  private static boolean ofAWork(Question q, List<Hit> hits) {
    Matcher title = TITLE.matcher(q.text());
    if (!title.find()) {
      return false;
    }
    String named = ChineseText.compact(title.group(1));
    return hits.stream().noneMatch(h -> ChineseText.compact(h.passage().headline()).contains(named));
  }

  /** Whether a line credits someone in the asked way: a photo, or a byline of the asked role. */
  static boolean credits(String raw, boolean photo, String role) {
    String line = ChineseText.normalise(raw).strip();
    if (line.length() > MAX_LINE) {
      return false;
    }
    if (photo) {
      return PHOTOGRAPHER.matcher(line).find();
    }
    Matcher m = WRITER.matcher(line);
    while (m.find()) {
      if (role == null || role.equals(m.group(1))) {
        return true;
      }
    }
    return role == null && SIGNATURE.matcher(line).find() && !PHOTOGRAPHER.matcher(line).find()
        && !NOT_A_SIGNATURE.matcher(line).find();
  }
}
