package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * What someone said or felt, asked ({@code 张昊对干警们说了些什么}, {@code 何少花对授课有什么感想}): a
 * report gives it as speech, {@code 牛玉俊表示…}, {@code 权益部韩锋光：…}, or does not give it. A
 * sentence that only names the person at the event ({@code 副主席张昊先后到…走访慰问}) does not
 * say what they said, nor does another speaker's remark.
 */
final class Remarks {

  /**
   * A question of what was said or felt: the remark, the impression, the view, and how one put
   * it ({@code 怎么谈这段经历和感受}, {@code 临走前是怎么跟父母交代的}). Not {@code 焦比表示什么},
   * which asks what a word means.
   */
  private static final Pattern ASKED = Pattern.compile(
      "(?:有|谈了?|说了?|讲了?|发表了?|分享了?)(?:些|点|了)?(?:什么|哪些|啥|何)(?:样的)?(?:感想|感受|体会|看法|感言|心得|心声|话(?!题))"
          + "|(?<![听据])说了?(?:些|点)?(?:什么|啥)(?!时候|地方|消息)|是?怎么说的"
          + "|(?:怎么|如何|怎样)(?:跟[^，,。？?]{1,8}(?:交代|说)|谈(?!判)[^，,。？?]{0,12}(?:感受|感想|体会|经历)|嘱咐|回答)"
          + "|(?:感想|感受|体会|看法|心声|心得)(?:是|有)?(?:什么|啥|如何|怎样|怎么样)");

  /**
   * Words a report gives speech with, after the speaker; a colon opens a speaker's own words. Not
   * a quotation mark alone ({@code 变身“大白”} quotes a nickname), nor 说 in a word ({@code 小说},
   * {@code 据说}, {@code 说明}).
   */
  private static final Pattern SPEAKS = Pattern.compile(
      "表示|(?<![小据听传解])说(?!明)|指出|谈到|谈起|坦言|感慨|感叹|认为|强调|叮嘱|嘱咐|告诉|介绍|寄语|主张|写道|回答|答道|曰|[：:]");

  /**
   * How far after the speaker's name the verb of speaking may come, within the clause: the longest
   * such clause of the pages, {@code 牛玉俊对看守所、检查站、流调溯源专班各岗位一线公安干警们作出的积极贡献表示感谢},
   * puts 33 characters between them; not tuned further (the clause's end bounds it first).
   */
  private static final int SPEAKER_TO_VERB = 40;

  /** The end of a clause: speech reported after it is no longer the named person's. */
  private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。！!？?]");

  /** A pronoun for the speaker, opening the sentence ({@code 她说}); not 他们, who are others. */
  private static final Pattern PRONOUN = Pattern.compile("^[他她](?!们)");

  private Remarks() {}

  /** Whether {@code q} asks what someone said or felt. */
  static boolean asked(Question q) {
    return !q.english() && ASKED.matcher(ChineseText.normalise(q.text())).find();
  }

  /**
   * Whether {@code raw} reports speech of the {@link #speakers} a question names, or of anyone
   * when it names none: the verb of speaking in the clause after the name, within {@value
   * #SPEAKER_TO_VERB} characters, or after a pronoun opening the sentence or standing for the name
   * named before it.
   */
  static boolean givenIn(List<String> speakers, String raw) {
    String sentence = ChineseText.normalise(raw);
    if (speakers.isEmpty()) {
      return SPEAKS.matcher(sentence).find();
    }
    if (PRONOUN.matcher(sentence).find() && speaks(sentence, 0)) {
      return true;
    }
    for (String name : speakers) {
      for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
        if (speaks(sentence, at + name.length())) {
          return true;
        }
      }
    }
    if (speakers.stream().noneMatch(sentence::contains)) {
      return false;
    }
    // 刘节公开提出…的解释，他认为…: the name, then a pronoun that speaks for it
    for (Matcher he = HE.matcher(sentence); he.find(); ) {
      if (speaks(sentence, he.end())) {
        return true;
      }
    }
    return false;
  }

  /** A pronoun for a person named earlier in the sentence; not 其他, others. */
  private static final Pattern HE = Pattern.compile("(?<!其)[他她](?!们)");

  private static boolean speaks(String sentence, int from) {
    int end = Math.min(sentence.length(), from + SPEAKER_TO_VERB);
    Matcher clause = CLAUSE_END.matcher(sentence).region(from, end);
    return SPEAKS.matcher(sentence).region(from, clause.find() ? clause.start() : end).find();
  }

  /** The people {@code q} names, by the tagger's reading of its names: read once per question, not per sentence. */
  static List<String> speakers(Question q) {
    return Tagger.tag(ChineseText.normalise(q.text())).stream()
        .filter(t -> Tagger.personName(t) && q.entities().contains(t.word))
        .map((Term t) -> t.word).distinct().toList();
  }
}
