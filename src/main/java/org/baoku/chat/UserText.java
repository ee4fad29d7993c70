package org.baoku.chat;

/**
 * Cleans what a reader typed before anything else sees it: control and format characters go
 * (they can hide text or break a terminal), runs of whitespace fold to one space, and text past
 * {@link #MAX_CHARS} is cut. Never throws.
 */
final class UserText {

  /** Longer input is not a question; the cut keeps retrieval and embedding cheap. */
  static final int MAX_CHARS = 2_000;

  /** The cleaned text and how many characters were dropped. */
  record Cleaned(String text, int dropped) {}

  private UserText() {}

  static Cleaned clean(String raw) {
    if (raw == null) {
      return new Cleaned("", 0);
    }
    StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
    int dropped = 0;
    boolean space = false;
    for (int i = 0; i < raw.length(); ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
        dropped++;
        continue;
      }
      if (out.length() >= MAX_CHARS) {
        dropped++;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    return new Cleaned(out.toString(), dropped);
  }
}
