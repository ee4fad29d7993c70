package org.baoku.answer;

import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * Whether an article is about the question's subject: it names the question's bodies and places
 * ({@link #aboutBodies}), or every name the question gives ({@link #aboutEntities}), each by its
 * {@link EntityCore distinctive part}. A figure from an article that never names the asked body is
 * another body's, however well it fits. Whether one sentence of such an article gives the deed to
 * someone else is read apart: another body ({@link OtherBodies}), another person ({@link
 * OtherPerson}), another batch ({@link Ordinals}) or another work ({@link OtherWork}).
 */
final class SubjectCheck {

  private SubjectCheck() {}

  /**
   * Whether every named place, organisation or person of the question occurs in {@code context}
   * (the sentence's article as far as the hits show it), ignoring generic parts such as
   * {@code 北京市} or {@code 总工会}: {@code 延庆区总工会} needs {@code 延庆}.
   */
  static boolean aboutEntities(Question q, String normContext) {
    return q.entities().stream().map(ChineseText::compact)
        .allMatch(name -> EntityCore.mentions(normContext, EntityCore.core(name)));
  }

  /**
   * Whether {@code normContext} names every body and place of the question whose name ends in a
   * kind ({@code 首发养护公司工会}, {@code 朝阳区}, {@code 区防疫医疗保障组}). The other names the
   * tagger finds in a question are often words ({@code 谁出钱买的} → 钱买, {@code 王敏花多少钱买的} →
   * 敏花, {@code 小程序上线} → 程序上), so an article need not name them; a person named is checked
   * by the sentence itself ({@link OtherPerson#ofAnotherPerson}).
   */
  static boolean aboutBodies(Question q, String normContext) {
    return q.entities().stream().map(ChineseText::compact)
        .allMatch(name -> !isBodyOrPlace(name) || EntityCore.mentions(normContext, EntityCore.core(name)));
  }

  /**
   * Kinds of body that {@link EntityCore#core} keeps in the name, since it cuts only what a paper writes
   * after a place's own name: a team, a group, a centre ({@code 区防疫医疗保障组}). Without them
   * four near misses of the read sets about {@code 区防疫医疗保障组} were answered from another
   * report of the same union; with them nothing else changed.
   */
  private static final Pattern KEPT_KIND = Pattern.compile("(?:组|队|中心)$");

  /** Whether a name ends in the kind of a body or place. */
  private static boolean isBodyOrPlace(String name) {
    return !EntityCore.core(name).equals(name) || KEPT_KIND.matcher(name).find();
  }

  /**
   * Whether {@code raw} names one of the question's bodies in full ({@code 东城区总工会}, not the
   * 东城 of another body there).
   */
  static boolean namesABody(Question q, String raw) {
    String norm = ChineseText.compact(ChineseText.normalise(raw));
    return q.entities().stream().map(ChineseText::compact)
        .anyMatch(e -> isBodyOrPlace(e) && !EntityCore.core(e).equals(e) && EntityCore.core(e).length() >= 2 && norm.contains(e));
  }
}
