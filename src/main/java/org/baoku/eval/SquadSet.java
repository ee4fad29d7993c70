package org.baoku.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reading-comprehension set in SQuAD format ({@code {"data": [{"title", "paragraphs": [{"id",
 * "context", "qas": [{"id", "question", "answers": [{"text"}]}]}]}]}}), such as CMRC 2018.
 *
 * <p>Read as a stream so that a malformed paragraph or question is reported with its line
 * ({@code FILE:LINE: ...}) and skipped while the rest are scored. A paragraph without an id (plain
 * SQuAD has none) gets {@code p<n>}, its position in the file.
 *
 * @param paragraphs well-formed paragraphs with at least one context character, file order
 * @param questions well-formed questions of those paragraphs, file order
 * @param problems one message per skipped paragraph or question
 */
public record SquadSet(List<Paragraph> paragraphs, List<Question> questions, List<String> problems) {

  /** One paragraph: the document the open-retrieval task must find. */
  public record Paragraph(String id, String title, String context) {
    public Paragraph {
      Objects.requireNonNull(id, "id");
      title = Objects.requireNonNullElse(title, "");
      Objects.requireNonNull(context, "context");
    }
  }

  /**
   * One question; {@code answers} may be empty (SQuAD 2.0 unanswerable questions), which leaves the
   * question out of answer containment but not out of retrieval.
   */
  public record Question(String id, String question, String paragraphId, List<String> answers, int line) {
    public Question {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(paragraphId, "paragraphId");
      answers = List.copyOf(answers);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  public SquadSet {
    paragraphs = List.copyOf(paragraphs);
    questions = List.copyOf(questions);
    problems = List.copyOf(problems);
  }

  /**
   * The same set with every context, title, question and answer in traditional characters: how
   * the system fares on a Hong Kong or Taiwan archive, where pages and questions both come that way.
   */
  public SquadSet traditional() {
    return new SquadSet(
        paragraphs.stream().map(p -> new Paragraph(p.id(), toTraditional(p.title()),
            toTraditional(p.context()))).toList(),
        questions.stream().map(q -> new Question(q.id(), toTraditional(q.question()), q.paragraphId(),
            q.answers().stream().map(SquadSet::toTraditional).toList(), q.line())).toList(),
        problems);
  }

  private static String toTraditional(String text) {
    return HanLP.convertToTraditionalChinese(text);
  }

  /**
   * Reads {@code file}.
   *
   * @throws IllegalArgumentException with a one-line message naming the file (and line) when the
   *     file is missing, is not JSON, or is not in SQuAD format at all
   */
  public static SquadSet read(Path file) {
    Builder b = new Builder(file);
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = new JsonFactory(JSON).createParser(in)) {
      b.readRoot(p);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": file not found / 找不到文件");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalArgumentException(file + ":" + line + ": not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
    }
    if (b.paragraphs.isEmpty()) {
      throw new IllegalArgumentException(file + ": no paragraphs found; expected SQuAD format {\"data\": [{\"paragraphs\": [...]}]}");
    }
    return new SquadSet(b.paragraphs, b.questions, b.problems);
  }

  /** The streaming walk; keeps what was read so far. */
  private static final class Builder {
    private final Path file;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> paragraphIds = new HashSet<>();
    private final Set<String> questionIds = new HashSet<>();

    Builder(Path file) {
      this.file = file;
    }

    void readRoot(JsonParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw formatError(p, "expected a JSON object with a \"data\" array (SQuAD format)");
      }
      boolean sawData = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("data")) {
          if (t != JsonToken.START_ARRAY) {
            throw formatError(p, "\"data\" must be an array");
          }
          sawData = true;
          while (p.nextToken() == JsonToken.START_OBJECT) {
            readArticle(p);
          }
        } else {
          p.skipChildren();
        }
      }
      if (!sawData) {
        throw formatError(p, "no \"data\" array: not a SQuAD-format file (a seed JSONL set? use --qa)");
      }
    }

    private void readArticle(JsonParser p) throws IOException {
      String title = "";
      List<JsonNode> pending = new ArrayList<>();
      List<Integer> pendingLines = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("title") && t == JsonToken.VALUE_STRING) {
          title = p.getText();
        } else if (field.equals("paragraphs") && t == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            pendingLines.add(line(p));
            pending.add(readParagraph(p));
          }
        } else {
          p.skipChildren();
        }
      }
      for (int i = 0; i < pending.size(); i++) {
        addParagraph(pending.get(i), pendingLines.get(i), title);
      }
    }

    /** Reads a paragraph object, noting each question's line in a {@code _line} field. */
    private JsonNode readParagraph(JsonParser p) throws IOException {
      ObjectNode node = JSON.createObjectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("qas") && t == JsonToken.START_ARRAY) {
          ArrayNode qas = node.putArray("qas");
          while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            int line = line(p);
            JsonNode q = p.readValueAsTree();
            if (q.isObject()) {
              ((ObjectNode) q).put("_line", line);
            }
            qas.add(q);
          }
        } else {
          node.set(field, p.readValueAsTree());
        }
      }
      return node;
    }

    private void addParagraph(JsonNode node, int line, String title) {
      JsonNode ctx = node.get("context");
      if (ctx == null || !ctx.isTextual() || ctx.asText().isBlank()) {
        problems.add(file + ":" + line + ": paragraph without a \"context\" text; skipped with its questions");
        return;
      }
      JsonNode idNode = node.get("id");
      String id = idNode != null && idNode.isTextual() && !idNode.asText().isBlank()
          ? idNode.asText() : "p" + (paragraphs.size() + 1);
      if (!paragraphIds.add(id)) {
        problems.add(file + ":" + line + ": duplicate paragraph id " + id + "; skipped with its questions");
        return;
      }
      paragraphs.add(new Paragraph(id, title, ctx.asText()));
      JsonNode qas = node.get("qas");
      if (qas == null) {
        return;
      }
      if (!qas.isArray()) {
        problems.add(file + ":" + line + ": \"qas\" of paragraph " + id + " is not an array; its questions are skipped");
        return;
      }
      for (JsonNode q : qas) {
        int qLine = q.path("_line").asInt(line);
        try {
          questions.add(question(q, id, qLine));
        } catch (IllegalArgumentException e) {
          problems.add(file + ":" + qLine + ": " + e.getMessage() + "; question skipped");
        }
      }
    }

    private Question question(JsonNode q, String paragraphId, int line) {
      if (!q.isObject()) {
        throw new IllegalArgumentException("a question must be a JSON object");
      }
      JsonNode text = q.get("question");
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        throw new IllegalArgumentException("\"question\" must be a non-empty string");
      }
      JsonNode idNode = q.get("id");
      String id = idNode != null && idNode.isValueNode() && !idNode.asText().isBlank()
          ? idNode.asText() : paragraphId + "#q" + (questions.size() + 1);
      if (!questionIds.add(id)) {
        throw new IllegalArgumentException("duplicate question id " + id);
      }
      List<String> answers = new ArrayList<>();
      JsonNode as = q.get("answers");
      if (as != null && !as.isArray()) {
        throw new IllegalArgumentException("\"answers\" must be an array");
      }
      if (as != null) {
        for (JsonNode a : as) {
          String t = a.path("text").asText("");
          if (!t.isBlank() && !answers.contains(t)) {
            answers.add(t);
          }
        }
      }
      return new Question(id, text.asText(), paragraphId, answers, line);
    }

    private static int line(JsonParser p) {
      return p.currentTokenLocation().getLineNr();
    }

    private IllegalArgumentException formatError(JsonParser p, String what) {
      return new IllegalArgumentException(file + ":" + line(p) + ": " + what);
    }
  }
}
