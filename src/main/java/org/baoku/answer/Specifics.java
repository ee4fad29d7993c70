package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;
import org.baoku.ingest.Numerals;

/**
 * Whether a sentence names the particular things a question asks for: a title in 《》 or a quoted
 * name ({@link #namesATitle}), items listed ({@link #enumerates}), the specifics of a kind it names
 * ({@link #specifies}). A sentence that only names or counts the kind ({@code 送去慰问品}, {@code
 * 12个社区}) does not say which they are.
 */
final class Specifics {

  private static final Pattern TITLE = Pattern.compile("《([^》]{2,40})》");
  private static final Pattern QUOTED_NAME = Pattern.compile("[“\"]([^”\"]{2,30})[”\"]");
  private static final Pattern TITLES = Pattern.compile("《[^》]+》.*《[^》]+》");
  private static final Pattern COUNTED_OFF = Pattern.compile("一是.*二是|其一.*其二|首先.*其次");

  /**
   * Characters that may stand between a quoted name and the word for what it is ({@code “强意识，查隐患，
   * 促发展，保安康”竞赛主题}, {@code 以“平凡一样闪光看到最美自己”为主题}).
   */
  private static final int HEAD_AFTER = 3;

  private Specifics() {}

  /**
   * Whether a sentence gives a name the question does not: a title in {@code 《》} ({@code
   * 创作《胡家堡防疫村约十六条》}), or a quoted name of the asked thing ({@code “洪霞创新工作室”} for
   * {@code 工作室叫什么}). Any quoted phrase is not enough: reports quote slogans and sayings ({@code
   * “四个一”措施}) far more often than they name things.
   */
  static boolean namesATitle(Question q, String raw) {
    return namesATitle(q, raw, false);
  }

  /**
   * {@link #namesATitle}, and with {@code related} only a title in 《》 that shares at least half
   * the characters of the asked thing ({@code 防疫村规} in {@code 《胡家堡防疫村约十六条》}, not {@code
   * 《外来人口返京流量趋势图》}).
   */
  static boolean namesATitle(Question q, String raw, boolean related) {
    String sentence = ChineseText.normalise(raw);
    String question = ChineseText.compact(q.text());
    Matcher title = TITLE.matcher(sentence);
    while (title.find()) {
      String name = ChineseText.compact(title.group(1));
      if (!question.contains(name) && (!related || q.heads().stream().anyMatch(h -> shares(h, name)))) {
        return true;
      }
    }
    if (related) {
      return false;
    }
    Matcher quoted = QUOTED_NAME.matcher(sentence);
    while (quoted.find()) {
      String name = ChineseText.compact(quoted.group(1));
      if (!question.contains(name) && q.heads().stream().anyMatch(h -> name.endsWith(h))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code raw} names the asked thing by a quoted name right before the word for it ({@code
   * 围绕“强意识，查隐患，促发展，保安康”竞赛主题}, {@code 以“…”为主题}), which the question does not give:
   * read only where no candidate {@link #namesATitle names a title}, since a report may give one
   * event's theme in 《》 and the larger event's in quotation marks beside it (read first, it lost a
   * read and a never-read answer among the synthetic paper: 宣讲的主题叫什么). Stop 68, over 232 sets:
   * read +1 answer on every corpus, every other answer the same.
   */
  static boolean namesBeforeTheWord(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    String question = ChineseText.compact(q.text());
    Matcher quoted = QUOTED_NAME.matcher(sentence);
    while (quoted.find()) {
      String name = ChineseText.compact(quoted.group(1));
      int end = quoted.end();
      if (!question.contains(name) && q.heads().stream().anyMatch(h -> wordFollows(sentence, end, h))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} starts within {@link #HEAD_AFTER} Chinese characters of {@code from}. */
  private static boolean wordFollows(String sentence, int from, String word) {
    for (int gap = 0; gap <= HEAD_AFTER && from + gap <= sentence.length(); gap++) {
      if (sentence.startsWith(word, from + gap)) {
        return true;
      }
      if (from + gap >= sentence.length()
          || Character.UnicodeScript.of(sentence.charAt(from + gap)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a sentence lists things: three items or more joined by {@code 、}, two titles in
   * {@code 《》} or more, or items counted off ({@code 一是…二是}). What a question asking 哪些 wants.
   */
  static boolean enumerates(Question q, String raw) {
    return worksAsked(q) ? TITLES.matcher(ChineseText.normalise(raw)).find() : enumerates(raw);
  }

  /** Whether {@code q} asks a list of books, songs or films ({@link #WORKS_ASKED}), which titles in 《》 name. */
  static boolean worksAsked(Question q) {
    return WORKS_ASKED.matcher(q.text()).find();
  }

  /**
   * A list of books, songs or films asked ({@code 分享了哪几本红色书籍}): its items are titles in
   * {@code 《》}, and three verbs joined by {@code 、} in a quotation ({@code 共读、共享、共进步}) list
   * none of them. Not the kinds of works ({@code 哪些门类的作品}: 书法、美术), nor a word that opens
   * with 部 ({@code 哪些部门}, {@code 哪些部位}, {@code 哪些部分}: CMRC 2018 dev lost two answers to
   * it) or with a work's name ({@code 种了哪些书菜}, a slip for 蔬菜).
   */
  private static final Pattern WORKS_ASKED =
      Pattern.compile("(?:哪几|哪些|什么)(?:本|部(?![\\p{IsHan}&&[^呢呀啊吗]])|篇|首|[^的，？]{0,4}?(?:书|书籍|书目|图书|读物|作品|篇目|歌曲|影片|电影|剧目)"
          + "(?![\\p{IsHan}&&[^呢呀啊吗]]))");

  /** Kinds of place or body a report counts ({@code 12个社区}) and may or may not name one by one. */
  private static final String COUNTED_KINDS = "社区|村|街道|镇|乡镇|单位|企业|公司|医院|学校|工地|小区|项目";
  /** Places or bodies counted in the question ({@code 双丰街道12个社区}, {@code 4个社区（村）}). */
  private static final Pattern COUNTED_IN_QUESTION =
      Pattern.compile("(?:\\d+|[一二两三四五六七八九十]{1,3})个(" + COUNTED_KINDS + ")");
  /**
   * Places counted and asked at once ({@code 去的是哪4个社区}): three or more, each named with its
   * kind, as a report lists them ({@code 大峪社区、东辛房社区、…}). Not {@code 哪一个村}, which asks
   * one, nor {@code 哪两个村}, whose two names a report joins with 和 ({@code 口子村和胡家堡村}),
   * nor {@code 哪两个单位}, whose names it writes without the kind ({@code 特警大队、刑侦支队}).
   */
  private static final Pattern WHICH_COUNTED =
      Pattern.compile("哪(\\d+|[三四五六七八九十]|十[一二三四五六七八九])个(社区|村|街道|镇|乡镇|小区)");
  /** Their names asked ({@code 具体是哪几个社区}, {@code 分别叫什么名字}, {@code 都是哪些}). */
  private static final Pattern NAMES_ASKED =
      Pattern.compile("哪几个|哪些|分别(?:叫|是)(?:什么|哪|啥)|都(?:叫|是)(?:什么|哪|啥)|叫什么名|叫啥");

  /**
   * The kind of place or body that {@code q} counts and asks by name ({@code 双丰街道12个社区，具体是哪几个社区}:
   * 社区; {@code 去的是哪4个社区}), if any. A sentence that counts them ({@code 支援双丰街道12个社区卡口值守}) does not name
   * them; only one that {@link #specifies} two does.
   */
  static Optional<String> countedAskedByName(Question q) {
    String text = ChineseText.normalise(q.text());
    Matcher which = WHICH_COUNTED.matcher(text);
    if (which.find() && !q.acrossArticles() && Numerals.count(which.group(1)) >= 3) {
      // not 两篇报道里分别到了哪四个村: one each, in two reports
      return Optional.of(which.group(2));
    }
    Matcher counted = COUNTED_IN_QUESTION.matcher(text);
    return counted.find() && NAMES_ASKED.matcher(text.substring(counted.end())).find()
        ? Optional.of(counted.group(1)) : Optional.empty();
  }

  /**
   * Specifics asked of a thing the question names ({@code 慰问品具体是啥}, {@code 具体分到了哪几个社区},
   * {@code 具体去的是北房镇哪几个村}). Up to eight characters between: at five, the place a question
   * names between them (北房镇, 香河园街道) hid the specifics asked; five near misses of the read sets
   * have six to eight, three of them answered before and refused since, and no answerable question of
   * the 207 sets has.
   */
  private static final Pattern SPECIFICS_ASKED = Pattern.compile("具体[^，。？]{0,8}?(?:什么|哪些|哪几|哪项)");

  /**
   * Whether {@code q} asks what exactly a thing it names is ({@code 送的慰问品具体是啥}): a sentence
   * that names the thing without saying what it was ({@code 送去关怀和慰问品}) does not answer.
   * Not a reason or a way ({@code 具体是用什么办法}), nor a number, name, place or date.
   */
  static boolean asksSpecifics(Question q) {
    return q.asks() == Question.Asked.OTHER && SPECIFICS_ASKED.matcher(q.text()).find();
  }

  /** A way asked after the question word ({@code 具体采用了什么方法}, {@code 具体是用什么办法}). */
  private static final Pattern WAY = Pattern.compile("(?:样的)?(?:方法|办法|方式|措施|做法|手段|招)");
  /** How a report tells the way something was done ({@code 我采用…的方式}, {@code 通过…}). */
  private static final Pattern WAY_TOLD = Pattern.compile("采用|采取|通过|利用|运用|借助|方式|办法|方法");

  /**
   * Whether {@code q} asks exactly how something was done and {@code raw} tells a way: {@code
   * 具体采用了什么方法} is answered by {@code 我采用设备先行录入、口头二次确认的方式}, which names no things,
   * and not by {@code 协助做好…动态监测等工作}, which tells no way. Stop 43: one read false refusal
   * answered, every other answer of the 107 sets and of CMRC 2018 dev the same.
   */
  static boolean tellsTheWayAsked(Question q, String raw) {
    Matcher m = SPECIFICS_ASKED.matcher(q.text());
    return m.find() && WAY.matcher(q.text().substring(m.end())).lookingAt() && WAY_TOLD.matcher(raw).find();
  }

  /**
   * The thing {@code q} asks what exactly it was ({@code 慰问物资具体都是些什么东西}: 慰问物资; {@link
   * KindCheck} reads it of list questions), if any: named, not only the question word, and no
   * one's name ({@code 家属具体是哪几位} lists people, which a report names one by one).
   */
  static Optional<String> specificThingAsked(Question q) {
    if (!SPECIFICS_ASKED.matcher(q.text()).find() || PEOPLE_ASKED.matcher(q.text()).find()) {
      return Optional.empty();
    }
    String thing = askedThing(q);
    return thing.isEmpty() || AskedNouns.PERSON_HEAD.matcher(thing).matches() ? Optional.empty() : Optional.of(thing);
  }

  /** Kinds of place written in one character ({@code 具体去的是哪几个村}): a thing asked all the same. */
  private static final Set<String> ONE_CHARACTER_PLACES = Set.of("村", "镇", "乡", "区", "县");

  /** Words after a question word that stand for the thing named before {@code 具体}. */
  private static final Set<String> GENERIC_THINGS = Set.of("东西", "事情", "事儿", "内容");

  /** People asked for by a list's question word. */
  private static final Pattern PEOPLE_ASKED = Pattern.compile("哪几位|哪些人|哪位|哪几个人|谁");

  /**
   * Whether a sentence names particular things of the kind {@code q} asks about: items listed
   * before it ({@code 送去西瓜、饮料等1000余件慰问品}, {@code 不前往高发地区、注意个人卫生的倡议}), two
   * of its kind ({@code 大峪社区、东辛房社区}), or items after it ({@code 慰问品包括…、…},
   * {@code 礼物——…、…}); titles, or items counted off. Items of another
   * kind ({@code 29个村、12个社区} for 慰问品) are not its specifics. When the question names no
   * kind ({@link #askedThing} empty), any items listed.
   */
  static boolean specifies(String kind, String raw) {
    String sentence = ChineseText.normalise(raw);
    if (TITLES.matcher(sentence).find() || COUNTED_OFF.matcher(sentence).find()) {
      return true;
    }
    if (kind.isEmpty()) {
      return sentence.indexOf('、') >= 0;
    }
    String k = Pattern.quote(kind);
    String last = Pattern.quote(kind.substring(kind.length() - 1));
    return Pattern.compile("、[^，。；]{0,30}?(?:等|的)[^，。；、]{0,8}?" + k
        + "|[^，。；、]{1,8}" + last + "、[^，。；、]{1,8}" + last
        + "|" + k + "(?:包括|有|是|为|：|——)[^，。；]{0,20}、").matcher(sentence).find();
  }

  /**
   * The noun whose specifics {@code q} asks: the one after its question word ({@code 哪几个社区},
   * {@code 什么慰问品}), else the one before {@code 具体} ({@code 慰问品具体是啥}); empty when neither.
   */
  static String askedThing(Question q) {
    List<Term> terms = Tagger.tag(q.text());
    int specific = -1;
    for (int i = 0; i < terms.size(); i++) {
      String w = terms.get(i).word;
      if (w.equals("具体")) {
        specific = i;
      } else if (specific >= 0 && (w.startsWith("什么") || w.startsWith("哪"))) {
        for (int j = i + 1; j < terms.size() && j <= i + 3; j++) {
          if (terms.get(j).nature.toString().startsWith("n")
              && (terms.get(j).word.length() >= 2 || ONE_CHARACTER_PLACES.contains(terms.get(j).word))
              && !GENERIC_THINGS.contains(terms.get(j).word)) {
            // 慰问物资具体都是些什么东西: 东西 stands for the thing named before 具体
            return terms.get(j).word;
          }
        }
        break;
      }
    }
    int before = specific - 1;
    while (before >= 0 && terms.get(before).nature.toString().startsWith("w")) {
      // 送的慰问物资，具体都是些什么: past the comma to the thing
      before--;
    }
    return specific > 0 && before >= 0 && terms.get(before).nature.toString().startsWith("n")
        && terms.get(before).word.length() >= 2 ? terms.get(before).word : "";
  }

  /** As {@link #enumerates(Question, String)}, whatever is listed. */
  static boolean enumerates(String raw) {
    String sentence = ChineseText.normalise(raw);
    return sentence.chars().filter(c -> c == '、').count() >= 2 || TITLES.matcher(sentence).find()
        || COUNTED_OFF.matcher(sentence).find();
  }

  /** Whether {@code name} holds at least half the characters of {@code head}. */
  private static boolean shares(String head, String name) {
    long held = head.chars().filter(c -> name.indexOf(c) >= 0).count();
    return held * 2 >= head.length();
  }

}
