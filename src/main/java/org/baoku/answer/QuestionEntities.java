package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The named places, bodies and people a Chinese question is about ({@link Question#entities()}):
 * the names the tagger found, less the words its recognisers misread as names ({@link
 * #MISREAD_PLACE}), a kind of place joined to the name before it ({@code 光明/n 街道/n}) and a person
 * told apart from the body they stand for. Its own class because telling a name from a misreading
 * takes word lists of its own, which {@link KeyTerms} shares to weigh a misread name as a plain
 * word.
 */
final class QuestionEntities {

  /**
   * What the place recogniser misreads as a name: a word starting with a particle ({@code 的村} in
   * {@code 走访慰问的村和社区}), one holding a demonstrative ({@code 1路那部宣传片} → 路那部) or
   * starting with one ({@code 那各镇街} → 那各镇) or with a count of two ({@code 这俩村} → 俩村), a span of time ({@code 一个月里}, {@code
   * 一个来月里} → 来月里), 一 and one character ({@code 坚守一站}; {@code 四厂} is a name), or a body's kind before
   * any name ({@code 总工会派人}: a 总工会 comes after its name), a division's kind alone ({@code
   * 替区里拨}: the district spoken of, not named) or after a verb of going ({@code 抽进区防控专班} →
   * 进区), a locative before 全 or 各 ({@code 一个月内全区职工} → 内全区), a count of things
   * ({@code 三支支援队}), or the adverb 都 glued to the verb after it ({@code 都种上/nr}; 都江堰 and the
   * like excepted).
   */
  static final Pattern MISREAD_PLACE =
      Pattern.compile("^[的了着和与及在那这俩]|^两\\p{IsHan}$|[那这][部个次位场家]|[月年天周][里内]$|^[一二两三四五六七八九十\\d]+(?:个月|个星期|个小时|天|年|周)[里内来]?$"
          + "|^(?:干部|职工|党员|人员|员工)[下到去进回赴派]|^一\\p{IsHan}$|^一[站次个名位批场天趟遍]|^图[里中上内]$|^[区市县镇乡村][里内上]$|^[进到去回往入出][区市县镇乡村]$|^[内外里中][全各本该此]|^[二两三四五六七八九十\\d]+[支个名位批项]|^都(?![江匀昌兰安])|^总工会\\p{IsHan}");

  /**
   * Kinds of place a tagger may leave as a word of its own after an unknown name ({@code 光明/n
   * 街道/n}, {@code 小关/nz 街道/n}): the two together name a place as {@code 永定镇/ns} does.
   */
  private static final Set<String> PLACE_KINDS = Set.of("街道", "镇", "乡", "村");
  /** Words before a kind of place that name no place: {@code 乡镇街道} is every one of them. */
  private static final Set<String> NO_PLACE = Set.of("乡镇", "城乡", "社区", "农村", "村镇", "街乡", "镇街", "基层", "城市", "城镇");
  /** Natures of a word that can be a place's name before its kind: nouns, not verbs or pronouns. */
  private static final Pattern NAME_NATURE = Pattern.compile("^(?:n|nz|nr|ns|j|nrf|nrj)$");

  /** Measures of people, events and bodies that a count's question word may carry on to a noun. */
  private static final String COUNT_MEASURES = "场次个名位批项支家所户";
  /** A count's question word, which a measure follows: {@code 几}, {@code 多少}. */
  private static final Pattern COUNTED_BY = Pattern.compile("(?:几|多少)$");

  private QuestionEntities() {}

  static List<String> entities(List<Term> terms) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String nature = t.nature.toString();
      String w = t.word;
      if (i > 0 && COUNTED_BY.matcher(terms.get(i - 1).word).find()
          && (AskedCount.MEASURE_CHARS + COUNT_MEASURES).indexOf(w.charAt(0)) >= 0) {
        // 几/m 场急救培训/nt: the count's measure glued to what it counts, no name
        continue;
      }
      if (i + 1 < terms.size() && PLACE_KINDS.contains(terms.get(i + 1).word) && w.length() >= 2
          && NAME_NATURE.matcher(nature).matches() && !KeyTerms.NOT_KEYS.contains(w) && !NO_PLACE.contains(w)
          && !MISREAD_PLACE.matcher(w).find()) {
        out.add(w + terms.get(i + 1).word);
        i++;
        continue;
      }
      // not a verb glued to a surname-like character (钱买/nr in 花了多少钱买的)
      boolean named = nature.startsWith("ns") || nature.startsWith("nt")
          || nature.startsWith("nr") && Tagger.personName(t);
      if (named && w.length() >= 2 && !w.contains("哪") && !w.contains("几") && !w.contains("什么")
          && !KeyTerms.NOT_KEYS.contains(w) && !MISREAD_PLACE.matcher(w).find()) {
        out.addAll(nature.startsWith("nt") ? personAndBody(w) : List.of(w));
      }
    }
    return out;
  }

  /**
   * An organisation the tagger found that starts with a person's name is the person and the body
   * after the word that links them ({@code 郑默杰代表市总工会} → 郑默杰, 市总工会): whole, its
   * core ({@code 郑默杰代表}) is in no sentence about the body, and every mention of the body reads
   * as another one. Read again without organisation recognition to find the name.
   */
  private static List<String> personAndBody(String organisation) {
    List<Term> parts = Tagger.tagPlaces(organisation);
    if (parts.size() < 3 || !parts.get(0).nature.toString().startsWith("nr") || parts.get(0).word.length() < 2) {
      return List.of(organisation);
    }
    String person = parts.get(0).word;
    String body = organisation.substring(person.length() + parts.get(1).word.length());
    return body.length() >= 2 ? List.of(person, body) : List.of(person);
  }
}
