package org.baoku.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of an evaluation table: a system's name and its figures in display order. Values are
 * numbers, null (not applicable: no question to average over) or, for {@code by_type}, a nested
 * map of type to figures.
 */
public record Figures(String name, Map<String, Object> values) {

  public Figures {
    Objects.requireNonNull(name, "name");
    // Not Map.copyOf: a figure may be null (not applicable), and the order is the display order.
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The figure {@code key} as a number, or null when absent or not applicable. */
  public Double number(String key) {
    return values.get(key) instanceof Number n ? n.doubleValue() : null;
  }

  /** A mean as a figure: null instead of NaN, so JSON stays valid and the table shows a dash. */
  static Double figure(double value) {
    return Double.isNaN(value) ? null : value;
  }

  /** The figures of a whole evaluation: which set, how many questions, one row per system. */
  public record Report(String set, int items, List<Figures> systems, List<String> problems) {
    public Report {
      Objects.requireNonNull(set, "set");
      systems = List.copyOf(systems);
      problems = List.copyOf(problems);
    }
  }
}
