package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.SpelledNames;

/**
 * An English question with the people it spells in pinyin named as the retrieved passages write
 * them ({@code Shi Jian}: 施剑), as {@link Homophones} reads a Chinese question's mistyped names
 * against the same passages. Read once here, the names travel in the question ({@link
 * Question#people}): each is a key of a noun's weight ({@link KeyTerms#NOUN_WEIGHT}; a name's 2.0
 * lifted the signature line 北京市服务工会主席 石岳 over the answer), the sentence after one naming
 * the person is about them ({@link CarriedSubject#folded}), and a place asked of them is the one a
 * sentence naming them gives ({@link KindCheck}).
 */
final class SpelledPeople {

  private SpelledPeople() {}

  /**
   * {@code q} with the people it spells and their names as keys, and the names of the places it
   * spells that no dictionary knows ({@code Panggezhuang town}: 庞各庄), which the sentences write in
   * characters only; {@code q} when none is found.
   */
  static Question named(Question q, List<Hit> hits) {
    if (!q.english() || hits.isEmpty()) {
      return q;
    }
    List<String> texts = hits.stream().map(h -> h.passage().text()).toList();
    List<String> names = SpelledNames.names(SpelledNames.spellings(q.raw()), texts);
    List<String> places = SpelledNames.names(SpelledNames.placeSpellings(q.raw()), texts);
    if (names.isEmpty() && places.isEmpty()) {
      return q;
    }
    List<Question.Key> keys = new ArrayList<>(q.keys());
    List<String> both = new ArrayList<>(names);
    both.addAll(places);
    for (String name : both) {
      if (keys.stream().noneMatch(k -> k.word().equals(name))) {
        keys.add(new Question.Key(name, KeyTerms.NOUN_WEIGHT));
      }
    }
    return new Question(q.raw(), q.text(), q.told(), q.language(), q.script(), q.asks(), q.count(), q.heads(),
        q.roles(), q.events(), keys, q.entities(), q.quotes(), q.acrossArticles(), q.dateScope(), names);
  }
}
