package org.baoku.ingest;

/** What a block of a page is; only {@link #ARTICLE} counts as a real article for a reader. */
public enum ArticleKind {
  ARTICLE,
  AD,
  CAPTION,
  FRAGMENT,
  BANNER;

  /** Lower-case name used in JSON and on the terminal. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
