package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.retrieve.Hit;

/**
 * The cause a why-question asks for, where the sentence that answers it best tells what was done
 * and not why: {@code 女职工委员会为什么建议加强孕期、哺乳期女职工特别保护} is best matched by the
 * sentence of the recommendation itself, and a report gives its reason before it, as background
 * ({@code 国家卫健委…通知明确：“儿童和孕产妇是…易感人群”。保障孕产妇免受疫情侵害关乎母婴健康…}). Such a
 * sentence is led by the {@value #BACK} sentences before it in its article.
 */
final class Causes {

  /**
   * Sentences taken from before the chosen one: a report's background is a sentence or two. Over
   * the 76 sets on the pages alone, never-read why/how containment 0.890 without them; 0.915 with
   * one, 0.949 with two, 0.949 with three (mean citation precision 0.832, 0.827, 0.826).
   */
  private static final int BACK = 2;

  /** A question asking why, not how ({@code 如何}, {@code 怎么做}, which the chosen sentence tells). */
  private static final Pattern WHY = Pattern.compile("为什么|为何|为啥|什么原因|原因是|图什么|图的是什么|目的是什么|为了什么");

  /**
   * A why-question about a choice ({@code 为啥偏偏派到这个隔离点}, {@code 为啥专挑这几样来种}, {@code
   * 设在飞宇公司，而不是别的单位}, {@code 去协助北房镇，而不是去别的乡镇}, {@code
   * 为什么把采血点设在飞宇公司}): it asks why this one and not
   * another, which a report tells only with a reason of its own. The purpose of the whole deed
   * ({@code 为丰富职工的业余生活，组织职工种菜}) says why it was done, not why so. The place was added
   * in stop 42: two read near misses more refused, every other answer of the 98 sets the same. A
   * why about something not done ({@code 为什么没能亲自到场}) refused two more, and two answers of
   * CMRC 2018 dev whose reason has no word of its own ({@code 该计划遭遇广泛的批评，始终未能执行}).
   */
  private static final Pattern CHOICE = Pattern.compile("偏偏|专挑|专门挑|(?<!不)单单|(?:为什么|为何|为啥)(?:要)?(?:选|挑)|而不是[去到在找选派]?(?:别的|其他|其它)|而非[去到在]?(?:别的|其他)"
      + "|(?:为什么|为何|为啥)(?:要)?(?:[把将][^，。？]{1,15}?)?(?:设在|放在|选在|定在|安排在|改在)"
      + "(?!首位|第一位|心上|首要位置|重要位置|突出位置)");

  /** Words that give a reason, not a purpose: what a why-question about a choice needs. */
  private static final String REASONS = "因为|由于|考虑到|鉴于|原因|之所以|出于";
  private static final Pattern REASON = Pattern.compile(REASONS);

  /** Words that give a cause or purpose in the sentence itself: a reason, or what it was done for. */
  private static final Pattern CAUSE = Pattern.compile(REASONS + "|为了|以便|旨在|目的|因此|所以|为此");

  /**
   * The shortest sentence taken as background: not a headline's or a caption's few words; not tuned
   * (the punctuation of {@link #isSentence} tells most captions already).
   */
  private static final int MIN_CHARS = 10;

  /** How a sentence of the text ends, unlike a caption or a heading. */
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;…”\"]$");

  private Causes() {}

  /**
   * Whether a sentence gives a cause or purpose of its own: a word for one, or 为 before a verb or
   * an adjective used as one ({@code 为弘扬雷锋精神}, {@code 为进一步做好…}, {@code 为丰富…生活}), not
   * before whom it is for ({@code 为他们送去…}, {@code 为困难/an职工}).
   */
  static boolean givesACause(String sentence) {
    if (CAUSE.matcher(sentence).find()) {
      return true;
    }
    List<Term> terms = Tagger.tag(sentence);
    for (int i = 0; i + 1 < terms.size(); i++) {
      if (terms.get(i).word.equals("为") && terms.get(i).nature.toString().equals("p")
          && terms.get(i + 1).nature.toString().matches("[vd].*|a")) {
        return true;
      }
    }
    return false;
  }

  /** A question asking what a deed was for ({@code 是为了什么}, {@code 图什么}, {@code 目的是什么}). */
  private static final Pattern PURPOSE = Pattern.compile("为了什么|图什么|图的是什么|目的是什么|什么目的|用意是什么");

  /**
   * {@code answering}, led by the most probable candidate of its first sentence's article that
   * gives a cause or purpose ({@link #givesACause}), when {@code q} asks what a deed was for and
   * none of {@code answering} gives one: {@code 拍那个防疫宣传片，是为了什么} is answered by {@code
   * 为协助车队做好疫情防控工作，…开始制作宣传片}, which the model ranks below the sentence naming the film.
   */
  static List<Integer> leading(Question q, double[] probability, List<String> texts, List<String> articleOf,
      List<Integer> answering) {
    if (q.english() || !PURPOSE.matcher(q.text()).find()) {
      return answering;
    }
    return CandidatePick.ledFromTheSameArticle(probability, articleOf, answering, i -> givesACause(texts.get(i)),
        texts.size());
  }

  /**
   * Whether a why-question asks about a choice ({@link #CHOICE}) that none of {@code told}, the
   * answer with its background, gives a reason for: the report tells what was chosen, not why.
   * Over the read sets, five near misses asked so were answered with the deed's purpose; no
   * answerable question asks so.
   */
  static boolean choiceUnexplained(Question q, List<Scored> told) {
    return !q.english() && WHY.matcher(q.text()).find() && CHOICE.matcher(q.text()).find()
        && told.stream().noneMatch(s -> REASON.matcher(s.span().text()).find());
  }

  /** Whether {@code text} is a sentence of the report, not a caption or a heading: long enough and closed by punctuation. */
  static boolean isSentence(String text) {
    String t = text.strip();
    return t.length() >= MIN_CHARS && SENTENCE_END.matcher(t).find();
  }

  /**
   * {@code chosen}, for a why-question whose first sentence gives no cause, led by the sentences
   * before it in its article that are not already chosen.
   */
  static List<Scored> withTheCause(Question q, List<Scored> chosen, ArticlePassages articles, List<Hit> hits) {
    if (chosen.isEmpty() || q.english() || !WHY.matcher(q.text()).find()
        || chosen.stream().anyMatch(s -> givesACause(s.span().text()))) {
      return chosen;
    }
    Scored first = chosen.get(0);
    List<Scored> background = new ArrayList<>();
    for (ArticleText.Located l : ArticleText.of(first, articles, hits).before(first)) {
      String text = l.span().text().strip();
      if (background.size() >= BACK || !isSentence(text)) {
        // a caption or a heading (牛玉俊（右五）带队慰问抗疫职工) is no background, and ends it
        break;
      }
      Scored s = l.scored(first.hit());
      if (chosen.stream().noneMatch(s::sameSentence)) {
        background.add(0, s);
      }
    }
    List<Scored> out = new ArrayList<>(background);
    out.addAll(chosen);
    return out;
  }
}
