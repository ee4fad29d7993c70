package org.baoku.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;
import org.baoku.index.ChineseText;

/**
 * The names a sentence gives that the question does not, as the tagger finds them: persons ({@link
 * #names}), not a byline's reporter, and places and bodies of the kind asked ({@link #places}),
 * where each stands in the sentence. They answer {@code 谁}, {@code 哪里} and {@code 哪个单位}; a
 * name the question gives itself answers nothing.
 */
final class Names {

  /** A name in Latin letters ({@code Curtis Stevens}, {@code Sony}): a person or body a 谁 may ask for. */
  private static final Pattern LATIN_NAME = Pattern.compile("(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])");

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
  /**
   * A department's own name ({@code 权益部}, {@code 组宣部}, {@code 项目部}, {@code 宣传科}, {@code
   * 办公室}), which the tagger reads as a common noun: it answers {@code 哪个部门} as a body's name
   * does. Three characters at least, so that {@code 内部} is none, and no {@code 机关干部}; not 处,
   * whose words are mostly places ({@code 入口处}).
   * Stop 43: one read false refusal answered, every other answer of the 104 sets the same.
   */
  private static final Pattern DEPARTMENT = Pattern.compile("\\p{IsHan}{2,5}(?<!干)[部科]|办公室");
  private static final Set<String> NO_DEPARTMENT = Set.of("俱乐部", "各部门", "全部门");
  static final Pattern NO_BREAK = Pattern.compile("[^，。；、：,;:（）()“”\\s]*");
  /** Words before a reporter's name in a byline: that name never answers {@code 谁说的}. */
  private static final Set<String> CREDITS = Set.of("记者", "通讯员", "摄影", "编辑", "实习生", "文", "图");
  static final List<String> SUFFIXES = List.of(
      "总工会", "工会", "分公司", "公司", "集团", "街道", "社区", "工委", "区", "市", "县", "镇", "乡", "村");

  private Names() {}

  /** The word before term {@code i}, past blanks ({@code 记者 闫长禄}); empty at the start. */
  private static String wordBefore(List<Term> terms, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!terms.get(j).word.isBlank()) {
        return terms.get(j).word;
      }
    }
    return "";
  }

  /**
   * A measure of time or length after a figure ({@code 时长2分钟}): a word the recogniser reads as a
   * name before it is the thing measured; not {@code 年}, which dates what a person did
   * ({@code 张磊2020年起担任工会主席}).
   */
  private static final Pattern LENGTH_MEASURE = Pattern.compile("分钟|小时|秒钟?|公里|米|厘米");

  /**
   * The start of a word that makes the word before it a place's or a body's name ({@code 平粮/nr
   * 社区联合工会}, {@code 兴安/nr 健康公寓}): no person is followed at once by 社区 or 街道.
   */
  private static final Pattern PLACE_AFTER_NAME = Pattern.compile("社区|街道|小区|村委|镇政府|公寓|花园|大街|胡同");

  /**
   * People counted and asked by name in one clause ({@code 那2名处级领导叫什么名字}, {@code 两位理发师傅分别叫啥}):
   * group 1 is what they are, a person only when it ends like one ({@code 30个保温水壶是谁买的} asks one
   * buyer).
   */
  private static final Pattern SEVERAL_ASKED = Pattern.compile(
      "(?:\\d+|[两二三四五六七八九十])[名位个]([^，,。？?的位名个]{1,8}?)(?:都|分别|各|又)?(?:叫什么|叫啥|是谁|是哪几位|是哪些人)");

  /**
   * Whether a sentence names a person the question does not, whatever the role it gives them;
   * two or more when the question asks the names of several ({@code 那2名处级领导叫什么名字}: one
   * cadre named elsewhere in the report is not them); or a body that held it, when the question asks
   * who held an event ({@link #names}).
   */
  static boolean namesSomeone(Question q, String raw) {
    String sentence = ChineseText.normalise(raw);
    if (LATIN_NAME.matcher(sentence).find()) {
      return true;
    }
    List<Phrase> named = names(q, sentence);
    return severalAsked(q)
        ? named.stream().map(p -> sentence.substring(p.start(), p.end())).distinct().count() >= 2
        : !named.isEmpty();
  }

  /**
   * Who held an event or gave something, asked with 谁 ({@code 沟通会是谁举办的}, {@code 义务理发活动是谁组织的},
   * {@code 主办方是谁}, {@code 数据组150个人谁给送的慰问物资}): a body answers as well as a person ({@code
   * 北辰集团工会、女工委}, {@code 长子营镇总工会}).
   */
  private static final Pattern ORGANISER_ASKED = Pattern.compile(
      "谁[^，,。？?]{0,2}?(?:举办|主办|承办|组织|发起|牵头|策划|倡议)|谁搞的|(?:主办|承办|组织|发起|牵头)(?:方|单位|者)?(?:是|为)谁"
          + "|谁(?:给[^，,。？?]{0,8}?)?(?:送|捐|赠|拨|发放)");
  /** The verbs a body holds an event with, after its name in the sentence that reports it. */
  private static final Pattern ORGANISING = Pattern.compile("举办|主办|承办|组织|发起|牵头|策划|倡议|开展|组建");
  /**
   * The verbs a body holds an event or gives with, after its name opening a clause: that body is
   * the clause's subject, where a body named anywhere may be the one given to ({@code 捐赠给了…工委}).
   */
  private static final Pattern ORGANISING_OR_GIVING = Pattern.compile(ORGANISING.pattern() + "|送上|送去|送来|捐赠|赠送|拨付|发放");
  /**
   * A union, company or group opening a clause ({@code 为助力大数据排查工作，长子营镇总工会对…送上}),
   * read from the characters: the tagger cuts a town's union in two ({@code 长子营镇/ns 总工会/n}).
   */
  private static final Pattern CLAUSE_BODY =
      Pattern.compile("(?:^|[，,。；;])\\s*(" + OtherBodies.NAME_CHARS + "{2,10}?(?:总工会|工会|公司|集团))");
  /** Fewest characters of a body opening a clause: 总工会 or 区工会 alone is any union, 区总工会 the report's own. */
  private static final int MIN_CLAUSE_BODY = 4;

  /**
   * The bodies an already normalised sentence names as holding or giving something ({@code 平粮社区联合工会/nt
   * 在辖区举办职工沟通会}), for a question of who held or gave it: a body's name the tagger finds, of
   * three characters or more (工会 alone is any union), or one opening a clause, that the question
   * does not give, with a verb of holding or giving after it.
   */
  private static List<Phrase> organisers(Question q, List<Term> terms, int[] at, String sentence) {
    List<Phrase> out = new ArrayList<>();
    String question = ChineseText.normalise(q.text());
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (at[i] >= 0 && t.nature.toString().startsWith("nt") && t.word.length() >= 3 && !question.contains(t.word)
          && ORGANISING.matcher(sentence).region(at[i] + t.word.length(), sentence.length()).find()) {
        out.add(new Phrase(at[i], at[i] + t.word.length()));
      }
    }
    Matcher body = CLAUSE_BODY.matcher(sentence);
    while (body.find()) {
      int start = body.start(1);
      int end = body.end(1);
      if (end - start >= MIN_CLAUSE_BODY && !question.contains(body.group(1)) && out.stream().noneMatch(p -> p.start() < end && start < p.end())
          && ORGANISING_OR_GIVING.matcher(sentence).region(end, sentence.length()).find()) {
        out.add(new Phrase(start, end));
      }
    }
    return out;
  }

  private static boolean severalAsked(Question q) {
    Matcher m = SEVERAL_ASKED.matcher(ChineseText.normalise(q.text()));
    return m.find() && AskedNouns.PERSON_HEAD.matcher(m.group(1)).matches();
  }

  /**
   * A speaker's label before remarks, a department then a name ({@code 组宣部马莲：}, {@code
   * 职工服务中心陈晶晶：}): group 1 the name, two or three characters after the department's last.
   */
  private static final Pattern SPEAKER_LABEL = Pattern.compile(
      "^\\s*\\p{IsHan}{0,8}?(?:部|办|室|科|处|中心|组|队|站|所)(\\p{IsHan}{2,3})[：:]");

  /**
   * Whether term {@code i} stands between two items of a 、 list that are no names ({@code 全程/n
   * 、全时/nr、全力/d}): a list's items are of one kind. Between two only, since a list of two people
   * may have one of them read as a word ({@code 马莲/n、张磊/nr}).
   */
  private static boolean amongWords(List<Term> terms, int i) {
    return i >= 2 && i + 2 < terms.size() && terms.get(i - 1).word.equals("、") && terms.get(i + 1).word.equals("、")
        && !terms.get(i - 2).nature.toString().startsWith("nr") && !terms.get(i + 2).nature.toString().startsWith("nr");
  }

  /**
   * The persons an already normalised sentence names and {@code q} does not, in reading order: not
   * a byline's reporter, nor a word the tagger takes for a name; and the bodies that held an event or
   * gave something, when the question asks who did ({@link #organisers}).
   */
  static List<Phrase> names(Question q, String sentence) {
    List<Term> terms = Tagger.tag(sentence);
    int[] at = offsets(terms, sentence);
    List<Phrase> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (!t.nature.toString().startsWith("nr") || t.word.length() == 2 && !Tagger.personName(t)
          || CREDITS.contains(wordBefore(terms, i))
          || i + 1 < terms.size() && (terms.get(i + 1).nature.toString().equals("k")
              || terms.get(i + 1).word.equals("精神")
              || t.word.length() == 2 && i + 2 < terms.size() && Character.isDigit(terms.get(i + 1).word.charAt(0))
                  && LENGTH_MEASURE.matcher(terms.get(i + 2).word).matches())
          || i + 1 < terms.size() && at[i + 1] == at[i] + t.word.length()
              && PLACE_AFTER_NAME.matcher(terms.get(i + 1).word).lookingAt()
          || amongWords(terms, i)) {
        // a byline's reporter, a word part the tagger took for a name (参训/nr 者/k), a spirit
        // named after someone (雷锋精神), a word before a figure (时长/nr 2/m 分钟), or a place's
        // name (平粮/nr 社区联合工会/nt), or a word listed among words (全程、全时/nr、全力), not a
        // person in the report
        continue;
      }
      String name = t.word;
      int start = at[i];
      String before = i > 0 ? terms.get(i - 1).word : "";
      if (name.length() == 1 && before.length() == 1 && at[i - 1] == at[i] - 1
          && !terms.get(i - 1).nature.toString().startsWith("nr") && Tagger.COMMON_SURNAMES.indexOf(before.charAt(0)) >= 0) {
        // a surname the tagger read as a word of its own: 张/q 磊/nr
        name = before + name;
        start = at[i - 1];
      } else if (name.length() == 1 && i + 1 < terms.size()) {
        // HanLP sometimes splits a surname from its given name: 彭/nr 春辉/nz
        Term given = terms.get(i + 1);
        if (given.word.length() <= 2 && given.nature.toString().matches("nr|nz|ng")
            && at[i + 1] == at[i] + 1) {
          name += given.word;
        }
      }
      if (name.length() >= 2 && !q.text().contains(name) && at[i] >= 0) {
        out.add(new Phrase(start, start + name.length()));
      }
    }
    Matcher label = SPEAKER_LABEL.matcher(sentence);
    if (label.find() && Tagger.COMMON_SURNAMES.indexOf(label.group(1).charAt(0)) >= 0
        && !q.text().contains(label.group(1)) && out.stream().noneMatch(p -> p.start() < label.end(1))) {
      // 组宣部马莲：, 党办王子维：: a speaker's label opening a paragraph of remarks, whose given
      // name the tagger reads as a word (马莲, a plant)
      out.add(0, new Phrase(label.start(1), label.end(1)));
    }
    if (ORGANISER_ASKED.matcher(q.text()).find()) {
      out.addAll(organisers(q, terms, at, sentence));
      out.sort(Comparator.comparingInt(Phrase::start));
    }
    return out;
  }

  /**
   * A named place or body not already in the question: for {@code 哪个社区} one containing or
   * followed by {@code 社区} ({@code 丰台区华苇景苑社区}, {@code 枣园 尚城 社区}); for {@code 哪里} any.
   * Common nouns ({@code 小区}) do not count, so a near miss is not taken for the answer.
   *
   * <p>The phrase runs from the name to the end of the asked kind ({@code 陶然亭 街道 工委}); for
   * {@code 哪里} it is the name with the names and generic parts right after it
   * ({@code 顺义区 交通局工会}), since the tagger cuts one body's name into several.
   */
  static List<Phrase> places(Question q, String sentence) {
    List<Term> terms = Tagger.tag(sentence);
    int[] at = offsets(terms, sentence);
    boolean anyName = q.heads().isEmpty() || q.heads().stream().anyMatch(CATEGORIES::contains);
    boolean department = q.heads().contains("部门");
    List<Phrase> out = new ArrayList<>();
    int covered = 0;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      int start = at[i];
      boolean named = department && isDepartment(t);
      // inside the last phrase, or (start -1) a word the tagger did not take from the sentence
      if (start < covered || !isProper(t) && !named || q.text().contains(t.word)) {
        continue;
      }
      int offset = start + t.word.length();
      if (anyName) {
        if (isPlaceOrBody(t) || named) {
          int end = offset;
          for (int j = i + 1; j < terms.size() && at[j] == end
              && (isPlaceOrBody(terms.get(j)) || SUFFIXES.contains(terms.get(j).word)); j++) {
            end += terms.get(j).word.length();
          }
          out.add(new Phrase(start, end));
          covered = end;
        }
        continue;
      }
      String rest = sentence.substring(start, Math.min(sentence.length(), offset + HEAD_WINDOW));
      for (String head : q.heads()) {
        int h = rest.indexOf(head);
        if (h >= 0 && NO_BREAK.matcher(rest.substring(0, h)).matches()) {
          out.add(new Phrase(start, start + h + head.length()));
          covered = start + h + head.length();
          break;
        }
      }
    }
    return out;
  }

  private static boolean isDepartment(Term t) {
    return t.nature.toString().matches("n|nz|nt.*") && DEPARTMENT.matcher(t.word).matches()
        && !NO_DEPARTMENT.contains(t.word);
  }

  private static boolean isPlaceOrBody(Term t) {
    String n = t.nature.toString();
    return n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nis");
  }

  /**
   * Where each term starts in {@code sentence}, or -1 for one not found there. The tagger's words
   * are the sentence cut in pieces, but are found rather than counted in case it ever drops one.
   */
  private static int[] offsets(List<Term> terms, String sentence) {
    int[] at = new int[terms.size()];
    int from = 0;
    for (int i = 0; i < terms.size(); i++) {
      int found = sentence.indexOf(terms.get(i).word, from);
      at[i] = found;
      if (found >= 0) {
        from = found + terms.get(i).word.length();
      }
    }
    return at;
  }

  private static boolean isProper(Term t) {
    String n = t.nature.toString();
    return n.equals("j") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nz") || n.startsWith("nis")
        || n.startsWith("nr");
  }

}
