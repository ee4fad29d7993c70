package org.baoku.chat;

/** Which language a reader wrote in, so the reply can use it. Chinese unless the text is plainly English. */
public enum Language {
  CHINESE,
  ENGLISH;

  /**
   * English when the text has Latin letters and no Han characters; a mixed question such as
   * {@code AED是什么} is Chinese.
   */
  public static Language of(String text) {
    boolean latin = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        return CHINESE;
      }
      latin |= (cp < 128 && Character.isLetter(cp));
      i += Character.charCount(cp);
    }
    return latin ? ENGLISH : CHINESE;
  }
}
