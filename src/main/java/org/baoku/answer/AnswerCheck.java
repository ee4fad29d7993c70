package org.baoku.answer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Whether a sentence holds the kind of thing a question asks for, and whether it is about the
 * question's named entities. Most unanswerable questions are near misses: the article exists but
 * not the detail (the trainer's name, the total amount), so a similar sentence is not enough.
 */
final class AnswerCheck {

  private static final Segment SEGMENT = HanLP.newSegment()
      .enableNameRecognize(true)
      .enablePlaceRecognize(true)
      .enableOrganizationRecognize(true);

  private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)[余多万千百几]*";
  private static final Pattern ANY_NUMBER = Pattern.compile("\\d|[一二两三四五六七八九十百千万]{1,}[余多]?[名人个位份元次项批家条件天年月日]");
  private static final Pattern DATE = Pattern.compile(
      "\\d+[年月日号]|[一二三四五六七八九十〇零]+[年月日号]|今年|去年|昨天|前天|当天|春节|元宵节|除夕");
  /** Characters after a number searched for what the question counts ({@code 150名一线工作人员}). */
  private static final int COUNTED_WINDOW = 8;
  /**
   * Measure words a reader accepts for one another ({@code 多少名} is answered by {@code 30人}), as
   * regex alternatives; a measure not listed must appear itself.
   */
  private static final Map<String, String> MEASURE_GROUPS = Map.of(
      "名", "名|人|位", "人", "名|人|位", "位", "名|人|位", "个", "个|支|家|所", "元", "元",
      "万元", "元", Question.DURATION, "分钟|个?小时|天|个月|年|周|秒|米|公里|千米");
  /**
   * Nouns after {@code 哪个} that name a kind of body rather than the end of its name: any named
   * place or organisation may answer {@code 哪个部门} ({@code 女工委}).
   */
  private static final Set<String> CATEGORIES =
      Set.of("部门", "单位", "组织", "机构", "企业", "团体", "地方", "地区", "机关", "方面");
  /**
   * Characters after a name searched for the asked kind of place: {@code 榆垓镇兴安健康公寓集中隔离点}
   * names a {@code 集中隔离点}.
   */
  private static final int HEAD_WINDOW = 12;
  private static final Pattern NO_BREAK = Pattern.compile("[^，。；、：,;:（）()“”\\s]*");
  /** Share of a long entity core's bigrams that counts as mentioning it. */
  private static final double PARTIAL_MENTION = 0.5;
  /** Words before a reporter's name in a byline: that name never answers {@code 谁说的}. */
  private static final Set<String> CREDITS = Set.of("记者", "通讯员", "摄影", "编辑", "实习生", "文", "图");
  private static final Set<String> PREFIXES = Set.of("北京市", "北京", "本市", "全市", "我市");
  private static final List<String> SUFFIXES = List.of(
      "总工会", "工会", "分公司", "公司", "集团", "街道", "社区", "工委", "区", "市", "县", "镇", "乡", "村");

  private AnswerCheck() {}

  /**
   * Whether {@code sentence} contains an answer of the kind {@code q} expects. The sentence is
   * read {@link ChineseText#normalise normalised}, as the question is: simplified characters
   * ({@code 億元} is a measure only as {@code 亿元}), half-width digits.
   */
  static boolean fits(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    if (!q.roles.isEmpty() && q.roles.stream().noneMatch(sentence::contains)) {
      return false;
    }
    return switch (q.expect) {
      case NUMBER -> hasNumber(q, sentence);
      case PERSON -> hasName(q, sentence);
      case PLACE_ORG -> hasPlace(q, sentence);
      case DATE -> DATE.matcher(sentence).find();
      default -> true;
    };
  }

  /**
   * Whether every named place, organisation or person of the question occurs in {@code context}
   * (the sentence's article as far as the hits show it), ignoring generic parts such as
   * {@code 北京市} or {@code 总工会}: {@code 延庆区总工会} needs {@code 延庆}.
   */
  static boolean aboutEntities(Question q, String normContext) {
    for (String e : q.entities) {
      if (!mentions(normContext, core(ChineseText.compact(e)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a normalised text names an entity core. A core of four or more characters may appear
   * in parts ({@code 急救培训} in {@code 急救…培训}, the tagger's compounds are not the writer's);
   * a short core ({@code 延庆}) must appear whole. An empty or one-character core says nothing.
   */
  static boolean mentions(String normText, String core) {
    if (core.length() < 2 || normText.contains(core)) {
      return true;
    }
    return core.length() >= 4 && Lexical.match(core, normText, "") >= PARTIAL_MENTION;
  }

  /**
   * Whether the sentence is about another body of the same kind as one the question names: it
   * lacks the question's {@code 西城区总工会} but names {@code 丰台区总工会}. Such a sentence answers
   * for someone else, even when the question's body appears elsewhere in the article. A kind of two
   * or more characters ({@code 区总工会}) is found in the text; a one-character kind ({@code 区})
   * only in a tagged place or organisation name, since {@code 社区} is not a district.
   */
  static boolean aboutAnother(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    String norm = ChineseText.compact(sentence);
    List<Term> terms = null;
    for (String e : q.entities) {
      String name = ChineseText.compact(e);
      String core = core(name);
      String kind = core.length() >= 2 && name.startsWith(core) ? name.substring(core.length()) : "";
      if (kind.isEmpty() || norm.contains(core)) {
        continue;
      }
      if (kind.length() >= 2 && Pattern.compile("\\p{IsHan}{2}" + Pattern.quote(kind)).matcher(norm).find()) {
        return true;
      }
      if (terms == null) {
        terms = SEGMENT.seg(sentence);
      }
      for (Term t : terms) {
        String n = t.nature.toString();
        if ((n.startsWith("ns") || n.startsWith("nt")) && t.word.indexOf(kind) >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** The distinctive part of a name; empty when nothing distinctive is left. */
  static String core(String entity) {
    String c = entity;
    for (String p : PREFIXES) {
      if (c.startsWith(p)) {
        c = c.substring(p.length());
        break;
      }
    }
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String s : SUFFIXES) {
        if (c.endsWith(s) && c.length() - s.length() >= 2) {
          c = c.substring(0, c.length() - s.length());
          cut = true;
          break;
        }
      }
    }
    return PREFIXES.contains(entity) ? "" : c;
  }

  private static boolean hasNumber(Question q, String sentence) {
    if (q.measure == null) {
      return q.ordinal ? sentence.matches("(?s).*第" + NUMBER + ".*") : ANY_NUMBER.matcher(sentence).find();
    }
    String measures = MEASURE_GROUPS.getOrDefault(q.measure, Pattern.quote(q.measure));
    String prefix = q.ordinal ? "第" : "";
    Matcher m = Pattern.compile(prefix + NUMBER + "\\s*(?:" + measures + ")").matcher(sentence);
    while (m.find()) {
      if (q.counted == null || countsIt(q.counted, sentence.substring(m.end(),
          Math.min(sentence.length(), m.end() + COUNTED_WINDOW)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words after a number name what was counted, whole or by its last two characters. */
  private static boolean countsIt(String counted, String after) {
    return after.contains(counted)
        || counted.length() > 2 && after.contains(counted.substring(counted.length() - 2));
  }

  private static boolean hasName(Question q, String sentence) {
    List<Term> terms = SEGMENT.seg(sentence);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (!t.nature.toString().startsWith("nr") || i > 0 && CREDITS.contains(terms.get(i - 1).word)
          || i + 1 < terms.size() && terms.get(i + 1).nature.toString().equals("k")) {
        // a byline's reporter, or a word part the tagger took for a name (参训/nr 者/k)
        continue;
      }
      String name = t.word;
      if (name.length() == 1 && i + 1 < terms.size()) {
        // HanLP sometimes splits a surname from its given name: 彭/nr 春辉/nz
        Term given = terms.get(i + 1);
        if (given.word.length() <= 2 && given.nature.toString().matches("nr|nz|ng")) {
          name += given.word;
        }
      }
      if (name.length() >= 2 && !q.text.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A named place or body not already in the question: for {@code 哪个社区} one containing or
   * followed by {@code 社区} ({@code 丰台区华苇景苑社区}, {@code 枣园 尚城 社区}); for {@code 哪里} any.
   * Common nouns ({@code 小区}) do not count, so a near miss is not taken for the answer.
   */
  private static boolean hasPlace(Question q, String sentence) {
    List<Term> terms = SEGMENT.seg(sentence);
    boolean anyName = q.heads.isEmpty() || q.heads.stream().anyMatch(CATEGORIES::contains);
    int offset = 0;
    for (Term t : terms) {
      int start = offset;
      offset += t.word.length();
      if (!isProper(t) || q.text.contains(t.word)) {
        continue;
      }
      if (anyName) {
        String n = t.nature.toString();
        if (n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nis")) {
          return true;
        }
        continue;
      }
      String rest = sentence.substring(start, Math.min(sentence.length(), offset + HEAD_WINDOW));
      for (String head : q.heads) {
        int at = rest.indexOf(head);
        if (at >= 0 && NO_BREAK.matcher(rest.substring(0, at)).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isProper(Term t) {
    String n = t.nature.toString();
    return n.equals("j") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nz") || n.startsWith("nis")
        || n.startsWith("nr");
  }

}
