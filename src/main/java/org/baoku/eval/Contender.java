package org.baoku.eval;

import java.util.Objects;
import org.baoku.retrieve.Retriever;

/** A named retriever that takes part in an evaluation or benchmark: ours or a baseline. */
public record Contender(String name, Retriever retriever) {
  public Contender {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(retriever, "retriever");
  }
}
