package org.baoku.retrieve;

import java.util.Objects;
import org.baoku.ingest.Passage;

/** One retrieved passage with its fused score; rank is 1-based, most relevant first. */
public record Hit(Passage passage, double score, int rank) {
  public Hit {
    Objects.requireNonNull(passage, "passage");
  }
}
