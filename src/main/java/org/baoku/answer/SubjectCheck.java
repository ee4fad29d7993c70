package org.baoku.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Numerals;

/**
 * Whether a sentence is about the question's subject: it names the question's bodies and places
 * ({@link #aboutBodies}, by the {@link #core distinctive part} of each name), and does not give
 * the deed to another body of the same kind ({@link #aboutAnother}), another person, another batch
 * or another work. A round-up article reports the same deed of several bodies, so a sentence that
 * holds a phrase of the asked kind may be another's.
 */
final class SubjectCheck {

  /** Share of a long entity core's bigrams that counts as mentioning it. */
  private static final double PARTIAL_MENTION = 0.5;

  /**
   * The province-level divisions of China: the first part of a name that a provincial or city
   * paper puts before almost every body it reports on ({@code 北京市总工会}), so it tells no two
   * of them apart.
   */
  private static final String PROVINCES = "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东"
      + "|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门";
  private static final Pattern PROVINCE = Pattern.compile("^(?:" + PROVINCES + ")");
  /** A generic first part of a name: a province-level division or "this city", longest first. */
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:本市|全市|我市|(?:" + PROVINCES + ")(?:特别行政区|\\p{IsHan}{0,3}?自治区|省|市)?)");

  /**
   * What comes before a body's kind when the name refers back to the report's own body ({@code
   * 区总工会机关}, {@code 市总工会}): a level and {@code 总}, no name.
   */
  private static final Pattern BACK_REFERENCE = Pattern.compile("[本该我全]?[省市区县镇乡街]?总?");

  private SubjectCheck() {}

  /**
   * Whether every named place, organisation or person of the question occurs in {@code context}
   * (the sentence's article as far as the hits show it), ignoring generic parts such as
   * {@code 北京市} or {@code 总工会}: {@code 延庆区总工会} needs {@code 延庆}.
   */
  static boolean aboutEntities(Question q, String normContext) {
    return q.entities().stream().map(ChineseText::compact)
        .allMatch(name -> mentions(normContext, core(name)));
  }

  /**
   * The provinces that open the question's names ({@code 河北} of {@code 河北省总工会}), which {@link
   * #core} drops because a paper puts its own before every body; one that no retrieved passage
   * names is a place the archive does not report on.
   */
  static List<String> provinces(Question q) {
    List<String> out = new ArrayList<>();
    for (String e : q.entities()) {
      Matcher m = PROVINCE.matcher(ChineseText.compact(e));
      if (m.find()) {
        out.add(m.group());
      }
    }
    return out;
  }

  /**
   * Whether {@code normContext} names every body and place of the question whose name ends in a
   * kind ({@code 首发养护公司工会}, {@code 朝阳区}, {@code 区防疫医疗保障组}). The other names the
   * tagger finds in a question are often words ({@code 谁出钱买的} → 钱买, {@code 王敏花多少钱买的} →
   * 敏花, {@code 小程序上线} → 程序上), so an article need not name them; a person named is checked
   * by the sentence itself ({@link #ofAnotherPerson}).
   */
  static boolean aboutBodies(Question q, String normContext) {
    return q.entities().stream().map(ChineseText::compact)
        .allMatch(name -> !isBodyOrPlace(name) || mentions(normContext, core(name)));
  }

  /**
   * Kinds of body that {@link #core} keeps in the name, since it cuts only what a paper writes
   * after a place's own name: a team, a group, a centre ({@code 区防疫医疗保障组}). Without them
   * four near misses of the read sets about {@code 区防疫医疗保障组} were answered from another
   * report of the same union; with them nothing else changed.
   */
  private static final Pattern KEPT_KIND = Pattern.compile("(?:组|队|中心)$");

  /** Whether a name ends in the kind of a body or place. */
  private static boolean isBodyOrPlace(String name) {
    return !core(name).equals(name) || KEPT_KIND.matcher(name).find();
  }

  /**
   * Whether {@code raw} names one of the question's bodies in full ({@code 东城区总工会}, not the
   * 东城 of another body there).
   */
  static boolean namesABody(Question q, String raw) {
    String norm = ChineseText.compact(ChineseText.normalise(raw));
    return q.entities().stream().map(ChineseText::compact)
        .anyMatch(e -> isBodyOrPlace(e) && !core(e).equals(e) && core(e).length() >= 2 && norm.contains(e));
  }

  /**
   * Whether a normalised text names an entity core. A core of four or more characters may appear
   * in parts ({@code 急救培训} in {@code 急救…培训}, the tagger's compounds are not the writer's);
   * a short core ({@code 延庆}) whole or {@link #abbreviates abbreviating} a name. An empty or
   * one-character core says nothing.
   */
  static boolean mentions(String normText, String core) {
    if (core.length() < 2 || normText.contains(core)) {
      return true;
    }
    return core.length() >= 4 ? Lexical.match(core, normText, "") >= PARTIAL_MENTION : abbreviates(core, normText);
  }

  /** Kinds a body's or a place's short name ends in ({@code 九队}); a person's name is never shortened so. */
  private static final String SHORT_KINDS = "队组站所部处科室厂村镇区县局委";

  /**
   * The most characters left out before a short name's kind ({@code 防疫[志愿服务]队}). Stop 43: one
   * read false refusal answered, every other answer of the 107 sets and of CMRC 2018 dev the same.
   */
  private static final int DROPPED_BEFORE_KIND = 4;

  /** Whether {@code kind} follows position {@code i} within {@link #DROPPED_BEFORE_KIND} more ideographs. */
  private static boolean kindWithin(String normText, int i, char kind) {
    for (int j = i + 1; j < normText.length() && j <= i + DROPPED_BEFORE_KIND + 1; j++) {
      if (normText.charAt(j) == kind) {
        return true;
      }
      if (!Character.isIdeographic(normText.charAt(j)) || NOT_IN_A_NAME.indexOf(normText.charAt(j)) >= 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Characters of people and particles, which a name's dropped words ({@code 志愿服务}) do not hold:
   * {@code 防疫人员排队}, {@code 党员干部带队} and {@code 环卫工人在车站} shorten to no 防疫队, 党员队 or 环卫站.
   */
  private static final String NOT_IN_A_NAME = "人员工者部的在了和与及";

  /**
   * Whether a short core is the abbreviation of a body's or place's name in the text, its characters
   * in order with at most one left out between each two ({@code 九队} for {@code 第九车队}), or up to
   * {@link #DROPPED_BEFORE_KIND} before its kind ({@code 防疫队}), as Chinese shortens names; not a
   * person's ({@code 王奎} is not {@code 王万奎}).
   */
  private static boolean abbreviates(String core, String normText) {
    if (SHORT_KINDS.indexOf(core.charAt(core.length() - 1)) < 0) {
      return false;
    }
    for (int at = normText.indexOf(core.charAt(0)); at >= 0; at = normText.indexOf(core.charAt(0), at + 1)) {
      int i = at;
      int matched = 1;
      while (matched < core.length()) {
        char next = core.charAt(matched);
        if (i + 1 < normText.length() && normText.charAt(i + 1) == next) {
          i += 1;
        } else if (i + 2 < normText.length() && normText.charAt(i + 2) == next && Character.isIdeographic(normText.charAt(i + 1))) {
          i += 2;
        } else if (matched == core.length() - 1 && matched >= 2 && kindWithin(normText, i, next)) {
          // 防疫队 for 防疫志愿服务队: the words between a name's first two and its kind dropped
          i = normText.indexOf(next, i + 1);
        } else {
          break;
        }
        matched++;
      }
      if (matched == core.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A union, company or group opening a sentence, after a day or 近日 ({@code 旧宫镇总工会慰问…}):
   * group 1. Read from the characters, not the tagger, which misreads openings ({@code 海军有/nt},
   * CMRC 2018 dev) and abbreviates nothing ({@code 印尼/ns} is the 印度尼西亚 asked).
   */
  private static final Pattern OPENING_BODY = Pattern.compile(
      "^(?:(?:近日|日前|近期|当天|同日|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)[，,]?)?([\\p{IsHan}&&[^我你他她它们作为在对向把被给的了是和与及将从以于由]]{2,10}?(?:总工会|工会|公司|集团|委员会))");

  /**
   * Whether a sentence that names none of the question's people, places or bodies opens with a body
   * of its own ({@code 旧宫镇总工会慰问防疫一线派出所民警…1250件慰问品} for {@code 6月2日牛玉俊、侯月海、张昊一行去桔子酒店慰问，送了多少件}):
   * a report of several bodies' deeds gives each its sentence, and that one is another's. A level
   * without a name ({@code 区总工会机关首批39名干部…}) refers back to the report's own body.
   */
  static boolean opensWithAnotherBody(Question q, String raw) {
    return anotherOpeningBody(q, raw).isPresent();
  }

  /** The body of its own a sentence opens with, as {@link #opensWithAnotherBody} reads it ({@code 顺义商业集团工会}). */
  static Optional<String> anotherOpeningBody(Question q, String raw) {
    if (q.entities().isEmpty()) {
      return Optional.empty();
    }
    String sentence = ChineseText.normalise(raw).strip();
    String norm = ChineseText.compact(sentence);
    if (q.entities().stream().anyMatch(e -> mentions(norm, core(ChineseText.compact(e))))) {
      return Optional.empty();
    }
    Matcher opening = OPENING_BODY.matcher(sentence);
    if (!opening.find()) {
      return Optional.empty();
    }
    String body = core(ChineseText.compact(opening.group(1)));
    return body.length() >= 2 && !BACK_REFERENCE.matcher(body).matches()
        && !ChineseText.compact(q.text()).contains(body) ? Optional.of(ChineseText.compact(opening.group(1))) : Optional.empty();
  }

  /** An ordinal of a batch, a round, a session or a day: {@code 第二批}, {@code 首批}, {@code 第4次}, {@code 首日}. */
  private static final Pattern ORDINAL = Pattern.compile("(?:第([一二两三四五六七八九十\\d]{1,3})|(首))([批次轮届期天日])");

  /**
   * A numbered group or team whose head's post follows in its clause ({@code 二组组长}, {@code
   * 三队队长}, {@code 第一组由王强担任组长}): the leader of group two does not answer who leads
   * group one. Only with the post, since {@code 一组数据} or {@code 三组人员} count groups rather
   * than number one.
   */
  private static final Pattern NUMBERED_TEAM =
      Pattern.compile("第?([一二三四五六七八九十\\d]{1,3})([组队])(?=[^，,。；;？?]{0,8}?\\2长)");

  /**
   * A batch, round or day counted in so many words ({@code 第二批}, {@code 第一轮}, {@code 第一天}):
   * group 1 its measure. The day in stop 43 ({@code 活动第一天理了多少名}, 首日 its first): one read
   * near miss more refused, every other answer of the 107 sets and of CMRC 2018 dev the same.
   * A sentence that names no batch or round does not say which one its figure or day is of, when
   * the ordinal is in the clause that asks ({@code 第二批去社区报到的干部有多少名}; not the setting
   * {@code 社区正在开展第三轮全员核酸检测，石岳每天几点前到岗}). Not {@code 首批}, which a follow-up
   * carries from the question before it and a report writes of any first team it sent; not 次, 届
   * or 期, which name sessions and phases ({@code 二期工程}) more than batches.
   */
  private static final Pattern COUNTED_ORDINAL = Pattern.compile("第(?:[一二两三四五六七八九十\\d]{1,3})([批轮天])");
  /** The words that ask a figure, a day or a name. */
  private static final Pattern ASKING = Pattern.compile("多少|几|哪|什么时候|何时|谁");

  /**
   * Whether the question asks of one batch or round ({@code 第二批多少名干部前往社区报到}) and the
   * sentence gives another ({@code 首批39名干部迅速响应}), not the one asked: the count of the first
   * batch is not the second's. A batch or round counted in so many words ({@link #COUNTED_ORDINAL})
   * is not answered by a sentence that names none: in stop 37, read near misses refused 719 → 723
   * and never-read 284 → 285, no answer lost once a follow-up to another group stopped carrying
   * the batch ({@code SubjectCarrier}).
   */
  static boolean ofAnotherOrdinal(Question q, String raw) {
    Map<String, Set<Integer>> asked = ordinals(q.text());
    if (asked.isEmpty()) {
      return false;
    }
    Map<String, Set<Integer>> given = ordinals(raw);
    if (asked.entrySet().stream().anyMatch(a -> given.containsKey(a.getKey())
        && Collections.disjoint(given.get(a.getKey()), a.getValue()))) {
      return true;
    }
    for (String clause : FigureCheck.CLAUSE.split(ChineseText.normalise(q.text()))) {
      Matcher counted = COUNTED_ORDINAL.matcher(clause);
      if (counted.find() && ASKING.matcher(clause).find() && !given.containsKey(counted.group(1))) {
        return true;
      }
    }
    // 一组组长是谁: 担任团组长 numbers no group; 一组组长王强多大 asks no leader, so any sentence of him answers
    Matcher team = NUMBERED_TEAM.matcher(ChineseText.normalise(q.text()));
    return q.asks() == Question.Asked.PERSON && team.find() && !given.containsKey(team.group(2));
  }

  /** The ordinals in {@code text} by measure: 批 → {2} for 第二批; 首 is 1; 组 → {2} for 二组组长. */
  private static Map<String, Set<Integer>> ordinals(String text) {
    Map<String, Set<Integer>> out = new HashMap<>();
    Matcher m = ORDINAL.matcher(ChineseText.normalise(text));
    while (m.find()) {
      // 首日 and 第一天 are one day
      out.computeIfAbsent(m.group(3).equals("日") ? "天" : m.group(3), k -> new HashSet<>())
          .add(m.group(2) != null ? 1 : Numerals.count(m.group(1)));
    }
    Matcher team = NUMBERED_TEAM.matcher(ChineseText.normalise(text));
    while (team.find()) {
      out.computeIfAbsent(team.group(2), k -> new HashSet<>()).add(Numerals.count(team.group(1)));
    }
    return out;
  }

  /**
   * Characters after a person's name in the question that say the deed asked ({@code 个人出资},
   * {@code 诵读}): a verb or a verb's first word. With it no answer of the read sets changed but the
   * near misses it was written for; a first version taking any other name in the sentence (no
   * deed) refused some twenty answers of the read sets (a diary in the first person, words the
   * tagger misread as a name).
   */
  private static final int DEED_CHARS = 2;

  /**
   * Whether the question asks a figure or a day of a person it names ({@code 彭春辉个人出资多少元})
   * and the sentence gives that deed to someone else, not named in the question, ({@code
   * 王敏个人出资3000元}): the same words follow another name, so the figure is another's. Only the
   * deed's words after a name count: a first-person diary ({@code 我每天6点前准时到岗}) or a
   * sentence that names someone in passing answers for the person asked. A question asking who is
   * answered by a name it does not give.
   */
  static boolean ofAnotherPerson(Question q, String raw) {
    if (q.asks() == Question.Asked.PERSON) {
      return false;
    }
    String sentence = ChineseText.normalise(raw);
    if (q.entities().stream().allMatch(sentence::contains)) {
      // every name asked is there: no tagging on the path most candidates take
      return false;
    }
    String question = ChineseText.normalise(q.text());
    for (Term t : Tagger.tag(question)) {
      if (!Tagger.personName(t) || !q.entities().contains(t.word) || sentence.contains(t.word)) {
        continue;
      }
      int after = question.indexOf(t.word) + t.word.length();
      String deed = question.substring(after, Math.min(question.length(), after + DEED_CHARS));
      if (deed.length() == DEED_CHARS && deed.codePoints().allMatch(Character::isIdeographic)
          && Names.names(q, sentence).stream().anyMatch(n -> sentence.startsWith(deed, n.end()))) {
        return true;
      }
    }
    return false;
  }

  /** Kinds of place of one level: a town asked is not answered by a subdistrict's figure. */
  private static final List<String> TOWN_LEVEL = List.of("镇", "乡", "街道");

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
    String question = ChineseText.compact(q.text());
    List<Term> terms = null;
    for (String e : q.entities()) {
      String name = ChineseText.compact(e);
      String core = core(name);
      String kind = core.length() >= 2 && name.startsWith(core) ? name.substring(core.length()) : "";
      // the body named in parts is the body asked (公交保修分公司 in 北京公交集团保修分公司)
      if (kind.isEmpty() || mentions(norm, core)) {
        continue;
      }
      if (kind.length() >= 2) {
        // on the sentence with its punctuation: 作战，街道总工会 names no other body
        Matcher other = Pattern.compile("\\p{IsHan}{2}" + Pattern.quote(kind)).matcher(sentence);
        while (other.find()) {
          // 区总工会机关抽调… opening a clause refers back to the report's own body, which a reader
          // may name by its place alone (门头沟工会); not to 基层工会, which is no place's
          boolean backReference = BACK_REFERENCE.matcher(other.group().substring(0, 2)).matches()
              && (other.start() == 0 || !Character.isIdeographic(sentence.codePointBefore(other.start())))
              && namesAPlace(core);
          if (!backReference && !namedIn(question, other.group())) {
            return true;
          }
        }
      }
      if (terms == null) {
        terms = Tagger.tag(sentence);
      }
      for (Term t : terms) {
        String n = t.nature.toString();
        // a town asked, another town or a subdistrict of the same level named (南法信镇, 双丰街道)
        for (String k : TOWN_LEVEL.contains(kind) ? TOWN_LEVEL : List.of(kind)) {
          int at = t.word.indexOf(k);
          // up to its kind: the recogniser glues words after a name to it (青云店镇总工会组织/nt)
          if ((n.startsWith("ns") || n.startsWith("nt")) && at >= 2 && !namedIn(question, t.word.substring(0, at + k.length()))
              && !BACK_REFERENCE.matcher(t.word.substring(0, at)).matches()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether {@code core} is a name ({@code 门头沟}, {@code 怀柔}) rather than common words ({@code 基层}). */
  private static boolean namesAPlace(String core) {
    return Tagger.tagPlaces(core).stream().anyMatch(t -> !t.nature.toString().matches("n|v.*|a.*|d.*"));
  }

  /**
   * Whether the question names the body {@code name} itself or by its distinctive part: {@code
   * 青云店镇总工会} is one of the bodies of {@code 庞各庄镇、旧宫镇和青云店镇三家镇总工会…}.
   */
  private static boolean namedIn(String question, String name) {
    String core = core(name);
    return question.contains(name) || core.length() >= 2 && question.contains(core);
  }

  /** The distinctive part of a name; empty when nothing distinctive is left. */
  static String core(String entity) {
    String c = entity;
    Matcher prefix = PREFIX.matcher(c);
    if (prefix.find()) {
      c = c.substring(prefix.end());
    }
    boolean cut = true;
    while (cut) {
      cut = false;
      for (String s : Names.SUFFIXES) {
        if (c.endsWith(s) && c.length() - s.length() >= 2) {
          c = c.substring(0, c.length() - s.length());
          cut = true;
          break;
        }
      }
    }
    return c;
  }

  /** A work named by its title ({@code 《正道沧桑》}). */
  private static final Pattern WORK = Pattern.compile("《([^》]{1,40})》");

  /**
   * Whether a sentence is about another work than the one the question names: {@code 分享的《正道沧桑》是由哪位职工朗读的}
   * is not answered by {@code 女职工张磊诵读着《大国追梦》}, which names a reader of another book. A
   * sentence that names no title may still be about it. People only: a figure's sentence names
   * other works in passing ({@code 获得6项奥斯卡金像奖…自1968年《孤雏泪》获得此奖项后}, CMRC 2018 dev).
   */
  static boolean ofAnotherWork(Question q, String raw) {
    if (q.asks() != Question.Asked.PERSON) {
      return false;
    }
    List<String> asked = new ArrayList<>();
    Matcher m = WORK.matcher(ChineseText.normalise(q.text()));
    while (m.find()) {
      asked.add(m.group(1));
    }
    String sentence = ChineseText.normalise(raw);
    return !asked.isEmpty() && WORK.matcher(sentence).find() && asked.stream().noneMatch(sentence::contains);
  }

}
