package org.baoku.answer;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * A question that quotes the paper ({@code “大爷您好，请出示一下证件。”是哪位防疫志愿者说的}): the
 * sentence holding the quotation, and what names its source (the article's headline, or the
 * nearest sentence of the article that names what was asked); the report it appeared in, by its
 * headline and imprint, when the question asks where or when it appeared. Answered ahead of the evidence
 * model: a quotation finds its sentence word for word, and who said it is often in another one.
 */
final class QuoteSource {

  /** Leading characters of a quotation that find the sentence it starts in. */
  private static final int QUOTE_START = 10;

  private QuoteSource() {}

  /**
   * A quotation's source: the sentence holding it, led by the article's headline when the headline
   * names what was asked ({@code 哪个区工会的干部} → 《朝阳区总工会机关干部…》), else followed by the
   * nearest sentence of the article that does (who said it). Refused when neither does.
   */
  static Answer quoteSource(Question q, Scored quote, List<Hit> hits, ArticlePassages articles) {
    boolean printedWhen = PRINTED_WHEN.matcher(q.text()).find();
    boolean partOf = PART_OF_ASKED.matcher(q.text()).find();
    String piece = (PIECE_ASKED.matcher(q.text()).find() || partOf) && (!printedWhen || quote.passage().imprint().date() != null)
        ? piece(quote.passage()) : "";
    if (printedWhen && piece.isEmpty()) {
      // 哪天见报的, of a page whose day the archive does not know: a day the report tells of is no answer
      return Replies.notFound(q, hits, CitedReply.COMPOSER, "");
    }
    if (!piece.isEmpty() && (!q.asks().typed() || q.asks() == Question.Asked.DATE || q.asks() == Question.Asked.PLACE
        || partOf)) {
      // 出自哪篇文章, 在哪儿看到的, 哪天见报的, 是哪个工作室宣传片里的: the report and its imprint answer,
      // with the sentence after the quotation when it says what the quotation is (这是…宣传片的开篇语)
      Scored said = identifying(quote, hits, articles);
      return CitedReply.render(q, said == null ? List.of(quote) : List.of(quote, said), piece, hits);
    }
    if (AskedPhrases.fits(q, quote.span().text())) {
      return CitedReply.render(q, List.of(quote), piece, hits);
    }
    String headline = quote.passage().headline().strip();
    boolean headlineFits = piece.isEmpty() && !headline.isEmpty() && AskedPhrases.fits(q, headline);
    if (headlineFits && !speakerNamed(q)) {
      return CitedReply.render(q, List.of(quote), "《" + headline + "》：", hits);
    }
    Scored near = nearestFitting(q, quote, hits, articles);
    if (near != null) {
      return CitedReply.render(q, List.of(quote, near), piece, hits);
    }
    if (headlineFits) {
      return CitedReply.render(q, List.of(quote), "《" + headline + "》：", hits);
    }
    // where it appeared is answered by the report itself, whatever else the question asks
    return piece.isEmpty() ? Replies.notFound(q, hits, CitedReply.COMPOSER, "")
        : CitedReply.render(q, List.of(quote), piece, hits);
  }

  /**
   * Whether the question names a person outside its quotations ({@code 孙世博说自己“还年轻”，他当时在支援哪个单位}):
   * it asks after that speaker, whom the sentences near the quotation tell of (支援朝阳区疾控中心),
   * more nearly than the report's headline, which names only the body the report is about. Stop 68,
   * over 232 sets: read +1 answer on every corpus, every other answer the same; read as no question
   * of a quotation at all (the evidence model answering it), one never-read answer was lost.
   */
  private static boolean speakerNamed(Question q) {
    String outside = QUOTED.matcher(q.text()).replaceAll("，");
    return Tagger.tag(outside).stream().anyMatch(t -> t.word.length() >= 2 && t.nature.toString().startsWith("nr"));
  }

  /** A quotation marked in a question, to be set aside when its other words are read. */
  private static final Pattern QUOTED = Pattern.compile("[“\"「『][^”\"」』]*[”\"」』]");

  /** When the quotation was printed, asked: only an imprint with a day answers it. */
  private static final Pattern PRINTED_WHEN = Pattern.compile(
      "(?:哪天|哪一天|什么时候|何时|哪年|几月几[日号])的?(?:报纸|见报|刊登|刊发|发表|登报|登出|登的|发的|出现)");

  /**
   * The piece a quotation is in, asked: which report, page or paper it was read in ({@code
   * 出自哪篇文章}, {@code 登在哪一版}, {@code 出处}), or when it was printed ({@code 哪天见报的}).
   * The report's headline and imprint answer it, not a sentence of the report.
   */
  static final Pattern PIECE_ASKED = Pattern.compile(
      "(?:哪|什么|何)一?[个则条篇份张期家]?(?:报道|文章|新闻|消息|稿子|稿件|报纸|报上|版|栏目)|哪一?篇|哪一?版"
          + "|哪[条则](?:新闻|消息|报道)|(?:标题|题目)(?:原文|全文)?(?:是|叫|为)?(?:什么|啥|怎[么样]|如何)|出处|出自(?:何处|哪里|哪儿|哪篇|哪则|哪条|哪份报|什么报道|什么地方)"
          + "|来自哪篇|见于|(?:在|从)哪(?:里|儿)?(?:看到|读到|出现|见到|登)|(?:这话|这句话?|原话)[^，,。？?]{0,4}?哪[儿里]来"
          + "|出现在哪|刊登在|登在哪|(?i)come from|comes from|which (?:report|article|story)|" + PRINTED_WHEN.pattern());

  /**
   * What a quotation is a part of, asked ({@code “…”这是哪个片子开头的}, {@code 是哪个工作室宣传片里的}):
   * the report it appeared in answers, with the sentence after it that says what the words open
   * ({@code 这是…制作的疫情防控宣传片的开篇语}). Stop 68, over 232 sets: read +2 answers on every
   * corpus, every other answer the same.
   */
  static final Pattern PART_OF_ASKED = Pattern.compile("是哪[个部篇本首段条]?\\p{IsHan}{0,8}?(?:里|中|开头|结尾|开篇)的");

  /**
   * How a reply names the piece a quotation is in: {@code 出自《顺义各级工会纷纷行动…》（《劳动午报》2022年11月25日
   * 第3版）：}, the parts the archive knows; empty for a piece with neither headline nor imprint,
   * whose page the citation names.
   */
  static String piece(Passage p) {
    String headline = p.headline().strip();
    String imprint = p.imprint().label();
    if (headline.isEmpty() && imprint.isEmpty()) {
      return "";
    }
    return "出自" + (headline.isEmpty() ? "" : "《" + headline + "》") + (imprint.isEmpty() ? "" : "（" + imprint + "）") + "：";
  }

  /** A quotation's first appearance asked ({@code 最早出现在哪}, {@code 首次见报}). */
  private static final Pattern FIRST_ASKED = Pattern.compile("最早|最先|首次|第一次|头一回");

  /**
   * The sentence holding the question's quotation, from the best retrieved passage that has it; from
   * the earliest printed of them when the question asks where it first appeared (pages of unknown
   * date after the dated ones, in rank order).
   */
  static Scored quoted(Question q, List<Hit> hits) {
    if (FIRST_ASKED.matcher(q.text()).find()) {
      hits = hits.stream().sorted(Comparator.comparing((Hit h) -> h.passage().imprint().date(),
          Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
    Scored exact = quotedWordForWord(q, hits);
    return exact != null ? exact : quotedLoosely(q, hits);
  }

  /** The sentence holding the question's quotation word for word, punctuation aside. */
  private static Scored quotedWordForWord(Question q, List<Hit> hits) {
    for (Hit h : hits) {
      String passage = ChineseText.folded(h.passage().text());
      for (String quote : q.quotes()) {
        String nq = ChineseText.folded(quote);
        if (nq.isEmpty() || !passage.contains(nq)) {
          continue;
        }
        String start = nq.substring(0, Math.min(QUOTE_START, nq.length()));
        for (Sentences.Span s : Sentences.split(h.passage().text())) {
          if (ChineseText.folded(s.text()).contains(start)) {
            return new Scored(h, s, 1, 1, 1);
          }
        }
      }
    }
    return null;
  }

  /**
   * The share of a quotation's pairs of characters a sentence must hold to be the quotation as a
   * reader remembered it ({@code 人人参加安全} for {@code 人人参与安全}, {@code 熬的} for {@code 熬制的}):
   * one character wrong in a line of ten leaves 8 of 9 pairs. The misremembered lines of quotes-1
   * (stop 39) hold 0.80 to 0.94 of their pairs; a review's probes that change a line's sense
   * (非必要可出区 for 非必要不出区, 7 of 9) hold less than 0.8 when short, so 0.7 was raised to 0.8.
   * A one-word change in a long line still passes: pairs cannot tell a reversed meaning.
   */
  static final double LOOSE_SHARE = 0.8;
  /**
   * Quotations shorter than this are matched word for word only: at 0.8, a line of seven
   * characters may differ in one pair, and a few pairs match many sentences.
   */
  private static final int LOOSE_MIN_CHARS = 8;

  /** The retrieved sentence holding most of the quotation's pairs of characters, at least {@link #LOOSE_SHARE}. */
  private static Scored quotedLoosely(Question q, List<Hit> hits) {
    Scored best = null;
    double bestShare = LOOSE_SHARE;
    for (String nq : rememberable(q)) {
      for (Hit h : hits) {
        for (Sentences.Span s : Sentences.split(h.passage().text())) {
          double share = pairShare(nq, ChineseText.folded(s.text()));
          if (share >= bestShare && (best == null || share > bestShare)) {
            best = new Scored(h, s, 1, 1, 1);
            bestShare = share;
          }
        }
      }
    }
    return best;
  }

  /**
   * The question's quotations that may be remembered loosely, folded: those in quotation marks,
   * of {@value #LOOSE_MIN_CHARS} characters or more. A line without quotation marks may be the
   * reader's own words (郑默杰强调下沉干部要当好守门人，这句话…).
   */
  private static List<String> rememberable(Question q) {
    String said = q.told() + q.text();
    return q.quotes().stream().filter(quote -> said.contains("“" + quote) || said.contains("\"" + quote))
        .map(ChineseText::folded).filter(nq -> nq.length() >= LOOSE_MIN_CHARS).toList();
  }

  /** The share of the pairs of characters of {@code quote} that {@code sentence} holds, both folded. */
  private static double pairShare(String quote, String sentence) {
    int held = 0;
    for (int i = 0; i + 2 <= quote.length(); i++) {
      held += sentence.contains(quote.substring(i, i + 2)) ? 1 : 0;
    }
    return held / (double) (quote.length() - 1);
  }

  /**
   * The most of a quotation's pairs of characters that a retrieved sentence holds for it to be
   * looked up as said somewhere in the archive: below it, no sentence is the quotation, however
   * loosely remembered, and who said it or where is not for the archive to answer.
   */
  static final double UNKNOWN_SHARE = 0.34;

  /**
   * Whether {@code q} asks who said or where was printed a quotation (marked, of {@value
   * #LOOSE_MIN_CHARS} characters or more) of which no retrieved sentence holds {@link
   * #UNKNOWN_SHARE} of the pairs of characters: words the archive never printed ({@code
   * 有人喊出“一人献血，多人受益”，说这话的是谁}), which another sentence on the topic must not be
   * offered for.
   */
  static boolean unknownQuotation(Question q, List<Hit> hits) {
    List<String> marked = rememberable(q);
    if (marked.isEmpty() || q.english()) {
      return false;
    }
    for (String nq : marked) {
      for (Hit h : hits) {
        for (Sentences.Span s : Sentences.split(h.passage().text())) {
          if (pairShare(nq, ChineseText.folded(s.text())) >= UNKNOWN_SHARE) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** A sentence saying what the words before it are ({@code 这是…制作的宣传片的开篇语}). */
  private static final Pattern IDENTIFIES = Pattern.compile("^(?:这|以上|上面)(?:就|便)?是");

  /**
   * The sentence right after the quotation's, when it says what the quotation is: a reader asking
   * where the words appeared is told the video they open, not only the report about it.
   */
  private static Scored identifying(Scored at, List<Hit> hits, ArticlePassages articles) {
    int end = at.passage().start() + at.span().end();
    Scored next = null;
    int nearest = Integer.MAX_VALUE;
    for (Passage p : ArticleContext.articlePassages(at.passage(), hits, articles)) {
      for (Sentences.Span s : Sentences.split(p.text())) {
        int start = p.start() + s.start();
        if (start >= end && start < nearest) {
          next = new Scored(new Hit(p, at.hit().score(), at.hit().rank()), s, 0, 0, 0);
          nearest = start;
        }
      }
    }
    return next != null && IDENTIFIES.matcher(next.span().text().strip()).find() ? next : null;
  }

  /**
   * For a quotation: the sentence of the same article nearest to it that names what was asked
   * (who said it, which body).
   */
  private static Scored nearestFitting(Question q, Scored at, List<Hit> hits,
      ArticlePassages articles) {
    int origin = at.passage().start() + at.span().start();
    int originEnd = at.passage().start() + at.span().end();
    Scored best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Passage p : ArticleContext.articlePassages(at.passage(), hits, articles)) {
      for (Sentences.Span s : Sentences.split(p.text())) {
        int start = p.start() + s.start();
        if (start == origin) {
          continue;
        }
        // the characters between the two: the sentence that opens a speaker's paragraph (组宣部马莲：
        // 疫情就是命令…) is as near as the next paragraph's opening is, counted from start to start
        int distance = start < origin ? Math.max(0, origin - (p.start() + s.end())) : Math.max(0, start - originEnd);
        if (distance < bestDistance && AskedPhrases.fits(q, s.text())) {
          best = new Scored(new Hit(p, at.hit().score(), at.hit().rank()), s, 0, 0, 0);
          bestDistance = distance;
        }
      }
    }
    return best;
  }
}
