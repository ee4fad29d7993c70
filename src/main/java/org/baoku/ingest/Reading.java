package org.baoku.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What reading one input gave, and what was wrong in it: ingest reports and goes on, so every
 * reader returns both rather than throwing on the first fault.
 *
 * @param value what could be read; never null
 * @param problems one message a fault, {@code FILE[:LINE]: what is wrong} once the caller has
 *     prefixed the place when the reader does not know it
 */
record Reading<T>(T value, List<String> problems) {

  Reading {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
  }
}
