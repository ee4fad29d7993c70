package org.baoku.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A QA set in the seed JSONL format, read leniently: a malformed line is reported as
 * {@code FILE:LINE: what is wrong} and skipped, so one bad item does not hide the score of the rest.
 *
 * @param items the well-formed items in file order
 * @param problems one message per skipped line
 */
public record QaSet(List<QaItem> items, List<String> problems) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public QaSet {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }

  /**
   * Reads {@code file}. Blank lines are ignored. A follow-up must come after the item it follows,
   * since it is asked in that item's conversation.
   *
   * @throws IllegalArgumentException with a one-line message when the file cannot be read or not
   *     one line is a well-formed item
   */
  public static QaSet read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": file not found / 找不到文件");
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text / 不是 UTF-8 文本");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
    }
    List<QaItem> items = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        QaItem item = parse(line, i + 1, ids);
        ids.add(item.id());
        items.add(item);
      } catch (IllegalArgumentException e) {
        problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
      }
    }
    if (items.isEmpty()) {
      // Not one good line: the wrong kind of file (a SQuAD document, say), not a few bad items.
      throw new IllegalArgumentException(problems.isEmpty()
          ? file + ": no items (expected one JSON object a line, seed format)"
          : problems.get(0) + " — not a QA set in the seed JSONL format (a SQuAD file? use --squad)");
    }
    return new QaSet(items, problems);
  }

  private static QaItem parse(String line, int lineNo, Set<String> earlierIds) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = requiredText(node, "id");
    if (earlierIds.contains(id)) {
      throw new IllegalArgumentException("duplicate id " + id);
    }
    String question = requiredText(node, "question");
    String type = requiredText(node, "type");
    if (!QaItem.TYPES.contains(type)) {
      throw new IllegalArgumentException("unknown type \"" + type + "\" (known: " + String.join(", ", QaItem.TYPES) + ")");
    }
    List<String> answers = strings(node, "answers");
    List<String> evidence = strings(node, "evidence");
    if (answers.isEmpty() != evidence.isEmpty()) {
      throw new IllegalArgumentException("answers and evidence must both be empty (unanswerable) or both given");
    }
    JsonNode f = node.get("follows");
    String follows = null;
    if (f != null && !f.isNull()) {
      if (!f.isTextual()) {
        throw new IllegalArgumentException("\"follows\" must be an id or null");
      }
      follows = f.asText();
      if (!earlierIds.contains(follows)) {
        throw new IllegalArgumentException("follows \"" + follows + "\", which is not an earlier item");
      }
    }
    JsonNode src = node.get("source");
    List<String> source = src == null || src.isNull() ? List.of() : strings(node, "source");
    return new QaItem(id, question, answers, evidence, source, type, follows, lineNo);
  }

  private static String requiredText(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a non-empty string");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException("\"" + key + "\" must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual() || e.asText().isBlank()) {
        throw new IllegalArgumentException("\"" + key + "\" must be an array of non-empty strings");
      }
      out.add(e.asText());
    }
    return out;
  }
}
