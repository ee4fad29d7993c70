package org.baoku.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One non-blank line of a JSONL questions input, as {@link JsonlLines} reads it: a question to
 * answer, or the reason the line cannot be one. {@code number} is the physical line counted from 1
 * with blank lines included, so it is the line an editor shows.
 */
sealed interface JsonlLine permits JsonlLine.Question, JsonlLine.Bad {

  int number();

  /** The line's {@code "id"}, echoed on its output line; {@link NullNode} when it has none. */
  JsonNode id();

  /** A JSON object with a {@code "question"} string; other fields are the command's to read. */
  record Question(int number, JsonNode id, String text, ObjectNode fields) implements JsonlLine {

    public Question {
      checkNumber(number);
      id = Objects.requireNonNullElse(id, NullNode.getInstance());
      Objects.requireNonNull(text, "text");
      fields = Objects.requireNonNull(fields, "fields").deepCopy();
    }

    /**
     * An optional field that names something, such as {@code "conversation"}: the text of a string
     * or a number, empty when the field is absent or null.
     *
     * @throws BadField when it is an object, array or boolean: guessing a name from one would
     *     silently join unrelated questions into one conversation
     */
    Optional<String> name(String field) throws BadField {
      JsonNode value = fields.get(field);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      if (value.isTextual() || value.isNumber()) {
        return Optional.of(value.asText());
      }
      throw new BadField("\"" + field + "\" 应为字符串或数字 / \"" + field
          + "\" must be a string or a number, got " + typeName(value));
    }
  }

  /** A line that gets an error object instead of an answer; {@code reason} is Chinese, then English. */
  record Bad(int number, JsonNode id, String reason) implements JsonlLine {

    public Bad {
      checkNumber(number);
      id = Objects.requireNonNullElse(id, NullNode.getInstance());
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a bad line needs a reason");
      }
    }
  }

  /** A field of an otherwise good line has the wrong type; the line gets an error object. */
  final class BadField extends Exception {

    BadField(String reason) {
      super(reason);
    }
  }

  /** A JSON value's type as a message names it: "string", "number", "array", "object", … */
  static String typeName(JsonNode value) {
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static void checkNumber(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + number);
    }
  }
}
