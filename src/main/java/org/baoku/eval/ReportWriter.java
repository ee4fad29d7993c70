package org.baoku.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Prints a {@link Figures.Report}: as a table for a terminal, or as one JSON object for scripts
 * ({@code {"set", "items", "systems": [{"name", figures...}]}}).
 */
public final class ReportWriter {

  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  /** The main figures, shown as columns, and their titles; other figures print as notes. */
  private static final Map<String, String> TITLES = Map.ofEntries(
      Map.entry("items", "n"),
      Map.entry("answerable", "ans"),
      Map.entry("recall@1", "R@1"),
      Map.entry("recall@5", "R@5"),
      Map.entry("recall@10", "R@10"),
      Map.entry("mrr@10", "MRR@10"),
      Map.entry("containment", "contain"),
      Map.entry("citation_support", "cite-sup"),
      Map.entry("citation_precision", "cite-prec"),
      Map.entry("quotes_verbatim", "quotes"),
      Map.entry("refusal_recall", "refuse-R"),
      Map.entry("refused", "refused"),
      Map.entry("false_refusals", "false-ref"),
      Map.entry("false_refusal_rate", "false-ref%"),
      Map.entry("latency_p50_ms", "p50 ms"),
      Map.entry("latency_p95_ms", "p95 ms"));

  /**
   * The per-kind table: the figures that tell the kinds apart, and refusals as counts over their
   * base ({@code 2/11}), since a kind has few questions and a share of 3 hides how many.
   */
  private static final List<KindColumn> KIND_COLUMNS = List.of(
      KindColumn.of("n", "items"),
      KindColumn.of("R@5", "recall@5"),
      KindColumn.of("contain", "containment"),
      new KindColumn("false-ref", v -> ratio(v.get("false_refusals"), v.get("answerable"))),
      new KindColumn("refused", v -> ratio(v.get("refused"), unanswerable(v))),
      KindColumn.of("cite-sup", "citation_support"),
      KindColumn.of("cite-prec", "citation_precision"));

  /** A column of the per-kind table: its title and how a row's figures fill its cell. */
  private record KindColumn(String title, Function<Map<String, Object>, String> cell) {
    static KindColumn of(String title, String key) {
      return new KindColumn(title, v -> format(key, v.get(key)));
    }
  }

  private ReportWriter() {}

  /** The report as one JSON object on one line. */
  public static String json(Figures.Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("set", report.set());
    root.put("items", report.items());
    List<Map<String, Object>> systems = new ArrayList<>();
    for (Figures f : report.systems()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", f.name());
      row.putAll(f.values());
      systems.add(row);
    }
    root.put("systems", systems);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("figures are plain numbers and maps", e);
    }
  }

  /**
   * The report as aligned text tables: one row per system with the main figures as columns, then
   * each system's other figures on one line, then, for a system with a {@code by_type} breakdown,
   * its per-kind table: one row per type and an {@code all} row.
   */
  public static void table(Figures.Report report, PrintWriter out) {
    out.printf("%s — %d questions%n", report.set(), report.items());
    List<Map<String, Object>> values = new ArrayList<>();
    for (Figures f : report.systems()) {
      values.add(f.values());
    }
    List<String> keys = columns(values);
    List<String[]> rows = new ArrayList<>();
    rows.add(header("system", keys));
    for (Figures f : report.systems()) {
      rows.add(row(f.name(), f.values(), keys));
    }
    print(rows, out);
    for (Figures f : report.systems()) {
      List<String> notes = new ArrayList<>();
      f.values().forEach((k, v) -> {
        if (!(v instanceof Map) && !TITLES.containsKey(k)) {
          notes.add(k + " " + format(k, v));
        }
      });
      if (!notes.isEmpty()) {
        out.println("  " + f.name() + ": " + String.join(", ", notes));
      }
    }
    for (Figures f : report.systems()) {
      if (f.values().get("by_type") instanceof Map<?, ?> byType) {
        out.printf("%n%s by kind%n", f.name());
        List<String[]> kindRows = new ArrayList<>();
        kindRows.add(Stream.concat(Stream.of("kind"), KIND_COLUMNS.stream().map(KindColumn::title))
            .toArray(String[]::new));
        byType.forEach((type, v) -> kindRows.add(kindRow(String.valueOf(type), asMap(v))));
        kindRows.add(kindRow("all", f.values()));
        print(kindRows, out);
        out.println("  false-ref: answerable questions refused; refused: unanswerable questions refused");
      }
    }
    out.flush();
  }

  private static String[] kindRow(String kind, Map<String, Object> values) {
    return Stream.concat(Stream.of(kind), KIND_COLUMNS.stream().map(c -> c.cell().apply(values)))
        .toArray(String[]::new);
  }

  /** {@code part/whole}, or a dash when there is nothing to count over. */
  private static String ratio(Object part, Object whole) {
    return part instanceof Number p && whole instanceof Number w && w.intValue() > 0
        ? p.intValue() + "/" + w.intValue() : "–";
  }

  private static Integer unanswerable(Map<String, Object> values) {
    return values.get("items") instanceof Number n && values.get("answerable") instanceof Number a
        ? n.intValue() - a.intValue() : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object v) {
    return (Map<String, Object>) v;
  }

  /** The main figures present in at least one row, in first-seen order: the table's columns. */
  private static List<String> columns(List<Map<String, Object>> rows) {
    Set<String> keys = new LinkedHashSet<>();
    for (Map<String, Object> r : rows) {
      r.keySet().stream().filter(TITLES::containsKey).forEach(keys::add);
    }
    return new ArrayList<>(keys);
  }

  private static String[] header(String first, List<String> keys) {
    String[] h = new String[keys.size() + 1];
    h[0] = first;
    for (int i = 0; i < keys.size(); i++) {
      h[i + 1] = TITLES.getOrDefault(keys.get(i), keys.get(i));
    }
    return h;
  }

  private static String[] row(String name, Map<String, Object> values, List<String> keys) {
    String[] r = new String[keys.size() + 1];
    r[0] = name;
    for (int i = 0; i < keys.size(); i++) {
      r[i + 1] = format(keys.get(i), values.get(keys.get(i)));
    }
    return r;
  }

  /** Counts as integers, times with one decimal, shares with three; a dash when not applicable. */
  static String format(String key, Object v) {
    if (v == null) {
      return "–";
    }
    if (v instanceof Integer || v instanceof Long) {
      return v.toString();
    }
    if (v instanceof Number n) {
      return String.format(Locale.ROOT, key.endsWith("_ms") ? "%.1f" : "%.3f", n.doubleValue());
    }
    return v.toString();
  }

  private static void print(List<String[]> rows, PrintWriter out) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] r : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        if (c == 0) {
          line.append(String.format("%-" + width[c] + "s", r[c]));
        } else {
          line.append("  ").append(String.format("%" + width[c] + "s", r[c]));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
