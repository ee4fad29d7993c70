package org.baoku.answer;

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
  /** A photo credit: a name, then 摄 at the line's end. */
  private static final Pattern PHOTOGRAPHER = Pattern.compile("(\\p{IsHan}{2,4})\\s*摄\\s*$");
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
      for (Passage p : passages(h, articles)) {
        for (Sentences.Span s : Sentences.split(p.text())) {
          if (credits(s.text(), photo, role)) {
            return Optional.of(new Scored(new Hit(p, h.score(), h.rank()), s, 0, 0, 0));
          }
        }
      }
    }
    return Optional.empty();
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

  private static List<Passage> passages(Hit h, ArticlePassages articles) {
    List<Passage> known = articles.of(h.passage());
    return known.isEmpty() ? List.of(h.passage()) : known;
  }
}
