package org.baoku.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Article records: a {@code *.jsonl} file, one article a line, {@code {"id", "paper", "date",
 * "page", "section", "headline", "byline", "text"}}, only {@code text} required. This is what a
 * newsroom's content system exports: the articles are already cut, so they are taken as given (no
 * cleaning or segmentation) and become one {@link ArticleKind#ARTICLE} each, its paragraphs the
 * text's lines.
 *
 * <p>Each record is its own page: page id {@code FILE#ID} (the file's path under the corpus root,
 * then the record's {@code id}), or {@code FILE:LINE} for a record without an id, ordinal 1. So two
 * records from the same printed page never share a passage id, and a citation names a record a
 * reader can find in the export. A later record with an id already used in the file is reported
 * and left out: it is usually the same article exported twice.
 *
 * <p>The record's own fields are its imprint, wherever the file sits: a content system's export
 * lands in any folder, so its path is no evidence of paper or day. Only what {@code pages.tsv}
 * says about the file, a user's explicit word, fills the parts a record leaves out. A bad line (not UTF-8, not one JSON object, no
 * text, a date that does not exist, a page that is not a positive whole number) is reported as
 * {@code FILE:LINE: …} and the other lines are read.
 */
final class ArticleRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fields whose value, when present and not null, must be a string. */
  private static final List<String> TEXT_FIELDS = List.of("paper", "section", "headline", "byline");

  private ArticleRecords() {}

  /**
   * The articles of {@code file}, named {@code key} under the corpus root, with {@code base} (the
   * file's {@code pages.tsv} row) for the imprint parts a record leaves out.
   */
  static Reading<List<Article>> read(Path file, String key, Imprint base) {
    List<Article> articles = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    try (Utf8Lines lines = new Utf8Lines(Files.newInputStream(file))) {
      for (Optional<Utf8Lines.Text> next; (next = lines.nextText(key, problems)).isPresent(); ) {
        Utf8Lines.Text line = next.get();
        String where = key + ":" + line.number() + ": ";
        String text = line.text();
        try {
          ObjectNode record = object(text);
          String id = id(record);
          String page = id == null ? key + ":" + line.number() : key + "#" + id;
          Article article = article(record, page, base);
          if (id != null) {
            Integer first = ids.putIfAbsent(id, line.number());
            if (first != null) {
              throw new IllegalArgumentException("id \"" + id + "\" 已在第 " + first + " 行 / id \""
                  + id + "\" already on line " + first + "; this record is left out");
            }
          }
          articles.add(article);
        } catch (IllegalArgumentException e) {
          problems.add(where + e.getMessage());
        }
      }
    } catch (IOException e) {
      problems.add(key + ": 无法读取 / cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return new Reading<>(articles, problems);
  }

  private static ObjectNode object(String text) {
    JsonNode node;
    try (JsonParser parser = JSON.createParser(text)) {
      node = JSON.readTree(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("一行只能有一个 JSON 对象 / only one JSON object a line");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("不是合法的 JSON / not valid JSON: "
          + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("应为 JSON 对象 / must be a JSON object: {\"text\": \"…\", …}");
    }
    return object;
  }

  /** The record's id as text, null when it has none. */
  private static String id(ObjectNode record) {
    JsonNode id = record.get("id");
    if (id == null || id.isNull() || id.isTextual() && id.asText().isBlank()) {
      return null;
    }
    if (id.isTextual() || id.isIntegralNumber()) {
      return id.asText().strip();
    }
    throw new IllegalArgumentException("\"id\" 应为字符串或整数 / \"id\" must be a string or a whole "
        + "number, got " + type(id));
  }

  private static Article article(ObjectNode record, String page, Imprint base) {
    JsonNode text = record.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw new IllegalArgumentException("缺少正文 \"text\" / needs a non-empty \"text\" string"
          + (text == null || text.isTextual() ? "" : ", got " + type(text)));
    }
    for (String field : TEXT_FIELDS) {
      JsonNode v = record.get(field);
      if (v != null && !v.isNull() && !v.isTextual()) {
        throw new IllegalArgumentException("\"" + field + "\" 应为字符串 / \"" + field
            + "\" must be a string, got " + type(v));
      }
    }
    Imprint own = new Imprint(string(record, "paper"), date(record.get("date")),
        pageNo(record.get("page")), string(record, "section"));
    String headline = oneLine(string(record, "headline"));
    List<String> paragraphs = Arrays.stream(visible(text.asText()).split("\\R"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new Article(page, 1, ArticleKind.ARTICLE, headline.isEmpty() ? List.of() : List.of(headline),
        headline, oneLine(string(record, "byline")), paragraphs, base.overriddenBy(own));
  }

  private static LocalDate date(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"date\" 应为 \"YYYY-MM-DD\" 字符串 / \"date\" must be a "
          + "\"YYYY-MM-DD\" string, got " + type(v));
    }
    return v.asText().isBlank() ? null : IssueDates.field(v.asText());
  }

  /** A page number: a positive whole number, as a JSON number or a string of digits ("05"). */
  private static Integer pageNo(JsonNode v) {
    if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 1) {
      return v.asInt();
    }
    if (v.isTextual()) {
      return PagesTsv.pageNumber(v.asText().strip());
    }
    throw new IllegalArgumentException("\"page\" 应为正整数 / \"page\" must be a positive whole "
        + "number, got " + v);
  }

  private static String string(ObjectNode record, String field) {
    JsonNode v = record.get(field);
    return v == null || v.isNull() ? "" : v.asText().strip();
  }

  private static String oneLine(String s) {
    return visible(s).replaceAll("\\s+", " ").strip();
  }

  /** Drops control and invisible format characters other than line ends and tabs. */
  private static String visible(String s) {
    return s.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\r\\t]]", "");
  }

  private static String type(JsonNode v) {
    return v.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
