package org.baoku.ingest;

import java.util.Objects;

/**
 * One newspaper page as extracted: raw text, untouched. The id is the file's path under the corpus
 * root (for example {@code 000_ed11b46ae6fabb4b.txt} or {@code 人民日报/2020-03-15/05.txt}) and is
 * what every citation names; the imprint says which paper, day and page number it is, as far as
 * the corpus says.
 */
public record Page(String id, String text, Imprint imprint) {
  public Page {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    imprint = Objects.requireNonNullElse(imprint, Imprint.NONE);
  }

  /** A page nothing is known about but its id. */
  public Page(String id, String text) {
    this(id, text, Imprint.NONE);
  }
}
