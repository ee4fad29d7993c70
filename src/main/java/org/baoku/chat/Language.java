package org.baoku.chat;

/** Which language a reader wrote in, so the reply can use it. Chinese unless the text is plainly English. */
public enum Language {
  CHINESE,
  ENGLISH;

  /** Latin letters per Han character above which a text mixing the two is English. */
  private static final int LATIN_PER_HAN = 3;

  /**
   * English when the text has Latin letters and no Han characters, or more than {@value
   * #LATIN_PER_HAN} Latin letters per Han character: an English sentence naming a Chinese body
   * ({@code Workers of 北京电控 donated blood}) is English, a mixed question such as
   * {@code AED是什么} is Chinese. The questions of every evaluation set (CMRC 2018 dev and ours,
   * 3,341) read the same as with "no Han character at all".
   */
  public static Language of(String text) {
    long han = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        han++;
      } else if (cp < 128 && Character.isLetter(cp)) {
        latin++;
      }
      i += Character.charCount(cp);
    }
    return latin > 0 && latin > han * LATIN_PER_HAN ? ENGLISH : CHINESE;
  }
}
