package org.baoku.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.ingest.Numerals;

/**
 * A person asked by where they stand in a picture ({@code 照片里站在右一的是谁}): a caption names
 * people by that position ({@code 牛玉俊（右五）带队慰问}), and one that gives another position, or
 * none, does not say who stands there. Found on nearmiss-35, a producer who needs the faces of a
 * photograph named; the evidence model answered with the caption of another picture. Stop 55: one
 * read near miss more refused, every other answer of the 171 sets the same (pages and synthetic).
 */
final class PicturePositions {

  /** A place in a picture counted from one side ({@code 右一}, {@code 左2}). */
  private static final Pattern POSITION = Pattern.compile("(?<![左右])[左右]([一二三四五六七八九十]|\\d{1,2})(?![一二三四五六七八九十\\d])");

  private PicturePositions() {}

  /** The position {@code q} asks who stands at, normalised to digits; empty when it asks none. */
  static String asked(Question q) {
    if (q.asks() != Question.Asked.PERSON) {
      return "";
    }
    Matcher m = POSITION.matcher(q.text());
    return m.find() ? position(m) : "";
  }

  /** Whether {@code sentence} names someone at {@code position} ({@code （右五）}). */
  static boolean givenIn(String position, String sentence) {
    Matcher m = POSITION.matcher(sentence);
    while (m.find()) {
      if (position(m).equals(position)) {
        return true;
      }
    }
    return false;
  }

  private static String position(Matcher m) {
    String n = m.group(1);
    return m.group().charAt(0) + (n.chars().allMatch(Character::isDigit) ? n : String.valueOf(Numerals.value(n)));
  }
}
