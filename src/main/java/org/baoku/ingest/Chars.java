package org.baoku.ingest;

/**
 * Character classes the cleaner, segmenter and chunker agree on. Kept in one place so that "what
 * ends a sentence" means the same thing when joining wrapped lines and when cutting passages.
 */
final class Chars {

  private Chars() {}

  /** Marks that end a sentence, full- and half-width. */
  static boolean isSentenceEnd(int c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';'
        || c == '…';
  }

  /** Closing quotes and brackets that stay with the sentence they close. */
  static boolean isCloser(int c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '》' || c == '）' || c == ')'
        || c == '"' || c == '\'' || c == '】';
  }

  /** Marks that can only stand inside a sentence: a block ending in one continues. */
  static boolean isClauseMark(int c) {
    return c == '，' || c == ',' || c == '、' || c == '：' || c == ':';
  }

  /** Punctuation that only running text has: a line containing one (outside quotes) is prose. */
  static boolean isProseMark(int c) {
    return isSentenceEnd(c) && c != '…' || c == '，' || c == ',' || c == '：' || c == ':';
  }

  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Latin-like: letters, digits and punctuation of the Latin block. Whitespace between two of these
   * is a real word gap and survives cleaning; anywhere else near Chinese it is extraction noise.
   */
  static boolean isLatin(int c) {
    return c < 0x2000 && !Character.isWhitespace(c) && !Character.isISOControl(c);
  }

  static boolean isOpenQuote(int c) {
    return c == '“' || c == '‘' || c == '「' || c == '『' || c == '《' || c == '（' || c == '('
        || c == '【';
  }

  /** Whitespace as extracted PDFs produce it, including ideographic and no-break spaces. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\u3000'
        || c == '\u200b' || c == '\ufeff';
  }

  /** Columns a code point takes in print: CJK and full-width forms take two, Latin one. */
  static int columns(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    boolean wide = s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
        || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6) || c == '“' || c == '”' || c == '‘' || c == '’'
        || c == '—' || c == '…';
    return wide ? 2 : 1;
  }

  /** Length in code points, the unit line widths are measured in. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * Whether {@code s} ends a sentence: its last mark is a sentence end, possibly followed by
   * closing quotes or brackets ({@code 。”} ends, {@code ”} alone does not).
   */
  static boolean endsSentence(String s) {
    int i = s.length();
    while (i > 0 && isSpace(s.charAt(i - 1))) {
      i--;
    }
    while (i > 0 && isCloser(s.charAt(i - 1))) {
      i--;
    }
    return i > 0 && isSentenceEnd(s.codePointBefore(i));
  }

  /** Whether the last visible mark of {@code s} is any punctuation (sentence end or clause mark). */
  static boolean endsWithPunctuation(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return false;
    }
    int c = t.codePointBefore(t.length());
    return endsSentence(t) || isClauseMark(c);
  }

  /**
   * Whether {@code s} reads as running text: it has a sentence end anywhere, or a comma or colon
   * outside quotes and brackets. A display line may quote a phrase with a comma in it ({@code
   * “能为防控尽份力,再苦再累也值得”}) but does not hold whole sentences.
   */
  static boolean hasProseMark(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (isOpenQuote(c)) {
        depth++;
      } else if (isCloser(c) && c != '"' && c != '\'') {
        depth = Math.max(0, depth - 1);
      } else if (isSentenceEnd(c) && c != '…' || depth == 0 && isProseMark(c)) {
        return true;
      }
    }
    return false;
  }
}
