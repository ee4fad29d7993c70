package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one HanLP configuration that tags questions and sentences: its default segmenter with
 * person, place and organisation recognition, because an answer check is only as good as the tags
 * it compares and a question and its answer must be cut alike. Segmenters are thread-safe once
 * configured.
 */
public final class Tagger {

  /**
   * Words that ask a sum, which HanLP's dictionary lacks and its segmenter cuts apart ({@code 加/v
   * 起来/v}): cut, their first character joins the word before it into a key no report holds
   * ({@code 两拨人加起来} gave the key 拨人加). Only this tagger's segmenters know them: HanLP's own
   * custom dictionary is global, and ingest's line joining ({@code ingest/Lexicon}) must not change
   * with whether a question was tagged first.
   *
   * <p>Not the words of Chinese news since 2020 that the dictionary predates ({@code 防疫专/nt 班}
   * for 防疫 专班, {@code 封控区/nr}, {@code 流/v 调/v}): stop 64 measured twelve of them over 216
   * sets, and a never-read answer among the synthetic paper was lost while none was gained; with
   * 封控区 a read near miss there, which the misread name had kept refused, was answered.
   */
  private static final String[] WORDS_IT_LACKS = {"加起来 v", "合起来 v", "加在一起 v"};

  private static final DynamicCustomDictionary WORDS_KNOWN = wordsItLacks();

  private static final Segment NAMED = HanLP.newSegment()
      .enableCustomDictionary(WORDS_KNOWN)
      .enableNameRecognize(true)
      .enablePlaceRecognize(true)
      .enableOrganizationRecognize(true)
      .enableOffset(true);

  /**
   * Without organisation recognition: the place inside an organisation's name stands alone
   * ({@code 东城区/ns 总工会} instead of {@code 东城区总工会/nt}).
   */
  private static final Segment PLACES = HanLP.newSegment().enableCustomDictionary(WORDS_KNOWN).enablePlaceRecognize(true);

  /** Without any names: where a misread name's words fall ({@code 时所引/nr} is 时 所 引). */
  private static final Segment WORDS = HanLP.newSegment().enableCustomDictionary(WORDS_KNOWN).enableNameRecognize(false);

  private static final String DATE_UNITS = "年月日号";

  private Tagger() {}

  /** HanLP's custom dictionary with {@link #WORDS_IT_LACKS} added, in a copy of its own. */
  private static DynamicCustomDictionary wordsItLacks() {
    DynamicCustomDictionary shared = CustomDictionary.DEFAULT;
    DynamicCustomDictionary own = new DynamicCustomDictionary(shared.dat, new BinTrie<>(), shared.path);
    for (String entry : WORDS_IT_LACKS) {
      int space = entry.indexOf(' ');
      own.insert(entry.substring(0, space), entry.substring(space + 1) + " 1024");
    }
    return own;
  }

  /** Words of {@code text} with their part of speech and offset; never null. */
  public static List<Term> tag(String text) {
    return unglued(countCut(text));
  }

  /**
   * {@code text} segmented with the question word 几 and the measure after it as two words: the
   * segmenter glues them into a noun ({@code 几支/nz 支援/v 队/n}, {@code 几位/n 理发师/n 傅/n},
   * {@code 几场培训/nt}), which became a key no report holds (it writes 3支) and broke the noun
   * counted. Where it glues them, the text before and after is segmented apart; 几 in a figure
   * ({@code 十几名}, {@code 二十/m 几位}) stays as the segmenter has it.
   */
  private static List<Term> countCut(String text) {
    List<Term> terms = NAMED.seg(text);
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (t.word.length() >= 2 && t.word.charAt(0) == '几' && MEASURES.indexOf(t.word.charAt(1)) >= 0
          && !t.nature.toString().startsWith("m") && (i == 0 || !terms.get(i - 1).nature.toString().startsWith("m"))) {
        List<Term> out = new ArrayList<>(NAMED.seg(text.substring(0, t.offset)));
        out.add(term("几", Nature.m, t.offset));
        out.add(term(t.word.substring(1, 2), Nature.q, t.offset + 1));
        List<Term> rest = countCut(text.substring(t.offset + 2));
        for (int k = 0; k < rest.size(); k++) {
          Term r = rest.get(k);
          // what is counted is a kind of thing, never one body's name (几支 支援队/nt is 支援队/n)
          out.add(term(r.word, k == 0 && r.nature.toString().startsWith("nt") ? Nature.n : r.nature, r.offset + t.offset + 2));
        }
        return out;
      }
    }
    return terms;
  }

  /**
   * Whether term {@code i} is a name the recogniser closed with the verb 组 (formed) before the 了
   * of a deed done ({@code 工会社工组/nt 了}, {@code 局组/nt 了}). What is left is a body when its name
   * ends as one ({@code 顺义区委老干部局组/nt 了} is 顺义区委老干部局/nt 组), else those who formed it
   * ({@code 工会社工/n 组}). Stop 73: read +1 answer on every corpus; cut to a plain noun, 顺义区委老干部局
   * lost a read answer among the synthetic paper.
   */
  private static boolean verbGluedBeforeLe(List<Term> terms, int i) {
    Term t = terms.get(i);
    return t.nature.toString().startsWith("nt") && t.word.length() >= 2 && t.word.endsWith("组")
        && i + 1 < terms.size() && terms.get(i + 1).word.equals("了");
  }

  /**
   * The terms with a date's unit cut off the name the segmenter glued it to: {@code 11月大兴疫情}
   * comes back as {@code 11/m 月大兴/ns}, a place no report names; it is {@code 11/m 月/q 大兴/ns}.
   */
  private static List<Term> unglued(List<Term> terms) {
    List<Term> out = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String nature = t.nature.toString();
      boolean afterNumber = i > 0 && terms.get(i - 1).nature == Nature.m;
      Term joined = splitWord(out, t);
      List<Term> placeJoined = placeAndJoiner(t);
      int clock = opensWithAClock(t);
      if (afterNumber && t.word.length() > 1 && DATE_UNITS.indexOf(t.word.charAt(0)) >= 0
          && nature.length() > 1 && nature.startsWith("n")) {
        cut(out, t, term(t.word.substring(0, 1), Nature.q, t.offset), 1);
      } else if (afterCount(out, t)) {
        // 多少/r 人组支援队/nt is 多少 人 组 支援队: the recogniser took the measure into a name,
        // and would take the rest for one again
        cut(out, t, term(t.word.substring(0, 1), Nature.q, t.offset), 1, PLACES);
      } else if (moneyAfterItsMeasure(out, t)) {
        // 这笔/r 钱用/nr 来 is 这笔 钱 用 来: after the measure of a sum of money no name follows
        cut(out, t, term("钱", Nature.n, t.offset), 1, WORDS);
      } else if (insideAReport(out, t)) {
        // 那篇 里丰台区总工会/nt is 那篇 里 丰台区总工会: 里 says where in the report, it names nothing
        cut(out, t, term("里", Nature.f, t.offset), 1);
      } else if (opensInAReport(t) > 0) {
        // 文中点/ns in 文中点到书名的 is 文中 点: where in the report, and no place
        int used = opensInAReport(t);
        cut(out, t, term(t.word.substring(0, used), Nature.s, t.offset), used);
      } else if (opensWithTheCountedMeasure(out, t)) {
        // 多少 人组/nt 的 is 多少 人 组: the measure a question counts in opens no name
        cut(out, t, term(t.word.substring(0, 1), Nature.q, t.offset), 1, WORDS);
      } else if (opensWithALocative(out, t)) {
        // 辖区/n 内村/ns is 辖区 内 村: the locative closes the noun before it, no place opens with it
        cut(out, t, term(t.word.substring(0, 1), Nature.f, t.offset), 1, WORDS);
      } else if (nature.equals("nz") && REDUPLICATED.matcher(t.word).matches()) {
        // 急吼吼/nz is a state word, as 乐呵呵 and 慢悠悠 are (a person may double it: 张丽丽/nr)
        out.add(term(t.word, Nature.z, t.offset));
      } else if (particleGlued(terms, i)) {
        // 门头沟区总工会所/nt 拨/v is 门头沟区总工会 所 拨: the 所 of formal writing (what it
        // allotted) before a verb, no institute
        String body = t.word.substring(0, t.word.length() - 1);
        out.add(term(body, t.nature, t.offset));
        out.add(term("所", Nature.u, t.offset + body.length()));
      } else if (verbGluedBeforeLe(terms, i)) {
        // 多少个 工会社工组/nt 了 防疫志愿服务队 is 工会社工 组 了: the verb 组 (formed) glued to those
        // who formed it; a body's name is not followed by the 了 of a deed done
        String who = t.word.substring(0, t.word.length() - 1);
        out.add(term(who, BODY_END.matcher(who).find() ? t.nature : Nature.n, t.offset));
        out.add(term("组", Nature.v, t.offset + who.length()));
      } else if (t.word.length() == 2 && t.word.startsWith("所") && t.nature.toString().matches("nt|nz")) {
        // 所组/nt in 女工委所组义务理发小分队 is 所 组: the particle and the verb it makes a noun of
        out.add(term("所", Nature.u, t.offset));
        out.add(term(t.word.substring(1), Nature.v, t.offset + 1));
      } else if (modalGlued(t)) {
        // 大概 能测/nz 多少人 is 能 测: a modal and the verb it qualifies, no word of its own
        out.add(term(t.word.substring(0, 1), Nature.v, t.offset));
        out.add(term(t.word.substring(1), Nature.v, t.offset + 1));
      } else if (plusGlued(t)) {
        // 村 加社区/nt 一共 is 加 社区: 加 joins two things to add, it opens no name
        out.add(term("加", Nature.c, t.offset));
        out.add(term(t.word.substring(1), Nature.n, t.offset + 1));
      } else if (straddled(out, terms, i)) {
        // 队/n 伍先/nr 后/f is 队伍 先后: the recogniser made a name of the ends of two words
        Term last = out.remove(out.size() - 1);
        Term next = terms.get(i + 1);
        String first = last.word + t.word.charAt(0);
        String second = t.word.charAt(1) + next.word;
        out.add(term(first, CoreDictionary.get(first).nature[0], last.offset));
        out.add(term(second, CoreDictionary.get(second).nature[0], t.offset + 1));
        i++;
      } else if (prepositionGlued(t)) {
        // 请问 石/ng 岳在/nr is 石岳 在: the surname was cut off the name, and the given name took
        // the preposition after it; 都跟/nr, 钱和/nr, 强在/nr are a word and the preposition after it
        String first = t.word.substring(0, 1);
        if (surnameBefore(out)) {
          Term surname = out.remove(out.size() - 1);
          out.add(term(surname.word + first, Nature.nr, surname.offset));
        } else {
          CoreDictionary.Attribute alone = CoreDictionary.get(first);
          out.add(term(first, alone == null ? Nature.n : alone.nature[0], t.offset));
        }
        out.add(term(t.word.substring(1), t.word.endsWith("是") ? Nature.v : Nature.p, t.offset + 1));
      } else if (oneOfAMeasure(t)) {
        // 单条/nr 检测通道 is 单 条: a single one of what the measure counts, no surname 单
        out.add(term(t.word.substring(0, 1), Nature.b, t.offset));
        out.add(term(t.word.substring(1), Nature.q, t.offset + 1));
      } else if (verbAndNoun(t) > 0) {
        // 接到 支援社区/nt 的任务 is 支援/v 社区/n: a verb and what it acts on, and no body's name
        int verb = verbAndNoun(t);
        out.add(term(t.word.substring(0, verb), Nature.v, t.offset));
        out.add(term(t.word.substring(verb), Nature.n, t.offset + verb));
      } else if (endsWithHave(t)) {
        // 总工会有/nt is 总工会 有, 下有/nt in 上有老、下有小 is 下 有: 有 ends no body's or place's name
        String body = t.word.substring(0, t.word.length() - 1);
        if (BODY_END.matcher(body).find()) {
          out.add(term(body, t.nature, t.offset));
        } else {
          for (Term w : PLACES.seg(body)) {
            w.offset += t.offset;
            out.add(w);
          }
        }
        out.add(term("有", Nature.v, t.offset + body.length()));
      } else if (t.word.equals("经理") && !out.isEmpty() && out.get(out.size() - 1).word.equals("已")) {
        // 已/d 经理/n in 已经理了多少 is 已经 理: no manager, the adverb and the verb of a haircut
        Term already = out.remove(out.size() - 1);
        out.add(term("已经", Nature.d, already.offset));
        out.add(term("理", Nature.v, t.offset + 1));
      } else if (joined != null) {
        // 宣/nr 传/v is 宣传: no name has one character, the recogniser cut a word in two
        out.set(out.size() - 1, joined);
      } else if (clock > 0) {
        // 七点就站/nt in 早上七点就站卡口 is 七点 就 站: a time of day, and no body
        cut(out, t, term(t.word.substring(0, clock), Nature.t, t.offset), clock, WORDS);
      } else if (oneAfterWhich(out, t)) {
        // 哪/r 一个村/ns is 哪 一 个 村: which one village, no place named 一个村
        out.add(term("一", Nature.m, t.offset));
        out.add(term(t.word.substring(1, 2), Nature.q, t.offset + 1));
        String kind = t.word.substring(2);
        CoreDictionary.Attribute known = CoreDictionary.get(kind);
        out.add(term(kind, known == null ? Nature.n : known.nature[0], t.offset + 2));
      } else if (afterDemonstrative(out, t)) {
        // 这/r 回派/nr is 这回/r 派/v: the recogniser took the demonstrative's measure for a name;
        // 那/r 个把/mq 行军床 is 那个/r 把/p: not 个把, "one or two"
        Term last = out.remove(out.size() - 1);
        cut(out, t, term(last.word + t.word.charAt(0), Nature.r, last.offset), 1);
      } else if (t.word.length() > 3 && nature.startsWith("n") && DEMONSTRATIVE_START.matcher(t.word).lookingAt()) {
        // 那次急救培训/nt is 那次/r 急救培训: the recogniser took the demonstrative into the name
        cut(out, t, term(t.word.substring(0, 2), Nature.r, t.offset), 2);
      } else if (t.word.length() > 2 && nature.matches("n[rstz].*") && PRONOUN_START.matcher(t.word).lookingAt()) {
        // 那他代表市总工会/nt is 那 他 代表 市总工会: no name opens with a personal pronoun
        Matcher pronoun = PRONOUN_START.matcher(t.word);
        pronoun.lookingAt();
        if (pronoun.start(1) > 0) {
          out.add(term(t.word.substring(0, 1), Nature.r, t.offset));
        }
        cut(out, t, term(pronoun.group(1), Nature.rr, t.offset + pronoun.start(1)), pronoun.end());
      } else if (opensWithAPointer(out, t)) {
        // 那大兴区总工会/nt opening a follow-up is 那 大兴区总工会: the 那 of "then", and the body
        cut(out, t, term(t.word.substring(0, 1), Nature.r, t.offset), 1);
      } else if (t.word.length() > 3 && nature.startsWith("n") && t.word.startsWith("一下")) {
        // 想问/nz 一下朝阳区总工会/nt is 想问 一下 朝阳区总工会: 一下 softens the verb before it
        cut(out, t, term("一下", Nature.m, t.offset), 2);
      } else if (measureGlued(out, terms, i)) {
        // 多少/r 支队/n 伍/m is 多少 支 队伍: the measure glued to the first character of the noun counted
        out.add(term(t.word.substring(0, 1), Nature.q, t.offset));
        String noun = t.word.substring(1) + terms.get(i + 1).word;
        out.add(term(noun, CoreDictionary.get(noun).nature[0], t.offset + 1));
        i++;
      } else if (nature.startsWith("nr") && MORE_HOW_MANY.matcher(t.word).matches()) {
        // 少几/nr 个人 is 少 几 个 人: fewer by how many, no name
        out.add(term(t.word.substring(0, 1), Nature.a, t.offset));
        out.add(term("几", Nature.m, t.offset + 1));
      } else if (!placeJoined.isEmpty()) {
        // 东城和/nr 怀柔 is 东城 和 怀柔: the recogniser read a place and the word joining it to the next as a name
        out.addAll(placeJoined);
      } else {
        List<Term> pieces = pieces(t);
        if (!pieces.isEmpty()) {
          // 石岳那/nr is 石岳 那, 时所引/nr is 时 所 引
          out.addAll(pieces);
        } else if (!out.isEmpty() && continuesAPlace(out.get(out.size() - 1), t)) {
          Term last = out.remove(out.size() - 1);
          out.add(term(last.word + t.word, t.nature.toString().startsWith("nt") ? t.nature : Nature.ns, last.offset));
        } else {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The end of a body's or a place's name ({@code 总工会}, {@code 北房镇}, {@code 第九车队}). */
  private static final Pattern BODY_END =
      Pattern.compile("..(?:会|区|县|市|镇|乡|村|局|站|队|组|部|司|厂|院|校|所|委|办|中心|街道|社区|集团|公司)$");

  /** A body's name before the 所 of formal writing ({@code 总工会所拨}, {@code 工作室所制}). */
  private static final Pattern BODY_BEFORE_PARTICLE =
      Pattern.compile("..(?:会|委|室|组|部|局|队|团|司|厂|站|院|校|办|中心|街道|社区|集团|公司)所$");

  /**
   * Whether term {@code i} is a body's name the recogniser glued to the 所 after it, which a verb
   * follows ({@code 三镇总工会所/nt 送/v}): no institute (研究所) is named so, and the name is the
   * body's without it.
   */
  private static boolean particleGlued(List<Term> terms, int i) {
    Term t = terms.get(i);
    return t.nature.toString().startsWith("nt") && BODY_BEFORE_PARTICLE.matcher(t.word).find()
        && i + 1 < terms.size() && terms.get(i + 1).nature.toString().matches("v|vg");
  }

  /**
   * Modal verbs the recogniser glues to the verb after them ({@code 能测/nz}); not 可, whose 可达 and
   * 可用 reports write as words (体长可达40公分: one CMRC 2018 dev answer lost with it).
   */
  private static final String MODALS = "能会要该想肯";

  /**
   * Whether {@code t} is a modal verb and a one-character verb the recogniser took for one word
   * ({@code 能测/nz}): the dictionary knows no such word, and knows the second as a verb first.
   */
  private static boolean modalGlued(Term t) {
    if (t.word.length() != 2 || MODALS.indexOf(t.word.charAt(0)) < 0 || !t.nature.toString().startsWith("n")
        || CoreDictionary.get(t.word) != null) {
      return false;
    }
    CoreDictionary.Attribute verb = CoreDictionary.get(t.word.substring(1));
    return verb != null && verb.nature[0] == Nature.v;
  }

  /**
   * Whether {@code t} is 加 and a common noun the recogniser read as a name ({@code 村 加社区/nt
   * 一共多少个}, a reader adding villages and communities): the dictionary knows no such word, and
   * knows the rest, of two characters at least, only as a noun. A name that opens with 加 (加拿大,
   * 加格达奇) has no noun after it.
   */
  private static boolean plusGlued(Term t) {
    if (t.word.length() < 3 || t.word.charAt(0) != '加' || !t.nature.toString().matches("n[rstz].*")
        || CoreDictionary.get(t.word) != null) {
      return false;
    }
    CoreDictionary.Attribute noun = CoreDictionary.get(t.word.substring(1));
    return noun != null && noun.nature.length == 1 && noun.nature[0] == Nature.n;
  }

  /** What makes a measure after it one of many: single, each, every ({@code 单条}, {@code 每个}, {@code 各项}). */
  private static final String ONE_OF = "单每各逐";

  /**
   * What follows a person's name and opens no part of it: a preposition ({@code 石岳在日记中}), or
   * the copula ({@code 理发师 傅是/nr 从哪里来的}, {@code 那是/nr}: each of the 11 such names in the
   * read questions of stop 80 was a misreading).
   */
  private static final String AFTER_A_NAME = "在和跟与对向给从被把是";

  /**
   * Whether {@code t} is a two-character name ending in a preposition ({@code 岳在/nr}, {@code
   * 都跟/nr}, {@code 钱和/nr}): the recogniser read a word and the preposition after it as a name.
   * Over the 15,968 questions of the sets, each of the 24 such names was one.
   */
  private static boolean prepositionGlued(Term t) {
    return t.word.length() == 2 && t.nature.toString().startsWith("nr") && AFTER_A_NAME.indexOf(t.word.charAt(1)) >= 0;
  }

  /** Whether the last term is a single character the segmenter left alone ({@code 石/ng}): a surname. */
  private static boolean surnameBefore(List<Term> out) {
    if (out.isEmpty()) {
      return false;
    }
    Term last = out.get(out.size() - 1);
    String n = last.nature.toString();
    return last.word.length() == 1 && Character.UnicodeScript.of(last.word.codePointAt(0)) == Character.UnicodeScript.HAN
        && (n.startsWith("n") || n.equals("g"));
  }

  /**
   * Whether {@code t}, read as a person's name, is one of what a measure counts ({@code 单条/nr}):
   * the surname 单 before a given name that is a measure word.
   */
  private static boolean oneOfAMeasure(Term t) {
    return t.word.length() == 2 && t.nature.toString().startsWith("nr") && ONE_OF.indexOf(t.word.charAt(0)) >= 0
        && MEASURES.indexOf(t.word.charAt(1)) >= 0;
  }

  /** The kind of body a name ends in ({@code 创新工作室}, {@code 指导中心}): a verb before it names the body. */
  private static final Pattern BODY_KIND = Pattern.compile("(?:室|中心|公司|集团|院|校)$");

  /**
   * The length of the verb that opens {@code t} when the recogniser took a verb and the common noun
   * after it ({@code 支援社区/nt}) for a body's name, else 0: a name opens with a place or a proper
   * name, and the two words are each known, the first as a verb before all else, the second (of two
   * characters at least, so that 救助站 stays) only as a noun, and no kind of body ({@link
   * #BODY_KIND}): 创新工作室/nt is a body's name. Cut, a read answer was lost among the synthetic
   * paper (这个片子下一步还打算放到哪儿推广: 在创新工作室微信公众号中推广).
   */
  private static int verbAndNoun(Term t) {
    if (!t.nature.toString().startsWith("nt") || t.word.length() < 4 || CoreDictionary.get(t.word) != null) {
      return 0;
    }
    for (int at = 2; at <= t.word.length() - 2; at++) {
      CoreDictionary.Attribute verb = CoreDictionary.get(t.word.substring(0, at));
      CoreDictionary.Attribute noun = CoreDictionary.get(t.word.substring(at));
      if (verb != null && verb.nature[0] == Nature.v && noun != null && noun.nature.length == 1
          && noun.nature[0] == Nature.n && !BODY_KIND.matcher(t.word.substring(at)).find()) {
        return at;
      }
    }
    return 0;
  }

  /**
   * Whether {@code t} is a body or a place the recogniser glued the verb 有 to ({@code 总工会有/nt})
   * or made of it and a locative ({@code 下有/nt} in 上有老、下有小): 有 stands alone at its end. A
   * name that holds 有 inside ({@code 大有庄}, {@code 万有集团}) keeps it, as a person's does.
   */
  private static boolean endsWithHave(Term t) {
    String n = t.nature.toString();
    if (!(n.startsWith("nt") || n.startsWith("ns")) || t.word.length() < 2 || !t.word.endsWith("有")) {
      return false;
    }
    List<Term> words = WORDS.seg(t.word);
    return words.size() > 1 && words.get(words.size() - 1).word.equals("有");
  }

  /** A word of one character and a doubled one ({@code 急吼吼}): a state word, never a name. */
  private static final Pattern REDUPLICATED = Pattern.compile("\\p{IsHan}(\\p{IsHan})\\1");

  /** One-character heads of a place's name, which the segmenter leaves as a plain noun ({@code 瀛海/nz 镇/n}). */
  private static final String PLACE_HEADS = "镇乡村区县";

  /**
   * Whether {@code t} and the term before it are one place's name cut in two: a surname the
   * recogniser took from the front of a place ({@code 胡/nr 家堡村/ns}), or a name and the head
   * of its kind ({@code 瀛海/nz 镇/n}). A question cut so names a place no report names.
   */
  private static boolean continuesAPlace(Term before, Term t) {
    String b = before.nature.toString();
    String n = t.nature.toString();
    boolean adjacent = before.offset + before.word.length() == t.offset;
    return adjacent && (b.equals("nr") && before.word.length() == 1 && n.equals("ns") && t.word.length() >= 2
        || (b.equals("nz") || b.equals("ns")) && before.word.length() >= 2 && n.equals("n") && t.word.length() == 1
            && PLACE_HEADS.contains(t.word)
        || headCut(before, t));
  }

  /**
   * A name cut one character after its start, so that the head of its kind comes second ({@code
   * 临/v 空区总工会/nt}): no district or town has a one-character name, so the character before
   * belongs to it, unless it is a function word ({@code 在/p 城区}), or the head comes third too
   * ({@code 是/v 黄村镇/ns}: 黄村 is the name of the 镇).
   */
  private static boolean headCut(Term before, Term t) {
    String n = t.nature.toString();
    return before.word.length() == 1 && Character.UnicodeScript.of(before.word.charAt(0)) == Character.UnicodeScript.HAN
        && !before.nature.toString().matches("[wpcudrmqf].*") && (n.startsWith("nt") || n.startsWith("ns"))
        && t.word.length() >= 3 && PLACE_HEADS.indexOf(t.word.charAt(1)) >= 0 && PLACE_HEADS.indexOf(t.word.charAt(2)) < 0;
  }

  /**
   * Characters of the words a name is cut at (those of {@link #NEVER_IN_A_NAME} and HanLP's
   * particles: 的 底 了 着 过 地 得 所 之 等 云 般 似 连 来 说 讲 言 话 样): a name holding none is not cut
   * again, which spares the hot path a second segmentation of nearly every name.
   */
  private static final String CUT_AT = "那这哪什多给对把被从在向的底了着过地得所之等云般似连来说讲言话样带率是按";
  /**
   * Words no name holds: demonstratives and question words, prepositions that govern a noun,
   * particles ({@code 那}, {@code 给}, {@code 所}, {@code 的}), the verbs of leading others
   * ({@code 常洪霞带领工作室/nt} is a person who leads a studio), and 是 and 按 ({@code 这笔钱是按/nr
   * 什么标准}: a follow-up pointing back at 这笔钱 read as asking after a person; stop 71, read +1
   * answer on every corpus, +2 among the synthetic paper, every other answer of the 252 sets the
   * same). Not 各 or 于, which place names hold ({@code 庞各庄镇}, {@code 于家务乡}).
   */
  private static final Set<String> NEVER_IN_A_NAME =
      Set.of("那", "这", "哪", "那个", "这个", "什么", "多少", "给", "对", "把", "被", "从", "在", "向", "带领", "率领", "是", "按");

  /**
   * {@code t} cut at the first word past its first that no name holds, when it is a name that holds
   * one ({@code 石岳那/nr}, {@code 城建那项目部/nt}, {@code 时所引/nr}): the recogniser glued words to
   * a name, or made one of plain words. The words around it are cut again without organisations.
   * Otherwise nothing: a demonstrative opening a name ({@code 那各镇/nr}) is left to the rules that
   * read where a question points back.
   */
  private static List<Term> pieces(Term t) {
    if (t.word.length() < 3 || !t.nature.toString().matches("n[rstz].*") || t.word.chars().noneMatch(c -> CUT_AT.indexOf(c) >= 0)) {
      return List.of();
    }
    List<Term> words = WORDS.seg(t.word);
    int at = words.get(0).word.length();
    for (int i = 1; i < words.size(); i++) {
      Term w = words.get(i);
      if (NEVER_IN_A_NAME.contains(w.word) || w.nature.toString().startsWith("u")) {
        List<Term> pieces = new ArrayList<>(PLACES.seg(t.word.substring(0, at)));
        pieces.add(w);
        if (at + w.word.length() < t.word.length()) {
          pieces.addAll(PLACES.seg(t.word.substring(at + w.word.length())));
        }
        int offset = t.offset;
        for (Term p : pieces) {
          p.offset = offset;
          offset += p.word.length();
        }
        return pieces;
      }
      at += w.word.length();
    }
    return List.of();
  }

  /** Whether {@code word} is a question word that counts what the word after it names (多少, 几). */
  static boolean asksACount(String word) {
    return word.equals("多少") || word.equals("几");
  }

  /** Measures that count things ({@code 支}, {@code 个}, {@code 名}), as a question word asks them. */
  private static final String MEASURES = "支个名位件家户场项批次条所座辆台只份套";

  /**
   * Whether {@code terms[i]}, after 多少 or 几, is a measure glued to the first character of the noun
   * it counts, the rest of which the next term holds ({@code 多少/r 支队/n 伍/m}: 支 队伍). The
   * dictionary must know the noun so made.
   */
  private static boolean measureGlued(List<Term> before, List<Term> terms, int i) {
    Term t = terms.get(i);
    if (before.isEmpty() || i + 1 >= terms.size() || t.word.length() != 2 || !t.nature.toString().startsWith("n")
        || MEASURES.indexOf(t.word.charAt(0)) < 0) {
      return false;
    }
    String last = before.get(before.size() - 1).word;
    return asksACount(last)
        && CoreDictionary.get(t.word.substring(1) + terms.get(i + 1).word) != null;
  }

  /** More or fewer by how many ({@code 少几个人}), which the recogniser reads as a name ({@code 少几/nr}). */
  private static final Pattern MORE_HOW_MANY = Pattern.compile("[多少差早晚高低长短]几");

  /** Words that join one thing to the next, or compare them, at the end of a place the recogniser misread. */
  private static final String JOINERS = "和跟与同及比";

  /**
   * {@code t}, a person's name that is a place and the word after it joining it to the next
   * ({@code 东城和/nr}, {@code 东城比/nr} → {@code 东城/ns 和/c}, {@code 东城/ns 比/p}), as those two
   * words; else nothing. The dictionary holds the place, and no name is a place with 和 or 比 after
   * it (王保和 is 王/nr 保/v 和/c, no place). The misread name weighed as the question's subject, and
   * the other place's report read as about another body.
   */
  private static List<Term> placeAndJoiner(Term t) {
    if (t.word.length() < 3 || !t.nature.toString().startsWith("nr") || JOINERS.indexOf(t.word.charAt(t.word.length() - 1)) < 0) {
      return List.of();
    }
    List<Term> words = WORDS.seg(t.word);
    if (words.size() != 2 || !words.get(0).nature.toString().startsWith("ns") || words.get(1).word.length() != 1) {
      return List.of();
    }
    words.get(0).offset = t.offset;
    words.get(1).offset = t.offset + words.get(0).word.length();
    return words;
  }

  /** {@code head} in place of the first {@code used} characters of {@code t}, and the rest segmented again. */
  private static void cut(List<Term> out, Term t, Term head, int used) {
    cut(out, t, head, used, NAMED);
  }

  /** As {@link #cut(List, Term, Term, int)}, the rest segmented by {@code segment}. */
  private static void cut(List<Term> out, Term t, Term head, int used, Segment segment) {
    out.add(head);
    for (Term rest : segment.seg(t.word.substring(used))) {
      rest.offset += t.offset + used;
      out.add(rest);
    }
  }

  private static Term term(String word, Nature nature, int offset) {
    Term t = new Term(word, nature);
    t.offset = offset;
    return t;
  }

  /** A time of day by the clock at the start of a word ({@code 7点}, {@code 七点}). */
  private static final java.util.regex.Pattern CLOCK_START =
      java.util.regex.Pattern.compile("(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})[点时]");

  /**
   * The word that a one-character name and the character after it make ({@code 宣/nr 传/v} →
   * {@code 宣传/vn}), or null: the dictionary has it, and no name has one character. The segmenter
   * cuts 宣传 so even with names off.
   */
  private static Term splitWord(List<Term> before, Term t) {
    if (before.isEmpty() || t.word.length() != 1) {
      return null;
    }
    Term last = before.get(before.size() - 1);
    if (last.word.length() != 1 || !last.nature.toString().startsWith("nr")) {
      return null;
    }
    CoreDictionary.Attribute word = CoreDictionary.get(last.word + t.word);
    return word == null ? null : term(last.word + t.word, word.nature[0], last.offset);
  }

  /**
   * Whether {@code terms[i]} is a two-character name whose characters end the one-character word
   * before it and open the one after ({@code 队/n 伍先/nr 后/f}: 队伍 先后), both words the dictionary
   * knows: no name is read across two words so.
   */
  private static boolean straddled(List<Term> before, List<Term> terms, int i) {
    Term t = terms.get(i);
    if (before.isEmpty() || i + 1 >= terms.size() || t.word.length() != 2 || !t.nature.toString().startsWith("nr")) {
      return false;
    }
    Term last = before.get(before.size() - 1);
    Term next = terms.get(i + 1);
    return last.word.length() == 1 && next.word.length() == 1 && !last.nature.toString().startsWith("nr")
        && Character.UnicodeScript.of(last.word.charAt(0)) == Character.UnicodeScript.HAN
        && Character.UnicodeScript.of(next.word.charAt(0)) == Character.UnicodeScript.HAN
        && CoreDictionary.get(last.word + t.word.charAt(0)) != null && CoreDictionary.get(t.word.charAt(1) + next.word) != null;
  }

  /** Locatives that close a noun phrase ({@code 辖区内}, {@code 单位里}, {@code 村外}). */
  private static final String LOCATIVES = "内外里中";

  /**
   * Locatives that close a time ({@code 端午节前}, {@code 春节后}). Stop 71, with {@link
   * ArithmeticQuestion}'s bare district: 端午节前大兴旧宫镇和青云店镇…哪个镇送的件数多 compared, read +1
   * answer on every corpus.
   */
  private static final String TIME_LOCATIVES = "前后";

  /**
   * Whether {@code t} is a name the recogniser made of a locative after a common or verbal noun and the
   * word after it ({@code 辖区/n 内村/ns}, {@code 检测工作/vn 中单/ns 道}), or of 前 or 后 after a time ({@code 端午节/t 前大兴/ns});
   * a place of the dictionary that opens so ({@code 中关村}) stays whole.
   */
  private static boolean opensWithALocative(List<Term> before, Term t) {
    if (before.isEmpty() || t.word.length() < 2 || !t.nature.toString().matches("n[rstz].*")
        || CoreDictionary.get(t.word) != null) {
      return false;
    }
    Nature last = before.get(before.size() - 1).nature;
    char first = t.word.charAt(0);
    return LOCATIVES.indexOf(first) >= 0 && (last == Nature.n || last == Nature.vn) || TIME_LOCATIVES.indexOf(first) >= 0 && last == Nature.t;
  }

  /**
   * Whether {@code t} is a name the recogniser made of the 人 a count asks in and the word after it
   * ({@code 社工多少人组/nt的防疫志愿服务队}): a word of the dictionary (人员, 人数) stays whole. Stop 72:
   * one read false refusal. Not 名 or 位, which the count reads glued ({@code 多少名村/ns 党员} counts
   * 村党员): split, they counted 村, a read answer lost and a read near miss answered.
   */
  private static boolean opensWithTheCountedMeasure(List<Term> before, Term t) {
    if (before.isEmpty() || t.word.length() < 2 || !t.nature.toString().matches("n[rstz].*")
        || CoreDictionary.get(t.word) != null || t.word.charAt(0) != '人') {
      return false;
    }
    String last = before.get(before.size() - 1).word;
    return asksACount(last) || last.equals("好多");
  }

  /** The length of the time of day that opens a name with more after it ({@code 七点就站/nt}), else 0. */
  private static int opensWithAClock(Term t) {
    java.util.regex.Matcher clock = CLOCK_START.matcher(t.word);
    return t.nature.toString().startsWith("n") && clock.lookingAt() && clock.end() < t.word.length() ? clock.end() : 0;
  }

  /**
   * A personal pronoun (group 1) at the start of a word, after a demonstrative ({@code
   * 那他代表市总工会}): the recogniser's body 他代表市总工会 is named by no report, and a follow-up
   * asking what 他 gave each village was refused. Stop 71: read +1 answer on every corpus.
   */
  private static final Pattern PRONOUN_START = Pattern.compile("[那这]?([他她]们?)");

  /** Measures a demonstrative takes ({@code 这回}, {@code 那次}, {@code 这位}). */
  private static final String DEMONSTRATIVE_MEASURES = "回次个位部场家些样项批";
  /** A demonstrative and its measure at the start of a word ({@code 那次急救培训}). */
  private static final java.util.regex.Pattern DEMONSTRATIVE_START =
      java.util.regex.Pattern.compile("[这那][" + DEMONSTRATIVE_MEASURES + "]");

  /** Words for a report or a page, which 里 follows ({@code 那篇里}, {@code 报道里}). */
  private static final Set<String> REPORT_WORDS = Set.of("篇", "文章", "报道", "稿子", "新闻", "版", "版面");

  /** Whether {@code t} is a name the recogniser glued to the 里 of a report word before it. */
  private static boolean insideAReport(List<Term> before, Term t) {
    return !before.isEmpty() && t.word.length() >= 4 && t.word.startsWith("里")
        && t.nature.toString().matches("n[rstz].*") && REPORT_WORDS.contains(before.get(before.size() - 1).word);
  }

  /**
   * Whether {@code t}, opening the text or a clause, is a body or place the recogniser glued a
   * 那 or 这 to ({@code 那大兴区总工会/nt 一共选派了多少名}): what follows the pointer is itself a
   * name the segmenter knows ({@code 大兴区/ns}), which 那曲市 and 这里 are not, and not a union
   * named by its level alone ({@link #LEVEL_ONLY}). Found on
   * holdout-137-061, a follow-up that names its own body and was taken for one about the person
   * before.
   */
  private static boolean opensWithAPointer(List<Term> before, Term t) {
    if (t.word.length() < 4 || "那这".indexOf(t.word.charAt(0)) < 0 || !t.nature.toString().matches("n[st].*")
        || !before.isEmpty() && !before.get(before.size() - 1).nature.toString().startsWith("w")) {
      return false;
    }
    List<Term> rest = NAMED.seg(t.word.substring(1));
    return !rest.isEmpty() && rest.get(0).word.length() >= 2 && rest.get(0).nature.toString().matches("n[rst].*")
        && !LEVEL_ONLY.matcher(rest.get(0).word).lookingAt();
  }

  /**
   * A union named by its level alone ({@code 区总工会}, {@code 园区工会}), at the start of what follows a
   * pointer: {@code 那区总工会/nt} stays one word, whose 那 points back to the district's union named
   * before, as a follow-up's reader reads it. At the start, not whole: the segmenter may run the
   * name on (stop 80: matched whole, two never-read follow-ups were lost).
   */
  static final java.util.regex.Pattern LEVEL_ONLY = java.util.regex.Pattern.compile("(?:[区县镇乡市村]|街道|园区)(?:总工会|工会)");

  /** A report word and 中 or 里 opening a word ({@code 文中点/ns}, {@code 报道里朝阳区/ns}). */
  private static final java.util.regex.Pattern IN_A_REPORT = java.util.regex.Pattern.compile("^(?:文|文章|报道|稿子|新闻|版面)[中里]");

  /** The length of the {@link #IN_A_REPORT} opening of {@code t} when it is a name, else 0. */
  private static int opensInAReport(Term t) {
    java.util.regex.Matcher m = IN_A_REPORT.matcher(t.word);
    return t.nature.toString().matches("n[rstz].*") && m.lookingAt() && m.end() < t.word.length() ? m.end() : 0;
  }

  /** Measures of people a count question word takes ({@code 多少人}, {@code 几名}). */
  private static final String PEOPLE_MEASURES = "人名位";

  /**
   * Whether {@code t} is a name that starts with 钱 after a count or demonstrative of 笔 ({@code
   * 这笔/r 钱用/nr}); not after a noun that ends in 笔 ({@code 主笔钱钟书}).
   */
  private static boolean moneyAfterItsMeasure(List<Term> before, Term t) {
    return !before.isEmpty() && MONEY_MEASURE.matcher(before.get(before.size() - 1).word).matches() && t.word.length() >= 2
        && t.word.charAt(0) == '钱' && t.nature.toString().startsWith("nr");
  }

  /** The measure of a sum of money after a count or a demonstrative ({@code 这笔}, {@code 一笔}). */
  private static final Pattern MONEY_MEASURE = Pattern.compile("(?:[这那一每两几该此]|\\d+)笔");

  /** Whether {@code t} is a name that starts with the measure of the count question word before it, or with 钱. */
  private static boolean afterCount(List<Term> before, Term t) {
    // 多少/r 钱去/nr: the money asked and the verb after it, however short
    boolean money = t.word.length() >= 2 && t.word.charAt(0) == '钱';
    if (before.isEmpty() || t.word.length() < 3 && !money || !t.nature.toString().matches("n[rstz].*")) {
      return false;
    }
    String last = before.get(before.size() - 1).word;
    return asksACount(last) && (money || PEOPLE_MEASURES.indexOf(t.word.charAt(0)) >= 0);
  }

  /** Whether {@code t} is a name the recogniser made of 一, a measure and a noun after 哪 ({@code 哪/r 一个村/ns}). */
  private static boolean oneAfterWhich(List<Term> before, Term t) {
    return !before.isEmpty() && before.get(before.size() - 1).word.equals("哪") && t.word.length() > 2
        && t.word.charAt(0) == '一' && DEMONSTRATIVE_MEASURES.indexOf(t.word.charAt(1)) >= 0
        && t.nature.toString().matches("n[rstz].*");
  }

  private static boolean afterDemonstrative(List<Term> before, Term t) {
    if (before.isEmpty() || t.word.length() < 2 || !t.nature.toString().matches("n[rstz].*|gi|mq")) {
      return false;
    }
    String last = before.get(before.size() - 1).word;
    return (last.equals("这") || last.equals("那")) && DEMONSTRATIVE_MEASURES.indexOf(t.word.charAt(0)) >= 0;
  }

  /**
   * Characters a two-character name (a surname and a one-character given name) never ends with:
   * function words and verbs, which the name recogniser glues to a surname-like character before them ({@code 令而/nr} in 闻令而动,
   * {@code 战之/nr} in 战之能胜, {@code 封控/nr}, {@code 钱买/nr} in 谁出钱买的, {@code 钱跟/nr} in
   * 拨的钱跟…凑的钱加起来, {@code 宣讲/nr}), measures of people, glued to the 余 of a count
   * ({@code 5000余名/nr}), and words of place ({@code 向前/nr} in 工作向前一步: a read near miss
   * more refused in stop 42, every other answer of the 98 sets the same); and 长, which after a
   * surname-like character makes a word far more often than a name ({@code 时长/nr} in 宣传片，时长是多少,
   * 周长, 车长, 班长); and 干, 做 ({@code 都干/nr} in 他们去了都干啥, a follow-up read as naming someone new).
   */
  private static final String NEVER_GIVEN = "而之的了着过是有和与及或跟加被把让给向对从往买卖控讲说搞拿名位前后内外里长干做";

  /**
   * Verbs of going, sending and using that a spoken follow-up opens with after 都 or 钱 ({@code
   * 都去/nr} in 都去了哪些地方, {@code 都送/nr} in 都送的啥东西, {@code 钱用/nr} in 钱用在哪了): no given
   * name after those, or after a character that is no common surname; a name after one is (范用).
   * Stop 63: three read and three never-read follow-ups answered on the pages, none lost.
   */
  private static final String GIVEN_AFTER_A_SURNAME_ONLY = "去送用";

  /**
   * The hundred commonest Chinese surnames. Several are also words (张 a measure, 向 a
   * preposition, 高 an adjective), so the recogniser tags them apart from the given name after
   * them: {@code 女职工张/q 磊/nr}.
   */
  public static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

  /** Whether {@code t} is a person's name as the recogniser reads it, less its commonest misreadings. */
  public static boolean personName(Term t) {
    String w = t.word;
    return t.nature.toString().startsWith("nr") && w.length() >= 2
        && !(w.length() == 2 && (NEVER_GIVEN.indexOf(w.charAt(1)) >= 0
            || GIVEN_AFTER_A_SURNAME_ONLY.indexOf(w.charAt(1)) >= 0
                && (w.charAt(0) == '钱' || COMMON_SURNAMES.indexOf(w.charAt(0)) < 0)));
  }

  /** Words of {@code text} with places recognised but organisations not; never null. */
  public static List<Term> tagPlaces(String text) {
    return PLACES.seg(text);
  }
}
