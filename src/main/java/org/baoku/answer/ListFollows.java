package org.baoku.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.Hit;

/**
 * The items of a list that a report announces in one sentence and gives in the next ones. A
 * question asking for a list ({@code 具体指哪四项}, {@code 分享了哪几本书}, {@code 有哪些人}) is
 * best matched by the sentence that announces it ({@code 创新推出了“四个一”措施…严把“四道关”};
 * {@code 让我们一起听听党员干部们的心声：}; {@code 分享自己喜爱的红色书籍。}), because that sentence
 * repeats the question's words, while the items that answer it follow: one paragraph each
 * ({@code 编制一个小程序，把好“入口关”。}, {@code 权益部韩锋光：…}), or the next sentence of the same
 * paragraph ({@code 谱写百年大党追梦历程的《大国追梦》、…}). The evidence model reads sentences one by
 * one and cannot see that.
 *
 * <p>So when one of the sentences chosen for a list question, or of the {@value CandidatePick#CHECKED}
 * most probable or first ranked, announces a list, the answer is that sentence and its items:
 * <ul>
 *   <li>when none of the chosen sentences lists anything ({@link Specifics#enumerates}): the
 *       next sentence of its paragraph, when that one lists things; after the most probable
 *       sentence, two things are enough ({@code 一个2升保温水壶、一个医用口罩}), and the next
 *       sentence joins the chosen ones;
 *   <li>when the sentence ends with a colon or names the count the question asks ({@code 哪四项}
 *       and {@code “四个一”}): the first sentence of each following paragraph, as many as the count
 *       says (at most {@value #MAX_ITEMS}), stopping at a heading (a line with no closing
 *       punctuation) or the article's end; unless another chosen sentence lists things ({@code
 *       劳模精神、劳动精神和工匠精神}). The announcing sentence's own enumeration does not stop
 *       this: {@code 实现外来人口精细排查、重点群体科学管控} has two commas of enumeration and none
 *       of the four measures.
 * </ul>
 *
 * <p>Measured on the thirteen read seed-format sets ({@code baoku eval --qa}): containment rose on
 * holdout-2, -3, -7, -8, -10 and -11 (holdout-11 0.875 → 0.922) and fell on none.
 */
final class ListFollows {

  /**
   * Paragraphs taken when no count is named: the five speakers of the longest such list in the
   * pages; not tuned, it keeps an answer short when a colon opens a long passage.
   */
  static final int MAX_ITEMS = 5;
  private static final String NUMERALS = "一二两三四五六七八九十";
  /** A count in the question or the announcing sentence: {@code 哪四项}, {@code 四个一}, {@code 四道关}. */
  /** People asked as a list ({@code 哪几位}, {@code 都有谁}, {@code 都谁}): answered by names. */
  private static final Pattern PEOPLE_LISTED = Pattern.compile("哪几位|哪些人|哪几个人|哪几名|有谁|(?:都|各)是?(?:谁|何人)");
  private static final Pattern COUNT = Pattern.compile("([" + NUMERALS + "])(?:个|项|条|道|种|大|点|本|位|件|方面)");
  /**
   * A question for several people, which asks a list though it reads as {@code 谁}: {@code 都有谁},
   * {@code 都是谁}, the spoken {@code 那几个…都谁} and the formal {@code 各系何人}.
   */
  private static final Pattern PEOPLE = Pattern.compile("哪些人|哪几位|哪几个人|哪几名|有谁|(?:都|各|分别)是?(?:谁|何人)");
  /** Three things, the last joined by a conjunction: {@code 劳模精神、劳动精神和工匠精神}. */
  private static final Pattern LAST_JOINED = Pattern.compile("、[^，。；、]{1,12}(?:和|及|与|以及)[^，。；、]{1,12}");
  /** How a paragraph's first sentence ends, closing quotes aside: a heading has none of these. */
  private static final Pattern CLOSED = Pattern.compile("[。！？!?；;：:…][”’）)】」』]*$");

  private ListFollows() {}

  /**
   * Whether {@code sentence} opens a list with a colon and names, in a word of two characters or
   * more, something the question asks of that no other of its words is ({@code 心声} in {@code
   * 让我们一起听听党员干部们的心声：}): a key term of the question that is none of its named
   * bodies, places or people.
   */
  static boolean opensWithAColon(Question q, String sentence) {
    String s = sentence.strip();
    if (!s.endsWith("：") && !s.endsWith(":")) {
      return false;
    }
    String folded = ChineseText.folded(s);
    return q.keys().stream().map(Question.Key::word)
        .filter(w -> w.length() >= 2 && !q.entities().contains(w))
        .anyMatch(w -> folded.contains(ChineseText.folded(w)));
  }

  /** Two things asked one by one ({@code 两位理发师傅分别来自哪两个单位}). */
  private static final Pattern TWO_ASKED = Pattern.compile("哪两|两[个位名家支所].{0,12}?分别|分别.{0,6}?哪两");
  /** Two things given one by one, joined by 和 ({@code 分别来自北辰五洲会议中心和北辰洲际酒店安保部}). */
  private static final Pattern TWO_GIVEN =
      Pattern.compile("分别(?:来自|是|为|在|到|去|从|由|叫)[^，。；、]{2,30}?(?:和|与|及)[^，。；、]{2,}");

  /**
   * Whether {@code sentence} gives the two things {@code q} asks one by one: such a sentence is
   * the list, and the paragraphs after a sentence that counts them ({@code 为16家单位的270多名职工})
   * list nothing asked. Stop 75: read +2 answers on the pages and the dated pages, +1 on the
   * synthetic paper; never read the same.
   */
  private static boolean namesTheTwo(Question q, String sentence) {
    return TWO_ASKED.matcher(q.text()).find() && TWO_GIVEN.matcher(ChineseText.normalise(sentence)).find();
  }

  /** Whether {@code q} asks for a list of things or of people. */
  static boolean asksList(Question q) {
    return q.asks() == Question.Asked.LIST || q.asks() == Question.Asked.PERSON && PEOPLE.matcher(q.text()).find();
  }

  /**
   * The answer with the items of a list announced by one of {@code announcers} (tried in the order
   * given), or empty when none announces a list whose items the article gives: {@code chosen} with
   * the next sentence after the chosen one that announces, or the announcing sentence and the
   * paragraphs it announces.
   */
  static Optional<List<Scored>> items(Question q, List<Scored> announcers,
      List<Scored> chosen, ArticlePassages articles, List<Hit> hits) {
    boolean listed = chosen.stream()
        .anyMatch(s -> Specifics.enumerates(q, s.span().text()) || namesTheTwo(q, s.span().text()));
    Map<String, ArticleText> read = new HashMap<>();
    for (Scored a : announcers) {
      String article = a.passage().page() + '#' + a.passage().article();
      List<ArticleText.Located> after = read.computeIfAbsent(article, k -> ArticleText.of(a, articles, hits)).after(a);
      if (after.isEmpty()) {
        continue;
      }
      ArticleText.Located next = after.get(0);
      if (!listed && !next.paragraphStart() && chosen.stream().noneMatch(c -> c.passage().id().equals(
          next.passage().id()) && c.span().start() == next.span().start())) {
        String text = next.span().text();
        if (!chosen.isEmpty() && a.equals(chosen.get(0))
            && (Specifics.enumerates(q, text) || text.contains("、"))) {
          List<Scored> out = new ArrayList<>(chosen);
          out.add(out.indexOf(a) + 1, next.scored(a.hit()));
          return Optional.of(out);
        }
        if (Specifics.enumerates(q, text)) {
          return Optional.of(List.of(a, next.scored(a.hit())));
        }
      }
      // another chosen sentence that lists things answers already (劳模精神、劳动精神和工匠精神);
      // of a count asked, one that lists as many or names the count (测温、扫码、查证、查验…“四件套”),
      // not any list (4000个口罩、1000只PVC手套、10000片酒精棉片 beside 严把“四道关” for 哪四道关)
      int count = count(ChineseText.normalise(q.text()));
      // of people asked (哪几位), a list that names no one (全程、全时、全力) answers nothing
      boolean people = PEOPLE_LISTED.matcher(q.text()).find();
      boolean listedElsewhere = chosen.stream().anyMatch(c -> !c.equals(a) && lists(c.span().text())
          && (count == 0 || namesTheCount(q, c) || itemsListed(c.span().text()) == count)
          && (!people || Names.namesSomeone(q, c.span().text())));
      List<Scored> paragraphs = listedElsewhere ? List.of() : paragraphs(q, a, after);
      if (!paragraphs.isEmpty()) {
        List<Scored> out = new ArrayList<>();
        out.add(a);
        out.addAll(paragraphs);
        return Optional.of(out);
      }
      Optional<List<Scored>> announcedNext = listedElsewhere ? Optional.empty() : announcedNext(q, a, after);
      if (announcedNext.isPresent()) {
        return announcedNext;
      }
    }
    return Optional.empty();
  }

  /**
   * The list announced by a sentence of {@code a}'s paragraph right after it, within {@value
   * #ANNOUNCED_WITHIN} sentences, ending with a colon ({@code 和施剑一样，…党员干部…。下沉镇街感受如何？
   * 让我们一起听听党员干部们的心声：}): that sentence and its items; or empty.
   */
  private static Optional<List<Scored>> announcedNext(Question q, Scored a,
      List<ArticleText.Located> after) {
    for (int k = 0; k < Math.min(ANNOUNCED_WITHIN, after.size()) && !after.get(k).paragraphStart(); k++) {
      Scored announcer = after.get(k).scored(a.hit());
      String said = ChineseText.normalise(announcer.span().text()).strip();
      if (said.endsWith("：") || said.endsWith(":")) {
        List<Scored> items = paragraphs(q, announcer, after.subList(k + 1, after.size()));
        if (!items.isEmpty()) {
          List<Scored> out = new ArrayList<>();
          out.add(announcer);
          out.addAll(items);
          return Optional.of(out);
        }
      }
    }
    return Optional.empty();
  }

  /** Sentences after a chosen one searched for a colon that announces a list: a question may come between. */
  private static final int ANNOUNCED_WITHIN = 2;

  /** Whether a sentence lists things: {@link Specifics#enumerates}, or {@code A、B和C}. */
  private static boolean lists(String sentence) {
    return Specifics.enumerates(sentence) || LAST_JOINED.matcher(sentence).find();
  }

  /**
   * The first sentences of the paragraphs after {@code a}, when {@code a} ends with a colon or
   * names the count the question asks; empty when fewer than two.
   */
  private static List<Scored> paragraphs(Question q, Scored a, List<ArticleText.Located> after) {
    String said = ChineseText.normalise(a.span().text()).strip();
    boolean colon = said.endsWith("：") || said.endsWith(":");
    boolean counted = namesTheCount(q, a);
    if (!colon && !counted) {
      return List.of();
    }
    int wanted = counted ? Math.min(count(ChineseText.normalise(q.text())), MAX_ITEMS) : MAX_ITEMS;
    List<Scored> out = new ArrayList<>();
    for (ArticleText.Located l : after) {
      if (!l.paragraphStart()) {
        continue;
      }
      if (!CLOSED.matcher(l.span().text().strip()).find() || out.size() == wanted) {
        break;
      }
      out.add(l.scored(a.hit()));
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * How many things a sentence lists in one clause: those its 、 part, and one more joined by 和,
   * 及 or 与 after the last ({@code 劳模精神、劳动精神和工匠精神}: 3); 1 when none is listed.
   */
  static int itemsListed(String sentence) {
    int most = 1;
    for (String clause : ChineseText.normalise(sentence).split("[，,。；;：:]")) {
      int commas = (int) clause.chars().filter(ch -> ch == '、').count();
      if (commas > 0) {
        String last = clause.substring(clause.lastIndexOf('、') + 1);
        most = Math.max(most, commas + 1 + (last.matches(".+(?:和|及|与|以及).+") ? 1 : 0));
      }
    }
    return most;
  }

  /** Whether {@code a} names the count {@code q} asks ({@code 严把“四道关”} for {@code 哪四道关}). */
  private static boolean namesTheCount(Question q, Scored a) {
    int count = count(ChineseText.normalise(q.text()));
    return count > 0 && COUNT.matcher(ChineseText.normalise(a.span().text())).results().anyMatch(m -> value(m.group(1)) == count);
  }

  /** The count a question asks ({@code 哪四项} → 4), or 0. */
  private static int count(String question) {
    Matcher m = COUNT.matcher(question);
    return m.find() ? value(m.group(1)) : 0;
  }

  private static int value(String numeral) {
    int i = NUMERALS.indexOf(numeral);
    return i <= 0 ? 1 : i <= 1 ? 2 : i; // 一 1, 两 2, 二 2, 三 3 … 十 10
  }
}
