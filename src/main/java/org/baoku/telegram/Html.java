package org.baoku.telegram;

/**
 * Text made safe for Telegram's HTML parse mode. Every piece of corpus or user text goes through
 * {@link #escape} before it is placed between our own tags, so a question like {@code <b>} or
 * {@code &amp;} shows up literally instead of breaking the message or injecting markup.
 */
final class Html {

  private Html() {}

  /** User or corpus text, cleaned of invisible controls, with the count of what was dropped. */
  record Cleaned(String text, int dropped) {}

  /**
   * Escapes {@code & < > "} (the set Telegram documents for HTML mode) after {@link #clean}ing the
   * text, so the result is always well-formed inside or between tags.
   */
  static String escape(String text) {
    String s = clean(text).text();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Drops control characters other than newline and tab, unpaired surrogates and bidirectional
   * overrides (which can make a reply read backwards). Hostile text is cleaned, never rejected.
   */
  static Cleaned clean(String text) {
    if (text == null) {
      return new Cleaned("", 0);
    }
    StringBuilder out = new StringBuilder(text.length());
    int dropped = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          out.append(c).append(text.charAt(++i));
        } else {
          dropped++;
        }
      } else if (Character.isLowSurrogate(c) || dropsOut(c)) {
        dropped++;
      } else {
        out.append(c);
      }
    }
    return new Cleaned(out.toString(), dropped);
  }

  private static boolean dropsOut(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return Character.getType(c) == Character.CONTROL
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** At most {@code max} code points of {@code text}, with an ellipsis when cut; never splits a pair. */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
