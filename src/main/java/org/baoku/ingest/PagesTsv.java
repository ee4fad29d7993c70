package org.baoku.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The corpus manifest {@code pages.tsv}: one row a file, saying what its path does not (or says
 * wrongly). The first line is the header, {@code file	paper	date	page	section} in any order;
 * only {@code file} is required, and an empty cell says nothing. {@code file} is the path under the
 * corpus root with {@code /}; {@code issue.pdf#3} names the third page of a PDF, {@code issue.pdf}
 * the whole file (its {@code page} is then the number of the PDF's first page, the others
 * following). A bad row is reported as {@code pages.tsv:LINE: …} and left out whole, so a row
 * never half-applies.
 */
final class PagesTsv {

  /** Its name at the corpus root. */
  static final String NAME = "pages.tsv";

  private static final List<String> COLUMNS = List.of("file", "paper", "date", "page", "section");

  /** One row: its line, for messages, and the imprint it gives. */
  record Row(int line, Imprint imprint) {}

  private PagesTsv() {}

  /**
   * The rows of {@code dir}'s manifest by file key, none when it has no manifest.
   */
  static Reading<Map<String, Row>> read(Path dir) {
    Path file = dir.resolve(NAME);
    List<String> problems = new ArrayList<>();
    Map<String, Row> rows = new LinkedHashMap<>();
    try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
      Map<String, Integer> header = null;
      for (Optional<Utf8Lines.Text> next; (next = lines.nextText(NAME, problems)).isPresent(); ) {
        Utf8Lines.Text line = next.get();
        String where = NAME + ":" + line.number() + ": ";
        String[] cells = line.text().split("\t", -1);
        if (header == null) {
          header = header(cells, where, problems);
          if (header == null) {
            return new Reading<>(Map.of(), problems);
          }
          continue;
        }
        try {
          Map.Entry<String, Imprint> row = row(cells, header);
          Row earlier = rows.putIfAbsent(row.getKey(), new Row(line.number(), row.getValue()));
          if (earlier != null) {
            problems.add(where + row.getKey() + " 已在第 " + earlier.line() + " 行 / already on line "
                + earlier.line() + "（此行不用 / row not used）");
          }
        } catch (IllegalArgumentException e) {
          problems.add(where + e.getMessage() + "（此行不用 / row not used）");
        }
      }
    } catch (NoSuchFileException e) {
      return new Reading<>(Map.of(), List.of());
    } catch (IOException e) {
      problems.add(NAME + ": 无法读取 / cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return new Reading<>(rows, problems);
  }

  /** Column positions by name, or null (after a problem) when the line is not a header. */
  private static Map<String, Integer> header(String[] cells, String where, List<String> problems) {
    Map<String, Integer> columns = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      String name = cells[i].strip().toLowerCase(Locale.ROOT);
      if (COLUMNS.contains(name) && !columns.containsKey(name)) {
        columns.put(name, i);
      } else {
        unknown.add(cells[i]);
      }
    }
    if (!columns.containsKey("file")) {
      problems.add(where + "第一行应为表头，至少有 file 列 / the first line must be the header, with a "
          + "\"file\" column: file<TAB>paper<TAB>date<TAB>page<TAB>section; " + NAME + " is not used");
      return null;
    }
    for (String u : unknown) {
      problems.add(where + "未知的列，不读 / unknown column \"" + u + "\", not read (columns: "
          + String.join(", ", COLUMNS) + ")");
    }
    return columns;
  }

  /**
   * A row's file key and imprint.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  private static Map.Entry<String, Imprint> row(String[] cells, Map<String, Integer> header) {
    if (cells.length > header.size()) {
      throw new IllegalArgumentException("格子比表头多 / " + cells.length + " cells but "
          + header.size() + " columns in the header");
    }
    String file = key(cell(cells, header, "file"));
    if (file.isEmpty()) {
      throw new IllegalArgumentException("file 列为空 / the file cell is empty");
    }
    String date = cell(cells, header, "date");
    String page = cell(cells, header, "page");
    LocalDate issue = date.isEmpty() ? null : IssueDates.field(date);
    Integer pageNo = page.isEmpty() ? null : pageNumber(page);
    return Map.entry(file, new Imprint(cell(cells, header, "paper"), issue, pageNo,
        cell(cells, header, "section")));
  }

  /**
   * A page number cell: a positive whole number, leading zeros allowed.
   *
   * @throws IllegalArgumentException otherwise
   */
  static int pageNumber(String cell) {
    if (cell.matches("0*[1-9]\\d{0,5}")) {
      return Integer.parseInt(cell);
    }
    throw new IllegalArgumentException("版次应为正整数 / page must be a positive whole number, got \""
        + cell + "\"");
  }

  /** A file cell as the corpus names files: {@code /} separators, no leading {@code ./}. */
  private static String key(String file) {
    String k = file.replace('\\', '/');
    while (k.startsWith("./")) {
      k = k.substring(2);
    }
    return k;
  }

  private static String cell(String[] cells, Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    return i == null || i >= cells.length ? "" : cells[i].strip();
  }
}
