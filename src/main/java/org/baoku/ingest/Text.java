package org.baoku.ingest;

/** Whitespace repair for extracted text: the only edits cleaning makes besides markup. */
final class Text {

  private Text() {}

  /**
   * Running text: whitespace is dropped unless it separates Latin words ({@code YANJING BEER}
   * keeps its space, {@code 近日， 顺义区} and a line break inside {@code 全\n区} lose theirs).
   */
  static String body(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      int c = s.codePointAt(i);
      if (!Chars.isSpace(c)) {
        sb.appendCodePoint(c);
        i += Character.charCount(c);
        continue;
      }
      int j = i;
      while (j < n && Chars.isSpace(s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      if (sb.length() > 0 && j < n && keepsSpace(sb.codePointBefore(sb.length()),
          s.codePointAt(j), s.substring(i, j).indexOf('\n') >= 0)) {
        sb.append(' ');
      }
      i = j;
    }
    return sb.toString();
  }

  /**
   * A space survives between two Latin characters, and between a Latin letter and anything on the
   * same line ({@code 政治任务 and “我为}); a line break next to Chinese is only the column edge.
   */
  private static boolean keepsSpace(int before, int after, boolean lineBreak) {
    if (Chars.isLatin(before) && Chars.isLatin(after)) {
      return true;
    }
    return !lineBreak && (isLetter(before) || isLetter(after));
  }

  private static boolean isLetter(int c) {
    return c < 0x80 && Character.isLetter(c);
  }

  /**
   * Display text (titles, bylines): runs of whitespace become one space, kept where a title sets
   * two phrases apart ({@code 纷纷行动 筑牢防疫}), dropped next to full-width brackets and commas
   * ({@code 本报讯 （记者 王路曼 ）} becomes {@code 本报讯（记者 王路曼）}).
   */
  static String display(String s) {
    String collapsed = s.strip().replaceAll("[\\s\\u00a0\\u3000\\u200b\\ufeff]+", " ");
    StringBuilder sb = new StringBuilder(collapsed.length());
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      if (c == ' ' && (tight(collapsed.charAt(i - 1)) || tight(collapsed.charAt(i + 1)))) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static boolean tight(char c) {
    return "（）【】，。、；：！？《》".indexOf(c) >= 0;
  }

  /** Whether a display line sets two phrases apart with a space between non-Latin characters. */
  static boolean hasGap(String display) {
    for (int i = 1; i + 1 < display.length(); i++) {
      if (display.charAt(i) == ' '
          && !(Chars.isLatin(display.charAt(i - 1)) && Chars.isLatin(display.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }
}
