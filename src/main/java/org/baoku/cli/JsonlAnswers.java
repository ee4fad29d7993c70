package org.baoku.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Answers every line of a JSONL questions input in order, for {@code ask --jsonl} and
 * {@code search --jsonl} alike: one output line per non-blank input line, flushed as it is written,
 * so a long run shows its progress and a failure keeps what came before.
 *
 * <p>A good line's output is {@code {"id", …the command's answer}}. A bad line's is
 * {@code {"id", "line", "error"}} ({@code id} null when the line is not a JSON object), the same
 * message goes to stderr, and the lines after it are still answered.
 *
 * <p>Exit codes: 0 when every line was answered; {@value #SOME_LINES_BAD} when some line got an
 * error object; 2 (a {@link UserException}) when the input cannot be opened or read on.
 */
final class JsonlAnswers {

  /** Exit code when some line got an error object; every other line was still answered. */
  static final int SOME_LINES_BAD = 1;

  /** What a command makes of one good line. */
  @FunctionalInterface
  interface Answerer {

    /**
     * The answer object, without {@code "id"}.
     *
     * @throws JsonlLine.BadField when a field the command reads has the wrong type
     */
    ObjectNode answer(JsonlLine.Question question) throws JsonlLine.BadField;
  }

  private JsonlAnswers() {}

  /**
   * Writes one output line for each line of {@code lines}.
   *
   * @return 0, or {@link #SOME_LINES_BAD} when some line got an error object
   * @throws UserException when the input cannot be read on; the lines before it were written
   */
  static int run(JsonlLines lines, Answerer answerer, PrintWriter out, PrintWriter err) {
    int bad = 0;
    try {
      for (Optional<JsonlLine> next; (next = lines.next()).isPresent(); ) {
        ObjectNode output = AnswerJson.MAPPER.createObjectNode();
        output.set("id", next.get().id());
        Optional<String> error = answerInto(output, next.get(), answerer);
        if (error.isPresent()) {
          bad++;
          String message = lines.name() + ":" + next.get().number() + ": " + error.get();
          output.put("line", next.get().number()).put("error", message);
          err.println(message);
          err.flush();
        }
        out.println(output.toString());
        out.flush();
      }
    } catch (IOException e) {
      throw new UserException("读取中断 / cannot read " + lines.name() + " after line "
          + lines.number() + ": " + e.getMessage());
    }
    if (bad > 0) {
      err.println(bad + " 行未回答，见输出中的 error 对象 / " + bad
          + " line(s) not answered; fix them as their error objects say and run those again");
      err.flush();
      return SOME_LINES_BAD;
    }
    return 0;
  }

  /** Adds the answer to {@code output}; or, for a line that cannot be answered, returns why. */
  private static Optional<String> answerInto(ObjectNode output, JsonlLine line, Answerer answerer) {
    if (line instanceof JsonlLine.Bad b) {
      return Optional.of(b.reason());
    }
    try {
      output.setAll(answerer.answer((JsonlLine.Question) line));
      return Optional.empty();
    } catch (JsonlLine.BadField e) {
      return Optional.of(e.getMessage());
    }
  }
}
