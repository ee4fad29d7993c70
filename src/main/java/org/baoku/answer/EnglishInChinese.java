package org.baoku.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.Question.Key;
import org.baoku.retrieve.EnglishQuery;

/**
 * English words inside a Chinese question, as a reader who mixes the two types them ({@code
 * 建工集团请来讲课的 trainer 是哪个单位的}, {@code 职工大学这次是 how 安排他们的}, {@code 送了多少个zongzi（粽子）}).
 * The archive is Chinese: an English word matches no sentence, and as a key the tagger weighs it
 * as a name the report fails to hold, which refused answers the report gives; an English question
 * word asked nothing the rules read. An English question ({@link org.baoku.chat.Language}) is read
 * by {@link EnglishQuestion} instead; this class reads the English of a Chinese one:
 *
 * <ul>
 *   <li>a gloss in the other script in brackets says the same thing twice ({@code zongzi（粽子）},
 *       {@code 单道每小时检测量（throughput per lane per hour）}): the Chinese is kept;
 *   <li>an English question word becomes the Chinese one ({@code how 安排} → 怎么安排);
 *   <li>a lower-case English word of four letters or more, as a key, becomes the Chinese headwords the bilingual
 *       dictionary gives it ({@link EnglishQuery#chinese}), weighed as an English question's
 *       translated words are, since any of them may be the report's.
 * </ul>
 *
 * Acronyms and capitalised words stay as written: {@code APP}, {@code CPR} and brands are written
 * so in the reports too.
 */
public final class EnglishInChinese {

  /**
   * A run of Chinese with an English gloss in brackets after it, or English with a Chinese gloss;
   * the English holds a lower-case letter, since an acronym ({@code CPR（心肺复苏）}) may be the only
   * form a report uses.
   */
  private static final Pattern HAN_GLOSSED = Pattern.compile(
      "(\\p{IsHan}+)\\s*[（(]\\s*(?=[A-Za-z '’\\-]*[a-z])[A-Za-z][A-Za-z '’\\-]*[A-Za-z]\\s*[）)]");
  private static final Pattern LATIN_GLOSSED = Pattern.compile(
      "(?<![A-Za-z])(?=[A-Za-z '’\\-]*[a-z])[A-Za-z][A-Za-z '’\\-]*?\\s*[（(]\\s*(\\p{IsHan}+)\\s*[）)]");

  /** English question words and the Chinese ones the rules read, longer first. */
  private static final Map<String, String> QUESTION_WORDS = new LinkedHashMap<>();

  static {
    QUESTION_WORDS.put("how many", "多少");
    QUESTION_WORDS.put("how much", "多少");
    QUESTION_WORDS.put("how long", "多久");
    QUESTION_WORDS.put("how", "怎么");
    QUESTION_WORDS.put("what", "什么");
    QUESTION_WORDS.put("which", "哪个");
    QUESTION_WORDS.put("who", "谁");
    QUESTION_WORDS.put("where", "哪里");
    QUESTION_WORDS.put("when", "什么时候");
    QUESTION_WORDS.put("why", "为什么");
  }

  /**
   * One of {@link #QUESTION_WORDS}, spaced in any way, with the spaces around it; any case but all
   * capitals ({@code WHO} is the World Health Organization).
   */
  private static final Pattern QUESTION_WORD = Pattern.compile("[\\s\\u3000]*(?<![A-Za-z])("
      + String.join("|", QUESTION_WORDS.keySet().stream().map(w -> w.replace(" ", "[\\s\\u3000]+")).toList())
      + ")(?![A-Za-z])[\\s\\u3000]*", Pattern.CASE_INSENSITIVE);

  /**
   * Runs of lower-case English words in a row ({@code condolence money}), as the dictionary reads
   * phrases; a word of three letters or fewer ({@code app}, {@code aed}) is an acronym typed in lower
   * case as often as a word, and stays as written.
   */
  private static final Pattern RUN = Pattern.compile(
      "(?<![A-Za-z0-9])[a-z][a-z\\-]*[a-z](?:\\s+[a-z][a-z\\-]*[a-z])*(?![A-Za-z0-9])");
  private static final int SHORTEST_WORD = 4;

  private EnglishInChinese() {}

  /**
   * {@code text} with its bracketed glosses in the other script left out and its English question
   * words in Chinese; unchanged when it writes no Latin letter.
   */
  public static String asked(String text) {
    if (text.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
      return text;
    }
    String t = HAN_GLOSSED.matcher(text).replaceAll("$1");
    t = LATIN_GLOSSED.matcher(t).replaceAll("$1");
    Matcher m = QUESTION_WORD.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT))) {
        continue;
      }
      String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u3000]+", " ");
      m.appendReplacement(out, QUESTION_WORDS.get(word));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * {@code keys} with each key that is a lower-case English word of {@code text} replaced by the
   * dictionary's Chinese headwords for it and the English words beside it ("condolence money"),
   * each at {@link KeyTerms#OTHER_WEIGHT}; a word the dictionary does not know stays as it was.
   */
  static List<Key> keys(List<Key> keys, String text) {
    Set<String> translated = new LinkedHashSet<>();
    List<String> heads = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      List<String> words = Arrays.stream(m.group().split("\\s+")).filter(w -> w.length() >= SHORTEST_WORD).toList();
      List<String> chinese = words.isEmpty() ? List.of() : EnglishQuery.chinese(String.join(" ", words));
      heads.addAll(chinese);
      // a word the dictionary does not know on its own stays a key as written
      words.stream().filter(w -> !chinese.isEmpty() && !EnglishQuery.chinese(w).isEmpty()).forEach(translated::add);
    }
    if (heads.isEmpty()) {
      return keys;
    }
    List<Key> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Key k : keys) {
      if (!translated.contains(k.word()) && seen.add(k.word())) {
        out.add(k);
      }
    }
    for (String h : heads) {
      if (seen.add(h)) {
        out.add(new Key(h, KeyTerms.OTHER_WEIGHT));
      }
    }
    return out;
  }
}
