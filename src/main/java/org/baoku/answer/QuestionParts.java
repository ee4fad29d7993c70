package org.baoku.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.retrieve.Hit;

/**
 * A message that asks two questions at once ({@code 自己拍防疫宣传片的是哪一位劳模？客六分公司第九车队又有几位党员职工坚守岗位？}):
 * read whole, its keys pull the evidence two ways and no sentence answers it, so each question is
 * answered on its own and the replies are joined, their citations numbered on. Each part is read
 * alone, then, when that finds nothing, with the rest of the message as what the reader tells
 * ({@link Preamble}): the other questions and the background give it its subject ({@code 各多少人？}
 * after {@code 老干部局的支援队和平谷区…一样多吗？}).
 */
final class QuestionParts {

  /** Most questions one message is parted into; more is a list to read whole. */
  private static final int MAX_PARTS = 3;
  /** Shortest question read as a part of its own, without its mark ({@code 各多少人}). */
  private static final int MIN_CHARS = 4;
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
  /**
   * A question asking yes or no by its last words ({@code 报上登了他们的姓名没有？}), which the asked
   * kind may read otherwise: the question after it asks after what it asks exists.
   */
  private static final Pattern YES_OR_NO = Pattern.compile("(?:没有|了没|没|吗|么|对不对|是不是)[？?]$");

  /**
   * Where one sentence asks a second question with no question mark between, as speech and quick
   * typing join them ({@code 专款是多少钱还有第一批去报到的干部有多少个}, {@code 东城选派下社区多少干部
   * 顺义派去双丰街道多少人}): a comma or a word that adds one more ({@code 还有}, {@code 另外}) after a
   * question word that ends what the first asks, or a space after a question; the rest must ask too.
   */
  private static final Pattern JOINED = Pattern.compile(
      "(?:多少(?:钱|[名个位人件元次天家辆户批项场条所])?|几(?:[名个位人件次天家辆户批项场条所])|哪(?:里|儿|个|些|家|位|天)|什么|啥|谁)"
          + "(?:呢|啊|呀)?(?:\\s*[，,；;]\\s*|\\s*(?:还有|另外|再就是)\\s*)|\\s+");
  /** The joint itself, cut from the end of the question before it. */
  private static final Pattern JOINT = Pattern.compile("(?:\\s*[，,；;]\\s*|\\s*(?:还有|另外|再就是)\\s*|\\s+)$");
  /** A word that asks, which the rest of the sentence must hold to be a question of its own. */
  private static final Pattern ASKING = Pattern.compile("多少|几|哪|什么|啥|谁|怎么|为什么|何");
  /**
   * A question word in the last words before a space ({@code 东城选派下社区多少干部}): a space joins two
   * questions only where the first asks as it ends, not where a spoken message pauses. Up to three
   * characters after the word (a measure and a noun): with four, stop 54's run of the 169 sets
   * answered a never-read near miss among the synthetic paper and gained one read answer there.
   */
  private static final Pattern ENDS_ASKING = Pattern.compile("(?:" + ASKING.pattern() + ")\\p{IsHan}{0,3}$");
  /** A request to answer each, closing a spoken message ({@code 分别说说}): no question of its own. */
  private static final Pattern EACH_TOLD = Pattern.compile("[，,]?\\s*(?:分别|各自)?(?:说说|讲讲|说一下|讲一下|说下|讲下|介绍一下)[？?]?$");

  private QuestionParts() {}

  /**
   * One question of a message.
   *
   * @param alone the question by itself
   * @param withTheRest the question with the rest of the message told before it, which gives a
   *     question naming nothing ({@code 各多少人？}) its subject
   */
  record Part(String alone, String withTheRest) {
    /** Whether the question asks yes or no, by its kind or by its last words ({@code …没有？}). */
    boolean asksYesOrNo() {
      return Question.read(alone).asks() == Question.Asked.YES_NO || YES_OR_NO.matcher(alone).find();
    }
  }

  /**
   * The questions of {@code raw} (its sentences ending with a question mark), each as a message of
   * its own with the rest told before it; none when it asks one question, or more than {@value
   * #MAX_PARTS}. Read as {@link QuestionReader#clean} leaves it: {@code ？} is {@code ?}.
   */
  static List<Part> of(String raw) {
    Preamble.Split split = Preamble.split(QuestionReader.clean(raw));
    List<String> sentences = Preamble.sentences(split.asked()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<String> asked = sentences.stream().filter(QuestionParts::asks).toList();
    if (asked.isEmpty() && !sentences.isEmpty()) {
      // spoken, with no mark at all: the last sentence asks
      asked = List.of(sentences.get(sentences.size() - 1));
    }
    if (asked.size() == 1) {
      List<String> joined = joined(asked.get(0));
      if (joined.size() > 1) {
        sentences = new ArrayList<>(sentences);
        sentences.addAll(sentences.indexOf(asked.get(0)), joined);
        sentences.remove(asked.get(0));
        asked = joined;
      }
    }
    if (asked.size() < 2 || asked.size() > MAX_PARTS) {
      return List.of();
    }
    List<Part> out = new ArrayList<>();
    for (String question : asked) {
      // the rest in the reader's order: the background, the other questions as what is told
      StringBuilder told = new StringBuilder(statement(split.told()));
      sentences.stream().filter(s -> !s.equals(question)).forEach(s -> told.append(statement(s)));
      out.add(new Part(question, told + "请问" + question));
    }
    return out;
  }

  /**
   * The questions one sentence joins ({@link #JOINED}), each ending with a question mark; the
   * sentence alone when it joins none.
   */
  private static List<String> joined(String sentence) {
    String s = EACH_TOLD.matcher(sentence).replaceFirst("").replaceAll("[？?]+$", "").strip();
    List<String> out = new ArrayList<>();
    Matcher m = JOINED.matcher(s);
    int from = 0;
    while (m.find()) {
      String asked = s.substring(from, m.start());
      String rest = s.substring(m.end());
      String ending = asked + m.group().strip();
      boolean asks = m.group().isBlank() ? ENDS_ASKING.matcher(ending).find() : ASKING.matcher(ending).find();
      if (asks && rest.codePointCount(0, rest.length()) >= MIN_CHARS
          && ASKING.matcher(rest).find()) {
        out.add((asked + JOINT.matcher(m.group()).replaceFirst("")).strip() + "?");
        from = m.end();
      }
    }
    if (out.isEmpty()) {
      return List.of(sentence);
    }
    out.add(s.substring(from).strip() + "?");
    return out;
  }

  /** Whether {@code sentence} is a question of its own: it ends with a question mark and says something. */
  private static boolean asks(String sentence) {
    String s = sentence.replaceAll("[？?]+$", "");
    return s.length() < sentence.length() && s.codePointCount(0, s.length()) >= MIN_CHARS;
  }

  /** {@code text} as a statement: ending with a full stop, not a question mark. */
  private static String statement(String text) {
    String s = text.strip().replaceAll("[？?！!。]+$", "");
    return s.isEmpty() ? "" : s + "。";
  }

  /**
   * The replies to the parts as one: their texts in order, one a line, and their citations
   * numbered on; a sentence cited by two parts keeps its first number.
   */
  static Answer joined(List<Answer> parts, List<Hit> hits) {
    List<Citation> citations = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Answer a : parts) {
      Map<Integer, Integer> renumbered = new HashMap<>();
      for (Citation c : a.citations()) {
        int n = citations.stream().filter(o -> o.passage().id().equals(c.passage().id()) && o.quoteStart() == c.quoteStart())
            .mapToInt(Citation::n).findFirst().orElse(0);
        if (n == 0) {
          n = citations.size() + 1;
          citations.add(new Citation(n, c.passage(), c.quote(), c.quoteStart(), c.span()));
        }
        renumbered.put(c.n(), n);
      }
      Matcher m = MARKER.matcher(a.text());
      StringBuilder part = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(part, "[" + renumbered.getOrDefault(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1))) + "]");
      }
      m.appendTail(part);
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(part);
    }
    return new Answer(text.toString(), citations, true, parts.get(0).composer(), "", hits);
  }
}
