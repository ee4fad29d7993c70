package org.baoku.answer;

import java.util.ArrayList;
import java.util.List;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.SpelledNames;

/**
 * An English question with the people it spells in pinyin named as the retrieved passages write
 * them ({@code Shi Jian}: 施剑), as {@link Homophones} reads a Chinese question's mistyped names
 * against the same passages: the answer must then be about that person, as it must be about a
 * person a Chinese question names, and the name is a key as a Chinese name is ({@link
 * KeyTerms#NAMED_WEIGHT}).
 */
final class SpelledPeople {

  private SpelledPeople() {}

  /** {@code q}, with the people it spells added to its entities and keys; {@code q} when none is found. */
  static Question named(Question q, List<Hit> hits) {
    if (!q.english() || hits.isEmpty()) {
      return q;
    }
    List<String> names = SpelledNames.names(SpelledNames.spellings(q.raw()),
        hits.stream().map(h -> h.passage().text()).toList());
    List<String> entities = new ArrayList<>(q.entities());
    List<Question.Key> keys = new ArrayList<>(q.keys());
    for (String name : names) {
      if (keys.stream().noneMatch(k -> k.word().equals(name))) {
        keys.add(new Question.Key(name, KeyTerms.NOUN_WEIGHT));
      }
    }
    return keys.size() == q.keys().size() ? q
        : new Question(q.raw(), q.text(), q.told(), q.language(), q.script(), q.asks(), q.count(), q.heads(),
            q.roles(), q.events(), List.copyOf(keys), List.copyOf(entities), q.quotes(), q.acrossArticles(),
            q.dateScope());
  }
}
