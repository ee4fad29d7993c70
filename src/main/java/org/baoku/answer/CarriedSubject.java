package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Passage;
import org.baoku.ingest.Sentences;
import org.baoku.retrieve.Hit;

/**
 * The person a sentence without a subject is about: Chinese reports name someone once and go on
 * without the name ({@code 李童最早请缨奔赴一线。在得知隔离区床位紧缺后，果断把自己的行军床带到一线。}),
 * so the sentence that answers {@code 哪位干部把行军床带到了一线} names no one, and the check that a
 * person question is answered by a name refuses it. The subject is the name that opens the sentence
 * before it in the same article, when the sentence itself names no one and opens with what cannot
 * be its subject: a preposition, an adverb, a verb or a conjunction ({@code 在…后}, {@code 果断},
 * {@code 并}), or {@code 他} / {@code 她}. A quotation is about its speaker, named after it.
 */
final class CarriedSubject {

  private CarriedSubject() {}

  /**
   * Who a sentence is about, named in a sentence beside it, and that sentence.
   *
   * @param name the person's name
   * @param sentence the sentence that names them, before the candidate or, for a quotation, after
   * @param after whether {@code sentence} follows the candidate
   */
  record Carried(String name, Scored sentence, boolean after) {}

  /**
   * The person {@code s} is about, for a person question, when {@code s} does not name them: the
   * name opening the sentence before it, when {@code s} names no one and opens without a subject
   * (the sentence before may be the last of the passage before: passages are cut without regard
   * to who a sentence is about); else, when {@code s} ends a quotation, the speaker named in the
   * short sentence after it ({@code “…共读、共享、共进步。”} then {@code 该厂青年女工王莹说。}). Empty
   * for other questions, for a name the question gives, and when neither holds.
   */
  static Optional<Carried> of(Question q, Scored s, ArticlePassages articles) {
    if (q.asks() != Question.Asked.PERSON) {
      return Optional.empty();
    }
    Optional<Carried> carried = Optional.empty();
    if (subjectless(s.span().text())) {
      carried = neighbour(s, articles, false)
          .flatMap(p -> first(p.span().text()).filter(Tagger::personName).map(t -> new Carried(t.word, p, false)));
    }
    String text = s.span().text().strip();
    if (carried.isEmpty() && (text.endsWith("”") || text.endsWith("\""))) {
      carried = neighbour(s, articles, true)
          .flatMap(n -> speaker(n.span().text(), !ATTRIBUTED.matcher(text).find())
              .map(name -> new Carried(name, n, true)));
    }
    return carried.filter(c -> !q.text().contains(c.name()));
  }

  /** A sentence whose subject is a group told of before it ({@code 在下村支援期间，他们分别入户…}). */
  private static final Pattern THEY = Pattern.compile("^(?:[^，,。]{0,12}[，,])?(?:他们|她们)");

  /**
   * For a question asking which body or place ({@code …的，是顺义哪个镇的工会工作者}): the sentence
   * before {@code s}, when {@code s} tells of {@code 他们} without a body or place of the asked kind
   * and the sentence before has one ({@code 李桥镇总工会4名工会工作者…。在下村支援期间，他们分别入户…}).
   * Chinese reports name a group once and go on with 他们.
   */
  static Optional<Carried> body(Question q, Scored s, ArticlePassages articles) {
    String text = ChineseText.normalise(s.span().text().strip());
    if (!q.asks().placeOrBody() || q.english() || !THEY.matcher(text).find() || AskedPhrases.fits(q, text)) {
      return Optional.empty();
    }
    return neighbour(s, articles, false).flatMap(before -> {
      String told = ChineseText.normalise(before.span().text());
      return AskedPhrases.phrases(q, told).stream().findFirst()
          .map(body -> new Carried(told.substring(body.start(), body.end()), before, false));
    });
  }

  /**
   * For a question that names a person or body, {@code s} with the sentence before it that names them, when
   * {@code s} is about them without naming them ({@link #namedBefore}): the reply quotes both, so
   * that it says who did what.
   */
  static Optional<Carried> named(Question q, Scored s, ArticlePassages articles) {
    List<String> entities = folded(q);
    String sentence = ChineseText.folded(s.span().text());
    if (entities.stream().allMatch(sentence::contains) || OtherBodies.aboutAnother(q, s.span().text())) {
      // a sentence naming another body of the kind asked (长子营镇总工会 for 黄村镇总工会) has its own subject
      return Optional.empty();
    }
    return neighbour(s, articles, false).flatMap(before ->
        namedBefore(entities, sentence, ChineseText.folded(before.span().text()))
            .map(name -> new Carried(name, before, false)));
  }

  /**
   * The question's named entities, {@link ChineseText#folded folded}; for an English question the
   * people it spells as the passages write them ({@link Question#people}, Li Tong: 李童), so that the
   * sentence after 李童最早请缨 (在得知隔离区床位紧缺后，…行军床…) is read as about him.
   */
  static List<String> folded(Question q) {
    return (q.english() ? q.people() : q.entities()).stream().map(ChineseText::folded).toList();
  }

  /**
   * The person or body the question names ({@code entities}, folded) whom {@code sentence} is
   * about without naming them, because it opens without a subject right after a sentence that
   * opens with their name ({@code before}); both sentences {@link ChineseText#folded folded}. For
   * {@code 李童把什么带到了一线}, {@code 果断把自己的行军床带到一线} after {@code 李童最早请缨奔赴一线};
   * for {@code 大兴区总工会凑了多少钱}, {@code 已筹措60余万元资金} after {@code 大兴区总工会坚持…}.
   * Any question, not only one asking who: the sentence says what they did. Tagging is the dear
   * part, so it is done only when the sentence before has the name near its start.
   */
  static Optional<String> namedBefore(List<String> entities, String sentence, String before) {
    String opens = before.strip();
    opens = opens.substring(0, Math.min(opens.length(), OPENING_CHARS));
    List<String> absent = new ArrayList<>();
    for (String e : entities) {
      if (!sentence.contains(e) && opens.contains(e)) {
        absent.add(e);
      }
    }
    if (absent.isEmpty()) {
      return Optional.empty();
    }
    return first(before).filter(t -> Tagger.personName(t) || t.nature.toString().startsWith("nt")
            || t.nature.toString().startsWith("ns") && t.word.length() >= 2)
        .map(t -> ChineseText.folded(t.word)).filter(name -> absent.stream().anyMatch(name::contains))
        .filter(name -> subjectless(sentence));
  }

  /**
   * The person the question names ({@code entities}, folded) who speaks in {@code sentence} as 我,
   * when the passage ({@code context}: headline, byline and text, folded) names them and the
   * sentence does not: {@code 5月7日，我作为…下沉社区人员} in the diary signed {@code 北京市服务工会主席
   * 石岳}. A reader asks of them by name (石岳是哪天下沉的); the diary never writes it. Only a name
   * the tagger reads as a person's speaks; it is tagged only for a sentence in the first person.
   */
  static Optional<String> speaker(List<String> entities, String sentence, String context) {
    if (entities.isEmpty() || !SentenceCheck.FIRST_PERSON.matcher(sentence).find()) {
      return Optional.empty();
    }
    return entities.stream().filter(e -> !sentence.contains(e) && context.contains(e)).filter(CarriedSubject::person)
        .findFirst();
  }

  /** Whether {@code name} is one the tagger reads as a person's, whole. */
  static boolean person(String name) {
    List<Term> terms = Tagger.tag(name);
    return terms.size() == 1 && Tagger.personName(terms.get(0));
  }

  /** Characters at the start of a sentence that its opening name lies in ({@code 大兴区总工会党组成员…}). */
  private static final int OPENING_CHARS = 16;

  /**
   * The text a person question's checks read for {@code s}: the name it carries ahead of it, so
   * that {@link AskedPhrases#fits} and {@link KindCheck} see who it is about; else the sentence.
   */
  static String checked(Scored s, Optional<Carried> carried) {
    return carried.map(c -> c.name() + "：" + s.span().text()).orElse(s.span().text());
  }

  /** The sentence right before {@code s} in its article ({@link #neighbour}). */
  static Optional<Scored> before(Scored s, ArticlePassages articles) {
    return neighbour(s, articles, false);
  }

  /**
   * The sentence right before ({@code next} false) or after {@code s} in its article, whichever
   * passage holds it; its own passage alone when the article is not known.
   */
  private static Optional<Scored> neighbour(Scored s, ArticlePassages articles, boolean next) {
    List<Passage> article = articles.orOwn(s.passage());
    int origin = s.passage().start() + (next ? s.span().end() : s.span().start());
    Scored nearest = null;
    int nearestAt = 0;
    for (Passage p : article) {
      for (Sentences.Span span : Sentences.split(p.text())) {
        int at = p.start() + (next ? span.start() : span.end());
        if ((next ? at >= origin : at <= origin) && (nearest == null || (next ? at < nearestAt : at > nearestAt))) {
          nearest = new Scored(new Hit(p, s.hit().score(), s.hit().rank()), span, s.lex(), s.sim(), s.score());
          nearestAt = at;
        }
      }
    }
    return Optional.ofNullable(nearest);
  }

  /** A short sentence that says who spoke the quotation before it ({@code 该厂青年女工王莹说。}). */
  private static final Pattern SPEAKER = Pattern.compile("^[^“”\"，。]{2,24}(?:说|表示|介绍|坦言|感慨|说道)[。！!]?$");

  /** A quotation opened after words of the sentence ({@code 车间主任张伟说：“…}): its speaker is named there. */
  private static final Pattern ATTRIBUTED = Pattern.compile("[^\\s“「][“「]");

  /** Characters before the name a sentence after a quotation opens with: a post at most ({@code 工会干部}). */
  private static final int POST_BEFORE_NAME = 8;

  /**
   * The person a {@link #SPEAKER} sentence names, or, after a quotation no one is named before
   * ({@code unattributed}), the one the sentence opens with, a post at most before the name
   * ({@code “…身体顶得住。”工会干部孙世博在支援…}): a report quotes first and then says whose words
   * they were. Not a name followed by 的 (李明的妻子) or after 记者. Or empty.
   */
  private static Optional<String> speaker(String raw, boolean unattributed) {
    String text = ChineseText.normalise(raw).strip();
    List<Term> terms = Tagger.tag(text);
    if (SPEAKER.matcher(text).find()) {
      return terms.stream().filter(Tagger::personName).map(t -> t.word).findFirst();
    }
    if (!unattributed) {
      return Optional.empty();
    }
    int at = 0;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (Tagger.personName(t)) {
        // 李明的妻子… is about someone else; 记者王磊 reports, and does not speak
        boolean his = i + 1 < terms.size() && terms.get(i + 1).word.equals("的");
        return his || text.substring(0, at).contains("记者") ? Optional.empty() : Optional.of(t.word);
      }
      at += t.word.length();
      if (at > POST_BEFORE_NAME || !t.nature.toString().startsWith("n")) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Whether a sentence names no one and opens with a word that cannot be its subject. */
  private static boolean subjectless(String raw) {
    List<Term> terms = Tagger.tag(ChineseText.normalise(raw));
    Term first = null;
    for (Term t : terms) {
      String n = t.nature.toString();
      if (Tagger.personName(t)) {
        return false;
      }
      if (first == null && !n.startsWith("w")) {
        first = t;
      }
    }
    if (first == null) {
      return false;
    }
    String n = first.nature.toString();
    return n.startsWith("p") || n.startsWith("d") || n.equals("v") || n.startsWith("c")
        || first.word.equals("他") || first.word.equals("她");
  }

  /**
   * The word a sentence opens with, marks aside, as the tagger reads it: a name that opens it
   * ({@code 李童/nr 最早请缨}, {@code 大兴区总工会/nt 坚持…}) is who the sentences after it are about.
   */
  private static Optional<Term> first(String raw) {
    return Tagger.tag(ChineseText.normalise(raw)).stream().filter(t -> !t.nature.toString().startsWith("w"))
        .findFirst();
  }
}
