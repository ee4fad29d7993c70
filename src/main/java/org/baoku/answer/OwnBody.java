package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.ingest.Passage;

/**
 * A sentence as a reader of its report takes it: a union named by its level alone ({@code
 * 区总工会机关抽调44名下沉干部}) is the report's own body, the place its headline names ({@code
 * 《门头沟区工会干部连续作战筑牢防控屏障》} → {@code 门头沟区总工会机关抽调44名下沉干部}). What a comparison or a sum
 * reads to tell whose figure is whose: the sentence never repeats the name it refers back to, and
 * without it the figure belongs to no part the question names ({@code 门头沟和怀柔哪个抽调的干部多}).
 * The headline rather than the whole article because a round-up of every district's report names
 * many places in its body and none in its headline ({@code 本市各区街乡工会全力投入社区一线防控}), and
 * there no back-reference is resolved.
 */
final class OwnBody {

  /**
   * A union named by a district's, county's or town's level alone: the level right after the start,
   * a punctuation mark or a function word ({@code 值守的区总工会疫情防控人员}), not after a name
   * ({@code 门头沟区总工会}, {@code 基层工会}). Not {@code 市}: {@code 市总工会} is the city's union, not a
   * district report's own.
   */
  private static final Pattern BACK_REFERENCE =
      Pattern.compile("(?:^|(?<=[^\\p{IsHan}]|[的和与及在由向为对把被给从将了本该全]))([区县镇乡])(?=总?工会)");

  /** A union named in a headline by its place alone ({@code 怀柔工会…}), which the tagger may not read as a place. */
  private static final Pattern PLACE_BEFORE_UNION = Pattern.compile("(\\p{IsHan}{2,4}?)(?:区|县|镇|乡)?总?工会");

  /** A place's name that carries its level ({@code 门头沟区}, {@code 北房镇}, {@code 北京市}). */
  private static final Pattern LEVEL_END = Pattern.compile("(?:[省市区县镇乡村]|街道)$");

  private OwnBody() {}

  /** The sentence of {@code s} with each back-reference to its report's body named, else as it is. */
  static String named(Scored s) {
    return named(s.span().text(), s.passage());
  }

  /** {@code sentence} of {@code passage} with each back-reference to the report's body named. */
  static String named(String sentence, Passage passage) {
    Matcher m = BACK_REFERENCE.matcher(sentence);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      Optional<String> place = place(passage, m.group(1));
      if (place.isPresent()) {
        out.append(sentence, last, m.start()).append(place.get());
        last = m.end();
      }
    }
    return out.append(sentence.substring(last)).toString();
  }

  /**
   * The place of level {@code level} the headline names ({@code 门头沟区}), or the place before its
   * union ({@code 怀柔工会}) when the report names it with that level ({@code 怀柔区北房镇}).
   */
  static Optional<String> place(Passage passage, String level) {
    String headline = passage.headline();
    List<String> names = new ArrayList<>();
    for (var t : Tagger.tagPlaces(headline)) {
      if (t.nature.toString().startsWith("ns") && t.word.length() >= 2) {
        names.add(t.word);
      }
    }
    Matcher union = PLACE_BEFORE_UNION.matcher(headline);
    if (union.find()) {
      names.add(union.group(1));
    }
    for (String name : names) {
      if (name.endsWith(level) && name.length() >= 3) {
        return Optional.of(name);
      }
      if (!LEVEL_END.matcher(name).find() && passage.text().contains(name + level)) {
        return Optional.of(name + level);
      }
    }
    return Optional.empty();
  }
}
