package org.baoku.answer;

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
 * before it in the same passage, when the sentence itself names no one and opens with what cannot
 * be its subject: a preposition, an adverb, a verb or a conjunction ({@code 在…后}, {@code 果断},
 * {@code 并}), or {@code 他} / {@code 她}.
 */
final class CarriedSubject {

  private CarriedSubject() {}

  /**
   * The sentence before {@code s} in its article, when {@code s} names no one and opens without a
   * subject and that sentence opens with a person's name; or empty. The sentence before may be
   * the last of the passage before: passages are cut without regard to who a sentence is about.
   */
  static Optional<Evidence.Scored> before(Evidence.Scored s, ArticlePassages articles) {
    if (!subjectless(s.span().text())) {
      return Optional.empty();
    }
    Optional<Evidence.Scored> previous = neighbour(s, articles, false);
    return previous.filter(p -> opening(p.span().text()).isPresent());
  }

  /**
   * The sentence right before ({@code next} false) or after {@code s} in its article, whichever
   * passage holds it; its own passage alone when the article is not known.
   */
  private static Optional<Evidence.Scored> neighbour(Evidence.Scored s, ArticlePassages articles, boolean next) {
    List<Passage> article = articles.of(s.passage());
    int origin = s.passage().start() + (next ? s.span().end() : s.span().start());
    Evidence.Scored nearest = null;
    int nearestAt = 0;
    for (Passage p : article.isEmpty() ? List.of(s.passage()) : article) {
      for (Sentences.Span span : Sentences.split(p.text())) {
        int at = p.start() + (next ? span.start() : span.end());
        if ((next ? at >= origin : at <= origin) && (nearest == null || (next ? at < nearestAt : at > nearestAt))) {
          nearest = new Evidence.Scored(new Hit(p, s.hit().score(), s.hit().rank()), span, s.lex(), s.sim(), s.score());
          nearestAt = at;
        }
      }
    }
    return Optional.ofNullable(nearest);
  }

  /** A short sentence that says who spoke the quotation before it ({@code 该厂青年女工王莹说。}). */
  private static final Pattern SPEAKER = Pattern.compile("^[^“”\"，。]{2,24}(?:说|表示|介绍|坦言|感慨|说道)[。！!]?$");

  /**
   * The sentence after {@code s} in its article, when {@code s} ends a quotation and that sentence
   * says who spoke it ({@code “…共读、共享、共进步。”} then {@code 该厂青年女工王莹说。}); or empty.
   */
  static Optional<Evidence.Scored> after(Evidence.Scored s, ArticlePassages articles) {
    String text = s.span().text().strip();
    if (!text.endsWith("”") && !text.endsWith("\"")) {
      return Optional.empty();
    }
    Optional<Evidence.Scored> next = neighbour(s, articles, true);
    return next.filter(n -> speaker(n.span().text()).isPresent());
  }

  /**
   * The text a person question's checks read for {@code s}: the name it carries over from the
   * sentence before ({@link #before}) or, for a quotation, the speaker named right after it
   * ({@link #after}), ahead of it, so that {@link AnswerCheck#fits} and {@link KindCheck} see who
   * it is about; else the sentence.
   */
  static String checked(Question q, Evidence.Scored s, ArticlePassages articles) {
    if (q.asks() != Question.Asked.PERSON || q.english()) {
      return s.span().text();
    }
    Optional<String> name = before(s, articles).flatMap(p -> opening(p.span().text()));
    if (name.isEmpty()) {
      name = after(s, articles).flatMap(p -> speaker(p.span().text()));
    }
    return name.isPresent() && !q.text().contains(name.get()) ? name.get() + "：" + s.span().text() : s.span().text();
  }

  /** The person a {@link #SPEAKER} sentence names, or empty. */
  private static Optional<String> speaker(String raw) {
    String text = ChineseText.normalise(raw).strip();
    if (!SPEAKER.matcher(text).find()) {
      return Optional.empty();
    }
    return Tagger.tag(text).stream().filter(Tagger::personName).map(t -> t.word).findFirst();
  }

  /** Whether a sentence names no one and opens with a word that cannot be its subject. */
  private static boolean subjectless(String raw) {
    List<Term> terms = Tagger.tag(ChineseText.normalise(raw));
    Term first = null;
    for (Term t : terms) {
      String n = t.nature.toString();
      if (n.startsWith("nr")) {
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

  /** The person's name a sentence opens with ({@code 李童/nr 最早请缨}), or empty. */
  private static Optional<String> opening(String raw) {
    for (Term t : Tagger.tag(ChineseText.normalise(raw))) {
      if (t.nature.toString().startsWith("w")) {
        continue;
      }
      return Tagger.personName(t) ? Optional.of(t.word) : Optional.empty();
    }
    return Optional.empty();
  }
}
