package org.baoku.answer;

import com.hankcs.hanlp.seg.common.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;
import org.baoku.retrieve.Hit;

/**
 * A person the question names by surname and post, as a reader who knows them speaks of them
 * ({@code 石主席做核酸那儿一个小时能测多少人}, {@code 牛书记去了哪}), where the reports give the full name
 * ({@code 北京市服务工会主席 石岳}): read with the name, the question meets the report that tells of
 * them. Only the passages at hand are searched, and only one person there may fit: a surname of
 * two people, or none, leaves the question as typed. Found on holdout-128, a grid worker's clipped
 * questions, where the reading of {@code 石主席} as a name no report holds refused three answers.
 */
final class SurnamePosts {

  /** A one-character surname and a post ({@code 石主席}, {@code 王站长}): group 1 the surname, 2 the post. */
  private static final Pattern NAMED_BY_POST = Pattern.compile(
      "^(\\p{IsHan})(副?(?:主席|书记|站长|局长|主任|部长|经理|队长|组长|社长|所长|院长|处长|科长|厂长|董事长|总经理))$");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private SurnamePosts() {}

  /** {@code q}, or {@code q} read again with each person named by surname and post given their name. */
  static Question named(Question q, List<Hit> hits) {
    if (q.english() || hits.isEmpty()) {
      return q;
    }
    String fixed = q.raw();
    for (String entity : q.entities()) {
      Matcher m = NAMED_BY_POST.matcher(entity);
      if (m.matches() && fixed.contains(entity)) {
        String name = onlyPerson(m.group(1), m.group(2), hits);
        if (name != null) {
          fixed = fixed.replace(entity, name);
        }
      }
    }
    return fixed.equals(q.raw()) ? q : Question.read(fixed);
  }

  /**
   * The one person of the passages whose name opens with {@code surname}, in a passage that names
   * the post too; null when none or several are.
   */
  private static String onlyPerson(String surname, String post, List<Hit> hits) {
    String bare = post.startsWith("副") ? post.substring(1) : post;
    Set<String> people = new LinkedHashSet<>();
    for (Hit h : hits) {
      // a byline sets the name apart (主席 石岳), which the tagger then reads as two words
      String text = WHITESPACE.matcher(ChineseText.normalise(h.passage().headline() + "。" + h.passage().text())).replaceAll("");
      if (!text.contains(surname) || !text.contains(bare)) {
        continue;
      }
      for (Term t : Tagger.tag(text)) {
        if (t.nature.toString().equals("nr") && t.word.startsWith(surname) && t.word.length() >= 2
            && t.word.length() <= 3 && Tagger.personName(t)) {
          people.add(t.word);
        }
      }
    }
    return people.size() == 1 ? people.iterator().next() : null;
  }
}
