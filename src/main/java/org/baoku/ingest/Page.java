package org.baoku.ingest;

import java.util.Objects;

/**
 * One newspaper page as extracted from its PDF: raw text, untouched. The id is the file name
 * (for example {@code 000_ed11b46ae6fabb4b.txt}) and is what every citation names.
 */
public record Page(String id, String text) {
  public Page {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
